//! Names as copy prints them: runs of capitalised words, the person's name inside a run
//! ("White House press secretary Jen Psaki" → "Jen Psaki"), and the article's register of
//! who was named how and where, built on all cores and merged.

use super::words::{self, given_name_gender, title_gender, Gender};
use crate::text::scan::{self, is_word_byte, next_space};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Where something is in the article: its paragraph (0 for the headline and summary box, 1
/// for the first paragraph) in the high bits, its byte offset in the paragraph in the low.
pub type Pos = u64;

/// The position of byte `offset` of paragraph `paragraph`.
pub fn pos(paragraph: usize, offset: usize) -> Pos {
    ((paragraph as u64) << 32) | offset.min(u32::MAX as usize) as u64
}

/// The paragraph a position is in.
pub fn paragraph_of(at: Pos) -> usize {
    (at >> 32) as usize
}

/// One pass over a text's bytes, 64 at a time, through bit masks, so a word costs a few bit
/// operations rather than a branch on each of its letters. It returns the verbs attribution
/// reads ([`words::is_verb`]) as whole words, in order, as `\b(?:said|…)\b` finds them. It
/// hands `other` the start of each word (run of bytes other than spaces) that does not start
/// with an ASCII lower-case letter or digit, in order: where a capitalised run may begin or
/// go on.
pub fn words(text: &str, mut other: impl FnMut(usize)) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut verbs = Vec::new();
    let (mut previous_is_word, mut after_space) = (false, true);
    for (base, masks) in scan::blocks(bytes) {
        // Words starting in this block with a lower-case letter, as every verb does.
        let mut starts =
            masks.word & !(masks.word << 1 | u64::from(previous_is_word)) & masks.lower;
        while starts != 0 {
            let i = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let len = (!(masks.word >> i)).trailing_zeros() as usize;
            let end = match i + len {
                64 => bytes[base + 64..]
                    .iter()
                    .position(|&b| !is_word_byte(b))
                    .map_or(bytes.len(), |n| base + 64 + n),
                within => base + within,
            };
            if words::is_verb(&bytes[base + i..end]) {
                verbs.push(base + i..end);
            }
        }
        let in_block = match bytes.len() - base {
            64.. => u64::MAX,
            len => (1 << len) - 1,
        };
        let space_separated = !masks.space & (masks.space << 1 | u64::from(after_space)) & in_block;
        let mut others = space_separated & !(masks.lower | masks.digit);
        while others != 0 {
            other(base + others.trailing_zeros() as usize);
            others &= others - 1;
        }
        previous_is_word = masks.word >> 63 == 1;
        after_space = masks.space >> 63 == 1;
    }
    verbs
}

/// Hands each of a text's capitalised runs (candidate names, as slices of the text) to
/// `take` as one pass over its words finds them, and returns its verbs (see
/// [`words`](mod@super::words)).
pub fn verbs_and_runs<'a>(text: &'a str, mut take: impl FnMut(&'a str)) -> Vec<Range<usize>> {
    let mut runs = Runs {
        text,
        current: None,
        looked_to: 0,
    };
    let verbs = words(text, |at| runs.word(at, &mut take));
    runs.flush(&mut take);
    verbs
}

/// Builds capitalised runs from the starts of the words that do not start with a lower-case
/// letter or digit, handed over in order: the other words end any run and need no closer look.
struct Runs<'a> {
    text: &'a str,
    /// The byte range of the run being built.
    current: Option<(usize, usize)>,
    /// Where the last word looked at ends.
    looked_to: usize,
}

impl<'a> Runs<'a> {
    /// Looks at the word starting at byte `at`: it goes on the run, or ends it.
    fn word(&mut self, at: usize, take: &mut impl FnMut(&'a str)) {
        let (text, bytes) = (self.text, self.text.as_bytes());
        // A word since the last one looked at started with a lower-case letter or a digit:
        // unless it is a particle inside a name ("Ursula von der Leyen").
        if self.current.is_some()
            && bytes[self.looked_to..at].iter().any(|&b| b != b' ')
            && !text[self.looked_to..at]
                .split(' ')
                .all(|w| w.is_empty() || is_particle(w))
        {
            self.flush(take);
        }
        let end = next_space(bytes, at);
        let raw = &text[at..end];
        self.looked_to = end;
        // A nickname inside a name goes on with it: C.J. "Pete" Silas.
        if self.current.is_some() && is_nickname(raw) {
            return;
        }
        if raw.starts_with(['"', '“', '(', '<']) {
            self.flush(take);
        }
        let word = trim_word(raw);
        // "George W Bush", "Michael J Fox": an initial without its dot, inside a run.
        let bare_initial = self.current.is_some()
            && word.len() == 1
            && word
                .bytes()
                .all(|b| b.is_ascii_uppercase() && b != b'A' && b != b'I');
        let name_like = word.starts_with(char::is_uppercase) && word.len() > 1
            || is_initial(word)
            || bare_initial;
        if name_like {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            let end = start + word.len();
            self.current = Some(self.current.map_or((start, end), |(s, _)| (s, end)));
        } else {
            self.flush(take);
        }
        let ends_clause = matches!(
            raw.as_bytes().last(),
            Some(b',' | b';' | b':' | b'.' | b'"' | b')' | b'!' | b'?')
        ) || raw.ends_with('”');
        if ends_clause && !(raw.ends_with('.') && (is_initial(word) || is_abbreviation(word))) {
            self.flush(take);
        }
    }

    /// Hands over the run being built, if any.
    fn flush(&mut self, take: &mut impl FnMut(&'a str)) {
        if let Some((start, end)) = self.current.take() {
            take(&self.text[start..end]);
        }
    }
}

/// A lower-case word inside a name: "von der" in "Ursula von der Leyen", "bin" in "Mohammed
/// bin Salman", "da" in "Lula da Silva", "ten" in "Erik ten Hag".
pub fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "ten"
            | "ter"
            | "von"
            | "der"
            | "den"
            | "da"
            | "dos"
            | "bin"
            | "ibn"
            | "la"
            | "le"
            | "du"
            | "di"
            | "del"
    )
}

/// A capitalised word in quotation marks, as a nickname is printed inside a name ("Pete").
pub fn is_nickname(raw: &str) -> bool {
    let inner = raw
        .strip_prefix(['"', '“'])
        .and_then(|r| r.strip_suffix(['"', '”']));
    inner.is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
    })
}

/// A word as a run holds it: quotation marks, brackets and punctuation around it cut, a
/// final dot too unless it is an initial or a title ("J.", "Mr.").
pub fn trim_word(raw: &str) -> &str {
    // Most words have nothing around them.
    let bytes = raw.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return raw;
    }
    let word = raw.trim_matches(|c: char| {
        !c.is_alphanumeric() && c != '.' && c != '\'' && c != '’' && c != '-' && c != '&'
    });
    if is_initial(word) || is_abbreviation(word) {
        word
    } else {
        word.trim_end_matches('.')
    }
}

/// "J.": a capital and a dot.
pub fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// "J.", "C.J.": a person's initials, dotted (not a country's: "U.S.", "U.K.").
fn is_initials(word: &str) -> bool {
    is_initial(word)
        || word.len() <= 6
            && word.ends_with('.')
            && !matches!(word, "U.S." | "U.K." | "U.N." | "E.U.")
            && word
                .split_terminator('.')
                .all(|p| p.chars().count() == 1 && p.starts_with(char::is_uppercase))
}

/// "J.", "Mr.", "Dr.", "St.", "U.S.": a word ending in a dot that does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    if !word.ends_with('.') {
        return false;
    }
    is_initial(word)
        || matches!(
            word,
            "Mr."
                | "Mrs."
                | "Ms."
                | "Dr."
                | "St."
                | "Sen."
                | "Rep."
                | "Gov."
                | "Gen."
                | "Prof."
                | "Jr."
                | "Sr."
                | "Rev."
                | "Lt."
                | "Col."
                | "Sgt."
                | "Capt."
                | "Cpl."
                | "Pvt."
                | "Spc."
                | "Maj."
                | "Brig."
                | "Adm."
                | "Cmdr."
                | "Cdr."
                | "Det."
                | "Insp."
                | "Supt."
                | "Atty."
                | "Fr."
                | "Msgr."
                | "Co."
                | "Inc."
                | "Corp."
                | "Ltd."
                | "Bros."
                | "No."
                | "Mt."
        )
        || (word.len() >= 4
            && word.ends_with('.')
            && word
                .split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1))
}

/// A word of a capitalised run as a name word: possessive and trailing comma or dot cut.
pub fn name_word(word: &str) -> &str {
    let mut word = word;
    // `strip_suffix` in loops: `trim_end_matches` with a string builds a searcher each call.
    while let Some(rest) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
        word = rest;
    }
    if let Some(rest) = word.strip_suffix(['\'', '’']).filter(|r| r.len() > 1) {
        word = rest;
    }
    word.trim_end_matches([',', '.', ':', ';'])
}

/// Whether a word ends in a possessive ("Oxfam's", "Lanston’s", "Jones'").
pub fn is_possessive(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ':', ';']);
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'")
}

/// An all-capitals word of two letters or more ("EA", "NIESR", "U.S."): an acronym, or a
/// shouted headline's word.
pub fn is_capitals(word: &str) -> bool {
    if word.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// A person's name found in a capitalised run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name<'a> {
    /// The name words as printed, given names and surname ("Jen Psaki"): a slice of the copy.
    pub text: &'a str,
    /// The last name word.
    pub surname: &'a str,
    /// How many name words.
    pub words: usize,
    /// The gender of a title printed before it ("Mr Tveter").
    pub title: Gender,
    /// A title or role word came before it in the run ("President Bush", "Ambassador Mohib").
    pub titled: bool,
}

/// The word printed right before a name in its run: its title when it has one ("Governor"
/// in "New Mexico Governor Garrey Carruthers", "Sen." in "Sen. Ted Cruz").
pub fn title_before<'a>(run: &'a str, name: &Name) -> &'a str {
    let at = name.text.as_ptr() as usize - run.as_ptr() as usize;
    run.get(..at)
        .and_then(|before| before.split_whitespace().next_back())
        .unwrap_or("")
}

impl Name<'_> {
    /// Whether the name has given names, the first a known one ("Tony Snow").
    pub fn opens_with_given_name(&self) -> bool {
        let given = self.text.split_whitespace().next().unwrap_or("");
        self.words > 1 && (words::is_given_name(given.as_bytes()) || is_initial(given))
    }

    /// The gender the name shows: its given name's, else its title's.
    pub fn gender(&self) -> Gender {
        if self.words > 1 {
            let given = self.text.split_whitespace().next().unwrap_or("");
            given_name_gender(given.as_bytes()).or(self.title)
        } else {
            self.title
        }
    }
}

/// The person's name in a capitalised run: the words after the last title, sentence word or
/// possessive (so "Oxfam's Barbara Stocking" → "Barbara Stocking"), at most four. None when
/// nothing is left, or when a word is all capitals (an acronym or a shouted headline: never
/// part of a person's name).
pub fn name_in(run: &str) -> Option<Name<'_>> {
    let mut kept: [&str; 4] = [""; 4];
    let mut count = 0;
    let mut title = Gender::Unknown;
    let mut titled = false;
    let mut post_nominal = false;
    let mut suffix: Option<&str> = None;
    for (n, raw) in run
        .split_whitespace()
        .rev()
        .filter(|w| !is_nickname(w))
        .enumerate()
    {
        let word = name_word(raw);
        // "Tory frontbencher Andrew Tyrie MP": letters after a name are not part of it.
        if count == 0 && is_post_nominal(word) {
            post_nominal = true;
            continue;
        }
        // "Robert F. Kennedy Jr.", "Charles III": the suffix is part of the name, and the
        // word before it the surname.
        if count == 0 && suffix.is_none() && is_generational_suffix(word) {
            suffix = Some(raw.trim_end_matches([',', ';', ':']));
            continue;
        }
        if n > 0 && is_possessive(raw) {
            break;
        }
        if words::is_not_name_word(word.as_bytes()) && !(n == 0 && surname_after_given_name(run))
            || word.is_empty()
            || n > 0 && (is_capitalised_role(word) || is_title_compound(word))
        {
            title = title_gender(word.as_bytes());
            titled = !words::is_function_word(word.as_bytes());
            break;
        }
        // "Liberal Democrat David Laws", "Briton Tim Henman": a party or a country before a
        // given name describes the person.
        // So does an acronym: "IBM Sam Palmisano", and a noun for what someone does that is no
        // given name: "Forecaster Max Mayfield" (not "Walker Percy"). (Not any word that is
        // no given name: "Ard Jan Vetham" is one name.)
        if count >= 2
            && words::is_given_name(kept[4 - count].as_bytes())
            && (words::is_party_word(word.as_bytes())
                || words::is_demonym(word.as_bytes())
                || is_capitals(word) && !is_initials(raw)
                || words::capitalised_is(word, words::is_agent_noun)
                    && !words::is_given_name(word.as_bytes())
                || words::is_abstract_noun(word)
                // "Secretary of State Antony Blinken": the run starts after "of".
                || words::is_office_domain(word.as_bytes()))
        {
            titled = true;
            break;
        }
        if is_capitals(word) && !is_initials(raw.trim_end_matches([',', ';', ':'])) {
            return None;
        }
        if count == 4 {
            break;
        }
        kept[3 - count] = word;
        count += 1;
    }
    // "a senior Tory MP": a party and its letters are a role, not a name.
    if count == 0 || post_nominal && count < 2 {
        return None;
    }
    // "in Tokyo Tomas de Hora": a name with a particle opens with its given name; a word
    // before that is no given name belongs to something else.
    if count >= 3
        && kept[4 - count..].iter().any(|w| is_particle(w))
        && !words::is_given_name(kept[4 - count].as_bytes())
        && words::is_given_name(kept[5 - count].as_bytes())
    {
        count -= 1;
    }
    let first = kept[4 - count];
    let last = kept[3];
    let start = first.as_ptr() as usize - run.as_ptr() as usize;
    let end = suffix.unwrap_or(last);
    let end = end.as_ptr() as usize - run.as_ptr() as usize + end.len();
    Some(Name {
        text: &run[start..end],
        surname: last,
        words: count,
        title,
        titled,
    })
}

/// An organisation's name a run prints whole ("the Foreign Ministry", "Amnesty
/// International"): its last word says what it is. Kept as a form of that word, so that
/// "the ministry" may mean it later.
fn organisation_name(run: &str) -> Option<Name<'_>> {
    let trimmed = run.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = trimmed.rsplit(' ').next()?;
    if last.len() == trimmed.len() || !words::is_organisation_word(last.as_bytes()) {
        return None;
    }
    let text = trimmed_organisation(trimmed);
    Some(Name {
        text,
        surname: last,
        words: text.split_whitespace().count(),
        title: Gender::Unknown,
        titled: false,
    })
}

/// "Peter Baron", "Paul King", "Mr King", "Mervyn King": the run's last word, a title
/// elsewhere, follows a given name, a courtesy title, or a capitalised word that is no title,
/// role, nationality or acronym (a given name the lists do not know), and so is a surname.
fn surname_after_given_name(run: &str) -> bool {
    last_two_words(run).is_some_and(|(before, last)| {
        let (before, last) = (name_word(before), name_word(last));
        if words::is_function_word(last.as_bytes()) {
            return false;
        }
        let given = words::is_given_name(before.as_bytes());
        let courtesy = matches!(
            before,
            "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Miss" | "Dr" | "Dr."
        );
        let unknown_given = before.starts_with(|c: char| c.is_uppercase())
            && before.len() > 2
            && before.chars().all(char::is_alphabetic)
            && !is_capitals(before)
            && !words::is_not_name_word(before.as_bytes())
            && !words::is_function_word(before.as_bytes())
            && !words::may_be_nationality(before)
            && !words::is_party_word(before.as_bytes())
            && !words::is_organisation_word(before.as_bytes());
        given
            || courtesy
            || unknown_given && words::title_gender(last.as_bytes()) != Gender::Unknown
    })
}

/// A run's last two words, in reading order.
fn last_two_words(run: &str) -> Option<(&str, &str)> {
    let mut words = run.split_whitespace().rev();
    let last = words.next()?;
    Some((words.next()?, last))
}

/// A role noun printed with a capital, as a title before a name ("Prosecutor Fatou
/// Bensouda", "Analyst Edward Johnson").
fn is_capitalised_role(word: &str) -> bool {
    words::capitalised_is(word, words::is_listed_role)
}

/// A run that ends with "Sir" or "Dame" and one word after it.
fn knighted(run: &str) -> bool {
    last_two_words(run).is_some_and(|(title, _)| matches!(title, "Sir" | "Dame"))
}

/// One way a surname was printed, and where first.
#[derive(Debug, Clone, Copy)]
struct Form<'a> {
    at: Pos,
    name: Name<'a>,
    /// The name opens with a known given name ("Tony Snow", not "Watch Snow").
    given: bool,
}

/// Who the article names, how, and where each way of naming was first met: every form of
/// each surname ("Corbett", "Ronnie Corbett", "Mr Corbett"), and the acronyms it spells out
/// ("National Institute of Economic and Social Research (NIESR)"). Stretches of the article
/// are read on all cores and [merged](Self::merge), keeping the earliest position of each.
#[derive(Debug)]
pub struct Names<'a> {
    forms: FxHashMap<&'a str, Vec<Form<'a>>>,
    acronyms: FxHashMap<&'a str, (Pos, &'a str)>,
    /// How many more forms may be learnt: a text of nothing but different names would
    /// otherwise take hundreds of bytes of memory per byte of text. Names met once the room
    /// is full are taken as printed.
    room: usize,
}

impl Default for Names<'_> {
    fn default() -> Self {
        Names::with_room(usize::MAX)
    }
}

impl<'a> Names<'a> {
    /// Names that learn at most `room` forms.
    pub fn with_room(room: usize) -> Self {
        Names {
            forms: FxHashMap::default(),
            acronyms: FxHashMap::default(),
            room,
        }
    }

    /// The forms an article of `len` bytes may learn: one per 256 bytes, never fewer than
    /// 4096, so that names cost at most a few times the text's size.
    pub fn room_for(len: usize) -> usize {
        (len / 256).max(4096)
    }

    /// Records the names of a text (a headline, the summary box) as met at `at`.
    pub fn learn(&mut self, at: Pos, text: &'a str) {
        verbs_and_runs(text, |run| self.mention(at, run));
        self.learn_acronyms(at, text);
    }

    /// Records a run of capitalised words met at `at`.
    pub fn mention(&mut self, at: Pos, run: &'a str) {
        // "Carmaker Ford": the kind is no part of the name.
        let run = words::kind_before_name(run).map_or(run, |(_, name)| name);
        // A surname alone and untitled tells a later lookup nothing ("Movies", "Corbett"):
        // only full names, and surnames after a title, are kept.
        if !run.contains(' ') {
            return;
        }
        // An organisation's name whose words are no name's ("the Foreign Ministry") is kept
        // whole; most runs are full names and need no second look.
        let name = match name_in(run) {
            Some(name) if name.words > 1 => Some(name),
            other => organisation_name(run).or(other),
        };
        let Some(name) = name else {
            return;
        };
        if name.words == 1 && !name.titled {
            return;
        }
        let full = self.room == 0;
        let forms = match self.forms.get_mut(name.surname) {
            Some(forms) => forms,
            None if full => return,
            None => self.forms.entry(name.surname).or_default(),
        };
        match forms.iter_mut().find(|f| f.name.text == name.text) {
            Some(form) => {
                if at < form.at {
                    form.at = at;
                    form.name = name;
                } else if form.name.title == Gender::Unknown && name.title != Gender::Unknown {
                    form.name.title = name.title;
                }
            }
            None if full => {}
            None => {
                self.room -= 1;
                forms.push(Form {
                    at,
                    name,
                    given: name.opens_with_given_name(),
                });
            }
        }
    }

    /// Records the acronyms a text spells out in brackets after the words they stand for.
    pub fn learn_acronyms(&mut self, at: Pos, text: &'a str) {
        for open in memchr::memchr_iter(b'(', text.as_bytes()) {
            if let Some((acronym, full)) = spelt_out(text, open) {
                let entry = self.acronyms.entry(acronym).or_insert((at, full));
                if at < entry.0 {
                    *entry = (at, full);
                }
            }
        }
    }

    /// The names of two stretches of the article together, each form at its earlier position.
    pub fn merge(self, other: Names<'a>) -> Names<'a> {
        let (mut into, from) = if self.forms.len() >= other.forms.len() {
            (self, other)
        } else {
            (other, self)
        };
        for (surname, forms) in from.forms {
            for form in forms {
                let kept = into.forms.entry(surname).or_default();
                match kept.iter_mut().find(|f| f.name.text == form.name.text) {
                    Some(k) if form.at < k.at => *k = form,
                    Some(_) => {}
                    None => kept.push(form),
                }
            }
        }
        for (acronym, (at, full)) in from.acronyms {
            let entry = into.acronyms.entry(acronym).or_insert((at, full));
            if at < entry.0 {
                *entry = (at, full);
            }
        }
        into
    }
}

/// The acronym in brackets at byte `open` of a text and the words before it that it stands
/// for, when their capitals spell it: "Electronic Arts (EA)", "National Institute of
/// Economic and Social Research (NIESR)".
fn spelt_out(text: &str, open: usize) -> Option<(&str, &str)> {
    let rest = &text[open + 1..];
    let close = rest.find(')')?;
    let acronym = &rest[..close];
    if !(2..=8).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let head = text[..open].trim_end();
    let letters = acronym.as_bytes();
    let mut needed = letters.len();
    let mut start = head.len();
    for word in head.split(' ').rev() {
        if needed == 0 {
            break;
        }
        let first = *word.as_bytes().first()?;
        if matches!(word, "of" | "and" | "for" | "the" | "on" | "&" | "in") {
            start -= word.len() + 1;
            continue;
        }
        if first != letters[needed - 1] {
            return None;
        }
        needed -= 1;
        start = word.as_ptr() as usize - text.as_ptr() as usize;
    }
    (needed == 0).then(|| (acronym, &text[start..head.len()]))
}

/// Who a name printed in an attribution is, as of a position in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known<'a> {
    /// The fullest form of the name met by then, as printed; an organisation's name.
    pub name: &'a str,
    /// Person, organisation, or neither known.
    pub kind: Kind,
    /// For a person, the gender the copy shows.
    pub gender: Gender,
}

/// What a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A person, named.
    Person,
    /// A company, ministry, agency, newspaper…
    Organisation,
    /// An unnamed person given by role ("one arbitrager").
    Role,
    /// A single capitalised word never introduced: a surname or an organisation.
    Unknown,
}

/// The article's names, merged, to look names up in.
#[derive(Debug)]
pub struct People<'a> {
    names: Names<'a>,
    /// Surnames of people named in full, by first letter and length, with the letters each
    /// holds, for misspelt lookups.
    by_shape: FxHashMap<(char, usize), Vec<(&'a str, u64)>>,
    /// People named in full, by their first name word, with where each was first named.
    by_first_word: FxHashMap<&'a str, Vec<(Pos, Name<'a>)>>,
}

/// A word alone, as printed: a person when it is a given name ("Tracey said", for "Goulding's
/// mother, Tracey"), else unknown (an organisation's name, or a surname).
fn given_name_alone(word: &str) -> Known<'_> {
    let gender = given_name_gender(word.as_bytes());
    Known {
        name: word,
        kind: if !words::is_given_name(word.as_bytes()) {
            Kind::Unknown
        } else {
            Kind::Person
        },
        gender,
    }
}

/// The set of letters a word holds, as bits (letters folded into 64 classes): two words one
/// edit apart differ in at most two of them, so most candidates are ruled out by a popcount.
fn letters(word: &str) -> u64 {
    word.chars().fold(0, |set, c| set | 1 << (c as u32 % 64))
}

impl<'a> People<'a> {
    /// The people the whole article names.
    pub fn new(names: Names<'a>) -> Self {
        let mut by_shape: FxHashMap<(char, usize), Vec<(&'a str, u64)>> = FxHashMap::default();
        let mut by_first_word: FxHashMap<&'a str, Vec<(Pos, Name<'a>)>> = FxHashMap::default();
        for (&surname, forms) in &names.forms {
            if !words::is_organisation_word(surname.as_bytes()) {
                for form in forms.iter().filter(|f| f.name.words > 1) {
                    if let Some(first) = form.name.text.split_whitespace().next() {
                        by_first_word
                            .entry(first)
                            .or_default()
                            .push((form.at, form.name));
                    }
                }
            }
            if let (Some(first), true) = (
                surname.chars().next(),
                forms.iter().any(|f| f.name.words > 1),
            ) {
                by_shape
                    .entry((first, surname.chars().count()))
                    .or_default()
                    .push((surname, letters(surname)));
            }
        }
        People {
            names,
            by_shape,
            by_first_word,
        }
    }

    /// The one person named in full by `at` whose name opens with this word: "Xi" for "Xi
    /// Jinping" (a family name printed first), "Tony" for "Tony Blair".
    fn opening_with(&self, word: &str, at: Pos) -> Option<Name<'a>> {
        let mut found: Option<Name<'a>> = None;
        for (_, name) in self
            .by_first_word
            .get(word)?
            .iter()
            .filter(|(f, _)| *f <= at)
        {
            match found {
                Some(kept) if kept.text != name.text => return None,
                _ => found = Some(*name),
            }
        }
        found
    }

    /// Who a capitalised run in an attribution names, as of position `at`: the fullest form of
    /// a person's name the article printed by then, an organisation (an acronym spelt out
    /// before in full), or the run as printed.
    /// Misspellings are looked for only when `fuzzy` (for attributions; not for every
    /// sentence's subject, where a miss costs little and the search much).
    pub fn resolve(&self, run: &'a str, at: Pos, fuzzy: bool) -> Option<Known<'a>> {
        let organisation = |name: &'a str| Known {
            name,
            kind: Kind::Organisation,
            gender: Gender::Unknown,
        };
        let trimmed = run.trim_end_matches(|c: char| !c.is_alphanumeric());
        let mut words = trimmed.split_whitespace();
        if let (Some(single), None) = (words.next(), words.next()) {
            let single = name_word(single);
            if is_capitals(single) && !is_initial(single) {
                let full = self
                    .names
                    .acronyms
                    .get(single)
                    .filter(|(first, _)| *first <= at)
                    .map_or(single, |&(_, full)| full);
                return Some(organisation(full));
            }
            // A word alone, never met in a fuller form or after a title: as printed (most
            // sentences' first words take this way).
            if !fuzzy
                && !self.names.forms.contains_key(single)
                && !words::is_organisation_word(single.as_bytes())
                && !words::is_not_name_word(single.as_bytes())
            {
                if let Some(full) = self.opening_with(single, at) {
                    return Some(Known {
                        name: full.text,
                        kind: Kind::Person,
                        gender: full.gender(),
                    });
                }
                return Some(given_name_alone(single));
            }
        }
        // "John Smith and Mary Jones", "Marks and Spencer": several named together, or a firm
        // so named, as printed.
        if trimmed.contains(" and ") {
            return Some(organisation(trimmed));
        }
        let name = name_in(run);
        // A title before the name makes it a person's ("Senate Majority Leader Harry Reid");
        // otherwise a word like "Department" or "Daily" makes the run an organisation's.
        // No person's name ends with an organisation's word: "Crown Prosecution Service" is
        // no "Prosecution Service" with the title "Crown".
        let ends_as_organisation = trimmed
            .rsplit(' ')
            .next()
            .is_some_and(|w| words::is_organisation_word(name_word(w).as_bytes()));
        let titled_person = name.is_some_and(|n| n.titled && n.words > 1)
            && !trimmed.contains(" & ")
            && !ends_as_organisation;
        if !titled_person
            && trimmed
                .split_whitespace()
                .any(|w| words::is_organisation_word(name_word(w).as_bytes()))
        {
            let printed = trimmed_organisation(trimmed);
            return Some(organisation(
                self.fuller_organisation(printed, at)
                    .or_else(|| self.unclipped_organisation(printed, at))
                    .unwrap_or(printed),
            ));
        }
        if name.is_none() && (ends_in_acronym(trimmed) || opens_with_acronym(trimmed)) {
            return Some(organisation(trimmed_organisation(trimmed)));
        }
        let name = name?;
        let person = |name: Name<'a>, gender: Gender| Known {
            name: name.text,
            kind: Kind::Person,
            gender: name.gender().or(gender),
        };
        // "Sir John said", after "Sir John Bourn": a knight or a dame goes by the given name.
        if name.words == 1 && knighted(trimmed) {
            if let Some(full) = self.opening_with(name.surname, at) {
                return Some(person(full, name.title));
            }
        }
        let forms = self
            .names
            .forms
            .get(name.surname)
            .map_or(&[][..], Vec::as_slice);
        // One pass over the forms met by then: the title's gender, a surname met alone after a
        // title, and the fuller forms — those that open with a given name win over ones that
        // open with another word ("Tony Snow" over "Watch Snow", a link's words).
        let mut title_gender = name.title;
        let mut alone_first: Option<Pos> = None;
        let mut fullest: Option<&Form<'a>> = None;
        let mut full_first: Option<Pos> = None;
        let mut given_first = false;
        for f in forms.iter().filter(|f| f.at <= at) {
            title_gender = title_gender.or(f.name.title);
            if f.name.words == 1
                && paragraph_of(f.at) > 0
                && (f.name.titled || f.name.title != Gender::Unknown)
            {
                alone_first = Some(alone_first.map_or(f.at, |a| a.min(f.at)));
            }
            if f.name.words > name.words && ends_with_words(f.name.text, name.text) {
                given_first |= f.given;
            }
        }
        // A name that opens with a given name is full; words before it that are no given name
        // belong to something else ("Unison Dave Prentis", the union's).
        let given_here = name.opens_with_given_name();
        // "Mrs White", after Tom White and Linda White: the title says which one.
        let other_gender = |f: &Form| {
            let gender = f.name.gender();
            name.title != Gender::Unknown && gender != Gender::Unknown && gender != name.title
        };
        let mut conflicting = false;
        for f in forms.iter().filter(|f| f.at <= at) {
            if f.name.words <= name.words
                || (given_first || given_here) && !f.given
                || !ends_with_words(f.name.text, name.text)
                || other_gender(f)
            {
                continue;
            }
            full_first = Some(full_first.map_or(f.at, |a| a.min(f.at)));
            fullest = match fullest {
                Some(kept)
                    if (kept.name.words, std::cmp::Reverse(kept.at))
                        >= (f.name.words, std::cmp::Reverse(f.at)) =>
                {
                    conflicting |= !ends_with_words(kept.name.text, f.name.text);
                    Some(kept)
                }
                Some(kept) => {
                    conflicting |= !ends_with_words(f.name.text, kept.name.text);
                    Some(f)
                }
                None => Some(f),
            };
        }
        // A surname first met alone (with a title) in the body names someone whose given name
        // the copy never gave: a later "Laura Bush" is someone else than "President Bush".
        if name.words == 1 && alone_first.is_some_and(|a| full_first.is_none_or(|f| a < f)) {
            // Unless it is a misspelling of someone named in full ("Ms Bauchtman" for
            // "Lydia Buchtmann").
            let misspelt = (fuzzy && full_first.is_none())
                .then(|| self.misspelt(name.surname, at))
                .flatten();
            return Some(person(misspelt.unwrap_or(name), title_gender));
        }
        if let Some(fullest) = fullest {
            // Two people with this surname and different given names: the copy's
            // attribution is ambiguous, and is given as printed.
            return Some(if conflicting {
                person(name, title_gender)
            } else {
                person(fullest.name, title_gender)
            });
        }
        if name.words > 1 {
            return Some(person(name, title_gender));
        }
        let misspelt = fuzzy
            .then(|| {
                self.opening_with(name.surname, at)
                    .or_else(|| self.misspelt(name.surname, at))
            })
            .flatten();
        Some(match misspelt {
            Some(known) => person(known, title_gender),
            None if title_gender != Gender::Unknown || name.titled => person(name, title_gender),
            None => given_name_alone(name.text),
        })
    }

    /// The organisation printed by `at` whose name ends with a common noun capitalised
    /// ("Berlin Film Festival" for "the festival"): the fullest, when every such name is part
    /// of it, and only a name that holds an organisation word.
    pub fn organisation_ending_with(&self, noun: &str, at: Pos) -> Option<&'a str> {
        let mut chars = noun.chars();
        let capitalised: String = chars.next()?.to_uppercase().chain(chars).collect();
        self.fuller_organisation(&capitalised, at).filter(|full| {
            full.split_whitespace()
                .any(|w| words::is_organisation_word(name_word(w).as_bytes()))
        })
    }

    /// The name in full of an organisation printed clipped ("the Fed" for "the Federal
    /// Reserve"), as the article printed it by `at`; none when it did not.
    fn unclipped_organisation(&self, printed: &str, at: Pos) -> Option<&'a str> {
        let full = words::unclipped(printed)?;
        let last = full.rsplit(' ').next()?;
        let forms = self.names.forms.get(last)?;
        forms
            .iter()
            .find(|f| f.at <= at && f.name.text.ends_with(full))
            .map(|f| &f.name.text[f.name.text.len() - full.len()..])
    }

    /// The one longer name met by `at` that an organisation's name ends ("European
    /// Commission" for "the Commission", "Rubber Research Institute" for "an Institute
    /// spokesman"): the fullest, when every such name is part of it.
    fn fuller_organisation(&self, printed: &str, at: Pos) -> Option<&'a str> {
        let last = printed.split_whitespace().next_back()?;
        let words = printed.split_whitespace().count();
        // "Liberal Democrat Treasury spokesman Vincent Cable": a party before an office is
        // a shadow post, not the office's name ("Labour Party" is one).
        let party_post = |name: &str| {
            last != "Party"
                && name
                    .split_whitespace()
                    .rev()
                    .skip(words)
                    .all(|w| words::is_party_word(w.as_bytes()))
        };
        let mut longer = self.names.forms.get(last)?.iter().filter(|f| {
            f.at <= at
                && f.name.words > words
                && ends_with_words(f.name.text, printed)
                && !party_post(f.name.text)
        });
        let first = longer.next()?.name;
        let fullest = longer.try_fold(first, |kept, f| {
            let (long, short) = if f.name.words > kept.words {
                (f.name, kept)
            } else {
                (kept, f.name)
            };
            ends_with_words(long.text, short.text).then_some(long)
        })?;
        Some(fullest.text)
    }

    /// The one full name met by `at` whose surname is this one misspelt: one edit in names
    /// of six letters or more, two in names of nine or more ("Zelenskyy" for "Zelesnkyy",
    /// "Bauchtman" for "Buchtmann"); in names of four or five, only a doubled letter printed
    /// once or a letter printed twice ("Barot" for "Barrot"), the slip least likely to make
    /// another real name.
    fn misspelt(&self, surname: &str, at: Pos) -> Option<Name<'a>> {
        let length = surname.chars().count();
        if length < 4 {
            return None;
        }
        let short = length < 6;
        let edits = if length >= 9 { 2 } else { 1 };
        let first = surname.chars().next()?;
        let set = letters(surname);
        let mut found = (length - edits..=length + edits)
            .filter_map(|len| self.by_shape.get(&(first, len)))
            .flatten()
            .filter(|(_, known_set)| (set ^ known_set).count_ones() as usize <= 2 * edits)
            .map(|&(known, _)| known)
            .filter(|known| {
                if short {
                    differ_by_a_doubled_letter(known, surname)
                } else {
                    edits_within(known, surname, edits)
                }
            })
            .filter_map(|known| {
                self.names.forms[known]
                    .iter()
                    .filter(|f| f.at <= at && f.name.words > 1)
                    .max_by_key(|f| f.name.words)
                    .map(|f| f.name)
            });
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }
}

/// Whether one word is the other with one letter of a double printed once ("Barot",
/// "Barrot"; "Philips", "Phillips").
fn differ_by_a_doubled_letter(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let long = long.as_bytes();
    long.windows(2).enumerate().any(|(i, pair)| {
        pair[0] == pair[1]
            && long[..i] == short.as_bytes()[..i]
            && long[i + 1..] == short.as_bytes()[i..]
    })
}

/// A hyphenated title whose parts are titles or roles: "Secretary-General", "Director-General",
/// "Vice-President", "Editor-in-Chief" (not "Jean-Claude", "Ocasio-Cortez").
fn is_title_compound(word: &str) -> bool {
    word.contains('-')
        && word.split('-').all(|part| {
            words::is_not_name_word(part.as_bytes())
                || words::capitalised_is(part, words::is_role_noun)
                || matches!(part, "in" | "at")
        })
}

/// "Jr", "Sr", "II", "III", "IV" after a name (its dot cut): which of a family's people of
/// one name it is.
fn is_generational_suffix(word: &str) -> bool {
    matches!(word, "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Letters after a person's name: an office or an honour, not an acronym ("Andrew Tyrie MP").
fn is_post_nominal(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MEP" | "MSP" | "QC" | "KC" | "OBE" | "MBE" | "CBE"
    )
}

/// A run of two words or more whose last is an acronym: an organisation's name ("the Hesse
/// LZB", "Sony BMG"), not a person's.
fn ends_in_acronym(run: &str) -> bool {
    let mut words = run.split_whitespace().rev();
    let last = words.next().map(name_word).unwrap_or("");
    words.next().is_some() && is_capitals(last) && !is_initials(last) && !is_post_nominal(last)
}

/// A run of two words or more whose first is an acronym, the others capitalised words, no
/// person's name among them: an organisation's name ("PC World", "PC Pro", "CNN
/// International").
fn opens_with_acronym(run: &str) -> bool {
    let mut words = run.split_whitespace().map(name_word);
    let first = words.next().unwrap_or("");
    let mut rest = words.peekable();
    is_capitals(first)
        && !is_initials(first)
        && rest.peek().is_some()
        && rest.all(|w| w.starts_with(char::is_uppercase) && !is_capitals(w))
}

/// An organisation's name without the article before it ("the State Department").
fn trimmed_organisation(run: &str) -> &str {
    let run = ["The ", "the "]
        .iter()
        .find_map(|article| run.strip_prefix(article))
        .unwrap_or(run);
    // "the EC's Executive Commission", "Fox TV's Bill O'Reilly": the initials of an owner are
    // not part of the name (a name may hold a possessive: "People's Daily", "McDonald's").
    let owned_by_initials = |word: &str| {
        let initials = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
        initials.is_some_and(|i| i.len() >= 2 && i.bytes().all(|b| b.is_ascii_uppercase()))
    };
    let mut name = run;
    let mut word_start = 0;
    for (space, _) in run.match_indices(' ') {
        if owned_by_initials(&run[word_start..space]) {
            name = &run[space + 1..];
        }
        word_start = space + 1;
    }
    name
}

/// Whether a name's words end with another's ("Mary Beth Hess" ends with "Beth Hess").
fn ends_with_words(full: &str, part: &str) -> bool {
    let mut full = full.split_whitespace().rev().peekable();
    // "Robert F. Kennedy Jr." ends with "Kennedy": the suffix is no word of the surname.
    let suffixed = |word: &str| is_generational_suffix(name_word(word));
    if full.peek().is_some_and(|w| suffixed(w))
        && !part.split_whitespace().next_back().is_some_and(suffixed)
    {
        full.next();
    }
    part.split_whitespace().rev().all(|word| {
        // "Van Gaal" for "Louis van Gaal": a particle capitalised to open a sentence.
        full.next().is_some_and(|f| {
            f == word || (is_particle(f) || is_particle(word)) && f.eq_ignore_ascii_case(word)
        })
    })
}

/// Whether two different words are within `edits` substitutions, insertions, deletions or
/// swaps of neighbours of each other (restricted Damerau–Levenshtein distance; names are
/// short, so the table is a fixed array).
pub fn edits_within(a: &str, b: &str, edits: usize) -> bool {
    const MAX: usize = 32;
    if a == b {
        return false;
    }
    let mut ca = ['\0'; MAX];
    let mut cb = ['\0'; MAX];
    let (mut la, mut lb) = (0, 0);
    for c in a.chars() {
        if la == MAX {
            return false;
        }
        ca[la] = c;
        la += 1;
    }
    for c in b.chars() {
        if lb == MAX {
            return false;
        }
        cb[lb] = c;
        lb += 1;
    }
    if la.abs_diff(lb) > edits {
        return false;
    }
    let mut d = [[0u8; MAX + 1]; MAX + 1];
    for (i, row) in d.iter_mut().enumerate().take(la + 1) {
        row[0] = i as u8;
    }
    for (j, cell) in d[0].iter_mut().enumerate().take(lb + 1) {
        *cell = j as u8;
    }
    for i in 1..=la {
        for j in 1..=lb {
            let cost = u8::from(ca[i - 1] != cb[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    usize::from(d[la][lb]) <= edits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The capitalised runs of a text, collected.
    fn runs(text: &str) -> Vec<&str> {
        let mut runs = Vec::new();
        verbs_and_runs(text, |run| runs.push(run));
        runs
    }

    #[test]
    fn verbs_are_found_64_bytes_at_a_time_as_a_byte_at_a_time() {
        // The words as maximal runs of word bytes, one byte at a time.
        let by_bytes = |text: &str| {
            let bytes = text.as_bytes();
            let mut verbs = Vec::new();
            let mut at = 0;
            while at < bytes.len() {
                while at < bytes.len() && !is_word_byte(bytes[at]) {
                    at += 1;
                }
                let start = at;
                while at < bytes.len() && is_word_byte(bytes[at]) {
                    at += 1;
                }
                if words::is_verb(&bytes[start..at]) {
                    verbs.push(start..at);
                }
            }
            verbs
        };
        let copy = "said Said told x_said says\u{A0}said “said” _told stressed~noted \
                     acknowledged adds@asks 9said saidsaid warned\tasked é said";
        for shift in 0..70 {
            let text = format!("{}{copy} {}said", "a".repeat(shift), "b ".repeat(shift));
            assert_eq!(words(&text, |_| ()), by_bytes(&text), "shift {shift}");
        }
        let long = format!("{}said {}", "x".repeat(130), "said".repeat(40));
        assert_eq!(words(&long, |_| ()), by_bytes(&long));
    }

    #[test]
    fn runs_found_from_the_other_word_starts_are_the_runs_of_every_word() {
        // The words that start otherwise than with a lower-case letter or digit, one by one.
        let by_words = |text: &str| -> Vec<usize> {
            let mut at = 0;
            let mut starts = Vec::new();
            for word in text.split(' ') {
                if word
                    .bytes()
                    .next()
                    .is_some_and(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit()))
                {
                    starts.push(at);
                }
                at += word.len() + 1;
            }
            starts
        };
        let copy =
            "Joe Biden and  Volodymyr Zelenskyy, said (Jen Psaki) \u{A0}É 9 “Mr. J. Smith” x";
        for shift in 0..70 {
            let text = format!("{}{copy}{}", " a".repeat(shift), "B ".repeat(shift));
            let mut starts = Vec::new();
            words(&text, |at| starts.push(at));
            assert_eq!(starts, by_words(&text), "shift {shift}");
        }
        assert_eq!(
            runs("said Joe Biden and  Volodymyr Zelenskyy, “Mr. J. Smith” 9 Kyiv x Lviv"),
            [
                "Joe Biden",
                "Volodymyr Zelenskyy",
                "Mr. J. Smith",
                "Kyiv",
                "Lviv"
            ]
        );
        assert_eq!(runs("C.J. \"Pete\" Silas retired"), ["C.J. \"Pete\" Silas"]);
    }

    #[test]
    fn the_name_in_a_run_drops_titles_sentence_words_and_what_a_possessive_qualifies() {
        let name = |run| name_in(run).map(|n| n.text);
        assert_eq!(
            name("White House Press Secretary Jen Psaki"),
            Some("Jen Psaki")
        );
        assert_eq!(name("Oxfam's Barbara Stocking"), Some("Barbara Stocking"));
        assert_eq!(
            name("Democratic Senate Majority Leader Harry Reid"),
            Some("Harry Reid")
        );
        assert_eq!(name("Prosecutor Fatou Bensouda"), Some("Fatou Bensouda"));
        assert_eq!(
            name("Jose Hugo Castelo Branco"),
            Some("Jose Hugo Castelo Branco")
        );
        assert_eq!(name("John Major"), Some("John Major"));
        assert_eq!(name("President Joe Biden's"), Some("Joe Biden"));
        assert_eq!(name("C.J. \"Pete\" Silas"), Some("C.J. \"Pete\" Silas"));
        assert_eq!(name("NATO"), None);
        assert_eq!(name("President"), None);
        let mr = name_in("Mr Tveter").unwrap();
        assert_eq!(
            (mr.text, mr.title, mr.titled),
            ("Tveter", Gender::Male, true)
        );
    }

    #[test]
    fn stretches_merged_in_either_order_keep_each_forms_first_mention() {
        let paragraphs = [
            "President Bush spoke.",
            "Laura Bush and Jen Psaki spoke.",
            "Ms Jen Psaki",
        ];
        let stretch = |at: usize| {
            let mut names = Names::default();
            names.learn(pos(at, 0), paragraphs[at - 1]);
            names
        };
        let forward = stretch(1).merge(stretch(2)).merge(stretch(3));
        let backward = stretch(3).merge(stretch(2).merge(stretch(1)));
        for names in [forward, backward] {
            let mut bush: Vec<(Pos, &str)> = names.forms["Bush"]
                .iter()
                .map(|f| (f.at, f.name.text))
                .collect();
            bush.sort();
            assert_eq!(bush, [(pos(1, 0), "Bush"), (pos(2, 0), "Laura Bush")]);
            assert_eq!(names.forms["Psaki"].len(), 1);
            assert_eq!(names.forms["Psaki"][0].at, pos(2, 0));
        }
    }

    #[test]
    fn acronyms_are_spelt_out_by_the_capitals_before_them() {
        let text = "Electronic Arts (EA) and the National Institute of Economic and Social Research (NIESR) but not Sony (BBC).";
        let found: Vec<(&str, &str)> = memchr::memchr_iter(b'(', text.as_bytes())
            .filter_map(|open| spelt_out(text, open))
            .collect();
        assert_eq!(
            found,
            [
                ("EA", "Electronic Arts"),
                (
                    "NIESR",
                    "National Institute of Economic and Social Research"
                )
            ]
        );
    }

    #[test]
    fn edits_are_counted_as_the_slow_obvious_distance_counts_them() {
        /// Restricted Damerau–Levenshtein distance, with a table of any size.
        fn distance(a: &str, b: &str) -> usize {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
            for i in 0..=a.len() {
                for j in 0..=b.len() {
                    d[i][j] = if i == 0 || j == 0 {
                        i + j
                    } else {
                        let mut best = (d[i - 1][j] + 1)
                            .min(d[i][j - 1] + 1)
                            .min(d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]));
                        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                            best = best.min(d[i - 2][j - 2] + 1);
                        }
                        best
                    };
                }
            }
            d[a.len()][b.len()]
        }
        let names = [
            "Zelenskyy",
            "Zelesnkyy",
            "Buchtmann",
            "Bauchtman",
            "Peskov",
            "Peskow",
            "Biden",
            "Bush",
            "Müller",
            "Muller",
            "Psaki",
            "",
        ];
        for a in names {
            for b in names {
                for edits in 0..3 {
                    let expected = a != b && distance(a, b) <= edits;
                    assert_eq!(edits_within(a, b, edits), expected, "{a} {b} {edits}");
                }
            }
        }
    }

    #[test]
    fn a_surname_is_looked_for_among_misspellings_only_when_asked() {
        let mut names = Names::default();
        names.learn(pos(1, 0), "Volodymyr Zelesnkyy spoke.");
        let people = People::new(names);
        let fuzzy = people.resolve("Zelenskyy", pos(2, 0), true).unwrap();
        assert_eq!(
            (fuzzy.name, fuzzy.kind),
            ("Volodymyr Zelesnkyy", Kind::Person)
        );
        let plain = people.resolve("Zelenskyy", pos(2, 0), false).unwrap();
        assert_eq!((plain.name, plain.kind), ("Zelenskyy", Kind::Unknown));
    }
}
