//! Direct quotations and who said them.
//!
//! A quotation is text in “…” or "…" within one paragraph. Its speaker comes from the copy's
//! attribution: after the quote (“…,” Psaki said. / “…,” said Jen Psaki), before it (He added:
//! “…”), or earlier in the same sentence (Dmitry Peskov told reporters that … “…”). A quote with
//! no attribution of its own follows the one before it in the paragraph. A surname, or a
//! pronoun, is resolved to the full name mentioned earlier in the article ("Psaki" → "Jen Psaki").

use super::plain::classify::{LETTER, LOWER};
use super::scan::{self, is_word_byte, next_space};
use crate::document::Inline;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

/// Verbs of saying, as wire copy uses them.
const SPEECH_VERBS: &str = "said|says|say|told|tells|tweeted|tweets|wrote|writes|added|adds|asked|asks|explained|explains|continued|noted|notes|insisted|insists|argued|argues|warned|warns|stated|states|recalled|declared|replied|shouted|shouts|remarked|commented|responded|acknowledged|admitted|conceded|concluded|posted|announced|claimed|claims|suggested|cautioned|predicted|agreed|quipped|joked|recounted|observed|testified|pleaded|urged|vowed|boasted|complained|emphasised|emphasized|stressed";

/// A name as copy prints it: capitalised words, initials, particles.
fn name_pattern() -> String {
    format!(
        r"(?:[A-Z][{LETTER}'’\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][{LETTER}'’\-]*\.?|de|van|von|der|da|al|bin|la|le)){{0,4}}"
    )
}

static AFTER_NAME_VERB: LazyLock<Regex> = LazyLock::new(|| {
    let name = name_pattern();
    Regex::new(&format!(
        r"^\s*[,—–-]?\s*(?:(?:[{LOWER}][{LOWER}\-]*\s+){{0,3}}(?P<name>{name})(?:,[^,“”\x22]{{1,80}}(?:,[^,“”\x22]{{1,80}})?,)?|(?P<pronoun>[Hh]e|[Ss]he))\s+(?:[{LOWER}]+ly\s+)?(?:has\s+|had\s+|will\s+|would\s+|later\s+|then\s+|also\s+)?(?:{SPEECH_VERBS}|say)(?-u:\b)"
    ))
    .expect("attribution pattern")
});

/// Compiles this module's patterns now rather than on first use (see
/// [`crate::read::prepare`]).
pub fn compile_patterns() {
    LazyLock::force(&AFTER_NAME_VERB);
}

/// A list of ASCII words that every word of the copy may be looked up in.
struct WordList {
    /// The words, `|`-separated, each 1 to 15 bytes long.
    list: &'static str,
    /// The lengths of the words by their first two bytes, each taken mod 32 (so a letter's
    /// case aside; a one-letter word's second is 0). Made at compile time, it lets most
    /// words of the copy go on one lookup.
    lengths_by_start: [u16; 1024],
    /// The words by first byte (mod 32) and length, made on first use.
    by_shape: OnceLock<Vec<Vec<&'static [u8]>>>,
}

impl WordList {
    const fn new(list: &'static str) -> WordList {
        let bytes = list.as_bytes();
        let mut lengths_by_start = [0u16; 1024];
        let (mut start, mut at) = (0, 0);
        while at <= bytes.len() {
            if at == bytes.len() || bytes[at] == b'|' {
                let len = at - start;
                assert!(len > 0 && len < 16, "a listed word is 1 to 15 bytes long");
                let second = if len > 1 { bytes[start + 1] % 32 } else { 0 };
                lengths_by_start[(bytes[start] % 32) as usize * 32 + second as usize] |= 1 << len;
                start = at + 1;
            }
            at += 1;
        }
        WordList {
            list,
            lengths_by_start,
            by_shape: OnceLock::new(),
        }
    }

    fn contains(&self, word: &[u8]) -> bool {
        let start = match *word {
            [] => return false,
            [first] => usize::from(first % 32) * 32,
            [first, second, ..] => usize::from(first % 32) * 32 + usize::from(second % 32),
        };
        if word.len() >= 16 || self.lengths_by_start[start] & (1 << word.len()) == 0 {
            return false;
        }
        let shape = |word: &[u8]| usize::from(word[0] % 32) * 16 + word.len();
        let by_shape = self.by_shape.get_or_init(|| {
            let mut table = vec![Vec::new(); 32 * 16];
            for listed in self.list.split('|').map(str::as_bytes) {
                table[shape(listed)].push(listed);
            }
            table
        });
        by_shape[shape(word)].contains(&word)
    }
}

/// Whether an ASCII word is a verb of saying.
fn is_speech_verb(word: &[u8]) -> bool {
    static VERBS: WordList = WordList::new(SPEECH_VERBS);
    VERBS.contains(word)
}

/// The phrase after a verb of saying that opens a text (after white space and at most one
/// comma or dash), as `^\s*[,—–-]?\s*(?:said|…)\s+(?P<phrase>[^;“"]{0,120})` would capture it:
/// the words after the verb up to a semicolon or an opening quotation mark, at most 120
/// characters. None when no verb of saying and white space open the text.
fn phrase_after_speech_verb(text: &str) -> Option<&str> {
    let rest = text.trim_start();
    let rest = rest
        .strip_prefix([',', '—', '–', '-'])
        .unwrap_or(rest)
        .trim_start();
    let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let after_verb = &rest[letters..];
    if !is_speech_verb(&rest.as_bytes()[..letters]) || !after_verb.starts_with(char::is_whitespace)
    {
        return None;
    }
    let phrase = after_verb.trim_start();
    let end = phrase
        .char_indices()
        .take(120)
        .find(|&(_, c)| matches!(c, ';' | '“' | '"'))
        .map_or_else(
            || {
                phrase
                    .char_indices()
                    .nth(120)
                    .map_or(phrase.len(), |(i, _)| i)
            },
            |(i, _)| i,
        );
    Some(&phrase[..end])
}

/// One pass over a text's bytes, 64 at a time, through bit masks, so a word costs a few bit
/// operations rather than a branch on each of its letters. It returns the verbs of saying as
/// whole words, in order: each a maximal run of ASCII word characters that is one of
/// [`SPEECH_VERBS`], as `\b(?:said|…)\b` finds them. It hands `other` the start of each word
/// (run of bytes other than spaces) that does not start with an ASCII lower-case letter or
/// digit, in order: where a capitalised run may begin or go on.
fn words(text: &str, mut other: impl FnMut(usize)) -> Vec<Range<usize>> {
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
            if is_speech_verb(&bytes[base + i..end]) {
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

/// Words that may sit between a speaker and the verb: "Psaki later said", "He has told".
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has", "had", "will", "would", "later", "then", "also", "again", "once",
];

/// Who speaks before a verb of saying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject<'a> {
    /// A name as printed ("Dmitry Peskov", "Mr Doherty").
    Name(&'a str),
    /// "he" or "she".
    Pronoun,
}

/// A verb of saying with its subject: where the verb starts and ends, and who.
#[derive(Debug, Clone, Copy)]
struct Said<'a> {
    start: usize,
    end: usize,
    subject: Subject<'a>,
}

/// The verbs of saying (of a text's `verbs`) before byte `end`, a word edge, that have a
/// subject, in order.
fn subjects<'a>(text: &'a str, verbs: &[Range<usize>], end: usize) -> Vec<Said<'a>> {
    verbs
        .iter()
        .take_while(|verb| verb.end <= end)
        .filter_map(|verb| {
            subject_before(&text[..verb.start]).map(|subject| Said {
                start: verb.start,
                end: verb.end,
                subject,
            })
        })
        .collect()
}

/// The subject just before a verb: a pronoun, or a run of capitalised words (initials and
/// particles allowed) that ends right before the verb, adverbs and auxiliaries aside.
fn subject_before(head: &str) -> Option<Subject<'_>> {
    let mut words = head.split_whitespace().rev().peekable();
    let mut skipped = 0;
    while let Some(&w) = words.peek() {
        let adverb = w.len() > 3 && w.ends_with("ly") && w.starts_with(char::is_lowercase);
        if skipped < 2 && (adverb || BETWEEN_SUBJECT_AND_VERB.contains(&w)) {
            words.next();
            skipped += 1;
        } else {
            break;
        }
    }
    let last = *words.peek()?;
    if matches!(last, "he" | "He" | "she" | "She") {
        return Some(Subject::Pronoun);
    }
    let mut first: Option<&str> = None;
    for (n, w) in words.enumerate() {
        let particle = matches!(
            w,
            "de" | "van" | "von" | "der" | "da" | "al" | "bin" | "la" | "le"
        );
        let name_like = w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || "'’-.".contains(c));
        // The word next to the verb may not end a clause ("…, Smith, said" is an apposition).
        let ends_clause = w.ends_with([',', ';', ':', '"', '”', ')'])
            || (w.ends_with('.') && !is_abbreviation(w));
        if !(name_like || particle && n > 0) || ends_clause || n == 5 {
            break;
        }
        first = Some(w);
    }
    let first = first?;
    let start = first.as_ptr() as usize - head.as_ptr() as usize;
    let end = last.as_ptr() as usize - head.as_ptr() as usize + last.len();
    Some(Subject::Name(&head[start..end]))
}

/// "J.", "Mr.", "Dr.", "St.": a word ending in a dot that does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
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
        )
}

/// Words that start a capitalised run without being part of a name.
const NOT_NAME_WORDS: &str = "The|A|An|But|And|Or|So|Yet|In|On|At|It|Its|This|That|These|Those|He|She|They|We|I|You|However|Yesterday|Today|Tomorrow|Then|Now|When|While|After|Before|As|If|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Sir|Dame|Lord|Lady|President|Vice|Prime|Minister|Secretary|Senator|Sen.|Rep.|Gov.|Governor|General|Gen.|Chancellor|King|Queen|Prince|Princess|Pope|Professor|Prof.|Judge|Justice|Chief|Executive|Officer|Director|Chairman|Chairwoman|Mayor|Senior|Deputy|Foreign|Interior|Defence|Defense|Finance|Coach|Captain|Manager|Spokesman|Spokeswoman|Officials|Police|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Both|Some|Many|All|Asked|Speaking|According|Also|Still|Even|There|Here|What|Why|How|Where|Who|Instead|Meanwhile|Last|Next|First|Former|Ex";

/// Whether a capitalised word starts a sentence or titles a person rather than naming one.
fn is_not_name_word(word: &str) -> bool {
    static NOT_NAMES: WordList = WordList::new(NOT_NAME_WORDS);
    NOT_NAMES.contains(word.as_bytes())
}

/// The first mention of each surname in a stretch of the article: the paragraph it came in
/// (0 for the headline and summary box, 1 for the first paragraph) and the run of capitalised
/// words that named it. Stretches are read on all cores and [merged](Self::merge) in order,
/// so the first mention of a name in the whole article is known without reading it in order.
#[derive(Debug, Default)]
pub struct Names<'a> {
    first: FxHashMap<&'a str, (usize, &'a str)>,
}

impl<'a> Names<'a> {
    /// Records the names a text mentions (a headline, the summary box) as said in paragraph `at`.
    pub fn learn(&mut self, at: usize, text: &'a str) {
        verbs_and_runs(text, |run| self.mention(at, run));
    }

    /// Records a run of capitalised words met in paragraph `at`, when it holds a name whose
    /// surname was not met before. Only that first mention is kept.
    fn mention(&mut self, at: usize, run: &'a str) {
        if let Some(surname) = surname_of(run) {
            self.first.entry(surname).or_insert((at, run));
        }
    }

    /// The names of two stretches of the article together: of a surname's two first mentions,
    /// the one in the earlier paragraph is kept, so stretches may be merged in any order.
    pub fn merge(self, other: Names<'a>) -> Names<'a> {
        let (mut into, from) = if self.first.len() >= other.first.len() {
            (self, other)
        } else {
            (other, self)
        };
        for (surname, mention) in from.first {
            into.first
                .entry(surname)
                .and_modify(|kept| {
                    if mention.0 < kept.0 {
                        *kept = mention;
                    }
                })
                .or_insert(mention);
        }
        into
    }
}

/// People the article has named, to resolve "Psaki" to the "Jen Psaki" named before.
#[derive(Debug)]
pub struct People<'a> {
    names: Names<'a>,
    /// Surnames of people first named in full, by first letter and length, for misspelt lookups.
    by_shape: FxHashMap<(char, usize), Vec<&'a str>>,
}

/// How a surname was first met, as of a paragraph.
enum Person {
    /// With given names: the full name.
    Full(String),
    /// By surname alone ("President Bush"): a later "Laura Bush" is someone else.
    SurnameOnly,
}

impl<'a> People<'a> {
    /// The people the whole article names, each by the first mention of their surname.
    pub fn new(names: Names<'a>) -> Self {
        let mut by_shape: FxHashMap<(char, usize), Vec<&'a str>> = FxHashMap::default();
        for (&surname, &(_, run)) in &names.first {
            if let (Some(first), true) = (surname.chars().next(), name_words(run).len() > 1) {
                by_shape
                    .entry((first, surname.chars().count()))
                    .or_default()
                    .push(surname);
            }
        }
        People { names, by_shape }
    }

    /// The person a surname names as of paragraph `at`: none when first named later.
    fn person(&self, surname: &str, at: usize) -> Option<Person> {
        let &(first_at, run) = self.names.first.get(surname)?;
        if first_at > at {
            return None;
        }
        let words = name_words(run);
        Some(if words.len() > 1 {
            Person::Full(words.join(" "))
        } else {
            Person::SurnameOnly
        })
    }

    /// The full name, as of paragraph `at`, for a name as an attribution prints it.
    fn resolve(&self, name: &str, at: usize) -> Option<String> {
        let words = name_words(name);
        match words.len() {
            0 => None,
            1 => {
                let surname = words[0];
                match self.person(surname, at) {
                    Some(Person::Full(full)) => Some(full),
                    Some(Person::SurnameOnly) | None => Some(
                        self.fuzzy(surname, at)
                            .unwrap_or_else(|| surname.to_owned()),
                    ),
                }
            }
            _ => Some(words.join(" ")),
        }
    }

    /// A full name named by paragraph `at` whose surname is the given one misspelt by one
    /// edit ("Zelesnkyy" for "Zelenskyy"): its given names with the attribution's spelling.
    fn fuzzy(&self, surname: &str, at: usize) -> Option<String> {
        let length = surname.chars().count();
        let first = surname.chars().next()?;
        if length < 6 {
            return None;
        }
        let mut found = (length - 1..=length + 1)
            .filter_map(|len| self.by_shape.get(&(first, len)))
            .flatten()
            .filter(|known| one_edit_apart(known, surname))
            .filter_map(|known| match self.person(known, at) {
                Some(Person::Full(full)) => {
                    let given = &full[..full.len() - known.len()];
                    Some(format!("{given}{surname}"))
                }
                _ => None,
            });
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }
}

/// Whether two words differ by one substitution, insertion, deletion or swap of neighbours.
fn one_edit_apart(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return one_edit_apart_in(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit_apart_in(&a, &b)
}

/// [`one_edit_apart`] over characters (or, for ASCII words, bytes: no copy is made).
fn one_edit_apart_in<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// Runs of capitalised words in a text: candidate names, as slices of the text.
fn capitalised_runs(text: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    verbs_and_runs(text, |run| runs.push(run));
    runs
}

/// Hands each of a text's [capitalised runs](capitalised_runs) to `take` as one pass over its
/// words finds them, and returns its verbs of saying (see [`words`]).
fn verbs_and_runs<'a>(text: &'a str, mut take: impl FnMut(&'a str)) -> Vec<Range<usize>> {
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
        // A word since the last one looked at started with a lower-case letter or a digit.
        if self.current.is_some() && bytes[self.looked_to..at].iter().any(|&b| b != b' ') {
            self.flush(take);
        }
        let end = next_space(bytes, at);
        let raw = &text[at..end];
        self.looked_to = end;
        if raw.starts_with(['"', '“', '(']) {
            self.flush(take);
        }
        let word = raw.trim_matches(|c: char| {
            !c.is_alphanumeric() && c != '.' && c != '\'' && c != '’' && c != '-'
        });
        let word = word.trim_end_matches('.');
        let name_like = word.starts_with(char::is_uppercase) && word.len() > 1 || is_initial(word);
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
        if ends_clause && !is_initial(raw) {
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

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A word of a capitalised run as a name word: possessive and trailing comma or dot cut.
fn name_word(word: &str) -> &str {
    // `strip_suffix` in loops: `trim_end_matches` with a string builds a searcher each call.
    let mut word = word;
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    word.trim_end_matches([',', '.'])
}

/// An all-capitals word of more than three letters: an acronym or a shouted headline, never
/// part of a person's name.
fn is_acronym(word: &str) -> bool {
    word.len() > 3 && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// The surname [`name_words`] gives a run, found without collecting the words: the last
/// name word after the last title or sentence word, none when that leaves nothing or an
/// all-capitals word.
fn surname_of(run: &str) -> Option<&str> {
    let mut surname = None;
    for word in run.split_whitespace().rev().map(name_word) {
        if is_not_name_word(word) {
            break;
        }
        if is_acronym(word) {
            return None;
        }
        if surname.is_none() && !word.is_empty() {
            surname = Some(word);
        }
    }
    surname
}

/// The words of a person's name in a capitalised run: titles and sentence words dropped,
/// possessives cut, at most the last two words kept (three with a middle initial).
fn name_words(run: &str) -> Vec<&str> {
    let mut words: Vec<&str> = run.split_whitespace().map(name_word).collect();
    if let Some(pos) = words.iter().rposition(|w| is_not_name_word(w)) {
        words.drain(..=pos);
    }
    words.retain(|w| !w.is_empty());
    if words.iter().any(|w| is_acronym(w)) {
        return Vec::new();
    }
    let keep = if words.len() >= 3 && is_initial(words[words.len() - 2]) {
        3
    } else {
        2
    };
    let start = words.len().saturating_sub(keep);
    words.split_off(start)
}

/// A quotation found in a paragraph: its byte range, marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

/// The quotations of a paragraph: “…” pairs, and "…" pairs whose marks sit at word edges
/// (so the apostrophes of wire copy, `Brazil"s`, are not taken for quotation marks).
fn find_quotes(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Quotation marks: `"`, and “ and ” (E2 80 9C, E2 80 9D), found by memchr (SIMD).
    let marks = memchr::memchr2_iter(b'"', 0xE2, bytes).filter_map(|i| match bytes[i] {
        b'"' => Some((i, '"')),
        _ => match bytes.get(i + 1..i + 3) {
            Some([0x80, 0x9C]) => Some((i, '“')),
            Some([0x80, 0x9D]) => Some((i, '”')),
            _ => None,
        },
    });
    for (i, c) in marks {
        match (c, open) {
            ('“', _) => open = Some((i, '”')),
            ('”', Some((start, '”'))) => {
                spans.push(Span {
                    start,
                    end: i + c.len_utf8(),
                });
                open = None;
            }
            ('"', None) => {
                let before_ok = i == 0
                    || !text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                let after = text[i + 1..].chars().next();
                if before_ok && after.is_some_and(|a| !a.is_whitespace()) {
                    open = Some((i, '"'));
                }
            }
            ('"', Some((start, '"'))) => {
                let after_ok = bytes.get(i + 1).is_none_or(|&b| !b.is_ascii_alphanumeric());
                if after_ok {
                    spans.push(Span { start, end: i + 1 });
                    open = None;
                }
            }
            _ => {}
        }
    }
    spans
}

/// What one paragraph says about its quotations, found without looking at the rest of the
/// article, so that paragraphs can be analysed in parallel and resolved in order afterwards.
/// It holds byte ranges into the paragraph, not borrows, so the paragraph's text can move on.
#[derive(Debug, Default)]
pub struct Analysis {
    /// The quotations, each with the attribution the words around it give.
    quotes: Vec<(Span, Attribution<Range<usize>>)>,
    /// The last person named as saying something after the last quotation.
    last_subject: Option<Range<usize>>,
}

/// Who the words around a quotation name as its speaker, before names are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Attribution<N> {
    /// A name as printed.
    Name(N),
    /// "he" or "she": whoever spoke last.
    Pronoun,
    /// Nothing: the quote follows the one before it in the paragraph, if any.
    Unknown,
}

/// Analyses paragraph `at` of the article: its quotations and their attributions. The names
/// it mentions go to `names`.
pub fn analyse<'a>(text: &'a str, at: usize, names: &mut Names<'a>) -> Analysis {
    let range = |part: &str| {
        let start = part.as_ptr() as usize - text.as_ptr() as usize;
        start..start + part.len()
    };
    let spans = find_quotes(text);
    let verbs = verbs_and_runs(text, |run| names.mention(at, run));
    // The quotations ask only about the verbs before the last of them.
    let speech = Speech::new(subjects(text, &verbs, spans.last().map_or(0, |s| s.start)));
    let from = spans.last().map_or(0, |s| s.end);
    Analysis {
        quotes: spans
            .iter()
            .map(|&span| {
                let attribution = match attribute(text, span, &verbs, &speech) {
                    Attribution::Name(name) => Attribution::Name(range(name)),
                    Attribution::Pronoun => Attribution::Pronoun,
                    Attribution::Unknown => Attribution::Unknown,
                };
                (span, attribution)
            })
            .collect(),
        last_subject: last_subject(text, &verbs, from).map(range),
    }
}

/// The last person named as saying something after byte `from`, a word edge: the text's
/// `verbs` are asked from the last, so most paragraphs are asked only about their last one.
fn last_subject<'a>(text: &'a str, verbs: &[Range<usize>], from: usize) -> Option<&'a str> {
    verbs
        .iter()
        .rev()
        .take_while(|verb| verb.start >= from)
        .find_map(|verb| match subject_before(&text[..verb.start]) {
            Some(Subject::Name(name)) if names_someone(name) => Some(name),
            _ => None,
        })
}

/// A paragraph's verbs of saying, in order, with for each the last one before it (itself
/// included) whose subject names a person: every question a quotation asks is answered by a
/// binary search, so a paragraph of a million quotations costs no more than its length.
struct Speech<'a> {
    said: Vec<Said<'a>>,
    last_named: Vec<Option<usize>>,
}

impl<'a> Speech<'a> {
    fn new(said: Vec<Said<'a>>) -> Self {
        let mut last = None;
        let last_named = said
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if s.name().is_some() {
                    last = Some(i);
                }
                last
            })
            .collect();
        Speech { said, last_named }
    }

    /// How many verbs end at or before a byte offset.
    fn ending_by(&self, offset: usize) -> usize {
        self.said.partition_point(|s| s.end <= offset)
    }

    /// The last verb, ending by the offset, whose subject names a person.
    fn last_named_before(&self, offset: usize) -> Option<&Said<'a>> {
        let count = self.ending_by(offset);
        let index = self.last_named.get(count.checked_sub(1)?).copied()??;
        self.said.get(index)
    }
}

impl<'a> Said<'a> {
    /// The subject's name as printed, when it names a person.
    fn name(&self) -> Option<&'a str> {
        match self.subject {
            Subject::Name(name) if names_someone(name) => Some(name),
            _ => None,
        }
    }
}

/// The names an analysed paragraph's attributions give, resolved to full names with what
/// the article said up to it: each paragraph on its own, so paragraphs can be resolved on all
/// cores. "He" and "she" wait for [`speakers`].
#[derive(Debug, Default)]
pub struct Resolved {
    /// Each quotation's attribution.
    quotes: Vec<Attribution<String>>,
    /// The last person named as saying something after the last quotation.
    last_subject: Option<String>,
}

/// Resolves the names of the attributions of paragraph `at` (see [`Resolved`]).
pub fn resolve(text: &str, at: usize, analysis: &Analysis, people: &People) -> Resolved {
    let name = |range: &Range<usize>| people.resolve(&text[range.clone()], at);
    Resolved {
        quotes: analysis
            .quotes
            .iter()
            .map(|(_, attribution)| match attribution {
                Attribution::Name(range) => {
                    name(range).map_or(Attribution::Unknown, Attribution::Name)
                }
                Attribution::Pronoun => Attribution::Pronoun,
                Attribution::Unknown => Attribution::Unknown,
            })
            .collect(),
        last_subject: analysis.last_subject.as_ref().and_then(name),
    }
}

/// The speaker of each of a paragraph's quotations: "he" or "she" is whoever spoke last
/// (`last_speaker`, which this updates), and a quotation with no attribution follows the one
/// before it in the paragraph. Paragraphs must come in reading order: this is the one step of
/// quotation analysis that cannot run on all cores, and the cheapest.
pub fn speakers(resolved: Resolved, last_speaker: &mut Option<String>) -> Vec<Option<String>> {
    let mut paragraph_speaker: Option<String> = None;
    let speakers = resolved
        .quotes
        .into_iter()
        .map(|attribution| {
            let speaker = match attribution {
                Attribution::Name(name) => Some(name),
                Attribution::Pronoun => last_speaker.clone(),
                Attribution::Unknown => None,
            }
            .or_else(|| paragraph_speaker.clone());
            if speaker.is_some() {
                paragraph_speaker.clone_from(&speaker);
                last_speaker.clone_from(&speaker);
            }
            speaker
        })
        .collect();
    if resolved.last_subject.is_some() {
        *last_speaker = resolved.last_subject;
    }
    speakers
}

/// Splits an analysed paragraph into text and quotations, each with its speaker (from
/// [`speakers`]).
pub fn split(text: Cow<str>, analysis: Analysis, speakers: Vec<Option<String>>) -> Vec<Inline> {
    if analysis.quotes.is_empty() {
        // No quotation: the paragraph's text goes into the tree as it is.
        return vec![Inline::Text {
            text: text.into_owned(),
        }];
    }
    let mut inlines = Vec::with_capacity(analysis.quotes.len() * 2 + 1);
    let mut cursor = 0;
    for ((span, _), speaker) in analysis.quotes.into_iter().zip(speakers) {
        if span.start > cursor {
            inlines.push(Inline::text(&text[cursor..span.start]));
        }
        inlines.push(Inline::Quote {
            text: text[span.start..span.end].to_owned(),
            speaker,
        });
        cursor = span.end;
    }
    if cursor < text.len() {
        inlines.push(Inline::text(&text[cursor..]));
    }
    inlines
}

/// Whether a name as printed holds a person's name once titles are dropped.
fn names_someone(name: &str) -> bool {
    !name_words(name).is_empty()
}

/// The attribution of one quotation, from the words around it and the paragraph's verbs of
/// saying.
fn attribute<'a>(
    text: &'a str,
    span: Span,
    verbs: &[Range<usize>],
    speech: &Speech<'a>,
) -> Attribution<&'a str> {
    let after = window_after(text, span.end, 160);
    let sentence = sentence_start(text, span.start);
    // Each pattern runs only where what it needs is there: the patterns are the costly part.
    if let Some(phrase) = phrase_after_speech_verb(after) {
        if let Some(name) = person_in_phrase(phrase).filter(|n| names_someone(n)) {
            return Attribution::Name(name);
        }
    }
    let window = span.end..span.end + after.len();
    let verb_in_window = verbs
        .iter()
        .any(|verb| verb.start >= window.start && verb.end <= window.end)
        // A word cut at the window's end may end in a verb there.
        || text.as_bytes().get(window.end).copied().is_some_and(is_word_byte);
    if let Some(c) = verb_in_window
        .then(|| AFTER_NAME_VERB.captures(after))
        .flatten()
    {
        if c.name("pronoun").is_some() {
            return Attribution::Pronoun;
        }
        if let Some(name) = c
            .name("name")
            .map(|n| n.as_str())
            .filter(|n| names_someone(n))
        {
            return Attribution::Name(name);
        }
    }
    // Earlier in the sentence: right before the quote ("He added: “…”"), or further back
    // ("Dmitry Peskov told reporters that … “…”"); a pronoun only when its verb is close.
    let before_quote = speech.ending_by(span.start);
    let in_sentence = before_quote
        .checked_sub(1)
        .and_then(|i| speech.said.get(i))
        .filter(|s| s.start >= sentence);
    if let Some(s) = in_sentence {
        match s.subject {
            Subject::Name(name) if names_someone(name) => return Attribution::Name(name),
            Subject::Pronoun if span.start - s.end <= 80 => return Attribution::Pronoun,
            _ => {}
        }
    }
    // Earlier in the paragraph ("Babineau said he had no training. “I just knew …”").
    speech
        .last_named_before(sentence)
        .and_then(Said::name)
        .map_or(Attribution::Unknown, Attribution::Name)
}

/// The person a phrase after a verb of saying names ("said Prescott, Ball and Turben analyst
/// Bruce Lazier."): the first run of two name words, else the first name at all. The phrase ends
/// at the end of its sentence.
fn person_in_phrase(phrase: &str) -> Option<&str> {
    let sentence = phrase
        .char_indices()
        .find(|&(i, c)| {
            c == '.' && phrase[i + 1..].starts_with(' ') && !is_initial(last_word(&phrase[..=i]))
        })
        .map_or(phrase, |(i, _)| &phrase[..i]);
    let runs = capitalised_runs(sentence);
    // The name must come first or follow a lower-case description ("the press secretary").
    let first_word = sentence.split_whitespace().next()?;
    if !first_word.starts_with(char::is_uppercase) && !first_word.starts_with(char::is_lowercase) {
        return None;
    }
    runs.iter()
        .find(|r| name_words(r).len() >= 2)
        .or_else(|| runs.iter().find(|r| !name_words(r).is_empty()))
        .copied()
}

fn last_word(text: &str) -> &str {
    text.split_whitespace().last().unwrap_or("")
}

/// Up to `len` bytes of text after `at`, cut at a character boundary.
fn window_after(text: &str, at: usize, len: usize) -> &str {
    let mut end = (at + len).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}

/// Where the sentence holding byte `at` starts: after the last ". ", "? " or "! " followed by a
/// capital (or a quotation mark).
fn sentence_start(text: &str, at: usize) -> usize {
    /// No sentence is longer: the search back stops there, so a paragraph without full stops
    /// costs no more than its length.
    const LONGEST_SENTENCE: usize = 2000;
    let head = &text[..at];
    let bytes = head.as_bytes();
    let mut floor = at.saturating_sub(LONGEST_SENTENCE);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    // Each full stop, question or exclamation mark from the floor on that a space follows,
    // from the last back (memrchr3: SIMD).
    let mut end = head.len().saturating_sub(1);
    while end > floor {
        let Some(mark) = memchr::memrchr3(b'.', b'?', b'!', &bytes[floor..end]) else {
            break;
        };
        let mark = floor + mark;
        if bytes[mark + 1] == b' ' {
            let next = head[mark + 2..].chars().next();
            if next.is_none_or(|c| c.is_uppercase() || c == '“' || c == '"') {
                return mark + 2;
            }
        }
        end = mark;
    }
    floor
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs split into text and quotations, each quotation with its speaker.
    fn quotations(paragraphs: &[&str]) -> Vec<Vec<Inline>> {
        let mut names = Names::default();
        let analyses: Vec<Analysis> = (1..)
            .zip(paragraphs)
            .map(|(at, p)| analyse(p, at, &mut names))
            .collect();
        let people = People::new(names);
        let mut last_speaker = None;
        (1..)
            .zip(paragraphs)
            .zip(analyses)
            .map(|((at, p), analysis)| {
                let resolved = resolve(p, at, &analysis, &people);
                let speakers = super::speakers(resolved, &mut last_speaker);
                split(Cow::Borrowed(*p), analysis, speakers)
            })
            .collect()
    }

    /// The quotations of paragraphs, each with its speaker.
    fn speakers(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        quotations(paragraphs)
            .into_iter()
            .flatten()
            .filter_map(|inline| match inline {
                Inline::Quote { text, speaker } => Some((text, speaker)),
                Inline::Text { .. } => None,
            })
            .collect()
    }

    #[test]
    fn surname_after_the_quote_resolves_to_the_full_name() {
        let s = speakers(&[
            "White House press secretary Jen Psaki was circumspect.",
            "“We don’t know if the Russians are playing games on diplomacy. We hope not,” Psaki said.",
        ]);
        assert_eq!(s[0].1.as_deref(), Some("Jen Psaki"));
    }

    #[test]
    fn a_name_given_in_full_only_later_does_not_name_an_earlier_speaker() {
        let s = speakers(&[
            "“Had a long phone conversation with POTUS,” Zelenskyy tweeted.",
            "President Volodymyr Zelesnkyy spoke on Thursday.",
            "“Discussed recent diplomatic efforts,” Zelenskyy said.",
        ]);
        assert_eq!(s[0].1.as_deref(), Some("Zelenskyy"));
        assert_eq!(s[1].1.as_deref(), Some("Volodymyr Zelenskyy"));
    }

    #[test]
    fn stretches_merged_in_either_order_keep_the_first_mention() {
        let paragraphs = [
            "President Bush spoke.",
            "Laura Bush and Jen Psaki spoke.",
            "Ms Jen Psaki",
        ];
        let stretch = |at: usize| {
            let mut names = Names::default();
            names.learn(at, paragraphs[at - 1]);
            names
        };
        let forward = stretch(1).merge(stretch(2)).merge(stretch(3));
        let backward = stretch(3).merge(stretch(2).merge(stretch(1)));
        for names in [forward, backward] {
            assert_eq!(names.first.get("Bush"), Some(&(1, "President Bush")));
            assert_eq!(names.first.get("Psaki"), Some(&(2, "Jen Psaki")));
            assert_eq!(names.first.len(), 2);
        }
    }

    #[test]
    fn said_then_name() {
        let s = speakers(&["\"It's a 7.4 billion dlr price,\" said Prescott, Ball and Turben analyst Bruce Lazier."]);
        assert_eq!(s[0].1.as_deref(), Some("Bruce Lazier"));
        let s = speakers(&["“We are closer,” said Jen Psaki, the press secretary."]);
        assert_eq!(s[0].1.as_deref(), Some("Jen Psaki"));
    }

    #[test]
    fn speaker_earlier_in_the_sentence_and_pronoun_after() {
        let s = speakers(&["Kremlin spokesman Dmitry Peskov told reporters earlier that the response from the U.S. — and a similar one from NATO — left “little ground for optimism.” But he added that “there always are prospects for continuing a dialogue.”"]);
        assert_eq!(s[0].1.as_deref(), Some("Dmitry Peskov"));
        assert_eq!(s[1].1.as_deref(), Some("Dmitry Peskov"));
    }

    #[test]
    fn a_misspelt_surname_still_finds_its_person() {
        let s = speakers(&[
            "President Joe Biden and Ukrainian President Volodymyr Zelesnkyy spoke on Thursday.",
            "“Had a long phone conversation with POTUS,” Zelenskyy tweeted. “Discussed recent diplomatic efforts.”",
        ]);
        assert_eq!(s[0].1.as_deref(), Some("Volodymyr Zelenskyy"));
        assert_eq!(
            s[1].1.as_deref(),
            Some("Volodymyr Zelenskyy"),
            "the next quote continues"
        );
    }

    #[test]
    fn a_surname_first_met_alone_is_not_resolved_to_a_later_namesake() {
        let s = speakers(&[
            "President Bush will speak on Wednesday.",
            "He spoke to first lady Laura Bush on Tuesday.",
            "“It's been a joy,” Bush told reporters.",
        ]);
        assert_eq!(s[0].1.as_deref(), Some("Bush"));
    }

    #[test]
    fn name_then_description_then_verb() {
        let s = speakers(&["\"As we move to high definition,\" Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of Blu-ray, told the BBC news website. \"So we can store more.\""]);
        assert_eq!(s[0].1.as_deref(), Some("Richard Doherty"));
        assert_eq!(s[1].1.as_deref(), Some("Richard Doherty"));
    }

    #[test]
    fn a_pronoun_finds_the_last_person_who_spoke_even_without_quotes() {
        let s = speakers(&[
            "\"I'm told two things,\" Environment Minister John Baird said.",
            "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into the incident.",
            "\"We take document security seriously,\" she said.",
        ]);
        assert_eq!(s[1].1.as_deref(), Some("Sujata Raisinghani"));
    }

    #[test]
    fn description_before_the_name() {
        let s = speakers(&["\"The whole bridge just gave way,\" survivor Gary Babineau told CNN."]);
        assert_eq!(s[0].1.as_deref(), Some("Gary Babineau"));
    }

    #[test]
    fn speaker_named_in_an_earlier_sentence_of_the_paragraph() {
        let s = speakers(&[
            "Babineau said he had no rescue training. \"I just knew what I had to do.\"",
        ]);
        assert_eq!(s[0].1.as_deref(), Some("Babineau"));
    }

    #[test]
    fn unattributed_quotes_have_no_speaker() {
        let s = speakers(&["The ninth floor is dubbed the “forgotten floor.” Here, inmates wait."]);
        assert_eq!(s[0].1, None);
    }

    #[test]
    fn wire_apostrophes_are_not_quotation_marks() {
        let s = speakers(&["Brazil\"s output fell and it isn\"t fair, he said."]);
        assert!(s.is_empty());
    }

    #[test]
    fn quotations_keep_every_character() {
        let text = "He said “yes” and \"no\" twice.";
        let joined: String = quotations(&[text])[0].iter().map(Inline::as_str).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn the_surname_is_the_last_of_the_name_words() {
        for run in [
            "Jen Psaki",
            "President Joe Biden's",
            "White House Press Secretary Jen Psaki",
            "George W. Bush",
            "The NATO Alliance",
            "President",
            "Mr. Smith,",
            "Ms",
            "NATO",
            "Maria de la Cruz",
        ] {
            assert_eq!(surname_of(run), name_words(run).last().copied(), "{run}");
        }
    }

    #[test]
    fn verbs_of_saying_are_whole_words() {
        let text = "He said, “she says” (told) re-said saying sayso _said 2said tells_ asked.";
        let found: Vec<&str> = words(text, |_| ()).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["said", "says", "told", "said", "asked"]);
        for verb in SPEECH_VERBS.split('|') {
            assert!(is_speech_verb(verb.as_bytes()), "{verb}");
            for near in [&verb[1..], &verb[..verb.len() - 1], &format!("{verb}s")] {
                let is_verb = SPEECH_VERBS.split('|').any(|v| v == near);
                assert_eq!(is_speech_verb(near.as_bytes()), is_verb, "{near}");
            }
        }
    }

    #[test]
    fn words_that_are_not_names_are_told_from_their_neighbours() {
        for listed in NOT_NAME_WORDS.split('|') {
            assert!(is_not_name_word(listed), "{listed}");
            for near in [&listed[1..], &format!("{listed}s"), &listed.to_uppercase()] {
                let is_listed = NOT_NAME_WORDS.split('|').any(|w| w == near);
                assert_eq!(is_not_name_word(near), is_listed, "{near}");
            }
        }
        assert!(!is_not_name_word("Psaki"));
        assert!(!is_not_name_word(""));
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
                if is_speech_verb(&bytes[start..at]) {
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
    fn the_phrase_after_a_verb_is_what_the_pattern_captures() {
        let pattern = Regex::new(&format!(
            r"^\s*[,—–-]?\s*(?:{SPEECH_VERBS})\s+(?P<phrase>[^;“\x22]{{0,120}})"
        ))
        .unwrap();
        let long = format!(" said {}; rest", "é word ".repeat(30));
        let long_plain = format!(", told {}", "x".repeat(200));
        for after in [
            " said Jen Psaki.",
            ", said Psaki",
            " — told reporters",
            "\u{A0}says\u{A0}he",
            ", Psaki said.",
            " said, Psaki",
            "said",
            " ,, said X",
            " sayso X",
            " Said X",
            "",
            " said  \t Bruce Lazier; then",
            " said “Yes”",
            ", said the \"spokesman\"",
            " said ",
            " saidé X",
            &long,
            &long_plain,
        ] {
            let captured = pattern
                .captures(after)
                .map(|c| c.name("phrase").map_or("", |p| p.as_str()));
            assert_eq!(phrase_after_speech_verb(after), captured, "{after:?}");
        }
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
            capitalised_runs(
                "said Joe Biden and  Volodymyr Zelenskyy, “Mr. J. Smith” 9 Kyiv x Lviv"
            ),
            [
                "Joe Biden",
                "Volodymyr Zelenskyy",
                "Mr",
                "Smith",
                "Kyiv",
                "Lviv"
            ]
        );
    }

    #[test]
    fn sentences_start_where_a_byte_at_a_time_search_finds_them() {
        let by_bytes = |text: &str, at: usize| {
            let bytes = text.as_bytes();
            let mut floor = at.saturating_sub(2000);
            while !text.is_char_boundary(floor) {
                floor += 1;
            }
            let mut i = at;
            while i > floor + 1 {
                i -= 1;
                if bytes[i] == b' ' && matches!(bytes[i - 1], b'.' | b'?' | b'!') {
                    let next = text[i + 1..at].chars().next();
                    if next.is_none_or(|c| c.is_uppercase() || c == '“' || c == '"') {
                        return i + 1;
                    }
                }
            }
            floor
        };
        let copy = "He left. she said no. Why? “Now!” he said! \"Go.\" U.S. officials é. Él. ";
        let long = format!("{copy}{}{copy}", "word ".repeat(500));
        for text in [copy, &long, ". ", "a. B", "?", ""] {
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                assert_eq!(
                    sentence_start(text, at),
                    by_bytes(text, at),
                    "{text:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn edits() {
        assert!(one_edit_apart("Zelenskyy", "Zelesnkyy"));
        assert!(one_edit_apart("Peskov", "Peskow"));
        assert!(!one_edit_apart("Peskov", "Peskov"));
        assert!(!one_edit_apart("Biden", "Bush"));
    }
}
