//! `name-variant`: one name spelt two ways ("Zelesnkyy" in the box, "Zelenskyy" in the body).
//!
//! Every capitalised word of five letters or more is a candidate name. Two spellings within
//! one edit of each other — a letter changed, added or dropped, two neighbours swapped — are a
//! variant unless one is the other with an ending (Russia/Russian), either is a common word
//! the article also prints in lower case (These/There), neither is ever a name inside a
//! sentence, or they belong to two people (different given names before them). The rarer
//! spelling is reported at each occurrence (the later one on a tie), naming the other.

use super::{words, Article, Hit};
use crate::text::quotes::edits_within;
use std::collections::{HashMap, HashSet};

/// Words before a name that are titles or roles, not given names.
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Prof",
    "Rev",
    "Sir",
    "Lord",
    "Lady",
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "Senator",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Coach",
    "Manager",
    "Chairman",
    "Chief",
    "Director",
    "Professor",
    "Ambassador",
    "Captain",
    "Officer",
    "Detective",
    "Sergeant",
    "Colonel",
    "General",
    "Admiral",
    "Bishop",
    "Father",
    "Speaker",
    "Leader",
    "Spokesman",
    "Spokeswoman",
    "The",
    "A",
    "An",
    "And",
    "But",
    "In",
    "On",
    "At",
];

/// The shortest word taken for a name: shorter ones are initials, acronyms and common words.
const SHORTEST: usize = 5;

/// One spelling of a candidate name, with where the article prints it.
#[derive(Default)]
struct Spelling<'a> {
    places: Vec<(usize, std::ops::Range<usize>)>,
    inside_sentence: bool,
    given_names: HashSet<&'a str>,
}

pub(super) fn check(article: &Article) -> Vec<Hit> {
    let mut spellings: HashMap<&str, Spelling> = HashMap::new();
    let mut lower_case: HashSet<String> = HashSet::new();
    for (unit, u) in article.units.iter().enumerate() {
        let text = u.text.as_str();
        // The word before, and whether it is inside its sentence.
        let mut previous: Option<(&str, bool, usize)> = None;
        for range in words(text) {
            let printed = &text[range.clone()];
            if printed.starts_with(char::is_lowercase) {
                lower_case.insert(printed.to_lowercase());
            }
            let before = text[..range.start].trim_end();
            let inside_sentence = before
                .ends_with(|c: char| c.is_alphanumeric() || ",;)".contains(c))
                || previous.is_some_and(|(p, ..)| TITLES.contains(&p) && before.ends_with('.'));
            // Only a space between: "Kostas Kenteris", not "the Games, Kenteris".
            let adjacent = previous.is_some_and(|(.., end)| &text[end..range.start] == " ");
            let mut start = range.start;
            for part in printed.split('-') {
                let word = strip_possessive(part);
                if is_candidate(word) {
                    let spelling = spellings.entry(word).or_default();
                    spelling.places.push((unit, start..start + word.len()));
                    spelling.inside_sentence |= inside_sentence;
                    // A given name inside its sentence: a capitalised word that opens one
                    // ("Later Pskai said") is not a given name.
                    let given =
                        previous.filter(|&(p, inside, _)| adjacent && inside && is_given_name(p));
                    if let Some((given, ..)) = given {
                        spelling.given_names.insert(given);
                    }
                }
                start += part.len() + 1;
            }
            previous = Some((printed, inside_sentence, range.end));
        }
    }
    let mut hits = Vec::new();
    for (rarer, other) in variant_pairs(&spellings, &lower_case) {
        let (r, o) = (&spellings[rarer], &spellings[other]);
        for (unit, range) in &r.places {
            hits.push(Hit {
                unit: *unit,
                range: range.clone(),
                message: format!(
                    "\"{rarer}\" is spelt \"{other}\" elsewhere, {}",
                    times(o.places.len())
                ),
                suggestion: None,
                see: o
                    .places
                    .iter()
                    .map(|(u, range)| (*u, range.start))
                    .collect(),
            });
        }
    }
    hits
}

fn times(n: usize) -> String {
    match n {
        1 => "once".to_owned(),
        n => format!("{n} times"),
    }
}

/// The spelling pairs that are one name spelt two ways, each as (rarer, other).
fn variant_pairs<'a>(
    spellings: &HashMap<&'a str, Spelling<'a>>,
    lower_case: &HashSet<String>,
) -> Vec<(&'a str, &'a str)> {
    // Two words within one edit share a word with one letter deleted (or one is the other with
    // a letter deleted): index each by those, so that only neighbours are compared.
    let mut by_deletion: HashMap<String, Vec<&str>> = HashMap::new();
    for &word in spellings.keys() {
        by_deletion.entry(word.to_owned()).or_default().push(word);
        for (i, c) in word.char_indices() {
            let mut deleted = String::with_capacity(word.len());
            deleted.push_str(&word[..i]);
            deleted.push_str(&word[i + c.len_utf8()..]);
            by_deletion.entry(deleted).or_default().push(word);
        }
    }
    let mut pairs = HashSet::new();
    for group in by_deletion.values() {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                if a != b && is_variant(a, b, spellings, lower_case) {
                    pairs.insert(if a < b { (a, b) } else { (b, a) });
                }
            }
        }
    }
    let mut ordered: Vec<(&str, &str)> = pairs
        .into_iter()
        .map(|(a, b)| {
            let (sa, sb) = (&spellings[a], &spellings[b]);
            let later = |s: &Spelling| s.places[0].clone();
            let a_rarer = sa.places.len() < sb.places.len()
                || sa.places.len() == sb.places.len()
                    && (later(sa).0, later(sa).1.start) > (later(sb).0, later(sb).1.start);
            if a_rarer {
                (a, b)
            } else {
                (b, a)
            }
        })
        .collect();
    ordered.sort_unstable();
    ordered
}

fn is_variant(
    a: &str,
    b: &str,
    spellings: &HashMap<&str, Spelling>,
    lower_case: &HashSet<String>,
) -> bool {
    let (sa, sb) = (&spellings[a], &spellings[b]);
    // A word that only opens sentences and is a common word ("While", "Being") is not a name.
    let is_word = |w: &str, s: &Spelling| {
        let lower = w.to_lowercase();
        lower_case.contains(&lower) || !s.inside_sentence && is_common_word(&lower)
    };
    edits_within(a, b, 1)
        && !a.starts_with(b)
        && !b.starts_with(a)
        && !a.eq_ignore_ascii_case(b)
        && !differ_in_last_letter(a, b)
        && !differ_in_first_letter(a, b)
        && (a.chars().count().max(b.chars().count()) >= LONG || is_typing_slip(a, b))
        && !is_word(a, sa)
        && !is_word(b, sb)
        && (sa.inside_sentence || sb.inside_sentence)
        && (sa.given_names.is_empty()
            || sb.given_names.is_empty()
            || !sa.given_names.is_disjoint(&sb.given_names))
}

/// Names this long or longer (the longer of the two) are variants by any one edit; shorter
/// ones only by a typing slip: five-letter names that differ by a letter are as often two
/// names (Diana/Diane, Cheng/Chung, Linus/Linux).
const LONG: usize = 6;

/// "Condon"/"London": names that differ in their first letter are two names.
fn differ_in_first_letter(a: &str, b: &str) -> bool {
    a.chars().next() != b.chars().next()
}

/// "Germany"/"Germans", "Argentine"/"Argentina": one word's forms, not a misspelling.
fn differ_in_last_letter(a: &str, b: &str) -> bool {
    let (mut ca, mut cb) = (a.chars(), b.chars());
    ca.next_back();
    cb.next_back();
    ca.as_str() == cb.as_str()
}

/// Two neighbours swapped ("Pskai") or a letter doubled ("Barrot").
fn is_typing_slip(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() == b.len() {
        let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return differ.len() == 2 && differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]];
    }
    let (short, long) = if a.len() < b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let at = (0..short.len())
        .find(|&i| short[i] != long[i])
        .unwrap_or(short.len());
    at > 0 && long[at] == long[at - 1]
}

/// Common English words of five letters or more ([`SHORTEST`]), sorted, one per line, after
/// the notice.
static COMMON_WORDS: &str = include_str!("common-words.txt");

/// Whether a lower-case word is a common English word (binary search over the sorted list).
fn is_common_word(word: &str) -> bool {
    let list = COMMON_WORDS
        .find("\n\n")
        .map_or(COMMON_WORDS, |notice| &COMMON_WORDS[notice + 2..]);
    let (mut low, mut high) = (0, list.len());
    while low < high {
        let middle = (low + high) / 2;
        let start = list[..middle].rfind('\n').map_or(0, |i| i + 1);
        let end = list[middle..].find('\n').map_or(list.len(), |i| middle + i);
        match list[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
}

/// A capitalised word of letters, long enough to be a surname or a place.
fn is_candidate(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= SHORTEST
        && chars.clone().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || c == '\'' || c == '’')
}

/// A word printed before a surname that can be a given name: capitalised, not a title.
fn is_given_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && !TITLES.contains(&word)
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(texts: &[&str]) -> Vec<(usize, String)> {
        let article = Article::of_body(texts);
        check(&article)
            .into_iter()
            .map(|hit| (hit.unit, texts[hit.unit][hit.range].to_owned()))
            .collect()
    }

    #[test]
    fn the_rarer_spelling_is_reported_at_each_place() {
        let texts = [
            "President Volodymyr Zelesnkyy spoke to Biden.",
            "Biden thanked Zelesnkyy.",
            "“Thank you,” Zelenskyy tweeted.",
        ];
        assert_eq!(found(&texts), [(2, "Zelenskyy".to_owned())]);
        let doubled = [
            "Jose Mourinho said no.",
            "Mourinho left.",
            "Later Mourrinho said yes.",
        ];
        assert_eq!(found(&doubled), [(2, "Mourrinho".to_owned())]);
        let after_a_comma = [
            "He met Kostas Kenteris.",
            "Kenteris left.",
            "At the Games, Kenteirs said no.",
        ];
        assert_eq!(found(&after_a_comma), [(2, "Kenteirs".to_owned())]);
    }

    #[test]
    fn the_word_list_is_searched_whole_words_only() {
        assert!(is_common_word("while") && is_common_word("white") && is_common_word("zoology"));
        assert!(
            !is_common_word("zelenskyy") && !is_common_word("whil") && !is_common_word("aaaaa")
        );
        let listed: Vec<&str> = COMMON_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        assert!(listed.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        assert!(listed.iter().all(|w| is_common_word(w)));
    }

    #[test]
    fn a_typing_slip_is_a_swap_or_a_doubled_letter() {
        assert!(is_typing_slip("Psaki", "Pskai") && is_typing_slip("Barot", "Barrot"));
        assert!(!is_typing_slip("Diana", "Diane") && !is_typing_slip("Regan", "Reagan"));
    }

    #[test]
    fn on_a_tie_the_later_spelling_is_reported() {
        assert_eq!(
            found(&["They met Jen Psaki.", "Then Pskai left."]),
            [(1, "Pskai".to_owned())]
        );
    }

    #[test]
    fn endings_common_words_possessives_and_two_people_are_not_variants() {
        for texts in [
            &["Russia and the Russian troops left Russia's border."][..],
            &["These are fine.", "There are more.", "Go there with these."],
            &["Zelenskyy’s office said Zelenskyy would speak."],
            &[
                "He met Mark Hansen and Lisa Hanson.",
                "Hansen and Hanson spoke.",
            ],
            &["The U.S. and the US agree.", "JFK and J.F.K. too."],
            &["He went to the White House.", "While there, he spoke."],
            &[
                "The Germany team beat the Germans.",
                "Diana and Diane met Cheng and Chung.",
            ],
            &["Bill Condon was in London.", "In London, Condon spoke."],
        ] {
            assert_eq!(found(texts), Vec::<(usize, String)>::new(), "{texts:?}");
        }
    }
}
