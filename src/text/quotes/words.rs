//! The closed word lists attribution rests on, each looked up in a few operations: verbs of
//! saying, the words that title, describe or stand for a person, organisation words, and
//! given names by the gender the copy's pronouns will use.

/// A list of ASCII words that every word of the copy may be looked up in, case-sensitively,
/// its tables made at compile time (`word_list!`): a process that looks up one word builds
/// nothing first. It holds only references: the loader rewrites every page of statics that
/// hold pointers when the program starts, so the tables themselves stay in read-only data.
pub struct WordList {
    /// The lengths of the words by their first two bytes, each taken mod 32 (so a letter's
    /// case aside; a one-letter word's second is 0). It lets most words of the copy go on
    /// one lookup.
    lengths_by_start: &'static [u16; 1024],
    /// The words, each packed into a number (its bytes, little-endian), grouped by shape
    /// (first byte mod 32, length): a lookup compares numbers, not slices.
    words: &'static [u128],
    /// Where each shape's group starts in `words`; the next entry is where it ends.
    shape_starts: &'static [u16; SHAPES + 1],
}

/// How many shapes a word can have: 32 first bytes (mod 32) by 16 lengths.
const SHAPES: usize = 32 * 16;

/// A word's shape: its first byte mod 32, and its length (1 to 15).
const fn shape(first: u8, len: usize) -> usize {
    (first % 32) as usize * 16 + len
}

/// A word of up to 15 bytes as a number: its bytes, little-endian, then zeros.
fn pack(word: &[u8]) -> u128 {
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word);
    u128::from_le_bytes(bytes)
}

/// [`pack`] at compile time: the word at `start..start + len` of `bytes`.
const fn pack_at(bytes: &[u8], start: usize, len: usize) -> u128 {
    let mut packed = 0u128;
    let mut i = 0;
    while i < len {
        packed |= (bytes[start + i] as u128) << (8 * i);
        i += 1;
    }
    packed
}

/// Where the word starting at `start` of a list ends: at a `|`, a line end, or the list's end.
const fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start;
    while at < bytes.len() && bytes[at] != b'|' && bytes[at] != b'\n' {
        at += 1;
    }
    at
}

/// How many words a list holds (checked: each is 1 to 15 bytes long).
pub const fn count_words(list: &str) -> usize {
    let bytes = list.as_bytes();
    let (mut count, mut start) = (0, 0);
    while start <= bytes.len() {
        let end = word_end(bytes, start);
        assert!(
            end > start && end - start < 16,
            "a listed word is 1 to 15 bytes long"
        );
        count += 1;
        start = end + 1;
    }
    count
}

/// A list's tables (see [`WordList`]): its `N` words packed and grouped by shape, where each
/// shape's group starts, and its word lengths by their first two bytes.
pub const fn tables<const N: usize>(list: &str) -> ([u128; N], [u16; SHAPES + 1], [u16; 1024]) {
    let bytes = list.as_bytes();
    let mut starts = [0u16; SHAPES + 1];
    let mut lengths = [0u16; 1024];
    let mut start = 0;
    while start <= bytes.len() {
        let end = word_end(bytes, start);
        let len = end - start;
        starts[shape(bytes[start], len) + 1] += 1;
        let second = if len > 1 { bytes[start + 1] % 32 } else { 0 };
        lengths[(bytes[start] % 32) as usize * 32 + second as usize] |= 1 << len;
        start = end + 1;
    }
    let mut i = 0;
    while i < SHAPES {
        starts[i + 1] += starts[i];
        i += 1;
    }
    let mut next = starts;
    let mut words = [0u128; N];
    start = 0;
    while start <= bytes.len() {
        let end = word_end(bytes, start);
        let shape = shape(bytes[start], end - start);
        words[next[shape] as usize] = pack_at(bytes, start, end - start);
        next[shape] += 1;
        start = end + 1;
    }
    (words, starts, lengths)
}

/// A [`WordList`] from words of 1 to 15 bytes separated by `|` or line ends, its tables made
/// at compile time.
macro_rules! word_list {
    ($list:expr $(,)?) => {{
        const LIST: &str = $list;
        const TABLES: ([u128; count_words(LIST)], [u16; SHAPES + 1], [u16; 1024]) =
            tables::<{ count_words(LIST) }>(LIST);
        WordList {
            lengths_by_start: &TABLES.2,
            words: &TABLES.0,
            shape_starts: &TABLES.1,
        }
    }};
}

impl WordList {
    /// Whether the word is listed, exactly.
    pub fn contains(&self, word: &[u8]) -> bool {
        let start = match *word {
            [] => return false,
            [first] => usize::from(first % 32) * 32,
            [first, second, ..] => usize::from(first % 32) * 32 + usize::from(second % 32),
        };
        if word.len() >= 16 || self.lengths_by_start[start] & (1 << word.len()) == 0 {
            return false;
        }
        let shape = shape(word[0], word.len());
        let group =
            usize::from(self.shape_starts[shape])..usize::from(self.shape_starts[shape + 1]);
        self.words[group].contains(&pack(word))
    }
}

/// The verb lists, each written once and built on the one before with `concat!` (which takes
/// only literals, hence macros): the inverting verbs, the speech verbs (those and more), and
/// every verb attribution reads (speech verbs, verbs that describe what was said, participles).
macro_rules! inverting_verbs {
    () => {
        "said|says|added|adds|asked|asks|wrote|writes|continued|explained|explains|commented|noted|notes|declared|declares|replied|replies|retorted|insisted|insists|argued|argues|warned|warns|stated|recalled|recalls|complained|complains|concluded|observed|shouted|shouts|remarked|quipped|joked|cautioned|suggested|suggests|admitted|admits|acknowledged|conceded|claimed|claims|predicted|responded|countered|announced|boasted|reported|confirmed|according|laughed|sighed|answered|mused|sobbed|cried|screamed|yelled|whispered|muttered|murmured|snapped|exclaimed|fumed|protested|interjected|enthused|gushed|chuckled|begged|bellowed"
    };
}
macro_rules! participles {
    () => {
        "saying|adding|telling|writing|noting|warning|insisting|arguing|explaining|calling|describing|claiming|stressing|urging|admitting|accusing|blaming|branding|condemning|criticising|criticizing|denying|dismissing|praising|rejecting"
    };
}
macro_rules! speech_verbs {
    () => {
        concat!(
            inverting_verbs!(),
            "|told|tells|informed|informs|demanded|demands|thanked|asserted|asserts|tweeted|tweets|posted|agreed|recounted|testified|pleaded|urged|urges|vowed|vows|emphasised|emphasized|stressed|stresses|say|tell|add|write|note|warn|explain|insist|argue|ask|stress|admit|claim|declare|predict|urge|vow"
        )
    };
}

/// Verbs whose subject speaks the quotation next to them, and which may also come before
/// their subject (“…,” said Jen Psaki).
pub const INVERTING_VERBS: &str = inverting_verbs!();

/// Participles that hang off a clause whose subject speaks ("…, saying it was “on track”").
const PARTICIPLES: &str = participles!();

/// Verbs of saying and of describing what someone said, in every form the attribution reads.
pub fn is_verb(word: &[u8]) -> bool {
    static VERBS: WordList = word_list!(concat!(
        speech_verbs!(),
        "|described|describes|describe|billing|called|calls|call|branded|brands|brand|criticised|criticized|criticise|criticize|criticises|criticizes|accused|accuses|accuse|dismissed|dismisses|condemned|condemns|praised|praises|labelled|labeled|termed|dubbed|dubs|hailed|hails|blamed|blames|denied|denies|attacked|attacks|slammed|welcomed|welcomes|rejected|rejects|promised|promises|pledged|pledges|expressed|voiced|reiterated|repeated|revealed|reveals|estimated|forecast|believes|thinks|felt|feels|hoped|hopes|likened|mocked|defended|defends|highlighted|questioned|queried|praise|reveal|repeat|",
        participles!(),
        "|quoting|quoted"
    ));
    VERBS.contains(word)
}

/// Whether a verb may come before its subject (“…,” said Jen Psaki).
pub fn is_inverting_verb(word: &[u8]) -> bool {
    static VERBS: WordList = word_list!(INVERTING_VERBS);
    VERBS.contains(word)
}

/// Whether a verb, with its subject, attributes a whole quotation next to it (rather than
/// only a few words quoted inside a sentence: "called his decision “…”").
pub fn is_speech_verb(word: &[u8]) -> bool {
    static SPEECH: WordList = word_list!(speech_verbs!());
    SPEECH.contains(word)
}

/// Verbs of a stand taken in words ("accused the FNV of intransigence", "attacked the
/// plan"): their subject has spoken, so a quotation that follows with no attribution of its
/// own goes on with them, though the verb attributes no quotation itself.
pub fn is_stance_verb(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "accused|accuses|criticised|criticized|criticises|criticizes|attacked|attacks|blamed|blames|condemned|condemns|dismissed|dismisses|denied|denies|rejected|rejects|defended|defends|praised|praises|welcomed|welcomes|hailed|hails|slammed|pledged|pledges|promised|promises|reiterated|repeated|mocked|questioned"
    );
    LIST.contains(word)
}

/// Whether a verb is a participle hanging off the clause before it ("…, saying").
pub fn is_participle(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(PARTICIPLES);
    LIST.contains(word)
}

/// Words that may sit between a subject and its verb: auxiliaries, time words, adverbs are
/// told apart by their `-ly` elsewhere ("Mr Howard last week said", "Bush will tell").
pub fn is_between_subject_and_verb(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "has|have|had|will|would|could|may|might|also|then|later|again|once|now|still|just|already|today|yesterday|tonight|last|week|month|year|night|earlier|previously|recently|afterwards|subsequently|further|has|is|was|did|does|do|not|never|always|often|even|too|meanwhile|however|instead|himself|herself|itself|themselves|personally",
    );
    // An adverb in "-ly", unless a noun for who speaks ("the family said", "the assembly").
    let adverb = word.len() > 4
        && word.ends_with(b"ly")
        && word[0].is_ascii_lowercase()
        && !is_organisation_noun(word)
        && !is_role_noun(word);
    LIST.contains(word) || adverb
}

/// Forms of "be": before a past participle they make it passive ("is predicted", "was
/// accused").
pub fn is_be_form(word: &[u8]) -> bool {
    matches!(
        word,
        b"is" | b"was" | b"are" | b"were" | b"be" | b"been" | b"being"
    )
}

/// Words that open a noun phrase: where a description's words start going backward.
pub fn is_determiner(word: &[u8]) -> bool {
    static LIST: WordList = word_list!("the|The|a|A|an|An|one|One|another|Another|this|This");
    LIST.contains(word)
}

/// Words that count what the noun after them names ("Some High Street photo shops", "Two
/// Labour MPs", "said some dealers"): a capitalised run after one is a modifier, not
/// someone.
pub fn is_quantifier(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "Some|Many|Most|Several|Few|Each|Every|Any|Other|Such|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|some|many|most|several|few|each|every|any|other|such|two|three|four|five|six|seven|eight|nine|ten",
    );
    LIST.contains(word)
}

/// The articles and numbers that introduce someone not yet named: "a", "one", "another".
pub fn is_indefinite(word: &[u8]) -> bool {
    matches!(
        word,
        b"a" | b"A" | b"an" | b"An" | b"one" | b"One" | b"another" | b"Another"
    )
}

/// Whether a lower-case word has the ending of a noun for someone who does something
/// ("buyer", "shopkeeper", "spectator", "pharmacist", "librarian", "volunteer"), and is not
/// one of the few things with the same ending that copy makes say something.
pub fn is_agent_noun(word: &[u8]) -> bool {
    const ENDINGS: [&[u8]; 6] = [b"er", b"or", b"ist", b"ian", b"eer", b"ant"];
    word.len() >= 5
        && word[0].is_ascii_lowercase()
        && word.iter().all(|b| b.is_ascii_lowercase() || *b == b'-')
        && ENDINGS.iter().any(|ending| word.ends_with(ending))
        && !matches!(
            word,
            b"poster"
                | b"banner"
                | b"flyer"
                | b"sticker"
                | b"register"
                | b"chapter"
                | b"order"
                | b"answer"
                | b"number"
                | b"computer"
                | b"monitor"
                | b"sensor"
                | b"indicator"
        )
}

/// Whether a lower-case word is a noun in "-ist" for someone who does something
/// ("meteorologist", "epidemiologist", "guitarist"), not a verb with that ending ("insist").
pub fn is_ist_noun(word: &[u8]) -> bool {
    word.ends_with(b"ist")
        && is_agent_noun(word)
        && !matches!(
            word,
            b"exist" | b"insist" | b"assist" | b"resist" | b"persist" | b"consist" | b"subsist"
        )
}

/// Determiners that point back to someone already in the copy ("the trader").
pub fn is_definite(word: &[u8]) -> bool {
    matches!(word, b"the" | b"The" | b"this" | b"This")
}

/// Prepositions that tie a noun phrase to the one before it ("Kimmelman of the Consumer
/// Federation", "a spokesman for the company").
pub fn is_preposition(word: &[u8]) -> bool {
    static LIST: WordList = word_list!("of|at|for|from|with|in|on|to|by");
    LIST.contains(word)
}

/// Capitalised words that open a capitalised run without naming or titling anyone: articles,
/// pronouns, conjunctions, days.
pub fn is_function_word(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "The|A|An|But|And|Or|So|Yet|In|On|At|It|Its|This|That|These|Those|He|She|They|We|I|You|However|Yesterday|Today|Tomorrow|Then|Now|When|While|After|Before|As|If|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Both|Some|Many|Most|Several|Few|Each|Every|Any|Other|Such|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|All|Asked|Speaking|According|Also|Still|Even|There|Here|What|Why|How|Where|Who|Instead|Meanwhile|Last|Next|First|Watch|Read|See|Click|Listen|Photos|Related|People",
    );
    LIST.contains(word)
}

/// Words that join a sentence to the one before without a phrase of their own ("But
/// Robert Giordano, …, scoffed").
pub fn is_conjunction(word: &[u8]) -> bool {
    matches!(
        word,
        b"But"
            | b"And"
            | b"Yet"
            | b"So"
            | b"Or"
            | b"Then"
            | b"Now"
            | b"Still"
            | b"Also"
            | b"However"
            | b"Meanwhile"
            | b"Instead"
            | b"Indeed"
            | b"Nevertheless"
            | b"Separately"
    )
}

/// Capitalised words that open a sentence with a phrase before its subject ("In an interview
/// published in January, Victoria Wood slated…").
pub fn is_sentence_opener(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "In|On|At|After|Before|During|Speaking|With|Despite|Since|Although|Though|While|When|As|Following|Last|Earlier|Later|Yesterday|Today|But|And|However|Meanwhile|Still|Also|Then|Now|Asked|Writing|For|From|Under|Over|By|Once|If|Unlike|Like|Instead|Separately|Elsewhere|Overall|Indeed|Already|Even|Just|Only|So|Yet|Because|Apart|Amid|Among|Earlier|Previously|Recently|Asked",
    );
    LIST.contains(word)
}

/// How the copy marks a person's gender, for "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    /// Nothing in the copy says.
    #[default]
    Unknown,
    /// "he": Mr, his, a given name like Michael, a spokesman.
    Male,
    /// "she": Ms, her, a given name like Barbara, a spokeswoman.
    Female,
}

impl Gender {
    /// Whether a person of this gender may be the one a pronoun of `other` refers to.
    pub fn fits(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }

    /// What is known from either.
    pub fn or(self, other: Gender) -> Gender {
        if self == Gender::Unknown {
            other
        } else {
            self
        }
    }
}

/// Titles that come before a name and say its gender (Mr, Ms, Sir, Lady…).
pub fn title_gender(word: &[u8]) -> Gender {
    static MALE: WordList =
        word_list!("Mr|Mr.|Sir|Lord|King|Prince|Father|Fr|Brother|Monsieur|Herr|Senor|Sheikh|Rabbi|Ayatollah|Msgr",);
    static FEMALE: WordList = word_list!("Ms|Ms.|Mrs|Mrs.|Miss|Dame|Lady|Queen|Princess|Sister|Baroness|Madame|Mme|Frau|Senora|Duchess|Countess");
    gender_in(word, &MALE, &FEMALE)
}

/// A word's gender by which of two lists holds it, the men's looked at first.
fn gender_in(word: &[u8], male: &WordList, female: &WordList) -> Gender {
    if male.contains(word) {
        Gender::Male
    } else if female.contains(word) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// Whether a word is a known given name, of a man, of a woman, or of either ("Lynn", "Sam").
pub fn is_given_name(word: &[u8]) -> bool {
    static EITHER: WordList = word_list!(include_str!("given-names-either.txt").trim_ascii());
    given_name_gender(word) != Gender::Unknown || EITHER.contains(word)
}

/// The gender a given name usually has in the copy's languages, where it is clear: none for
/// one given to men and women alike ("Lynn Kramer… he said").
pub fn given_name_gender(word: &[u8]) -> Gender {
    static MALE: WordList = word_list!(include_str!("given-names-male.txt").trim_ascii());
    static FEMALE: WordList = word_list!(include_str!("given-names-female.txt").trim_ascii());
    let listed = |word: &[u8]| gender_in(word, &MALE, &FEMALE);
    // "Jean-Claude", "Anne-Marie", "Hans-Dietrich": a given name of two joined that the
    // lists lack, its gender that of the first part they know.
    match word.iter().position(|&b| b == b'-') {
        Some(dash) if dash > 0 => listed(word)
            .or(listed(&word[..dash]))
            .or(listed(&word[dash + 1..])),
        _ => listed(word),
    }
}

/// A capitalised word for a thing or an idea ("Development", "Cooperation", "Finance"),
/// as ends an organisation's name ("… Cooperation and Development Jean-Claude Paye"); not
/// a person's given name ("Lawrence", "Constance").
pub fn is_abstract_noun(word: &str) -> bool {
    word.len() > 6
        && ["ment", "tion", "sion", "ance", "ence", "ity", "ism"]
            .iter()
            .any(|suffix| word.ends_with(suffix))
        && !is_given_name(word.as_bytes())
}

const ROLE_WORDS: &str = include_str!("roles.txt").trim_ascii();
const NOT_NAME_WORDS: &str = include_str!("not-names.txt").trim_ascii();
const ORGANISATION_WORDS: &str = include_str!("organisations.txt").trim_ascii();
static ROLES: WordList = word_list!(ROLE_WORDS);
static NOT_NAMES: WordList = word_list!(NOT_NAME_WORDS);
static ORGANISATIONS: WordList = word_list!(ORGANISATION_WORDS);

/// Nouns for what a person is or does, as copy puts them before or after a name ("Chelsea
/// boss Jose Mourinho", "said one arbitrager"), lower-case as printed.
pub fn is_role_noun(word: &[u8]) -> bool {
    is_listed_role(word) || is_man_compound(word)
}

/// [`is_role_noun`] without the compounds of "man": for a word printed with a capital and
/// lower-cased, since given names end as those compounds do ("Norman", "Suleiman").
pub fn is_listed_role(word: &[u8]) -> bool {
    let listed = |word: &[u8]| {
        ROLES.contains(word) || last_part(word).is_some_and(|part| ROLES.contains(part))
    };
    // Many of a listed role: "senators", "ministers" ("boss" is listed, not "bosses").
    let plural = || {
        word.strip_suffix(b"s")
            .filter(|singular| !singular.ends_with(b"s"))
            .is_some_and(listed)
    };
    is_age(word) || listed(word) || plural()
}

/// A hyphenated noun's last part, which says what it is ("executive-secretary",
/// "vice-president", "secretary-general"); none for a word without a hyphen.
fn last_part(word: &[u8]) -> Option<&[u8]> {
    let hyphen = memchr::memrchr(b'-', word)?;
    Some(&word[hyphen + 1..])
}

/// "frontman", "businesswoman", "fisherman": a compound of "man" or "woman", which names a
/// person by what they do.
fn is_man_compound(word: &[u8]) -> bool {
    let stem = word
        .strip_suffix(b"woman")
        .or_else(|| word.strip_suffix(b"man"));
    stem.is_some_and(|stem| stem.len() >= 3 && stem.iter().all(u8::is_ascii_lowercase))
        && !matches!(word, b"ottoman" | b"walkman")
}

/// The gender a role noun says (spokeswoman, chairman, actress…).
pub fn role_gender(word: &[u8]) -> Gender {
    let female = word.ends_with(b"woman")
        || word.ends_with(b"women")
        || matches!(
            word,
            b"actress"
                | b"mother"
                | b"wife"
                | b"daughter"
                | b"sister"
                | b"girl"
                | b"widow"
                | b"queen"
                | b"princess"
        );
    let male = word.ends_with(b"man")
        || word.ends_with(b"men")
        || matches!(
            word,
            b"father"
                | b"husband"
                | b"son"
                | b"brother"
                | b"boy"
                | b"widower"
                | b"king"
                | b"prince"
        );
    match (female, male) {
        (true, _) => Gender::Female,
        (false, true) => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// "36-year-old": an age standing for the person.
pub fn is_age(word: &[u8]) -> bool {
    word.ends_with(b"-year-old")
}

/// Role nouns of people who are usually named when they speak for themselves; a definite
/// description with one ("the Lions coach", "the president") points back to a named
/// person, whereas "the trader" points back to an unnamed one.
pub fn is_named_role(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "president|leader|coach|manager|boss|director|general|chairman|chairwoman|chair|minister|secretary|star|comedian|actor|actress|singer|player|striker|captain|champion|chancellor|chief|founder|premier|governor|senator|mayor|ambassador|envoy|judge|professor|author|writer|presenter|host|veteran|midfielder|defender|goalkeeper|winger|forward|skipper|boxer|golfer|rider|driver|artist|musician|rapper|commissioner|chairperson|head|owner|prosecutor|king|queen|prince|pope|premier|lawmaker|congressman|congresswoman|legislator|candidate|nominee|spokesman|spokeswoman|spokesperson|economist|analyst|researcher|scientist|billionaire|millionaire|tycoon|magnate|businessman|businesswoman|entrepreneur|athlete|sprinter|swimmer|cyclist|jockey|batsman|bowler|keeper|flanker|scrum-half|fly-half|full-back|playmaker|mp|mep|msp|frontbencher|backbencher|frontman|frontwoman|guitarist|drummer|bassist|vocalist|songwriter",
    );
    LIST.contains(word)
        || last_part(word).is_some_and(|part| LIST.contains(part))
        || is_age(word)
        || is_demonym(word)
        || is_party_member(word)
}

/// Roles that only people hold, before a name of one word ("R&B singer Usher", "Brazil
/// striker Ronaldo"): the name is a person's. Not those an organisation may be called by
/// ("market leader Tesco", "host Germany", "owner Vivendi").
pub fn is_personal_role(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "singer|rapper|frontman|frontwoman|vocalist|guitarist|drummer|bassist|songwriter|actor|actress|comedian|presenter|striker|midfielder|defender|goalkeeper|keeper|winger|skipper|captain|coach|manager|boss|boxer|golfer|jockey|sprinter|cyclist|batsman|bowler|playmaker|president|minister|senator|king|queen|prince|princess|pope|cardinal|archbishop|bishop|sheikh|ayatollah|imam|rabbi",
    );
    LIST.contains(word) || role_gender(word) != Gender::Unknown
}

/// The head noun, in lower case, of an office printed capitalised after "the" ("the
/// President", "the Queen", "the Prime Minister").
pub fn capitalised_title(word: &str) -> Option<&'static str> {
    Some(match word {
        "President" => "president",
        "Queen" => "queen",
        "King" => "king",
        "Pope" => "pope",
        "Prince" => "prince",
        "Princess" => "princess",
        "Minister" => "minister",
        "Secretary" => "secretary",
        "Chancellor" => "chancellor",
        "Governor" => "governor",
        "Mayor" => "mayor",
        "Premier" => "premier",
        "Archbishop" => "archbishop",
        "Senator" => "senator",
        // Members of parliaments, printed as letters ("the Labour MP").
        "MP" => "mp",
        "MEP" => "mep",
        "MSP" => "msp",
        _ => return None,
    })
}

/// Whether a role or title printed with a name (`role`: "coach", "Governor", "Sen.", "Dr",
/// "Detective Inspector") is what a description's head noun (`head`: "senator", "doctor",
/// "detective") says. A title once held ("Former President") is no title now.
pub fn role_is(role: &str, head: &str) -> bool {
    !role.starts_with("Former ")
        && !role.starts_with("former ")
        && role.split_whitespace().any(|title| title_is(title, head))
}

/// [`role_is`] for one word of a title.
fn title_is(title: &str, head: &str) -> bool {
    let title = title.trim_end_matches('.');
    let spelt_out = match title.to_ascii_lowercase().as_str() {
        "dr" => "doctor",
        "prof" => "professor",
        "sen" => "senator",
        "gov" => "governor",
        "gen" => "general",
        "rep" => "congressman",
        "col" => "colonel",
        "lt" => "lieutenant",
        "capt" => "captain",
        "sgt" => "sergeant",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        "cllr" => "councillor",
        "amb" => "ambassador",
        _ => title,
    };
    // Words for one role: a football manager is the club's "boss" as often ("Bolton boss Sam
    // Allardyce … the Bolton manager said"), a band's frontman its singer ("U2 frontman Bono
    // … the singer said").
    let one_of = |words: &[&str]| {
        let listed = |word: &str| words.iter().any(|w| w.eq_ignore_ascii_case(word));
        listed(spelt_out) && listed(head)
    };
    !spelt_out.is_empty() && spelt_out.eq_ignore_ascii_case(head)
        || one_of(&["manager", "boss"])
        || one_of(&["singer", "frontman", "frontwoman", "vocalist"])
}

/// A party's word that stands for one of its members ("the Tory said", "the veteran
/// Republican"); not "Independent" or "Labour", which name a newspaper or a party.
pub fn is_party_member(word: &[u8]) -> bool {
    matches!(
        word,
        b"Tory"
            | b"Conservative"
            | b"Democrat"
            | b"Republican"
            | b"Socialist"
            | b"Unionist"
            | b"Communist"
    )
}

/// Words for a person by where they are from, as sports and news copy calls someone just
/// named ("said the American", "the 25-year-old Dubliner"). Not those that are also
/// newspapers' names ("the Australian", "the Scotsman").
pub fn is_demonym(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "American|Briton|Englishman|Scot|Welshman|Irishman|Frenchman|German|Spaniard|Italian|Russian|Swede|Dane|Norwegian|Finn|Dutchman|Belgian|Swiss|Austrian|Czech|Serb|Croat|Pole|Hungarian|Romanian|Bulgarian|Greek|Turk|Portuguese|Brazilian|Argentine|Argentinian|Chilean|Colombian|Mexican|Canadian|Kiwi|Japanese|Chinese|Korean|Indian|Pakistani|Kenyan|Ethiopian|Nigerian|Ghanaian|Cameroonian|Egyptian|Moroccan|Israeli|Iranian|Iraqi|Ukrainian|Belarusian|Georgian|Dubliner|Londoner|Glaswegian|Liverpudlian|Mancunian|Texan|Californian|Parisian|Uruguayan|Paraguayan|Peruvian|Venezuelan|Ecuadorian|Bolivian|Cuban|Jamaican|Croatian|Slovak|Slovenian|Bosnian|Albanian|Montenegrin|Estonian|Latvian|Lithuanian|Icelander|Cypriot|Maltese|Senegalese|Ivorian|Algerian|Tunisian|Libyan|Sudanese|Somali|Ugandan|Tanzanian|Zimbabwean|Zambian|Angolan|Congolese|Malian|Saudi|Emirati|Qatari|Kuwaiti|Syrian|Lebanese|Jordanian|Palestinian|Yemeni|Afghan|Bangladeshi|Nepalese|Thai|Vietnamese|Filipino|Indonesian|Malaysian|Singaporean|Taiwanese|Armenian|Azerbaijani|Zealander|Frenchwoman|Englishwoman|Scotswoman|Welshwoman|Irishwoman|Dutchwoman",
    );
    LIST.contains(word)
}

/// Words for a person by where they are from that are also newspapers' names: someone only
/// after a lower-case "the" ("the Australian said", not "The Australian reported").
pub fn is_newspaper_demonym(word: &[u8]) -> bool {
    matches!(word, b"Australian" | b"Scotsman")
}

/// Whether a capitalised word may say where someone or something is from: a demonym
/// ([`is_demonym`]) or a word with a nationality's ending ("British", "Japanese", "Saudi",
/// "French"). Some given names end so too; callers ask only where a name is not expected.
pub fn may_be_nationality(word: &str) -> bool {
    is_demonym(word.as_bytes())
        || ["ish", "ese", "an", "ian", "ic", "i", "ch"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Whether a word is a role of many people, lower-case or capitalised as a sentence's first
/// word ("officials", "Analysts"): many unnamed people, not a name.
pub fn is_plural_role(word: &str) -> bool {
    is_plural_noun(word.as_bytes())
        && (is_role_noun(word.as_bytes()) || capitalised_is(word, is_role_noun))
}

/// Whether a role noun names several people ("officials", "analysts", "witnesses"), not
/// one ("boss", "actress").
pub fn is_plural_noun(word: &[u8]) -> bool {
    word.ends_with(b"s") && !word.ends_with(b"ss")
        || matches!(word, b"spokesmen" | b"spokeswomen" | b"people")
}

/// Whether a word printed with a capital ("Said", "Prosecutor") is, with its first letter
/// lower-cased, a word `is` knows.
pub fn capitalised_is(word: &str, is: impl Fn(&[u8]) -> bool) -> bool {
    let mut lower = [0u8; 16];
    let bytes = word.as_bytes();
    if bytes.len() > lower.len() || !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    lower[..bytes.len()].copy_from_slice(bytes);
    lower[0] = lower[0].to_ascii_lowercase();
    is(&lower[..bytes.len()])
}

/// What an office with "of" or "for" in its title is over, as printed between the title and
/// the holder's name ("Secretary of State Antony Blinken", "Chief of Staff Josh Bolten",
/// "Minister for Work Jane Kennedy", "Chancellor of the Exchequer Gordon Brown").
pub fn is_office_domain(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "State|Staff|Work|Pensions|Defense|Defence|Health|Justice|Education|Labor|Labour|Commerce|Energy|Agriculture|Treasury|Interior|Transport|Transportation|Trade|Industry|Culture|Housing|Security|Exchequer|Affairs|Prosecutions|Sport|Science|Finance|Economy|Employment|Immigration|Tourism",
    );
    LIST.contains(word)
}

/// The full name of an institution copy often prints clipped ("the Fed", "the Met").
pub fn unclipped(word: &str) -> Option<&'static str> {
    match word {
        "Fed" => Some("Federal Reserve"),
        "Met" => Some("Metropolitan Police"),
        _ => None,
    }
}

/// Political parties as copy prints them before a member's name ("Liberal Democrat David
/// Laws", "Tory Michael Howard", "Democrat Nancy Pelosi").
pub fn is_party_word(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "Conservative|Tory|Labour|Liberal|Democrat|Democratic|Republican|Lib|Dem|Green|Socialist|Unionist|Nationalist|Communist|Independent|Progressive",
    );
    LIST.contains(word)
}

/// Nouns for a speaker who is not a person: "the ministry said", "the report said".
pub fn is_organisation_noun(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "ministry|department|agency|company|firm|group|band|government|report|statement|study|survey|charity|organisation|organization|bank|court|police|council|commission|committee|association|union|federation|party|club|newspaper|paper|institute|university|board|authority|army|embassy|office|regulator|watchdog|corporation|administration|team|league|body|panel|network|broadcaster|airline|carrier|operator|exchange|utility|insurer|lender|retailer|manufacturer|maker|carmaker|automaker|chipmaker|drugmaker|supermarket|producer|supplier|centre|center|alliance|coalition|campaign|website|spokesmen|document|letter|release|communique|declaration|analysis|memo|parliament|assembly|cabinet|senate|congress|junta|regime|military|force|forces|service|authorities|festival|museum|hospital|school|orchestra|studio|label|publisher|magazine|channel|station|fund|foundation|trust|society|academy|zoo|theatre|theater|family|tank|think-tank",
    );
    LIST.contains(word)
}

/// A word for a kind of company capitalised as a sentence's first word, in one run with the
/// company's name ("Carmaker Ford said", "Retailer John Lewis reported"): the kind in lower
/// case, and the name. Only words no company's name begins with ("Bank", "Union" and
/// "Network" do).
pub fn kind_before_name(run: &str) -> Option<(&'static str, &str)> {
    let (first, name) = run.split_once(' ')?;
    let kind = match first {
        "Carmaker" => "carmaker",
        "Automaker" => "automaker",
        "Chipmaker" => "chipmaker",
        "Drugmaker" => "drugmaker",
        "Retailer" => "retailer",
        "Insurer" => "insurer",
        "Lender" => "lender",
        "Broadcaster" => "broadcaster",
        "Supermarket" => "supermarket",
        _ => return None,
    };
    Some((kind, name.trim_start()))
}

/// Nouns any organisation may be called, as copy calls the one it spoke of last ("the company
/// said", "the iPhone maker said"): the latest organisation, when none printed has the noun
/// in its name or was given it as its kind. Not nouns of a kind ("the airline"), which the
/// latest organisation (a bank) may not be.
pub fn may_call_any_organisation(noun: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "company|firm|group|charity|organisation|organization|body|agency|authority|corporation|maker",
    );
    LIST.contains(noun)
}

/// Bodies the copy names by a common noun with no article, as it names a known one ("police
/// said", "authorities said").
pub fn is_collective_noun(word: &[u8]) -> bool {
    matches!(word, b"police" | b"authorities")
}

/// Nouns of a document that speaks for whoever wrote it ("The report said").
pub fn is_document_noun(word: &[u8]) -> bool {
    matches!(
        word,
        b"report"
            | b"statement"
            | b"study"
            | b"survey"
            | b"document"
            | b"letter"
            | b"release"
            | b"communique"
            | b"declaration"
            | b"paper"
            | b"website"
            | b"analysis"
            | b"memo"
    )
}

/// Nouns of someone who speaks for an organisation without being named ("a spokesman for
/// the company", "a Treasury spokesperson"): the organisation is the speaker.
pub fn is_spokes_noun(word: &[u8]) -> bool {
    static LIST: WordList = word_list!(
        "spokesman|spokeswoman|spokesperson|spokesmen|spokeswomen|spokespeople|official|officials|representative|source|sources|insider|insiders|aide|aides|staff",
    );
    LIST.contains(word)
}

/// Whether a speaker's noun means someone whose words are an organisation's (a spokesman),
/// rather than someone who may speak for themselves (a source, an official).
pub fn speaks_for_others(word: &[u8]) -> bool {
    matches!(
        word,
        b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"spokesmen"
            | b"spokeswomen"
            | b"spokespeople"
    )
}

/// Capitalised words that make a run of capitalised words an organisation's name.
pub fn is_organisation_word(word: &[u8]) -> bool {
    ORGANISATIONS.contains(word)
}

/// Whether an organisation's name is a political party's ("Liberal Democrats", "Labour",
/// "the Tories", "Scottish National Party"): whom "the party" means.
pub fn names_party(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        matches!(
            w,
            "Party"
                | "Labour"
                | "Tories"
                | "Conservatives"
                | "Democrats"
                | "Republicans"
                | "Greens"
                | "UKIP"
                | "SNP"
                | "Dems"
        )
    })
}

/// Whether capitalised words (name words, in order) name an organisation: one of them is an
/// organisation word, or two of them a seat of government, which stands for the government
/// that sits there ("a White House official", "a Downing Street source") though neither
/// word does alone ("Bill House" is a person).
pub fn names_organisation(words: &[&str]) -> bool {
    words.iter().any(|w| is_organisation_word(w.as_bytes()))
        || words.windows(2).any(|pair| {
            matches!(
                (pair[0], pair[1]),
                ("White" | "Blue", "House") | ("Downing", "Street")
            )
        })
}

/// Capitalised words that start a capitalised run without being part of a name, or title a
/// person rather than name them.
pub fn is_not_name_word(word: &[u8]) -> bool {
    NOT_NAMES.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_words_are_told_from_their_neighbours() {
        // The tables made at compile time against the lists as written.
        static LISTS: [(&WordList, &str, &str); 3] = [
            (&ROLES, ROLE_WORDS, "roles"),
            (&NOT_NAMES, NOT_NAME_WORDS, "not-names"),
            (&ORGANISATIONS, ORGANISATION_WORDS, "organisations"),
        ];
        for (list, words, name) in LISTS {
            let all: Vec<&str> = words.split(['|', '\n']).collect();
            assert_eq!(list.words.len(), all.len(), "{name}");
            for listed in &all {
                assert!(list.contains(listed.as_bytes()), "{name}: {listed}");
                for near in [
                    listed.chars().skip(1).collect::<String>(),
                    format!("{listed}x"),
                    listed.to_uppercase(),
                ] {
                    let near = near.as_str();
                    let is_listed = all.contains(&near);
                    assert_eq!(list.contains(near.as_bytes()), is_listed, "{name}: {near}");
                }
            }
        }
        assert!(!ROLES.contains(b""));
    }

    #[test]
    fn every_given_name_listed_is_found_with_its_gender() {
        let male: Vec<&str> = include_str!("given-names-male.txt")
            .split_whitespace()
            .collect();
        let female = include_str!("given-names-female.txt").split_whitespace();
        for name in &male {
            assert_eq!(given_name_gender(name.as_bytes()), Gender::Male, "{name}");
        }
        for name in female {
            // A name on both lists is read as a man's, the male list being looked at first.
            let expected = match male.contains(&name) {
                true => Gender::Male,
                false => Gender::Female,
            };
            assert_eq!(given_name_gender(name.as_bytes()), expected, "{name}");
        }
        assert_eq!(given_name_gender(b"Barbarax"), Gender::Unknown);
    }

    #[test]
    fn verbs_of_saying_are_verbs_and_inverting_ones_are_verbs_of_saying() {
        for verb in INVERTING_VERBS.split('|') {
            assert!(
                is_inverting_verb(verb.as_bytes()) && is_verb(verb.as_bytes()),
                "{verb}"
            );
        }
        assert!(
            !is_verb(b"states"),
            "a noun too often ('its Rocky Mountain states')"
        );
        assert!(is_speech_verb(b"told") && !is_inverting_verb(b"told"));
    }

    #[test]
    fn genders_come_from_titles_given_names_and_roles() {
        assert_eq!(title_gender(b"Ms"), Gender::Female);
        assert_eq!(title_gender(b"Sir"), Gender::Male);
        assert_eq!(given_name_gender(b"Barbara"), Gender::Female);
        assert_eq!(given_name_gender(b"Michael"), Gender::Male);
        assert_eq!(given_name_gender(b"Andrea"), Gender::Unknown, "both");
        // A name given to men and women alike is a given name of no gender.
        assert!(is_given_name(b"Lynn") && is_given_name(b"Sam") && is_given_name(b"Michael"));
        assert_eq!(given_name_gender(b"Lynn"), Gender::Unknown);
        assert!(!is_given_name(b"Barbarax"));
        assert_eq!(role_gender(b"spokeswoman"), Gender::Female);
        assert_eq!(role_gender(b"chairman"), Gender::Male);
        assert_eq!(role_gender(b"analyst"), Gender::Unknown);
        assert!(is_role_noun(b"executive-secretary") && is_role_noun(b"36-year-old"));
    }
}
