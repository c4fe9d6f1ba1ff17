//! Direct quotations and who said them.
//!
//! A quotation is text in “…” or "…" within one paragraph. Its speaker comes from the copy's
//! attribution: after the quote (“…,” Psaki said. / “…,” said Jen Psaki), before it (He added:
//! “…”), or earlier in the same sentence (Dmitry Peskov told reporters that … “…”). A quote with
//! no attribution of its own follows the one before it in the paragraph. A surname, or a
//! pronoun, is resolved to the full name mentioned earlier in the article ("Psaki" → "Jen Psaki").

use crate::document::Inline;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Verbs of saying, as wire copy uses them.
const SPEECH_VERBS: &str = "said|says|say|told|tells|tweeted|tweets|wrote|writes|added|adds|asked|asks|explained|explains|continued|noted|notes|insisted|insists|argued|argues|warned|warns|stated|states|recalled|declared|replied|shouted|shouts|remarked|commented|responded|acknowledged|admitted|conceded|concluded|posted|announced|claimed|claims|suggested|cautioned|predicted|agreed|quipped|joked|recounted|observed|testified|pleaded|urged|vowed|boasted|complained|emphasised|emphasized|stressed";

/// A name as copy prints it: capitalised words, initials, particles.
const NAME: &str = r"(?:[A-Z][\p{L}'’\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’\-]*\.?|de|van|von|der|da|al|bin|la|le)){0,4}";

static AFTER_NAME_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*[,—–-]?\s*(?:(?:\p{{Ll}}[\p{{Ll}}\-]*\s+){{0,3}}(?P<name>{NAME})(?:,[^,“”\x22]{{1,80}}(?:,[^,“”\x22]{{1,80}})?,)?|(?P<pronoun>[Hh]e|[Ss]he))\s+(?:\p{{Ll}}+ly\s+)?(?:has\s+|had\s+|will\s+|would\s+|later\s+|then\s+|also\s+)?(?:{SPEECH_VERBS}|say)\b"
    ))
    .expect("attribution pattern")
});

static AFTER_VERB_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*[,—–-]?\s*(?:{SPEECH_VERBS})\s+(?P<phrase>[^;“\x22]{{0,120}})"
    ))
    .expect("attribution pattern")
});

static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?P<name>{NAME})|(?P<pronoun>\b[Hh]e|\b[Ss]he))\s+(?:\p{{Ll}}+ly\s+)?(?:has\s+|had\s+|will\s+|would\s+|later\s+|then\s+|also\s+)?(?:{SPEECH_VERBS})\b[^“”\x22]{{0,80}}?[:,]?\s*$"
    ))
    .expect("attribution pattern")
});

static IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<name>{NAME})\s+(?:\p{{Ll}}+ly\s+)?(?:has\s+|had\s+|will\s+|would\s+|later\s+|then\s+|also\s+)?(?:{SPEECH_VERBS})\b"
    ))
    .expect("attribution pattern")
});

/// Words that start a capitalised run without being part of a name.
const NOT_NAME_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "It",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "However",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Then",
    "Now",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "If",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Secretary",
    "Senator",
    "Sen.",
    "Rep.",
    "Gov.",
    "Governor",
    "General",
    "Gen.",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Professor",
    "Prof.",
    "Judge",
    "Justice",
    "Chief",
    "Executive",
    "Officer",
    "Director",
    "Chairman",
    "Chairwoman",
    "Mayor",
    "Senior",
    "Deputy",
    "Foreign",
    "Interior",
    "Defence",
    "Defense",
    "Finance",
    "Coach",
    "Captain",
    "Manager",
    "Spokesman",
    "Spokeswoman",
    "Officials",
    "Police",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Both",
    "Some",
    "Many",
    "All",
    "Asked",
    "Speaking",
    "According",
    "Also",
    "Still",
    "Even",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Where",
    "Who",
    "Instead",
    "Meanwhile",
    "Last",
    "Next",
    "First",
    "Former",
    "Ex",
];

/// People the article has named, by surname, to resolve "Psaki" to "Jen Psaki".
#[derive(Debug, Default)]
pub struct People {
    by_surname: HashMap<String, Person>,
    last_speaker: Option<String>,
}

#[derive(Debug, Clone)]
enum Person {
    /// First named in full: given names and surname.
    Full(String),
    /// First named by surname alone ("President Bush"): a later "Laura Bush" is someone else.
    SurnameOnly,
}

impl People {
    /// Records the names a paragraph mentions.
    pub fn learn(&mut self, text: &str) {
        for run in capitalised_runs(text) {
            let words = name_words(&run);
            match words.len() {
                0 => {}
                1 => {
                    self.by_surname
                        .entry(words[0].to_owned())
                        .or_insert(Person::SurnameOnly);
                }
                _ => {
                    let surname = words[words.len() - 1];
                    self.by_surname
                        .entry(surname.to_owned())
                        .or_insert_with(|| Person::Full(words.join(" ")));
                }
            }
        }
    }

    /// The full name for a name as an attribution prints it.
    fn resolve(&self, name: &str) -> Option<String> {
        let words = name_words(name);
        match words.len() {
            0 => None,
            1 => {
                let surname = words[0];
                match self.by_surname.get(surname) {
                    Some(Person::Full(full)) => Some(full.clone()),
                    Some(Person::SurnameOnly) | None => {
                        Some(self.fuzzy(surname).unwrap_or_else(|| surname.to_owned()))
                    }
                }
            }
            _ => Some(words.join(" ")),
        }
    }

    /// A full name whose surname is the given one misspelt by one edit ("Zelesnkyy" for
    /// "Zelenskyy"): its given names with the attribution's spelling of the surname.
    fn fuzzy(&self, surname: &str) -> Option<String> {
        if surname.chars().count() < 6 {
            return None;
        }
        let mut found = self
            .by_surname
            .iter()
            .filter_map(|(known, person)| match person {
                Person::Full(full)
                    if known.chars().next() == surname.chars().next()
                        && one_edit_apart(known, surname) =>
                {
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
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
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

/// Runs of capitalised words in a text: candidate names.
fn capitalised_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| {
            !c.is_alphanumeric() && c != '.' && c != '\'' && c != '’' && c != '-'
        });
        let word = word.trim_end_matches(['.']);
        let starts_cap = word.starts_with(char::is_uppercase);
        let ends_run =
            raw.ends_with([',', ';', ':', '.', '"', '”', ')', '!', '?']) && !is_initial(raw);
        if starts_cap && word.chars().count() > 1 || is_initial(word) {
            current.push(word);
        } else if !current.is_empty() {
            runs.push(current.join(" "));
            current.clear();
        }
        if ends_run && !current.is_empty() {
            runs.push(current.join(" "));
            current.clear();
        }
        if raw.starts_with(['"', '“', '(']) && current.len() > 1 {
            let last = current.pop();
            runs.push(current.join(" "));
            current.clear();
            current.extend(last);
        }
    }
    if !current.is_empty() {
        runs.push(current.join(" "));
    }
    runs
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// The words of a person's name in a capitalised run: titles and sentence words dropped,
/// possessives cut, at most the last two words kept (three with a middle initial).
fn name_words(run: &str) -> Vec<&str> {
    let mut words: Vec<&str> = run
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches([',', '.'])
        })
        .collect();
    if let Some(pos) = words.iter().rposition(|w| NOT_NAME_WORDS.contains(w)) {
        words.drain(..=pos);
    }
    words.retain(|w| !w.is_empty());
    if words
        .iter()
        .any(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && w.len() > 3)
    {
        // An all-capitals word is an acronym or a shouted headline, not a person.
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
    for (i, c) in text.char_indices() {
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

/// Splits a paragraph into text and quotations, each with its speaker when the copy says.
pub fn quotations(text: &str, people: &mut People) -> Vec<Inline> {
    let spans = find_quotes(text);
    if spans.is_empty() {
        note_last_speaker(text, 0, people);
        return vec![Inline::text(text)];
    }
    let mut inlines = Vec::with_capacity(spans.len() * 2 + 1);
    let mut cursor = 0;
    let mut paragraph_speaker: Option<String> = None;
    for span in &spans {
        if span.start > cursor {
            inlines.push(Inline::text(&text[cursor..span.start]));
        }
        let speaker = attribute(text, *span, people).or_else(|| paragraph_speaker.clone());
        if speaker.is_some() {
            paragraph_speaker.clone_from(&speaker);
            people.last_speaker.clone_from(&speaker);
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
    note_last_speaker(text, spans.last().map_or(0, |s| s.end), people);
    inlines
}

/// Remembers who spoke last in a paragraph, quoted or not ("Sujata Raisinghani told CBC News
/// …"), so that the next paragraph's "she said" finds her.
pub fn note_last_speaker(text: &str, from: usize, people: &mut People) {
    if let Some(name) = IN_SENTENCE
        .captures_iter(&text[from..])
        .filter_map(|c| c.name("name").and_then(|n| people.resolve(n.as_str())))
        .last()
    {
        people.last_speaker = Some(name);
    }
}

/// The speaker of one quotation, from the words around it.
fn attribute(text: &str, span: Span, people: &People) -> Option<String> {
    let after = window_after(text, span.end, 160);
    let sentence = sentence_start(text, span.start);
    let before = &text[sentence..span.start];
    let from_name = |m: Option<regex::Match<'_>>| m.and_then(|n| people.resolve(n.as_str()));
    if let Some(c) = AFTER_VERB_NAME.captures(after) {
        let phrase = c.name("phrase").map_or("", |p| p.as_str());
        if let Some(name) = person_in_phrase(phrase).and_then(|n| people.resolve(&n)) {
            return Some(name);
        }
    }
    if let Some(c) = AFTER_NAME_VERB.captures(after) {
        if c.name("pronoun").is_some() {
            return people.last_speaker.clone();
        }
        if let Some(name) = from_name(c.name("name")) {
            return Some(name);
        }
    }
    if let Some(c) = BEFORE.captures(before) {
        if c.name("pronoun").is_some() {
            return people.last_speaker.clone();
        }
        if let Some(name) = from_name(c.name("name")) {
            return Some(name);
        }
    }
    // Earlier in the sentence ("Dmitry Peskov told reporters that … “…”"), else earlier in
    // the paragraph ("Babineau said he had no training. “I just knew …”").
    IN_SENTENCE
        .captures_iter(before)
        .filter_map(|c| from_name(c.name("name")))
        .last()
        .or_else(|| {
            IN_SENTENCE
                .captures_iter(&text[..sentence])
                .filter_map(|c| from_name(c.name("name")))
                .last()
        })
}

/// The person a phrase after a verb of saying names ("said Prescott, Ball and Turben analyst
/// Bruce Lazier."): the first run of two name words, else the first name at all. The phrase ends
/// at the end of its sentence.
fn person_in_phrase(phrase: &str) -> Option<String> {
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
        .cloned()
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
    let head = &text[..at];
    let bytes = head.as_bytes();
    let mut i = head.len();
    while i > 1 {
        i -= 1;
        if bytes[i] == b' ' && matches!(bytes[i - 1], b'.' | b'?' | b'!') {
            let next = head[i + 1..].chars().next();
            if next.is_none_or(|c| c.is_uppercase() || c == '“' || c == '"') {
                return i + 1;
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        let mut people = People::default();
        let mut out = Vec::new();
        for p in paragraphs {
            people.learn(p);
            for inline in quotations(p, &mut people) {
                if let Inline::Quote { text, speaker } = inline {
                    out.push((text, speaker));
                }
            }
        }
        out
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
        let mut people = People::default();
        let joined: String = quotations(text, &mut people)
            .iter()
            .map(Inline::as_str)
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn edits() {
        assert!(one_edit_apart("Zelenskyy", "Zelesnkyy"));
        assert!(one_edit_apart("Peskov", "Peskow"));
        assert!(!one_edit_apart("Peskov", "Peskov"));
        assert!(!one_edit_apart("Biden", "Bush"));
    }
}
