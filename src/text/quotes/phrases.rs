//! Who an attribution names: the noun phrase before a verb of saying ("Peter Giles, vice
//! president of Kodak's division, said"), or after one that comes first ("said Morgan Stanley
//! analyst Walter Loeb"), read as a person's name, a pronoun, a description of someone named
//! before ("the Lions coach"), an unnamed role ("one arbitrager"), or an organisation ("a
//! spokeswoman for the Department for International Development", "the ministry").

use super::names::{
    is_abbreviation, is_capitals, is_particle, is_possessive, name_in, name_word, trim_word,
};
use super::words::{self, Gender};

/// Who an attribution names, as printed (slices of the paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who<'a> {
    /// A capitalised run that names someone: "Jen Psaki", "Psaki", "NIESR", "the State
    /// Department"; with the role noun printed next to it ("analyst"), if any.
    Name {
        /// The run as printed.
        run: &'a str,
        /// A role noun before it or in an apposition after it.
        role: &'a str,
        /// An article comes before it ("the White House"): an organisation, not a person.
        determiner: bool,
    },
    /// "he" or "she".
    Pronoun(Gender),
    /// "it": an organisation.
    It,
    /// "they".
    They,
    /// A definite description of someone met before: "the Lions coach", "the 36-year-old",
    /// "the president", "the trader".
    Description {
        /// The head noun ("coach").
        head: &'a str,
        /// The description without its article ("Lions coach").
        text: &'a str,
    },
    /// An unnamed person given by role: "one arbitrager", "a Western diplomat".
    Role {
        /// The head noun.
        head: &'a str,
        /// The role as printed, without "a" or "one".
        text: &'a str,
    },
    /// Someone unnamed speaking for an organisation: "a spokesman for the company", "A
    /// Treasury spokesperson"; the organisation's run, or a noun for one met before.
    SpokesFor {
        /// The organisation as printed ("Department for International Development"), or
        /// empty when only a common noun stands for it ("the company").
        organisation: &'a str,
        /// The speaker as printed, without the article, when no organisation's name is
        /// ("bank spokesman", "spokesman for the company", "spokesman"): a common noun in
        /// it stands for the organisation.
        printed: &'a str,
        /// The speaker's noun ("spokeswoman").
        head: &'a str,
    },
    /// A subject that names no one the copy lets a reader tell: "A report on the experiment
    /// said: “…”". The quotation is attributed, so it is no one else's.
    Unnamed,
    /// An organisation met before, by a common noun: "the ministry", "the report".
    OrganisationRef {
        /// The noun ("ministry").
        head: &'a str,
        /// The phrase without its article ("assembly government"), given when no
        /// organisation met before fits.
        text: &'a str,
    },
}

/// A word of the copy and where it starts.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    at: usize,
    raw: &'a str,
}

impl<'a> Token<'a> {
    fn word(&self) -> &'a str {
        trim_word(self.raw)
    }

    /// Punctuation after the word ends a clause: a comma, colon, full stop, quotation mark.
    fn ends_clause(&self) -> bool {
        let raw = self.raw;
        raw.ends_with([',', ';', ':', '?', '!', '"', '”', '“', '—', '–'])
            || raw.ends_with('.') && !is_abbreviation(self.word())
    }

    /// Punctuation before the word opens a clause (a quotation mark, a bracket).
    fn starts_clause(&self) -> bool {
        self.raw.starts_with(['"', '“', '”', '(', '—', '–'])
    }
}

/// Up to `N` words, kept on the stack: a phrase is read from a few words around a verb, and
/// every sentence has one read, so they are not worth an allocation.
struct Tokens<'a, const N: usize> {
    words: [Token<'a>; N],
    len: usize,
}

impl<'a, const N: usize> Tokens<'a, N> {
    fn new(iter: impl Iterator<Item = Token<'a>>) -> Self {
        let mut words = [Token { at: 0, raw: "" }; N];
        let mut len = 0;
        for token in iter.take(N) {
            words[len] = token;
            len += 1;
        }
        Tokens { words, len }
    }

    fn as_slice(&self) -> &[Token<'a>] {
        &self.words[..self.len]
    }
}

/// The words of `text[floor..end]`, last first.
fn words_back(text: &str, floor: usize, end: usize) -> impl Iterator<Item = Token<'_>> {
    let head = &text[floor..end];
    head.split_ascii_whitespace().rev().map(move |raw| Token {
        at: raw.as_ptr() as usize - text.as_ptr() as usize,
        raw,
    })
}

/// The words of `text[from..end]`, in order.
fn words_forward(text: &str, from: usize, end: usize) -> impl Iterator<Item = Token<'_>> {
    text[from..end]
        .split_ascii_whitespace()
        .map(move |raw| Token {
            at: raw.as_ptr() as usize - text.as_ptr() as usize,
            raw,
        })
}

/// A word that may be part of a person's or organisation's name: capitalised, an initial,
/// a particle ("de", "van", "al-Amr").
fn is_name_like(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && !matches!(word, "A" | "I" | "An" | "The")
        // "I'd say that…": the writer, not a name.
        && !word.starts_with("I'")
        && !word.starts_with("I’")
        || is_particle(word)
        || ["al-", "el-", "bin-", "abu-"].iter().any(|p| {
            word.strip_prefix(p)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        })
}

fn pronoun(word: &str) -> Option<Who<'static>> {
    Some(match word {
        "he" | "He" => Who::Pronoun(Gender::Male),
        "she" | "She" => Who::Pronoun(Gender::Female),
        "it" | "It" => Who::It,
        "they" | "They" => Who::They,
        _ => return None,
    })
}

/// The subject of the verb that starts at byte `verb`, looked for in `text[floor..verb]`:
/// with where the subject's phrase starts. Auxiliaries and adverbs between them are
/// skipped ("Mr Howard last week said", "Bush will tell").
pub fn subject_before(text: &str, floor: usize, verb: usize) -> Option<(Who<'_>, usize)> {
    let tokens = Tokens::<40>::new(words_back(text, floor, verb));
    let tokens = tokens.as_slice();
    // "it is predicted", "Smith was told": a passive verb's subject is not who speaks ("has
    // been saying" is active; "Mr Kapor is reported as saying", "is said to have told" name
    // the speaker).
    let mut after = text[verb..].split_whitespace();
    let verb_word = after.next().unwrap_or("");
    let reports_speech = matches!(
        (after.next(), after.next()),
        (Some("as"), Some(w)) if w.trim_end_matches([',', ':', '.']).ends_with("ing")
    ) || text[verb + verb_word.len()..]
        .trim_start()
        .strip_prefix("to have ")
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|done| words::is_speech_verb(done.trim_end_matches([',', ':']).as_bytes()));
    let passive = tokens
        .first()
        .is_some_and(|t| words::is_be_form(t.raw.as_bytes()))
        && !verb_word.ends_with("ing")
        && !reports_speech;
    if passive {
        return None;
    }
    let mut i = 0;
    while i < tokens.len().min(4)
        && !tokens[i].ends_clause()
        && words::is_between_subject_and_verb(tokens[i].word().as_bytes())
    {
        i += 1;
    }
    // "Mr Houston is alleged to have said": what is reported of the subject.
    if let [to, reported, be, ..] = &tokens[i.min(tokens.len())..] {
        if to.raw == "to"
            && reported.raw.ends_with("ed")
            && matches!(be.raw, "is" | "was" | "are" | "were")
            && i > 0
            && tokens[i - 1].raw == "have"
        {
            i += 3;
        }
    }
    noun_phrase_ending(text, tokens, i, 0)
}

/// The noun phrase whose last word is `tokens[i]` (tokens run backward), with where it
/// starts; `depth` counts the appositions already stepped over.
fn noun_phrase_ending<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
    depth: usize,
) -> Option<(Who<'a>, usize)> {
    let last = *tokens.get(i)?;
    // "Gov. Tim Pawlenty -- who toured the site -- said": an aside between dashes.
    if matches!(last.raw, "--" | "—" | "–") {
        let opening = (i + 1..tokens.len().min(i + 20)).find(|&k| tokens[k].raw == last.raw)?;
        return noun_phrase_ending(text, tokens, opening + 1, depth);
    }
    if last.starts_clause() && !last.ends_clause() && i > 0 {
        return None;
    }
    if let Some(who) = pronoun(last.raw) {
        return Some((who, last.at));
    }
    // "The British Chambers of Commerce (BCC) said": the acronym names the organisation.
    let bracketed = last.raw.trim_end_matches(',');
    if let Some(acronym) = bracketed
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
    {
        if acronym.len() >= 2 && acronym.bytes().all(|b| b.is_ascii_uppercase()) {
            let start = last.at + 1;
            return Some((
                Who::Name {
                    run: &text[start..start + acronym.len()],
                    role: "",
                    determiner: true,
                },
                start,
            ));
        }
    }
    // "Rep. Ed Jones, (D-Tenn.) said": a bracketed aside between the subject and the verb;
    // "Narragansett Capital Inc <NARR> said": a stock ticker.
    let aside = bracketed.starts_with('(') && bracketed.ends_with(')')
        || bracketed.starts_with('<') && bracketed.ends_with('>')
        || is_party_and_state(bracketed) && tokens.get(i + 1).is_some_and(|t| t.raw.ends_with(','));
    if aside && i + 1 < tokens.len() {
        return noun_phrase_ending(text, tokens, i + 1, depth);
    }
    let comma_expected = depth > 0 && last.raw.ends_with(',');
    if last.raw.ends_with(',') && !comma_expected || ends_short_quote_with_comma(tokens, i) {
        return apposition(text, tokens, i, depth);
    }
    if last.ends_clause() && !comma_expected {
        return None;
    }
    let word = last.word();
    // "Jeffrey Miller, of Miller Tabak Hirsch and Co said": a firm's "and Co" before the verb
    // ends a description of the person the clause opens with, who is the subject.
    if depth == 0
        && is_company_suffix(word)
        && tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.raw, "and" | "&"))
    {
        if let Some(found) = name_opening_clause(text, tokens, i + 2) {
            return Some(found);
        }
    }
    // "Analysts said", "U.S. Officials said": a plural role capitalised, with the words of
    // its run before it, opening the clause.
    if words::is_plural_role(word) {
        let (start, j) = run_back(tokens, i);
        if tokens.get(j + 1).is_none_or(|t| t.ends_clause()) {
            // "Kremlin officials said", "Treasury sources said": many people who speak for
            // the organisation the run before them names, as "a Treasury official" does.
            // In reading order (tokens run backward): "White House".
            let modifiers: Vec<&str> = tokens[i + 1..=j]
                .iter()
                .rev()
                .map(|t| name_word(t.word()))
                .collect();
            if j > i
                && words::is_spokes_noun(word.as_bytes())
                && words::names_organisation(&modifiers)
            {
                let end = name_end(text, &tokens[i + 1]);
                return Some((
                    Who::SpokesFor {
                        organisation: &text[start..end],
                        printed: "",
                        head: word,
                    },
                    start,
                ));
            }
            let text = &text[start..last.at + name_word(word).len()];
            return Some((Who::Role { head: word, text }, start));
        }
    }
    if words::is_demonym(word.as_bytes())
        || words::is_newspaper_demonym(word.as_bytes())
        || words::is_party_member(word.as_bytes())
    {
        // Back over a few lower-case words and ages to the article: "the 25-year-old Russian".
        let article = tokens[i + 1..]
            .iter()
            .take(4)
            .position(|t| {
                !t.raw
                    .starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                    || t.ends_clause()
                    || words::is_determiner(t.word().as_bytes())
            })
            .map(|p| i + 1 + p);
        if let Some(a) = article.filter(|&a| words::is_definite(tokens[a].word().as_bytes())) {
            let phrase: Vec<Token> = tokens[i..=a].iter().rev().copied().collect();
            if let Some(who) = described_by_origin(tokens[a].word(), &phrase) {
                return Some((who, tokens[a].at));
            }
        }
    }
    if let Some(found) = capitalised_title(text, tokens, i) {
        return Some(found);
    }
    // A name ends in a capitalised word: "de Gaulle said", not "aged nine to ten said".
    if is_name_like(word) && !is_particle(word) {
        // A name after a preposition may be whom a document or many people speak for.
        let run = run_back(tokens, i);
        let spoken_for =
            issuer_of_document(text, tokens, i, run).or_else(|| many_at(text, tokens, i, run));
        return spoken_for
            .or_else(|| named_phrase(text, tokens, i))
            .or_else(|| many_with_object(text, tokens, i));
    }
    if word.starts_with(char::is_lowercase) || words::is_age(word.as_bytes()) {
        return described_phrase(text, tokens, i)
            .or_else(|| noun_with_object(text, tokens, i))
            .or_else(|| many_with_object(text, tokens, i));
    }
    None
}

/// A title after "the", capitalised as much copy prints an office ("the President said",
/// "the Queen said", "the Prime Minister said"): a description by that title, as "the
/// president" is; the words as printed, the head noun in lower case (tokens run backward).
fn capitalised_title<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
) -> Option<(Who<'a>, usize)> {
    let head = words::capitalised_title(tokens[i].word())?;
    // Up to one capitalised word before it ("Prime", "Home", "Foreign"), then "the".
    let article =
        (i + 1..tokens.len().min(i + 3)).find(|&k| matches!(tokens[k].raw, "the" | "The"))?;
    let between = &tokens[i + 1..article];
    if between
        .iter()
        .any(|t| t.ends_clause() || !is_name_like(t.word()) || is_possessive(t.raw))
        || tokens[article].ends_clause()
    {
        return None;
    }
    // From the word after "the" (tokens run backward) through the head.
    let start = tokens[article - 1].at;
    let end = tokens[i].at + tokens[i].word().len();
    Some((
        Who::Description {
            head,
            text: &text[start..end],
        },
        tokens[article].at,
    ))
}

/// Where the role noun is that a preposition at `tokens[p]` follows (tokens run backward):
/// right before it, or before a word that ties a person to what follows ("a source close
/// to", "a person familiar with", "an official with knowledge of").
fn role_before_preposition(tokens: &[Token], p: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).filter(|t| !t.ends_clause()).map(Token::word);
    let h = match (word(p + 1)?, word(p + 2)) {
        (tie, _) if is_tie(tie) => p + 2,
        ("knowledge", Some("with")) => p + 3,
        _ => p + 1,
    };
    let head = word(h)?.as_bytes();
    (words::is_role_noun(head) || words::is_spokes_noun(head)).then_some(h)
}

/// A phrase from its article through its head noun, without the article: "A spokesperson
/// also said" prints "spokesperson".
fn through_head<'a>(text: &'a str, article: &Token, words: &[Token], head: &str) -> &'a str {
    let end = words
        .iter()
        .rev()
        .find(|t| name_word(t.word()) == head)
        .map_or(article.at, |t| t.at + trim_trailing(t.raw).len());
    strip_determiner(&text[article.at..end.max(article.at)])
}

/// A word after a role that ties the person to what follows it ("a source close to", "a
/// person familiar with").
fn is_tie(word: &str) -> bool {
    matches!(
        word,
        "close" | "closest" | "familiar" | "loyal" | "briefed" | "involved"
    )
}

/// Many unnamed people opening the clause, with where or what they are up to the verb
/// (`tokens[i]`, its last word; tokens run backward): "Nurses on the picket line at St
/// Thomas' Hospital said", "Striking nurses at the hospital's gates said"; as printed.
fn many_with_object<'a>(text: &'a str, tokens: &[Token<'a>], i: usize) -> Option<(Who<'a>, usize)> {
    let opens = |k: usize| tokens.get(k).is_none_or(|t| t.ends_clause());
    let mut object = false;
    for k in i + 1..tokens.len().min(i + 12) {
        let token = tokens[k];
        if token.ends_clause() {
            return None;
        }
        let word = token.word();
        if object && words::is_plural_role(word) {
            // The role opens the clause, or one word before it does ("Striking workers").
            let start = if opens(k + 1) {
                k
            } else if opens(k + 2) && !tokens[k + 1].word().is_empty() {
                k + 1
            } else {
                return None;
            };
            let end = tokens[i].at + trim_trailing(tokens[i].raw).len();
            return Some((
                Who::Role {
                    head: word,
                    text: &text[tokens[start].at..end],
                },
                tokens[start].at,
            ));
        }
        let plain = token.raw.starts_with(|c: char| c.is_ascii_lowercase())
            && !words::is_verb(word.as_bytes())
            && pronoun(word).is_none()
            || is_name_like(word)
            || token.raw.bytes().all(|b| b.is_ascii_digit());
        if !plain {
            return None;
        }
        object |= words::is_preposition(word.as_bytes());
    }
    None
}

/// A noun with what follows it up to the verb, read back from the verb: an unnamed person's
/// role ("an analyst at a Tokyo brokerage said", "a source close to the talks said": the
/// object no organisation or person's name), or a document with what it is about, which
/// speaks as it would alone ("Oxfam's report on the crisis said", "PC World's recent analysis
/// of its own web traffic statistics concluded").
fn noun_with_object<'a>(text: &'a str, tokens: &[Token<'a>], i: usize) -> Option<(Who<'a>, usize)> {
    // Back over the object, a few plain words, numbers and an article, to its preposition.
    let p = (i + 1..tokens.len().min(i + 8)).find(|&k| {
        let word = tokens[k].word();
        (words::is_preposition(word.as_bytes()) || matches!(word, "into" | "about"))
            && !tokens[k].ends_clause()
    })?;
    let plain = |t: &Token| {
        !t.ends_clause()
            && (is_plain_lower(t.raw)
                || words::is_determiner(t.word().as_bytes())
                || is_name_like(t.word())
                || matches!(t.raw, "its" | "their" | "his" | "her")
                || t.raw.bytes().all(|b| b.is_ascii_digit() || b == b','))
    };
    if !tokens[i + 1..p].iter().all(plain) {
        return None;
    }
    let document = tokens
        .get(p + 1)
        .filter(|t| !t.ends_clause() && words::is_document_noun(t.raw.as_bytes()));
    if document.is_some() {
        return described_phrase(text, tokens, p + 1);
    }
    let h = role_before_preposition(tokens, p)?;
    let (who, start) = described_phrase(text, tokens, h)?;
    let end = tokens[i].at + trim_trailing(tokens[i].raw).len();
    let printed = strip_determiner(&text[start..end]);
    match who {
        Who::Role { head, .. } => Some((
            Who::Role {
                head,
                text: printed,
            },
            start,
        )),
        // "A spokesperson for the coffee industry welcomed…": for what the object says.
        Who::SpokesFor {
            organisation: "",
            head,
            ..
        } => Some((
            Who::SpokesFor {
                organisation: "",
                printed,
                head,
            },
            start,
        )),
        _ => None,
    }
}

/// Whether `tokens[i]` closes a few quoted words with the comma inside the mark, as American
/// copy sets a title in an aside ("The Jornal do Brasil, in an editorial entitled “Dangerous
/// Confrontation,” said"): the aside's comma, not the end of a quotation someone said.
fn ends_short_quote_with_comma(tokens: &[Token], i: usize) -> bool {
    let opens = |t: &Token| t.raw.starts_with(['"', '“']);
    let closes = matches!(tokens[i].raw.strip_suffix(['"', '”']), Some(w) if w.ends_with(','));
    closes
        && (opens(&tokens[i])
            || tokens[i + 1..]
                .iter()
                .take(5)
                .find(|t| opens(t) || t.ends_clause())
                .is_some_and(opens))
}

/// The proper name in a description of a newspaper, agency or broadcaster ("the state-run
/// Tanjug news agency" → "Tanjug", "the Jornal do Brasil newspaper"): one capitalised run
/// among the modifiers (`modifiers` run backward from the head), not a nationality ("the
/// British newspaper") nor a country's initials ("the US network").
fn proper_name_of_kind<'a>(text: &'a str, head: &[u8], modifiers: &[Token<'a>]) -> Option<&'a str> {
    if !matches!(
        head,
        b"newspaper"
            | b"paper"
            | b"daily"
            | b"weekly"
            | b"magazine"
            | b"agency"
            | b"broadcaster"
            | b"network"
            | b"channel"
            | b"website"
            | b"tank"
            | b"think-tank"
    ) {
        return None;
    }
    let capitalised = |t: &Token| is_name_like(t.word()) && !is_possessive(t.raw);
    let last = modifiers.iter().position(capitalised)?;
    let first = modifiers.iter().rposition(capitalised)?;
    // Between the run's ends only capitalised words and particles ("do", "de").
    let run = &modifiers[last..=first];
    if run
        .iter()
        .any(|t| !capitalised(t) && (t.word().len() > 3 || t.ends_clause()))
    {
        return None;
    }
    let (start_word, end_word) = (run[run.len() - 1].word(), run[0].word());
    let offset = |word: &str| word.as_ptr() as usize - text.as_ptr() as usize;
    let name = &text[offset(start_word)..offset(end_word) + end_word.len()];
    let nationality = run.len() == 1
        && (words::may_be_nationality(name)
            || name.len() <= 3 && name.bytes().all(|b| b.is_ascii_uppercase()));
    (!nationality && !name.contains("-based")).then_some(name)
}

/// A full name that opens `part` (tokens run backward) and a preposition after it ("Kirsten
/// Pfeifer from the…", "John Smith of Acme"): two capitalised words that are neither an
/// organisation's nor a title.
fn name_then_origin<'a>(text: &'a str, part: &[Token<'a>]) -> Option<(Who<'a>, usize)> {
    let mut reading = part.iter().rev();
    let (first, second) = (reading.next()?, reading.next()?);
    let plain_name = |t: &Token| {
        let word = name_word(t.word()).as_bytes();
        is_name_like(t.word())
            && !t.ends_clause()
            && !words::is_organisation_word(word)
            && !words::is_not_name_word(word)
    };
    if !plain_name(first) || !plain_name(second) {
        return None;
    }
    let preposition = reading.next()?;
    if !matches!(preposition.raw, "from" | "of" | "at" | "with") {
        return None;
    }
    let run = &text[first.at..second.at + trim_trailing(second.raw).len()];
    Some((
        Who::Name {
            run,
            role: "",
            determiner: false,
        },
        first.at,
    ))
}

/// The last word of a firm's name: "Co", "Inc", "Ltd"…
fn is_company_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Co" | "Cos" | "Company" | "Inc" | "Ltd" | "Corp" | "Plc" | "plc" | "PLC" | "LLC"
    )
}

/// A name of up to four words that opens the clause and is set off by a comma, with the
/// role noun of the description between it and `tokens[i]` (tokens run backward): "Daniel
/// McKinley, oil analyst with…".
fn name_opening_clause<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
) -> Option<(Who<'a>, usize)> {
    let first = tokens.len().checked_sub(1)?;
    let comma = (i..=first).rev().find(|&k| tokens[k].ends_clause())?;
    let name = &tokens[comma..=first];
    let is_name = comma > i
        && tokens[comma].raw.ends_with(',')
        && name.len() <= 4
        && name
            .iter()
            .all(|t| is_name_like(t.word()) && !is_possessive(t.raw));
    if !is_name {
        return None;
    }
    let start = tokens[first].at;
    let run = &text[start..tokens[comma].at + tokens[comma].raw.len() - 1];
    let role = tokens[i..comma]
        .iter()
        .map(Token::word)
        .find(|w| words::is_role_noun(w.as_bytes()))
        .unwrap_or("");
    Some((
        Who::Name {
            run,
            role,
            determiner: false,
        },
        start,
    ))
}

/// A subject set off by commas before its verb: a name in apposition ("the new chair of the
/// IETF, Brian Carpenter, says"), or a name followed by a description ("Peter Giles, vice
/// president of Kodak's division, said").
fn apposition<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
    depth: usize,
) -> Option<(Who<'a>, usize)> {
    // The words of the part between this comma and the one before it.
    let mut j = i;
    while j + 1 < tokens.len() && !tokens[j + 1].ends_clause() && j - i < 24 {
        j += 1;
    }
    let part = &tokens[i..=j];
    let before_part = tokens.get(j + 1);
    let part_is_name = part
        .iter()
        .all(|t| is_name_like(t.word()) && !is_possessive(t.raw))
        && part.len() <= 5;
    if part_is_name && before_part.is_none_or(|t| t.raw.ends_with(',') || t.ends_clause()) {
        let run =
            &text[part[part.len() - 1].at..part[0].at + part[0].raw.trim_end_matches(',').len()];
        let role = before_part.map_or("", |_| head_noun_before_comma(tokens, j + 1));
        return Some((
            Who::Name {
                run,
                role,
                determiner: false,
            },
            part[part.len() - 1].at,
        ));
    }
    // "Kirsten Pfeifer from the Consumer Electronics Association, told": a full name and
    // where the person is from, set off by the comma after it alone.
    if let Some(found) = name_then_origin(text, part) {
        return Some(found);
    }
    // The part describes the subject, which ends at the comma before it.
    match before_part {
        Some(t) if t.raw.ends_with(',') && depth < 3 => {
            let (who, start) = noun_phrase_ending(text, tokens, j + 1, depth + 1)?;
            let role = part
                .iter()
                .rev()
                .map(Token::word)
                .find(|w| words::is_role_noun(w.as_bytes()))
                .unwrap_or("");
            // "Extinction Rebellion, which organised the march, said": a thing, not a person.
            let which = part.last().is_some_and(|t| t.raw == "which");
            match who {
                Who::Name {
                    run, determiner, ..
                } => Some((
                    Who::Name {
                        run,
                        role,
                        determiner: determiner || which,
                    },
                    start,
                )),
                other => Some((other, start)),
            }
        }
        _ => None,
    }
}

/// The role noun that ends the part before a comma ("the new chair of the IETF," → "chair"),
/// if any.
fn head_noun_before_comma<'a>(tokens: &[Token<'a>], i: usize) -> &'a str {
    tokens[i..]
        .iter()
        .take(8)
        .take_while(|t| !t.raw.ends_with(['.', ';', ':']) || is_abbreviation(t.word()))
        .map(Token::word)
        .find(|w| words::is_role_noun(w.as_bytes()))
        .unwrap_or("")
}

/// A subject that ends in a capitalised run: the run, unless it is the object of a
/// preposition ("Kimmelman of the Consumer Federation of America", "a spokeswoman for the
/// Department for International Development"), in which case the head of the phrase is
/// further back.
fn named_phrase<'a>(text: &'a str, tokens: &[Token<'a>], i: usize) -> Option<(Who<'a>, usize)> {
    let end = tokens[i].at + trim_trailing(tokens[i].raw).len();
    named_phrase_to(text, tokens, i, end, 0)
}

/// [`named_phrase`] for the run ending at `tokens[i]`, inside a phrase that ends at byte
/// `end`; `hops` counts the prepositions already stepped over.
fn named_phrase_to<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
    end: usize,
    hops: usize,
) -> Option<(Who<'a>, usize)> {
    let (run_start, j) = run_back(tokens, i);
    let run_end = tokens[i].at + trim_trailing(tokens[i].raw).len();
    let run = &text[run_start..run_end];
    let usable = |k: usize| tokens.get(k).filter(|t| !t.ends_clause());
    // Another run joined to this one by "and" before it, read three ways below; `before` is
    // the index of its first word.
    let joined = (usable(j + 1).is_some_and(|t| t.raw == "and")
        && usable(j + 2).is_some_and(|t| is_name_like(t.word())))
    .then(|| run_back(tokens, j + 2).1);
    if let Some(before) = joined {
        // "The star of Rain Man and Tootsie said": the names are what a role is of.
        if usable(before + 1).is_some_and(|t| t.raw == "of")
            && usable(before + 2).is_some_and(|t| words::is_role_noun(t.word().as_bytes()))
        {
            return described_phrase(text, tokens, before + 2);
        }
        // "The Academy of Motion Picture Arts and Sciences said", "the Department for
        // Education and Skills": "and" goes on inside an organisation's name, after "of" or
        // "for" and a word that says what it is.
        let inside_organisation = usable(before + 1).is_some_and(|t| matches!(t.raw, "of" | "for"))
            && usable(before + 2)
                .is_some_and(|t| words::is_organisation_word(name_word(t.word()).as_bytes()));
        if inside_organisation && hops < 4 {
            let before_end = tokens[j + 2].at + trim_trailing(tokens[j + 2].raw).len();
            if let Some((
                Who::Name {
                    run, determiner, ..
                },
                start,
            )) = named_phrase_to(text, tokens, j + 2, end, hops + 1)
            {
                let run_start = run.as_ptr() as usize - text.as_ptr() as usize;
                if run_start + run.len() == before_end {
                    let who = Who::Name {
                        run: &text[run_start..run_end],
                        role: "",
                        determiner,
                    };
                    return Some((who, start));
                }
            }
        }
        // "John Smith and Mary Jones said", "Marks and Spencer said": two runs joined opening
        // the clause are said together, not by the second alone; past a word that opens the
        // sentence ("But Smith and Jones said"), and not over a title's words ("Culture,
        // Media and Sport Secretary Tessa Jowell").
        let first = (j + 2..=before)
            .rev()
            .find(|&k| !words::is_not_name_word(tokens[k].word().as_bytes()))
            .unwrap_or(j + 2);
        let untitled = |from: usize, to: usize| {
            let run = &text[tokens[from].at..tokens[to].at + trim_trailing(tokens[to].raw).len()];
            !name_in(run).is_some_and(|n| n.titled)
        };
        if hops == 0
            && tokens.get(before + 1).is_none_or(Token::ends_clause)
            && untitled(first, j + 2)
            && untitled(j, i)
        {
            let pair_start = tokens[first].at;
            let run = &text[pair_start..run_end];
            return Some((
                Who::Name {
                    run,
                    role: "",
                    determiner: false,
                },
                pair_start,
            ));
        }
    }
    // Adjectives and an article before the run: "a leading U.S. House", "the Consumer
    // Federation".
    let mut k = j + 1;
    let mut adjectives = 0;
    while adjectives < 2
        && usable(k).is_some_and(|t| {
            let w = t.word();
            w.starts_with(char::is_lowercase)
                && !words::is_preposition(w.as_bytes())
                && !words::is_determiner(w.as_bytes())
                && !words::is_verb(w.as_bytes())
                && !words::is_role_noun(w.as_bytes())
                && !matches!(w, "and" | "but" | "or" | "that" | "which" | "who")
        })
        && usable(k + 1).is_some_and(|t| {
            words::is_determiner(t.word().as_bytes()) || t.word().starts_with(char::is_lowercase)
        })
    {
        k += 1;
        adjectives += 1;
    }
    let article = usable(k).filter(|t| words::is_determiner(t.word().as_bytes()));
    if adjectives > 0 && article.is_none() {
        // Lower-case words before the run that are not an article's adjectives: the run
        // stands alone.
        k = j + 1;
    } else if article.is_some() {
        k += 1;
    }
    // "an aide to President Biden", "a source close to Merkel": a role goes on over "to" (and
    // over "close", "familiar"…) to whom it serves, though no organisation is named.
    let role_at = role_before_preposition(tokens, k);
    let preposition = usable(k).map(Token::word).filter(|p| {
        matches!(*p, "of" | "at" | "for" | "from" | "with" | "in")
            || *p == "to" && role_at.is_some()
    });
    // "British Chambers of Commerce", "Department for International Development": an
    // organisation's name goes on over "of" or "for" with no article after it.
    if let (Some("of" | "for"), None) = (preposition, article) {
        if let Some(head) = usable(k + 1).filter(|t| is_name_like(t.word())) {
            if words::is_organisation_word(name_word(head.word()).as_bytes()) {
                let (inner, start) = named_phrase_to(text, tokens, k + 1, end, hops + 1)?;
                let head_end = head.at + trim_trailing(head.raw).len();
                return Some(match inner {
                    Who::Name {
                        run: inner_run,
                        role,
                        determiner,
                    } if inner_run.as_ptr() as usize - text.as_ptr() as usize + inner_run.len()
                        == head_end =>
                    {
                        let inner_start = inner_run.as_ptr() as usize - text.as_ptr() as usize;
                        (
                            Who::Name {
                                run: &text[inner_start..run_end],
                                role,
                                determiner: determiner | true,
                            },
                            start,
                        )
                    }
                    other => (other, start),
                });
            }
        }
    }
    if let (Some(_), true) = (preposition, hops < 4) {
        // "X of the Y": the phrase's head comes before the preposition; a name and a comma
        // before it make the phrase an apposition ("Richard Doherty, from Panasonic").
        let h = role_at.unwrap_or(k + 1);
        let head = *tokens.get(h)?;
        if head.raw.ends_with(',') && is_name_like(head.word()) {
            return named_phrase_to(
                text,
                tokens,
                k + 1,
                head.at + trim_trailing(head.raw).len(),
                hops + 1,
            );
        }
        if head.ends_clause() {
            return None;
        }
        let head_word = head.word();
        // "BBC correspondent in Washington Justin Webb said": where a person with a role is,
        // then who.
        if words::is_role_noun(head_word.as_bytes()) && preposition != Some("to") {
            if let Some(person) = person_after_place(run) {
                let who = Who::Name {
                    run: person,
                    role: head_word,
                    determiner: false,
                };
                return Some((who, role_phrase_start(tokens, h)));
            }
        }
        if is_name_like(head_word) {
            return named_phrase_to(text, tokens, k + 1, end, hops + 1);
        }
        if words::is_spokes_noun(head_word.as_bytes()) || words::is_role_noun(head_word.as_bytes())
        {
            let (who, start) =
                described_phrase(text, tokens, h).or_else(|| apposed_name(text, tokens, h))?;
            // An organisation introduced with "a" is not named: the role is the speaker. So is
            // one tied to a person rather than working for an organisation ("a source close
            // to Merkel", "an aide to President Biden").
            let tied = h > k + 1 || preposition == Some("to");
            let named = !tied && article.is_none_or(|t| words::is_definite(t.word().as_bytes()));
            return Some(match who {
                // "a Renault spokesman in Paris": the organisation is named before the noun;
                // what comes after says where the spokesman is.
                Who::SpokesFor { organisation, .. } if !organisation.is_empty() => (who, start),
                // "the spokeswoman for the Treasury said": not a spokeswoman met before, but
                // the Treasury's.
                Who::SpokesFor { head, .. }
                | Who::Role { head, .. }
                | Who::Description { head, .. }
                    if named && words::is_spokes_noun(head.as_bytes()) =>
                {
                    (
                        Who::SpokesFor {
                            organisation: without_possessor(&text[run_start..end]),
                            printed: "",
                            head,
                        },
                        start,
                    )
                }
                Who::Role { head, .. } | Who::SpokesFor { head, .. } => (
                    Who::Role {
                        head,
                        text: strip_determiner(&text[start..end]),
                    },
                    start,
                ),
                other => (other, start),
            });
        }
        return None;
    }
    if article.is_some() {
        return Some((
            Who::Name {
                run,
                role: "",
                determiner: true,
            },
            tokens[k - 1].at,
        ));
    }
    // "Carmaker Ford said": the kind, capitalised as the sentence's first word, in the run.
    if let Some((kind, name)) = words::kind_before_name(run) {
        let who = Who::Name {
            run: name,
            role: kind,
            determiner: true,
        };
        return Some((who, run_start));
    }
    match usable(j + 1).map(Token::word) {
        // "accountancy firm Ernst & Young", "news agency Tanjug": an organisation.
        Some(p)
            if words::is_organisation_noun(p.as_bytes()) && !words::is_role_noun(p.as_bytes()) =>
        {
            // "the public services union Unison Dave Prentis": the organisation's name,
            // then a person's.
            let who = match person_after_place(run) {
                Some(person) => Who::Name {
                    run: person,
                    role: "",
                    determiner: false,
                },
                // Its kind is what "the band", "the airline" will call it.
                None => Who::Name {
                    run,
                    role: p,
                    determiner: true,
                },
            };
            Some((who, tokens[j + 1].at))
        }
        Some(p) if words::is_role_noun(p.as_bytes()) => Some((
            Who::Name {
                run,
                role: p,
                determiner: false,
            },
            role_phrase_start(tokens, j + 1),
        )),
        _ => Some((
            Who::Name {
                run,
                role: "",
                determiner: false,
            },
            run_start,
        )),
    }
}

/// The person's name closing a run that opens with another name: an organisation's ("the
/// public services union Unison Dave Prentis") or, after a role and a preposition, where the
/// person works or is ("correspondent in Washington Justin Webb", "economist at Barclays John
/// Smith"). The person's name starts at the first known given name, past the run's first word,
/// and runs two or three words, none of them an organisation's.
fn person_after_place(run: &str) -> Option<&str> {
    let given = |w: &str| words::is_given_name(w.as_bytes());
    let mut words = run.split_whitespace();
    if given(words.next()?) {
        return None;
    }
    let first = words.find(|w| given(w))?;
    let at = first.as_ptr() as usize - run.as_ptr() as usize;
    let person = &run[at..];
    let fits = (2..=3).contains(&person.split_whitespace().count())
        && person.split_whitespace().all(|w| {
            !words::is_organisation_word(name_word(w).as_bytes()) && !is_company_suffix(w)
        });
    fits.then_some(person)
}

/// A role noun with a name in apposition before it ("Howard Archer, economist at Global
/// Insight"): the name, with the role.
fn apposed_name<'a>(text: &'a str, tokens: &[Token<'a>], i: usize) -> Option<(Who<'a>, usize)> {
    let role = tokens[i].word();
    let mut k = i + 1;
    while tokens
        .get(k)
        .is_some_and(|t| !t.ends_clause() && t.word().starts_with(char::is_lowercase))
        && k < i + 3
    {
        k += 1;
    }
    let comma = tokens
        .get(k)
        .filter(|t| t.raw.ends_with(',') && is_name_like(t.word()))?;
    let (start, j) = run_back(tokens, k);
    let _ = comma;
    let run_end = tokens[k].at + trim_trailing(tokens[k].raw).len();
    let _ = j;
    Some((
        Who::Name {
            run: &text[start..run_end],
            role,
            determiner: false,
        },
        start,
    ))
}

/// An American legislator's party and state, after the name in apposition: "D-California",
/// "R-Texas", "D-N.Y.", "I-Vt.".
fn is_party_and_state(word: &str) -> bool {
    ["D-", "R-", "I-"].iter().any(|party| {
        word.strip_prefix(party)
            .is_some_and(|state| state.starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// Whether a sentence whose first two words are these opens with a phrase before its subject
/// ("In London, …", "Other than its warning on tax, the NIESR report was…").
fn opens_with_phrase(first: &str, second: &str) -> bool {
    words::is_sentence_opener(first.as_bytes()) || first == "Other" && second == "than"
}

/// A word without the punctuation after it.
fn trim_trailing(raw: &str) -> &str {
    let trimmed = raw.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')');
    match trimmed.strip_suffix('.') {
        Some(rest) if !is_abbreviation(trim_word(trimmed)) => rest,
        _ => trimmed,
    }
}

/// Where a role phrase before a name starts ("Bear Stearns and Co analyst Monroe
/// Greenstein" starts at "Bear").
fn role_phrase_start(tokens: &[Token], role: usize) -> usize {
    let mut k = role;
    while k + 1 < tokens.len()
        && k < role + 6
        && !tokens[k + 1].ends_clause()
        && (is_name_like(tokens[k + 1].word())
            || words::is_role_noun(tokens[k + 1].word().as_bytes())
            || matches!(
                tokens[k + 1].word(),
                "and"
                    | "&"
                    | "chief"
                    | "senior"
                    | "vice"
                    | "deputy"
                    | "general"
                    | "managing"
                    | "executive"
            ))
    {
        k += 1;
    }
    tokens[k].at
}

/// Whose a document is, when `tokens[i]` (the words go back from there) is a document noun:
/// the index of the possessive word before it, over up to two plain lower-case words
/// ("Oxfam's latest report", "the bank's annual report").
fn document_owner(tokens: &[Token], i: usize) -> Option<usize> {
    if !words::is_document_noun(tokens[i].word().as_bytes()) {
        return None;
    }
    let k = (i + 1..tokens.len().min(i + 4)).find(|&k| {
        let t = tokens[k];
        is_possessive(t.raw) || t.ends_clause() || t.starts_clause() || !is_plain_lower(t.raw)
    })?;
    is_possessive(tokens[k].raw).then_some(k)
}

/// Whether a word is lower-case letters (and hyphens) alone: an adjective or a noun before a
/// head noun, not a name, a number or a word of a verb phrase's grammar.
fn is_plain_lower(raw: &str) -> bool {
    raw.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !words::is_determiner(raw.as_bytes())
        && !words::is_verb(raw.as_bytes())
        && !words::is_preposition(raw.as_bytes())
        && pronoun(raw).is_none()
}

/// Where a token's name word ends in `text`: after its letters, without the marks or the
/// possessive around it ("Oxfam's" → after "Oxfam").
fn name_end(text: &str, token: &Token) -> usize {
    let word = name_word(token.word());
    word.as_ptr() as usize - text.as_ptr() as usize + word.len()
}

/// The capitalised run that ends at `tokens[i]`, going back: where it starts, and the index
/// of its first word. A possessive word before it ends it ("Lanston's Jones").
fn run_back(tokens: &[Token], i: usize) -> (usize, usize) {
    let mut j = i;
    while j + 1 < tokens.len() && j < i + 5 {
        let prev = tokens[j + 1];
        let organisation = words::is_organisation_word(name_word(tokens[i].word()).as_bytes());
        if prev.ends_clause()
            || prev.starts_clause() && j + 1 != i
            || is_possessive(prev.raw) && !organisation
        {
            break;
        }
        // "Merrill Lynch & Co", "Smith Barney and Co": a firm's name goes on over the joiner.
        let joiner = (prev.raw == "&"
            || prev.raw == "and" && j == i && is_company_suffix(tokens[i].word()))
            && tokens
                .get(j + 2)
                .is_some_and(|t| is_name_like(t.word()) && !t.ends_clause());
        if !(is_name_like(prev.word()) || joiner) || prev.word().is_empty() {
            break;
        }
        j += 1;
        if tokens[j].starts_clause() {
            break;
        }
    }
    (
        tokens[j].at + tokens[j].raw.len()
            - tokens[j].raw.trim_start_matches(['"', '“', '(']).len(),
        j,
    )
}

/// A subject that ends in a lower-case noun: a description ("the Lions coach", "The report's
/// authors", "A Treasury spokesperson", "one senior coffee dealer"), back to its article.
fn described_phrase<'a>(text: &'a str, tokens: &[Token<'a>], i: usize) -> Option<(Who<'a>, usize)> {
    let head = tokens[i].word();
    let head_bytes = head.as_bytes();
    // "the 36-year-old said": an age stands for the person, as a role does.
    let known_head = words::is_role_noun(head_bytes)
        || words::is_organisation_noun(head_bytes)
        || words::is_spokes_noun(head_bytes)
        || words::is_age(head_bytes);
    // "a buyer said", "one shopkeeper said": a noun for someone who does something, met
    // with "a" or "one", is a role though the list of roles does not know it.
    // So is such a noun, one or many, that belongs to something named just before it ("the
    // site's controllers said").
    let owned = tokens.get(i + 1).is_some_and(|t| is_possessive(t.raw));
    let singular = head_bytes.strip_suffix(b"s").unwrap_or(head_bytes);
    let agent = !known_head
        && (words::is_agent_noun(head_bytes) || owned && words::is_agent_noun(singular));
    if !known_head && !agent {
        return None;
    }
    // "Mr Tanzi's statement said", "Oxfam's latest report said": a document speaks for
    // whoever it belongs to; "the bank's annual report" for the bank.
    if let Some(k) = document_owner(tokens, i) {
        let owner = tokens[k];
        if is_name_like(owner.word()) {
            let (start, _) = run_back(tokens, k);
            let end = name_end(text, &owner);
            let who = Who::Name {
                run: &text[start..end],
                role: "",
                determiner: false,
            };
            return Some((who, start));
        }
        let noun = name_word(owner.word());
        let article = tokens
            .get(k + 1)
            .filter(|t| words::is_definite(t.word().as_bytes()));
        if let Some(article) = article.filter(|_| words::is_organisation_noun(noun.as_bytes())) {
            let who = Who::OrganisationRef {
                head: noun,
                text: noun,
            };
            return Some((who, article.at));
        }
    }
    // Back to the article, over modifiers: "senior coffee", "Treasury", "charity's".
    let mut j = i;
    // Whether the phrase opens its clause: nothing before it, or a comma or a stop.
    let mut opens_clause = false;
    let det = loop {
        let Some(prev) = tokens.get(j + 1) else {
            opens_clause = true;
            break None;
        };
        if j > i + 5 {
            break None;
        }
        if prev.ends_clause() && !is_possessive(prev.raw) {
            opens_clause = true;
            break None;
        }
        let word = prev.word();
        if words::is_determiner(word.as_bytes()) {
            break Some(j + 1);
        }
        if words::is_verb(word.as_bytes())
            || words::is_preposition(word.as_bytes())
            || matches!(
                word,
                "and" | "but" | "or" | "that" | "which" | "who" | "when" | "as" | "if"
            )
            || pronoun(word).is_some()
        {
            break None;
        }
        j += 1;
    };
    let start = match det {
        Some(d) if agent && !owned && !words::is_indefinite(tokens[d].word().as_bytes()) => {
            return None
        }
        None if agent => return None,
        Some(d) => tokens[d].at,
        // A plural role at the start of a clause needs no article: "Analysts said", "…,
        // bank officials said".
        None if words::is_plural_role(head) && (j == i || opens_clause) => tokens[j].at,
        // So does a body known by its common noun: "police said", "…, state police said".
        None if words::is_collective_noun(head_bytes) && (j == i || opens_clause) => tokens[j].at,
        // And someone a name that opens the clause owns: "Carter's mother shouted".
        None if j == i + 1
            && opens_clause
            && owned
            && is_name_like(tokens[j].word())
            && words::is_role_noun(head_bytes) =>
        {
            tokens[j].at
        }
        // Headlines and summary boxes drop the article before a lone role: "“I thought I
        // was going to die,” driver says", "While CNN tours facility, patient shouts: “…”";
        // after a name and a comma it describes the name ("Howard Archer, economist at…").
        None if j == i
            && opens_clause
            && (words::is_role_noun(head_bytes) || words::is_spokes_noun(head_bytes))
            && tokens
                .get(i + 1)
                .is_none_or(|t| !(t.raw.ends_with(',') && is_name_like(t.word()))) =>
        {
            tokens[i].at
        }
        None => return None,
    };
    let definite = det.map_or(words::is_collective_noun(head_bytes), |d| {
        words::is_definite(tokens[d].word().as_bytes())
    });
    let phrase = &text[start..tokens[i].at + head.len()];
    let without_article = strip_determiner(phrase);
    let modifiers = &tokens[i + 1..det.unwrap_or(i + 1).max(i + 1)];
    let capitalised = modifiers
        .iter()
        .rev()
        .filter(|t| is_name_like(t.word()))
        .map(|t| name_word(t.word()))
        .collect::<Vec<_>>();
    let possessor = modifiers
        .iter()
        .find(|t| is_possessive(t.raw))
        .map(|t| name_word(t.word()));
    let names_organisation =
        words::speaks_for_others(head_bytes) || words::names_organisation(&capitalised);
    let who = if words::is_spokes_noun(head_bytes)
        && !capitalised.is_empty()
        && !definite
        && names_organisation
    {
        // "A Treasury spokesperson": the organisation is the capitalised modifier.
        // Cut where the words are, not where their tokens start: a mark may come before.
        let first = name_word(
            modifiers
                .iter()
                .rev()
                .find(|t| is_name_like(t.word()))?
                .word(),
        );
        let last = name_word(modifiers.iter().find(|t| is_name_like(t.word()))?.word());
        let offset = |word: &str| word.as_ptr() as usize - text.as_ptr() as usize;
        Who::SpokesFor {
            organisation: &text[offset(first)..(offset(last) + last.len()).max(offset(first))],
            printed: "",
            head,
        }
    } else if words::is_document_noun(head_bytes) && definite {
        Who::OrganisationRef {
            head,
            text: without_article,
        }
    } else if words::is_organisation_noun(head_bytes) && !words::is_role_noun(head_bytes) {
        if let Some(name) = proper_name_of_kind(text, head_bytes, modifiers) {
            // "the state-run Tanjug news agency": the agency is Tanjug, not the agency
            // named before.
            Who::Name {
                run: name,
                role: "",
                determiner: true,
            }
        } else if definite {
            Who::OrganisationRef {
                head,
                text: without_article,
            }
        } else {
            return None;
        }
    } else if possessor.is_some_and(|p| words::is_document_noun(p.as_bytes())) {
        // "The report's authors": a role as printed.
        Who::Role {
            head,
            text: without_article,
        }
    } else if definite {
        Who::Description {
            head,
            text: without_article,
        }
    } else if words::speaks_for_others(head_bytes)
        // "a ministry official", "bank sources": someone at an organisation of that kind,
        // which may be one named before.
        || words::is_spokes_noun(head_bytes)
            && modifiers
                .iter()
                .any(|t| words::is_organisation_noun(t.raw.as_bytes()))
    {
        Who::SpokesFor {
            organisation: "",
            printed: without_article,
            head,
        }
    } else {
        Who::Role {
            head,
            text: without_article,
        }
    };
    Some((who, start))
}

/// A phrase without its leading article or "one".
fn strip_determiner(phrase: &str) -> &str {
    match phrase.split_once(char::is_whitespace) {
        Some((first, rest)) if words::is_determiner(first.as_bytes()) => rest.trim_start(),
        _ => phrase,
    }
}

/// A phrase without a leading "the".
fn strip_article(phrase: &str) -> &str {
    match phrase.split_once(char::is_whitespace) {
        Some(("the" | "The", rest)) => rest.trim_start(),
        _ => phrase,
    }
}

/// The subject of a clause opened by "with" whose verb is a participle ("…, with Maria
/// Hutchings marching up to him, saying “…”", "with President Reagan speaking for most
/// people by admitting that…"): the one a participle later in `text[sentence..end]` is about.
pub fn with_clause_subject(text: &str, sentence: usize, end: usize) -> Option<(Who<'_>, usize)> {
    let head = &text[sentence..end];
    let from = match head.rfind(" with ") {
        Some(at) => sentence + at + " with ".len(),
        None => sentence + head.strip_prefix("With ").map(|_| "With ".len())?,
    };
    let who @ Who::Name { run, .. } = subject_after(text, from, end)? else {
        return None;
    };
    let run_at = run.as_ptr() as usize - text.as_ptr() as usize;
    let verb = text[run_at + run.len()..end]
        .split_ascii_whitespace()
        .next()?;
    (verb.ends_with("ing") && verb.starts_with(char::is_lowercase)).then_some((who, run_at))
}

/// Who a verb that comes first names: the phrase after it, in `text[from..end]` ("said
/// Morgan Stanley analyst Walter Loeb", "said one arbitrager", "said a spokesman for the
/// company", "according to the Sydney Morning Herald").
pub fn subject_after(text: &str, from: usize, end: usize) -> Option<Who<'_>> {
    let tokens = Tokens::<30>::new(words_forward(text, from, end));
    let tokens = tokens.as_slice();
    let mut i = 0;
    if tokens.first().is_some_and(|t| t.raw == "to") {
        i = 1;
    }
    // Adverbs and time words before the phrase: "said yesterday", "said on Tuesday".
    while tokens.get(i).is_some_and(|t| {
        !t.ends_clause() && words::is_between_subject_and_verb(t.word().as_bytes())
    }) {
        i += 1;
    }
    let first = *tokens.get(i)?;
    if let Some(who) = pronoun(first.raw.trim_end_matches([',', '.'])) {
        return matches!(who, Who::Pronoun(_)).then_some(who);
    }
    let clause_end = tokens[i..]
        .iter()
        .position(|t| t.ends_clause())
        .map_or(tokens.len(), |p| i + p + 1);
    let word = first.word();
    // "said one dealer…", "said some dealers with Nomura Securities".
    let counted =
        word.starts_with(|c: char| c.is_ascii_lowercase()) && words::is_quantifier(word.as_bytes());
    if words::is_determiner(word.as_bytes()) || counted {
        return described_forward(text, tokens, i, clause_end);
    }
    // Someone given by whose they are: "said his wife, Mary Jones", "said Aston's chief
    // executive Ulrich Bez", "said Cook's mother, Jane Doe" (not Cook); with no name after
    // the role, someone not named here.
    // The owner may be a run of names: "said Mrs Thatcher's former press secretary, Sir
    // Bernard Ingham".
    let owner = (i..clause_end.min(i + 4))
        .take_while(|&k| is_name_like(tokens[k].word()) && (k == i || !tokens[k - 1].ends_clause()))
        .find(|&k| is_possessive(tokens[k].raw));
    if matches!(word, "his" | "her" | "their") || owner.is_some() {
        let i = owner.unwrap_or(i);
        // Up to three lower-case words (and acronyms among them: "Meta's chief AI
        // scientist"), the last of them the role.
        let mut role_words = 0;
        for token in tokens[i + 1..].iter().take(4) {
            let lower = token.raw.starts_with(|c: char| c.is_ascii_lowercase());
            let acronym = is_capitals(token.word())
                && tokens
                    .get(i + role_words + 2)
                    .is_some_and(|t| t.raw.starts_with(|c: char| c.is_ascii_lowercase()));
            if !lower && !acronym {
                break;
            }
            role_words += 1;
            if token.ends_clause() {
                break;
            }
        }
        let role = tokens.get(i + role_words).filter(|_| role_words > 0);
        if let Some(role) = role.filter(|t| words::is_role_noun(t.word().as_bytes())) {
            let named = tokens
                .get(i + role_words + 1)
                .filter(|t| is_name_like(t.word()) && !role.raw.ends_with(['.', ';', ':']));
            return Some(match named {
                Some(_) => Who::Name {
                    run: forward_run(text, &tokens[i + role_words + 1..], 0).0,
                    role: role.word(),
                    determiner: false,
                },
                // "said Brown's spokesman", "said Microsoft's spokeswoman": for whom they
                // speak (rule 14 of the labels).
                None => match owner {
                    Some(o) if words::is_spokes_noun(role.word().as_bytes()) => Who::SpokesFor {
                        organisation: without_possessor(
                            &text[first.at..tokens[o].at + tokens[o].raw.len()],
                        ),
                        printed: "",
                        head: role.word(),
                    },
                    _ => Who::Unnamed,
                },
            });
        }
    }
    // "said analysts at Barclays", "said officials in Washington": as before the verb.
    if words::is_plural_role(word) && word.starts_with(|c: char| c.is_ascii_lowercase()) {
        let preposition = tokens
            .get(i + 1)
            .filter(|t| is_where_many_are(t.raw) && !first.ends_clause());
        if let Some(preposition) = preposition {
            let k = match tokens.get(i + 2) {
                Some(t) if t.raw == "the" => i + 3,
                _ => i + 2,
            };
            if k < clause_end && is_name_like(tokens[k].word()) {
                let (name, _) = forward_run(text, &tokens[k..clause_end], 0);
                let end = name.as_ptr() as usize - text.as_ptr() as usize + name.len();
                return Some(many_where(
                    word,
                    preposition.raw,
                    &text[first.at..end],
                    name,
                ));
            }
        }
    }
    // A plural role alone: "said analysts.", "said bank officials, adding…".
    let phrase = &tokens[i..clause_end];
    if (1..=3).contains(&phrase.len())
        && phrase
            .iter()
            .all(|t| t.word().starts_with(|c: char| c.is_ascii_lowercase()))
    {
        let head = phrase[phrase.len() - 1].word();
        if words::is_plural_role(head) {
            let start = phrase[0].at;
            return Some(Who::Role {
                head,
                text: &text[start..phrase[phrase.len() - 1].at + head.len()],
            });
        }
    }
    // A role before the name, without an article: "said trader Sam Patel", "said senior
    // analyst Jo Lee", "said former Fed chair Ben Bernanke" (capitalised words among the
    // role's, a lower-case role noun last), "said 19-year-old student Mia Hart" (an age).
    if !is_name_like(word) {
        let mut role_words = tokens[i..]
            .iter()
            .take(3)
            .take_while(|t| {
                !t.ends_clause()
                    && (t.word().starts_with(char::is_lowercase)
                        || words::is_age(t.word().as_bytes()))
            })
            .count();
        if role_words > 0 && !words::is_role_noun(tokens[i + role_words - 1].word().as_bytes()) {
            let role_at = (i + role_words..clause_end.min(i + 5)).find(|&j| {
                words::is_role_noun(tokens[j].word().as_bytes())
                    && tokens[i + role_words..j]
                        .iter()
                        .all(|t| is_name_like(t.word()) && !t.ends_clause())
            });
            if let Some(j) = role_at {
                role_words = j + 1 - i;
            }
        }
        // "said economist at Barclays John Smith": the role, where the person works, the name.
        if role_words >= 2 && is_where_one_is(tokens[i + role_words - 1].raw) {
            return placed_person(text, tokens, i + role_words, clause_end)
                .or_else(|| placed_role(text, tokens, i + role_words - 2, clause_end));
        }
        // "said economist at the Bank of England.": the same, the organisation's article
        // among the lower-case words.
        if role_words == 3 && tokens[i + 2].raw == "the" {
            if let Some(who) = placed_role(text, tokens, i, clause_end) {
                return Some(who);
            }
        }
        let role = tokens.get(i + role_words.max(1) - 1)?.word();
        let name = tokens.get(i + role_words)?;
        // Or a kind of organisation before its name: "said research firm Gartner",
        // "according to security firm Secunia".
        let kind = words::is_organisation_noun(role.as_bytes());
        if role_words == 0
            || !words::is_role_noun(role.as_bytes()) && !kind
            || !is_name_like(name.word())
            || tokens[i + role_words - 1].ends_clause()
        {
            return None;
        }
        let (run, _) = forward_run(
            text,
            &tokens[i + role_words..clause_end.max(i + role_words + 1)],
            0,
        );
        return Some(Who::Name {
            run,
            role,
            determiner: false,
        });
    }
    // Runs up to the sentence's end: one after a role noun is the person ("Bear Stearns and
    // Co analyst Monroe Greenstein"); else the first ("Greenstein of Bear Stearns").
    let sentence_end = tokens[i..]
        .iter()
        .position(|t| t.raw.ends_with(['.', '?', '!', ';']) && !is_abbreviation(t.word()))
        .map_or(tokens.len(), |p| i + p + 1);
    let mut k = i;
    while k < sentence_end {
        // "said BBC correspondent in Washington Justin Webb": where the person is, then who.
        if is_name_like(tokens[k].word()) && k > i + 1 {
            if let Some(who) = placed_person(text, tokens, k, sentence_end) {
                return Some(who);
            }
        }
        if is_name_like(tokens[k].word())
            && k > i
            && (is_one_persons_role(&tokens[k - 1]) || title_of_something(&tokens[i..k]))
            && !tokens[k - 1].ends_clause()
        {
            let (run, _) = forward_run(text, &tokens[k..sentence_end], 0);
            return Some(Who::Name {
                run,
                role: tokens[k - 1].word(),
                determiner: false,
            });
        }
        k += 1;
    }
    let (mut run, mut n) = forward_run(text, &tokens[i..clause_end], 0);
    // "said John Smith and Mary Jones.", "said Marks and Spencer": two runs joined that close
    // the clause say it together (not titled names, as in names_joined's case before the verb).
    let joined = i + n + 1 < clause_end
        && tokens[i + n].raw == "and"
        && !tokens[i + n - 1].ends_clause()
        && is_name_like(tokens[i + n + 1].word());
    if joined {
        let (second, m) = forward_run(text, &tokens[i + n + 1..clause_end], 0);
        let untitled = |run: &str| !name_in(run).is_some_and(|n| n.titled);
        if i + n + 1 + m == clause_end && untitled(run) && untitled(second) {
            let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
            run = &text[offset(run)..offset(second) + second.len()];
            n += 1 + m;
        }
    }
    // The role in an apposition after the name: "said Philip Snalune, director of products".
    let role = tokens
        .get(i + n..)
        .and_then(|rest| {
            rest.iter()
                .take(4)
                .map(Token::word)
                .find(|w| words::is_role_noun(w.as_bytes()))
        })
        .filter(|_| tokens.get(i + n - 1).is_some_and(|t| t.raw.ends_with(',')))
        .unwrap_or("");
    Some(Who::Name {
        run,
        role,
        determiner: false,
    })
}

/// Whether words (in order) are a title "of" something, capitalised: "U.S. Secretary of
/// State", "Chancellor of the Exchequer" — what a name after them holds.
fn title_of_something(words: &[Token]) -> bool {
    let Some(of) = words.iter().rposition(|t| t.raw == "of") else {
        return false;
    };
    let after = match &words[of + 1..] {
        [the, rest @ ..] if the.raw == "the" => rest,
        after => after,
    };
    // The title opens the words: after a name and a comma it is that name's apposition
    // ("Azusa Hayashi, Director of the First International Economic Affairs Division").
    let title = &words[..of];
    !after.is_empty()
        && after
            .iter()
            .all(|t| is_name_like(t.word()) && !t.ends_clause())
        && title
            .iter()
            .all(|t| is_name_like(t.word()) && !t.ends_clause())
        && title
            .last()
            .is_some_and(|t| words::capitalised_is(t.word(), words::is_listed_role))
}

/// A description that starts with its article at `tokens[i]`, read forward within the clause
/// that ends before `tokens[clause_end]`: "one arbitrager", "the Lions coach", "a spokesman
/// for the company", "An agricultural official of the Shanghai government", "the Sydney
/// Morning Herald"; or the name in apposition after it ("the company's chief, John Smith,").
fn described_forward<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
    clause_end: usize,
) -> Option<Who<'a>> {
    let article = tokens[i].word();
    let clause = &tokens[i..clause_end];
    let next = clause.get(1)?;
    // The phrase's words: up to a preposition, a verb or the clause's end.
    let stop = clause
        .iter()
        .enumerate()
        .skip(1)
        .position(|(n, t)| {
            let w = t.word();
            words::is_preposition(w.as_bytes())
                || n > 1
                    && (words::is_verb(w.as_bytes())
                        || matches!(
                            w,
                            "and"
                                | "who"
                                | "whose"
                                | "which"
                                | "that"
                                | "-"
                                | "–"
                                | "—"
                                | "is"
                                | "was"
                                | "has"
                                | "had"
                                | "will"
                                | "would"
                        ))
        })
        .map_or(clause.len(), |p| p + 1);
    let words_of = &clause[..stop];
    if let Some(who) = described_by_origin(article, words_of) {
        return Some(who);
    }
    // "For the past five years the government has…": an article further on starts the
    // phrase that is the subject.
    if let Some(d) = (1..words_of.len().saturating_sub(1))
        .rev()
        .find(|&d| words::is_definite(words_of[d].word().as_bytes()))
    {
        return described_forward(text, tokens, i + d, clause_end);
    }
    if is_name_like(next.word()) {
        // "The Foreign Ministry …": an organisation; unless a noun follows that makes the run
        // its modifier ("the Lions coach", "the Treasury spokesman").
        let (run, n) = forward_run(text, clause, 1);
        // "said the Prime Minister", "said the Chancellor, Gordon Brown": a title filling the
        // clause, the person it names after it or the latest who held it.
        let title = words::capitalised_title(name_word(clause[n].word()));
        if let Some(head) = title.filter(|_| n + 1 == clause.len()) {
            let apposed = clause[n]
                .raw
                .ends_with(',')
                .then(|| apposed_run(text, tokens, clause_end));
            return Some(match apposed.flatten() {
                Some((name, _)) => Who::Name {
                    run: name,
                    role: head,
                    determiner: false,
                },
                None => Who::Description { head, text: run },
            });
        }
        // The noun may come a word later: "one Canadian bond trader".
        let noun = |t: &Token| {
            let w = name_word(t.word()).as_bytes();
            words::is_role_noun(w) || words::is_spokes_noun(w) || words::is_organisation_noun(w)
        };
        let noun_at = |k: usize| clause.get(k).is_some_and(noun);
        let word_between = clause
            .get(1 + n)
            .is_some_and(|t| t.word().starts_with(char::is_lowercase) && !t.ends_clause());
        let modifier =
            !clause[n].ends_clause() && (noun_at(1 + n) || word_between && noun_at(2 + n));
        if !modifier {
            // "The Association's latest report": the report speaks for the Association.
            return Some(Who::Name {
                run: name_word(run),
                role: "",
                determiner: true,
            });
        }
    }
    // A name after a role noun inside the phrase: "the group's executive-secretary Eduardo
    // Latorre".
    if let Some(n) = (2..words_of.len()).find(|&n| {
        is_name_like(words_of[n].word()) && words::is_role_noun(words_of[n - 1].word().as_bytes())
    }) {
        let (run, _) = forward_run(text, words_of, n);
        return Some(Who::Name {
            run,
            role: words_of[n - 1].word(),
            determiner: false,
        });
    }
    // The head noun: the last word, or the last role noun before words that describe it
    // ("one FRN trader now dealing with …").
    let last_word = name_word(words_of.last()?.word());
    let known = |w: &str| {
        words::is_role_noun(w.as_bytes())
            || words::is_spokes_noun(w.as_bytes())
            || words::is_organisation_noun(w.as_bytes())
    };
    // "said one buyer": a noun for someone who does something, as in `described_phrase`.
    let agent =
        words::is_indefinite(article.as_bytes()) && words::is_agent_noun(last_word.as_bytes());
    let head = if known(last_word) || agent {
        last_word
    } else {
        words_of[1..]
            .iter()
            .rev()
            .map(|t| name_word(t.word()))
            .find(|w| words::is_role_noun(w.as_bytes()))?
    };
    let head_bytes = head.as_bytes();
    let definite = words::is_definite(article.as_bytes());
    // "A Treasury spokesperson", "a senior White House official": capitalised words between
    // the article (and any adjectives) and the noun.
    // (A phrase of the article alone has none: "The…" closing its clause at once.)
    let modifiers = words_of.get(1..words_of.len() - 1).unwrap_or_default();
    let (adjectives, named) = modifiers.split_at(
        modifiers
            .iter()
            .position(|t| is_name_like(t.word()))
            .unwrap_or(modifiers.len()),
    );
    let modifiers_named = match named {
        [first, .., last] | [first @ last]
            if named.iter().all(|t| is_name_like(t.word()))
                && adjectives.iter().all(|t| is_plain_lower(t.raw)) =>
        {
            &text[first.at..last.at + trim_trailing(last.raw).len()]
        }
        _ => "",
    };
    let preposition = clause
        .get(stop)
        .filter(|t| words::is_preposition(t.word().as_bytes()));
    // What the preposition's object is: an organisation's name, or a noun for one.
    let object = preposition.and_then(|_| object_phrase(text, &clause[stop + 1..]));
    // A name in apposition after the description, which fills its clause: "the company's
    // chief, John Smith,", "one voter, Carl West,", "an expert in Tokyo, John Smith".
    // After an object, a name of one word may be anything else ("…, Reuters reported").
    let last = &clause[clause.len() - 1];
    let object_fills_clause =
        object.is_some_and(|(_, end, _)| end == last.at + trim_trailing(last.raw).len());
    let role = words::is_role_noun(head_bytes) || words::is_spokes_noun(head_bytes);
    if (stop == clause.len() || object_fills_clause) && (role || agent) {
        if let Some((run, n)) = apposed_run(text, tokens, clause_end) {
            if stop == clause.len() || n > 1 {
                return Some(Who::Name {
                    run,
                    role: head,
                    determiner: false,
                });
            }
        }
    }
    let phrase_end = match object {
        Some((_, end, _)) => end,
        None => words_of.last()?.at + trim_trailing(words_of.last()?.raw).len(),
    };
    let without_article = strip_determiner(&text[tokens[i].at..phrase_end]);
    // An unnamed person's role, as printed up to the clause's end ("executive at another
    // major airline", "senior source at a leading U.K. Investment house").
    // A relative clause after the role is not part of it ("trader who asked not to be
    // identified", "source when asked about…").
    // Nor is what they spoke of ("analyst of Baker's weekend remarks").
    let role_words = clause
        .iter()
        .enumerate()
        .skip(1)
        .position(|(n, t)| {
            matches!(
                t.raw,
                "who" | "whom" | "whose" | "which" | "when" | "while" | "because"
            ) || matches!(t.raw, "of" | "on" | "about")
                && clause
                    .get(n + 1)
                    .is_some_and(|next| is_possessive(next.raw))
        })
        .map_or(clause, |p| &clause[..=p]);
    let clause_last = role_words.last()?;
    let role_text = strip_determiner(
        &text[tokens[i].at..clause_last.at + trim_trailing(clause_last.raw).len()],
    );
    // "a statement from the ministry", "a report from Oxfam": a document speaks for whoever
    // issued it.
    let issued = preposition.is_some_and(|p| matches!(p.word(), "from" | "by"));
    if words::is_document_noun(head_bytes) && issued {
        match object {
            Some((object, _, true)) => {
                return Some(Who::Name {
                    run: without_possessor(strip_article(object)),
                    role: "",
                    determiner: true,
                })
            }
            Some((object, _, false)) => {
                let noun = object.rsplit(' ').next().unwrap_or(object);
                if words::is_organisation_noun(noun.as_bytes()) {
                    return Some(Who::OrganisationRef {
                        head: noun,
                        text: noun,
                    });
                }
            }
            None => {}
        }
    }
    // "said some dealers with Nomura Securities": many people speaking for an organisation.
    let works_for = preposition.is_some_and(|p| matches!(p.word(), "at" | "with" | "for" | "from"));
    if works_for && words::is_plural_role(head) {
        if let Some((object, _, true)) = object {
            return Some(Who::SpokesFor {
                organisation: without_possessor(strip_article(object)),
                printed: "",
                head,
            });
        }
    }
    // "said a source close to Merkel", "said an aide to President Biden": someone tied to a
    // person, not speaking for an organisation.
    if preposition.is_some_and(|p| p.word() == "to") || is_tie(last_word) {
        return Some(Who::Role {
            head,
            text: role_text,
        });
    }
    if words::is_spokes_noun(head_bytes) {
        return Some(match object {
            Some((object, _, true)) if definite || !object.is_empty() => Who::SpokesFor {
                organisation: without_possessor(strip_article(object)),
                printed: "",
                head,
            },
            Some((object, _, false))
                if object.starts_with("the ") || object.starts_with("its ") =>
            {
                Who::SpokesFor {
                    organisation: "",
                    printed: without_article,
                    head,
                }
            }
            Some(_) => Who::Role {
                head,
                text: role_text,
            },
            None if !modifiers_named.is_empty()
                && (words::speaks_for_others(head_bytes)
                    || words::names_organisation(
                        &modifiers_named
                            .split_whitespace()
                            .map(name_word)
                            .collect::<Vec<_>>(),
                    )) =>
            {
                Who::SpokesFor {
                    organisation: modifiers_named,
                    printed: "",
                    head,
                }
            }
            // "A bank spokesman": the latest bank named.
            None if words::speaks_for_others(head_bytes) || definite => Who::SpokesFor {
                organisation: "",
                printed: through_head(text, &tokens[i], words_of, head),
                head,
            },
            None => Who::Role {
                head,
                text: role_text,
            },
        });
    }
    Some(
        if definite && words::is_organisation_noun(head_bytes) && !words::is_role_noun(head_bytes) {
            Who::OrganisationRef {
                head,
                text: without_article,
            }
        } else if definite
            && (preposition.is_none() || words::is_named_role(head_bytes))
            && (words::is_role_noun(head_bytes) || words::is_age(head_bytes))
        {
            // "the star of Rain Man and Tootsie": someone named, by what they are known for.
            Who::Description {
                head,
                text: without_article,
            }
        } else if words::is_role_noun(head_bytes) || agent {
            Who::Role {
                head,
                text: role_text,
            }
        } else {
            return None;
        },
    )
}

/// A name in apposition starting at `tokens[at]`: a run that closes its clause or the text
/// ("the Chancellor, Gordon Brown, said"), with how many words it took.
fn apposed_run<'a>(text: &'a str, tokens: &[Token<'a>], at: usize) -> Option<(&'a str, usize)> {
    let rest = tokens
        .get(at..)
        .filter(|rest| rest.first().is_some_and(|t| is_name_like(t.word())))?;
    let (run, n) = forward_run(text, rest, 0);
    let closes = rest
        .get(n.saturating_sub(1))
        .is_some_and(Token::ends_clause)
        || n == rest.len();
    (n > 0 && closes).then_some((run, n))
}

/// The object of a preposition at the start of `tokens`: an organisation's name ("the
/// Department for International Development", "the Shanghai government", "the Consumer
/// Federation of America") or a noun phrase ("the company", "a leading U.S. House"): its
/// text, where it ends, and whether it names something (capitalised, or with "the" and a
/// capitalised word) rather than describing it.
fn object_phrase<'a>(text: &'a str, tokens: &[Token<'a>]) -> Option<(&'a str, usize, bool)> {
    let first = tokens.first()?;
    let mut k = 0;
    let article = words::is_determiner(first.word().as_bytes()).then_some(first.word());
    if article.is_some() {
        k = 1;
    }
    let start = tokens.get(k)?.at;
    let mut end = start;
    let mut capitalised = false;
    let mut ended_with_noun = false;
    while let Some(t) = tokens.get(k) {
        let w = t.word();
        if is_name_like(w) {
            capitalised = true;
        } else if capitalised
            && matches!(w, "of" | "for" | "and" | "&")
            && tokens.get(k + 1).is_some_and(|n| is_name_like(n.word()))
        {
        } else if !capitalised
            && k < 3
            && w.starts_with(char::is_lowercase)
            && !words::is_organisation_noun(w.as_bytes())
            && !words::is_verb(w.as_bytes())
        {
            // An adjective before the noun: "a leading U.S. House".
        } else if w.starts_with(char::is_lowercase) && words::is_organisation_noun(w.as_bytes()) {
            // The noun that ends it: "the Shanghai government", "the company".
            end = t.at + trim_trailing(t.raw).len();
            ended_with_noun = true;
            break;
        } else {
            break;
        }
        end = t.at + trim_trailing(t.raw).len();
        if t.ends_clause() {
            break;
        }
        k += 1;
    }
    // Lower-case words with no noun after them ("of legal action is thought…") are no
    // object that names or describes anyone.
    if end == start || !capitalised && !ended_with_noun {
        return None;
    }
    let named = capitalised && article.is_none_or(|a| words::is_definite(a.as_bytes()));
    let phrase_start = if named { start } else { first.at };
    Some((&text[phrase_start..end], end, named))
}

/// The capitalised run that starts at `tokens[i]`, going forward: the run, and how many words
/// it took. A possessive word goes on the run ("Lanston's Jones"); punctuation ends it.
fn forward_run<'a>(text: &'a str, tokens: &[Token<'a>], i: usize) -> (&'a str, usize) {
    let mut j = i;
    // Inside an organisation's name, "of", "for" and "and" go on with it ("Department for
    // Education and Skills", "National Association of Sugar Cane Growers").
    let mut organisation = false;
    while j < tokens.len() && j < i + 10 {
        // "the United Nations (UN)", "Narragansett Capital Inc <NARR>": a bracket ends the name.
        if j > i && tokens[j].raw.starts_with(['(', '<']) {
            break;
        }
        let word = tokens[j].word();
        let next_is_name = tokens.get(j + 1).is_some_and(|t| is_name_like(t.word()));
        let joiner = j > i
            && next_is_name
            && (word == "&" || organisation && matches!(word, "of" | "for" | "and"));
        if !(is_name_like(word) || joiner) {
            break;
        }
        organisation |= words::is_organisation_word(name_word(word).as_bytes());
        j += 1;
        if tokens[j - 1].ends_clause() {
            break;
        }
    }
    let last = tokens[j.max(i + 1) - 1];
    let start = tokens[i].at + tokens[i].raw.len()
        - tokens[i].raw.trim_start_matches(['"', '“', '(']).len();
    let end = last.at
        + last
            .raw
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')')
            .len();
    let end = if text[start..end].ends_with('.') && !is_abbreviation(last.word()) {
        end - 1
    } else {
        end
    };
    (&text[start..end.max(start)], (j - i).max(1))
}

/// An organisation's name without a possessive before it ("Colombia's National
/// Association…" → "National Association…").
pub fn without_possessor(name: &str) -> &str {
    match name.split_once(' ') {
        Some((first, rest)) if is_possessive(first) && rest.starts_with(char::is_uppercase) => rest,
        _ => name,
    }
}

/// The subject of the sentence that a run of capitalised words opens: the run itself when a
/// verb or an apposition follows it ("Mr Tveter is confident", "Adam Thomas, an analyst…,
/// believes"); else, when the run opens with a conjunction, an opening phrase, an article or
/// a role ("But Robert Giordano…", "In an interview…, Victoria Wood", "The company…",
/// "Scotland forward Simon Taylor"), what [`sentence_subject`] finds.
pub fn subject_of_run<'a>(text: &'a str, run: &'a str) -> Option<(Who<'a>, usize)> {
    let at = run.as_ptr() as usize - text.as_ptr() as usize;
    let first = run.split(' ').next().unwrap_or(run);
    let first_bytes = first.as_bytes();
    let after = &text[at + run.len()..];
    let next_word = after
        .trim_start_matches(' ')
        .split([' ', ','])
        .next()
        .unwrap_or("");
    let opener = opens_with_phrase(first, next_word);
    if pronoun(first).is_some() && first == run || words::is_quantifier(first_bytes) && !opener {
        return None;
    }
    // "Cruise's former wife, Nicole Kidman, …": whose, then who.
    let owns = is_possessive(run.rsplit(' ').next().unwrap_or(run))
        && next_word.starts_with(|c: char| c.is_ascii_lowercase());
    let involved = words::is_conjunction(first_bytes)
        || opener
        || owns
        || words::is_determiner(first_bytes)
        || words::is_role_noun(next_word.as_bytes())
        || next_word == "and"
        || {
            let ahead = Tokens::<4>::new(words_forward(text, at + run.len(), text.len()));
            let ahead = ahead.as_slice();
            modifiers_and_role_before_name(ahead).is_some()
                // "Budget airline Ryanair cancelled…": a kind of organisation, then its name.
                || matches!(ahead, [kind, name, ..]
                    if words::is_organisation_noun(kind.raw.as_bytes()) && is_name_like(name.word()))
        };
    if involved {
        let mut end = (at + 400).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        return sentence_subject(text, at, end);
    }
    // Looked at only when the run ends as a plural does: most runs are names.
    let last_word = match run.ends_with('s') {
        true => run.rsplit(' ').next().unwrap_or(run),
        false => "",
    };
    let name = if words::is_plural_role(last_word) {
        // "Officials said…", "U.S. Officials said…": many people, unnamed.
        Who::Role {
            head: last_word,
            text: run,
        }
    } else {
        Who::Name {
            run,
            role: "",
            determiner: false,
        }
    };
    if after.starts_with(',') {
        return Some((name, at));
    }
    let next = next_word.as_bytes();
    let verb_like = next.first().is_some_and(u8::is_ascii_lowercase)
        && next != b"and"
        && (!words::is_preposition(next)
            || matches!(next, b"of" | b"from" | b"at") && run.contains(' '));
    verb_like.then_some((name, at))
}

/// "the American", "the 25-year-old Russian" (`words`: the article first): someone called
/// by where they are from, with nothing but lower-case words and ages between; a
/// description of the person just spoken of, not an organisation called "Russian".
fn described_by_origin<'a>(article: &str, words: &[Token<'a>]) -> Option<Who<'a>> {
    let (last, between) = words.split_last()?;
    let head = last.word();
    let plain = |t: &Token| {
        !t.ends_clause()
            && (t.raw.starts_with(|c: char| c.is_ascii_lowercase())
                || words::is_age(t.word().as_bytes()))
    };
    let origin = words::is_demonym(head.as_bytes())
        || words::is_party_member(head.as_bytes())
        || article == "the" && words::is_newspaper_demonym(head.as_bytes());
    (!between.is_empty()
        && words::is_definite(article.as_bytes())
        && origin
        && between[1..].iter().all(plain))
    .then_some(Who::Description { head, text: head })
}

/// "A statement from Downing Street said", "A report from the Foreign Office said"
/// (`tokens[i]` ends the name, whose run is `run` as [`run_back`] gives it; tokens run
/// backward): the one who issued a document, who speaks through it, with where the phrase
/// starts.
fn issuer_of_document<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
    (start, j): (usize, usize),
) -> Option<(Who<'a>, usize)> {
    let mut k = j + 1;
    if tokens.get(k).is_some_and(|t| t.raw == "the") {
        k += 1;
    }
    if !tokens
        .get(k)
        .is_some_and(|t| matches!(t.raw, "from" | "by"))
    {
        return None;
    }
    let document = tokens.get(k + 1)?;
    let article = tokens.get(k + 2)?;
    if !words::is_document_noun(document.raw.as_bytes())
        || !words::is_determiner(article.word().as_bytes())
    {
        return None;
    }
    let end = name_end(text, &tokens[i]);
    let who = Who::Name {
        run: &text[start..end],
        role: "",
        determiner: true,
    };
    Some((who, article.at))
}

/// "Analysts at Barclays said", "some dealers with Nomura said" (`tokens[i]` ends the
/// organisation's name, whose run is `run`; tokens run backward): many unnamed people
/// speaking for an organisation, which is the speaker, as for "a spokesman for"; "Officials
/// in Washington" are many people, as printed (a place is no one's employer).
fn many_at<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    i: usize,
    (start, j): (usize, usize),
) -> Option<(Who<'a>, usize)> {
    // "Officials from the African Union said": over an article before the name.
    let p = match tokens.get(j + 1) {
        Some(t) if t.raw == "the" => j + 2,
        _ => j + 1,
    };
    let preposition = tokens.get(p)?;
    let role = tokens.get(p + 1)?;
    if !is_where_many_are(preposition.raw) || role.ends_clause() {
        return None;
    }
    let head = role.word();
    let plural_role = words::is_plural_role(head);
    let opens = |k: usize| {
        tokens.get(k).is_none_or(|t| {
            t.ends_clause()
                || words::is_determiner(t.word().as_bytes())
                || words::is_quantifier(t.word().as_bytes())
        })
    };
    // The role opens its phrase, or one word before it does ("Election observers from…").
    let opens_phrase =
        opens(p + 2) || tokens.get(p + 2).is_some_and(|t| !t.ends_clause()) && opens(p + 3);
    if !plural_role || !opens_phrase {
        return None;
    }
    let end = name_end(text, &tokens[i]);
    let who = many_where(
        head,
        preposition.raw,
        &text[role.at..end],
        &text[start..end],
    );
    Some((who, role.at))
}

/// A preposition that says where many people given by a role are: an organisation they are
/// at, with, for or from ("Analysts at Barclays"), or a place they are in.
fn is_where_many_are(preposition: &str) -> bool {
    matches!(preposition, "at" | "with" | "for" | "from" | "in")
}

/// Many people given by a plural role (`head`) and where they are, by `preposition` and
/// the `name` after it (`phrase` is the whole, role first): the organisation they speak for
/// ("Analysts at Barclays", "officials from the African Union"), or, in a place, the role
/// as printed ("Officials in Washington": a place is no one's employer).
fn many_where<'a>(head: &'a str, preposition: &str, phrase: &'a str, name: &'a str) -> Who<'a> {
    match preposition {
        "in" => Who::Role { head, text: phrase },
        _ => Who::SpokesFor {
            organisation: name,
            printed: "",
            head,
        },
    }
}

/// How many tokens a few lower-case modifiers and a role take before a name, if `tokens`
/// open so: what comes before them only describes the person ("Hollywood film star Liam
/// Neeson has held…").
fn modifiers_and_role_before_name(tokens: &[Token]) -> Option<usize> {
    for (n, token) in tokens.iter().take(3).enumerate() {
        let word = token.raw;
        if !word.starts_with(|c: char| c.is_ascii_lowercase()) || token.ends_clause() {
            return None;
        }
        if words::is_role_noun(word.as_bytes()) {
            let name_at = |k: usize| tokens.get(k).is_some_and(|t| is_name_like(t.word()));
            if name_at(n + 1) {
                return Some(n + 1);
            }
            // "Senior EC financial expert in Tokyo Tomas de Hora has…": where the person is
            // comes first, in the run with the name (`person_after_place`).
            let placed = tokens.get(n + 1).is_some_and(|t| is_where_one_is(t.raw));
            return (placed && name_at(n + 2)).then_some(n + 2);
        }
    }
    None
}

/// A preposition that says where a person with a role works or is, before the name of the
/// place or organisation: "correspondent in Washington", "economist at Barclays".
fn is_where_one_is(preposition: &str) -> bool {
    matches!(preposition, "in" | "at")
}

/// The person after a role and where they are ("correspondent in Washington Justin Webb",
/// "economist at Barclays John Smith"), read forward: `tokens[k - 2]` the role, `tokens[k - 1]`
/// the preposition, the run from `tokens[k]` (up to `end`) a place's or organisation's name and
/// then the person's. None when the tokens are not so.
fn placed_person<'a>(text: &'a str, tokens: &[Token<'a>], k: usize, end: usize) -> Option<Who<'a>> {
    let role = tokens.get(k.checked_sub(2)?)?;
    tokens.get(k)?;
    if !is_where_one_is(tokens[k - 1].raw) || !is_one_persons_role(role) {
        return None;
    }
    let (run, _) = forward_run(text, &tokens[k..end.max(k + 1).min(tokens.len())], 0);
    Some(Who::Name {
        run: person_after_place(run)?,
        role: role.word(),
        determiner: false,
    })
}

/// Someone unnamed given by a role and where they are, closing the clause without an article:
/// "said strategist at Nomura.", "said economist at the Bank of England.", as "said a
/// strategist at Nomura" says it. `tokens[role]` the role, the preposition after it, then
/// (after "the", if any) the place's or organisation's name, whole, up to `end`.
fn placed_role<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    role: usize,
    end: usize,
) -> Option<Who<'a>> {
    let head = tokens.get(role)?;
    let preposition = tokens.get(role + 1)?;
    if !is_where_one_is(preposition.raw) || !is_one_persons_role(head) {
        return None;
    }
    let k = match tokens.get(role + 2) {
        Some(t) if t.raw == "the" => role + 3,
        _ => role + 2,
    };
    if k >= end.min(tokens.len()) {
        return None;
    }
    let (run, n) = forward_run(text, &tokens[k..end.min(tokens.len())], 0);
    if n == 0 || k + n != end {
        return None;
    }
    let run_end = run.as_ptr() as usize - text.as_ptr() as usize + run.len();
    Some(Who::Role {
        head: head.word(),
        text: &text[head.at..run_end],
    })
}

/// One person's role: "organisers MCD Promoters" names no one the role is. A noun in "-ist"
/// for what someone does is one though no list has it ("NWS meteorologist Tom Kines").
fn is_one_persons_role(token: &Token) -> bool {
    let role = token.word().as_bytes();
    (words::is_role_noun(role) || words::is_ist_noun(role)) && !words::is_plural_noun(role)
}

/// The subject at the start of a sentence (`text[from..end]`), when it is a person or
/// organisation named by a run, or a pronoun: who the sentence is about, for "he" and "she"
/// later. A phrase before it is skipped ("In an interview published in January, Victoria
/// Wood slated…"), as are role words before the name ("Scotland forward Simon Taylor").
pub fn sentence_subject(text: &str, from: usize, end: usize) -> Option<(Who<'_>, usize)> {
    // Most sentences that name no one open with a lower-case word, a digit or a mark.
    if !text[from..end].trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    let tokens = Tokens::<16>::new(words_forward(text, from, end));
    let tokens = tokens.as_slice();
    let mut i = 0;
    if let Some(opener) = tokens.first() {
        let word = opener.word().as_bytes();
        if words::is_conjunction(word) {
            i = 1;
        } else if opens_with_phrase(opener.word(), tokens.get(1).map_or("", |t| t.raw)) {
            // Skip to after the comma that ends the opening phrase, if it is close.
            i = tokens
                .iter()
                .take(14)
                .position(|t| t.raw.ends_with(','))
                .map_or(1, |p| p + 1);
        }
    }
    // Time words before the subject: "And last week Only Fools and Horses star David Jason…".
    while i > 0
        && i < tokens.len().min(4)
        && words::is_between_subject_and_verb(tokens[i].word().as_bytes())
        && !tokens[i].ends_clause()
    {
        i += 1;
    }
    let first = *tokens.get(i)?;
    if first.starts_clause() {
        return None;
    }
    if let Some(who) = pronoun(first.raw) {
        return matches!(who, Who::Pronoun(_)).then_some((who, first.at));
    }
    // "The deputy, Mary Green, takes over", "His deputy, Mary Green, …", "Cruise's former
    // wife, Nicole Kidman, …" (an owner's run of names for the article).
    let owner = (i..tokens.len().min(i + 4))
        .take_while(|&k| is_name_like(tokens[k].word()) && !tokens[k].ends_clause())
        .find(|&k| is_possessive(tokens[k].raw))
        .filter(|&k| {
            tokens
                .get(k + 1)
                .is_some_and(|t| t.raw.starts_with(|c: char| c.is_ascii_lowercase()))
        });
    let clause_end = |i: usize| {
        tokens[i..]
            .iter()
            .position(|t| t.ends_clause())
            .map_or(tokens.len(), |p| i + p + 1)
    };
    // The owner's role with a name in apposition is that name; what else an owner has
    // ("Williams' track beat…") leaves the owner the one spoken of.
    if let Some(o) = owner {
        if let Some(who @ Who::Name { .. }) = described_forward(text, tokens, o, clause_end(o)) {
            return Some((who, first.at));
        }
    }
    if words::is_determiner(first.word().as_bytes())
        || matches!(first.word(), "His" | "Her" | "Their")
    {
        return described_forward(text, tokens, i, clause_end(i))
            .filter(|who| !matches!(who, Who::Description { .. }))
            .map(|who| (who, first.at));
    }
    // The first run whose next word is lower-case and not a role noun (a verb, most likely),
    // or a comma (an apposition); role words and runs before a role noun are passed over.
    let mut k = i;
    while k < tokens.len().min(i + 8) {
        let token = tokens[k];
        let word = token.word();
        if !is_name_like(word)
            || words::is_not_name_word(word.as_bytes())
                && k == i
                && tokens.len() > k + 1
                && !is_name_like(tokens[k + 1].word())
        {
            if words::is_role_noun(word.as_bytes()) || matches!(word, "and" | "chief" | "senior") {
                k += 1;
                continue;
            }
            return None;
        }
        let (run, n) = forward_run(text, &tokens[k..], 0);
        let after = tokens.get(k + n);
        let run_ends_clause = tokens[k + n - 1].ends_clause();
        let role = if k > i
            && (words::is_role_noun(tokens[k - 1].word().as_bytes())
                || words::is_organisation_noun(tokens[k - 1].word().as_bytes()))
        {
            tokens[k - 1].word()
        } else {
            ""
        };
        let (role, run) = match words::kind_before_name(run).filter(|_| k == i) {
            Some((kind, name)) => (kind, name),
            None => (role, run),
        };
        if run_ends_clause {
            return tokens[k + n - 1].raw.ends_with(',').then_some((
                Who::Name {
                    run,
                    role,
                    determiner: false,
                },
                token.at,
            ));
        }
        match after.map(Token::word) {
            // A role after the run ("Lions coach Clive Woodward"), or the run is part of a
            // title ("Only Fools and Horses star David Jason").
            Some(next) if words::is_role_noun(next.as_bytes()) || next == "and" => k += n + 1,
            // A kind of organisation before its name: "Budget airline Ryanair cancelled…".
            Some(next)
                if words::is_organisation_noun(next.as_bytes())
                    && !tokens[k + n].ends_clause()
                    && tokens
                        .get(k + n + 1)
                        .is_some_and(|t| is_name_like(t.word())) =>
            {
                k += n + 1
            }
            Some(next)
                if next.starts_with(char::is_lowercase)
                    && (!words::is_preposition(next.as_bytes())
                        || matches!(next, "of" | "from" | "at") && run.contains(' '))
                    && next != "and" =>
            {
                // "Hollywood film star Liam Neeson": modifiers and a role, then the name.
                if let Some(skip) = modifiers_and_role_before_name(&tokens[k + n..]) {
                    k += n + skip;
                    continue;
                }
                // "expert in Tokyo Tomas de Hora": the place, then the person; a run after a
                // role and a preposition that is not both names no one.
                if k > i + 1 && is_where_one_is(tokens[k - 1].raw) {
                    return placed_person(text, tokens, k, tokens.len()).map(|who| (who, token.at));
                }
                return Some((
                    Who::Name {
                        run,
                        role,
                        determiner: false,
                    },
                    token.at,
                ));
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str) -> Option<Who<'_>> {
        let verb = text.rfind(' ').map_or(0, |i| i + 1);
        subject_before(text, 0, verb).map(|(who, _)| who)
    }

    fn name<'a>(run: &'a str, role: &'static str) -> Option<Who<'a>> {
        Some(Who::Name {
            run,
            role,
            determiner: false,
        })
    }

    #[test]
    fn subjects_before_the_verb() {
        assert_eq!(before("Psaki said"), name("Psaki", ""));
        assert_eq!(
            before("Morgan Stanley analyst Walter Loeb said"),
            name("Walter Loeb", "analyst")
        );
        assert_eq!(before("Mr Howard last week said"), name("Mr Howard", ""));
        assert_eq!(before("he later added"), Some(Who::Pronoun(Gender::Male)));
        assert_eq!(
            before("Peter Giles, vice president and general manager of Kodak's mass memory division, said"),
            name("Peter Giles", "president")
        );
        assert_eq!(
            before("the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, says"),
            name("Brian Carpenter", "chair")
        );
        assert_eq!(
            before("Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of Blu-ray, told"),
            name("Richard Doherty", "pioneers")
        );
        assert_eq!(
            before("Gene Kimmelman of the Consumer Federation of America said"),
            name("Gene Kimmelman", "")
        );
        assert_eq!(before("GEPLACEA's Latorre said"), name("Latorre", ""));
    }

    #[test]
    fn descriptions_roles_and_organisations_before_the_verb() {
        assert_eq!(
            before("the Shanghai official said"),
            Some(Who::Description {
                head: "official",
                text: "Shanghai official"
            })
        );
        assert_eq!(
            before("one senior coffee dealer said"),
            Some(Who::Role {
                head: "dealer",
                text: "senior coffee dealer"
            })
        );
        assert_eq!(
            before("A Treasury spokesperson said"),
            Some(Who::SpokesFor {
                organisation: "Treasury",
                printed: "",
                head: "spokesperson"
            })
        );
        assert_eq!(
            before("A spokeswoman for the Department for International Development said"),
            Some(Who::SpokesFor {
                organisation: "Department for International Development",
                printed: "",
                head: "spokeswoman"
            })
        );
        assert_eq!(
            before("one FRN market source at a leading U.S. House said"),
            Some(Who::Role {
                head: "source",
                text: "FRN market source at a leading U.S. House"
            })
        );
        assert_eq!(
            before("The report said"),
            Some(Who::OrganisationRef {
                head: "report",
                text: "report"
            })
        );
        assert_eq!(
            before("The report's authors say"),
            Some(Who::Role {
                head: "authors",
                text: "report's authors"
            })
        );
        assert_eq!(before("the stock market said"), None);
    }

    fn after(text: &str) -> Option<Who<'_>> {
        subject_after(text, 0, text.len())
    }

    #[test]
    fn subjects_after_the_verb() {
        assert_eq!(
            after(" Bear Stearns and Co analyst Monroe Greenstein."),
            name("Monroe Greenstein", "analyst")
        );
        assert_eq!(
            after(" Greenstein of Bear Stearns."),
            name("Greenstein", "")
        );
        assert_eq!(
            after(" Philip Snalune, director of products at Telewest."),
            name("Philip Snalune", "director")
        );
        assert_eq!(after(" Lanston's Jones."), name("Lanston's Jones", ""));
        assert_eq!(
            after(" one arbitrager."),
            Some(Who::Role {
                head: "arbitrager",
                text: "arbitrager"
            })
        );
        assert_eq!(
            after(" the 74-year-old comedian."),
            Some(Who::Description {
                head: "comedian",
                text: "74-year-old comedian"
            })
        );
        assert_eq!(
            after(" a spokesman for the company."),
            Some(Who::SpokesFor {
                organisation: "",
                printed: "spokesman for the company",
                head: "spokesman"
            })
        );
        assert_eq!(
            after(" one executive at another major airline."),
            Some(Who::Role {
                head: "executive",
                text: "executive at another major airline"
            })
        );
        assert_eq!(
            after(" to the Sydney Morning Herald."),
            Some(Who::Name {
                run: "Sydney Morning Herald",
                role: "",
                determiner: true
            })
        );
    }

    #[test]
    fn sentence_subjects() {
        let subject = |text| sentence_subject(text, 0, text.len()).map(|(w, _)| w);
        assert_eq!(
            subject("Adam Thomas, an analyst at Informa, believes it."),
            name("Adam Thomas", "")
        );
        assert_eq!(
            subject("In an interview published in January, Victoria Wood slated him."),
            name("Victoria Wood", "")
        );
        assert_eq!(
            subject("Scotland forward Simon Taylor looks certain."),
            name("Simon Taylor", "forward")
        );
        assert_eq!(subject("Mr Tveter is confident."), name("Mr Tveter", ""));
        assert_eq!(subject("Movies from Sony will be on offer."), None);
    }
}
