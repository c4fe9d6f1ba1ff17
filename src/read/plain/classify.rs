//! Classifiers for the parts of plain news copy: each looks at one chunk and says what it is.
//!
//! They are pure functions of the text, so each convention has its own unit tests, including the
//! cases that must not fire ("By Thursday, officials said…" is not a byline).

use crate::text::labels::SPACE;
use regex_lite::Regex;
use std::sync::LazyLock;

/// The words of an ISO date read from a date line such as "Saturday, September 12, 2015".
pub fn date_line(text: &str) -> Option<String> {
    if text.chars().count() > 60 {
        return None;
    }
    let mut s = text.trim().trim_end_matches('.');
    for prefix in [
        "Published:",
        "Published",
        "Updated:",
        "Updated",
        "Posted:",
        "Posted",
        "Last updated:",
        "Last updated",
        "Date:",
        "Dated",
    ] {
        if let Some(rest) = strip_prefix_ignore_case(s, prefix) {
            s = rest.trim_start();
            break;
        }
    }
    // "Updated 3:15 PM ET, Mon March 4, 2024", "Published: 12:01 BST, 3 March 2024": the
    // time before the date is left out.
    let timed = s.split_once(", ").filter(|(time, _)| {
        time.len() <= 12 && time.starts_with(|c: char| c.is_ascii_digit()) && time.contains(':')
    });
    if let Some((_, date)) = timed {
        s = date;
    }
    let s = s.replace("Sept.", "Sep.").replace(['.'], "");
    const FORMATS: &[&str] = &[
        "%A, %B %d, %Y",
        "%A %B %d, %Y",
        "%a, %B %d, %Y",
        "%a %B %d, %Y",
        "%a %d %B %Y",
        "%B %d, %Y",
        "%B %d %Y",
        "%A, %d %B %Y",
        "%A %d %B %Y",
        "%d %B %Y",
        "%d %B, %Y",
        "%A, %b %d, %Y",
        "%b %d, %Y",
        "%d %b %Y",
        "%Y-%m-%d",
    ];
    FORMATS.iter().find_map(|format| {
        chrono::NaiveDate::parse_from_str(s.trim(), format)
            .ok()
            .map(|d| d.format("%Y-%m-%d").to_string())
    })
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Titles of summary boxes, lower case, without a trailing colon.
const BOX_TITLES: &[&str] = &[
    "what you need to know",
    "what you need to know:",
    "story highlights",
    "highlights",
    "key points",
    "key facts",
    "at a glance",
    "in brief",
    "in short",
    "summary",
    "the big picture",
    "what we know",
    "what we know so far",
    "quick facts",
    "fast facts",
    "the essentials",
    "need to know",
    "tl;dr",
    "why it matters",
    "main points",
    "key takeaways",
    "takeaways",
    "the latest",
    "quick read",
    "in summary",
    "the key facts",
    "key details",
    "the story so far",
    "the basics",
    "briefly",
    "top points",
    "bullet points",
    "need-to-know",
    "five things to know",
    "3 things to know",
    "what to know",
    "things to know",
    "in numbers",
    "the facts",
    "quick take",
    "the bottom line",
    "what happened",
    "top line",
    "story at a glance",
    "this story",
    "at issue",
];

/// Whether a chunk is the title of a summary box.
pub fn is_box_title(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_lowercase();
    BOX_TITLES.contains(&t.as_str())
}

/// Whether a chunk could title a summary box copydesk does not know by name: one short line
/// (at most six words), starting with a capital, ending in a letter or a colon.
pub fn is_box_label(text: &str, lines: usize) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    lines == 1
        && (1..=6).contains(&words)
        && text.starts_with(char::is_uppercase)
        && text
            .trim_end_matches(':')
            .ends_with(|c: char| c.is_alphanumeric())
        && byline(text).is_none()
}

/// Whether a chunk is the `@highlight` marker of CNN/DailyMail `.story` files. A chunk's text
/// is trimmed already, and every chunk of a long article is asked: comparing lengths first
/// leaves the text of all the others unread.
pub fn is_highlight_marker(text: &str) -> bool {
    text == "@highlight"
}

/// Whether a chunk reads as a headline: one short line, no sentence-final punctuation
/// (a question mark is fine), not a byline, a box title, a date or a dateline-led lede.
pub fn is_headline(text: &str, lines: usize) -> bool {
    let words = text.split_whitespace().count();
    if lines != 1 || words == 0 || words > 25 || text.chars().count() > 200 {
        return false;
    }
    if is_box_title(text)
        || byline(text).is_some()
        || date_line(text).is_some()
        || dateline(text).is_some_and(|d| !is_mostly_capitals(&text[d.len..]))
        || crate::text::labels::note_kind(text).is_some()
    {
        return false;
    }
    let last = text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .chars()
        .last();
    // "eBay buys Skype" starts in lower case; a sentence fragment does not have a capital inside
    // its first word.
    let first_word = text.split_whitespace().next().unwrap_or("");
    let starts_well = !first_word.starts_with(char::is_lowercase)
        || first_word.chars().skip(1).any(char::is_uppercase);
    match last {
        Some('.') => is_mostly_capitals(text) && !text.ends_with("..."),
        Some('!') => starts_well && words <= 12,
        Some(',' | ';' | ':' | '…' | '»') => false,
        Some(_) => starts_well,
        None => false,
    }
}

/// Whether the letters of a text are mostly capitals, as in wire headlines.
pub fn is_mostly_capitals(text: &str) -> bool {
    let (upper, lower) = text.chars().fold((0, 0), |(u, l), c| {
        (u + c.is_uppercase() as usize, l + c.is_lowercase() as usize)
    });
    upper >= 4 && lower * 5 <= upper
}

/// A byline taken apart: the names, and the agency or outlet when it names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    /// The byline as printed.
    pub text: String,
    /// One entry per person, as printed.
    pub authors: Vec<String>,
    /// Agencies and outlets named after the people ("Reuters", "The Associated Press").
    pub credits: Vec<String>,
}

/// Words that follow a name in a byline and describe the job, not the person.
const ROLE_WORDS: &[&str] = &[
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "staff",
    "columnist",
    "contributor",
    "chief",
    "bureau",
    "analyst",
    "producer",
];

/// Words that look like names but are not ("By Thursday, officials said…"), besides the
/// months ([`crate::dates::MONTHS`]).
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "then",
    "now",
    "this",
    "that",
    "these",
    "those",
    "early",
    "late",
    "last",
    "next",
    "contrast",
    "comparison",
    "far",
    "all",
    "most",
    "some",
    "law",
    "tomorrow",
    "today",
    "yesterday",
    "tonight",
    "noon",
    "midnight",
    "mid",
    "way",
    "default",
    "design",
    "nightfall",
    "dawn",
    "friday's",
    "2000",
];

/// Parses a byline: "By JANE DOE", "By Jane Doe and John Roe, Associated Press",
/// "By Jane Doe | Reuters". Returns `None` for text that only starts with "By".
pub fn byline(text: &str) -> Option<Byline> {
    let text = text.trim();
    let rest = strip_prefix_ignore_case(text, "by ")?.trim();
    if rest.split_whitespace().count() > 16
        || rest.ends_with(['.', '!', '?', ':', ';']) && !rest.ends_with(" Jr.")
    {
        return None;
    }
    let mut parts: Vec<&str> = rest.split(['|', '/']).map(str::trim).collect();
    let tail: Vec<&str> = parts.split_off(1);
    let mut pieces: Vec<&str> = parts[0].split(',').map(str::trim).collect();
    let after_names = pieces.split_off(1);
    let mut authors = Vec::new();
    for name in split_names(pieces[0]) {
        if !looks_like_name(name) {
            return None;
        }
        authors.push(name.to_owned());
    }
    let mut credits = Vec::new();
    for piece in after_names.iter().chain(tail.iter()) {
        if piece.is_empty() {
            continue;
        }
        if let Some(agency) = agency(piece) {
            credits.push(agency.to_owned());
        } else if piece
            .split_whitespace()
            .any(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))
        {
            // "Associated Press Writer": the agency may sit inside the role.
            if let Some(agency) = AGENCIES
                .iter()
                .find(|(spelling, _)| piece.to_lowercase().contains(spelling))
            {
                credits.push(agency.1.to_owned());
            }
        } else if looks_like_name(piece) && piece.split_whitespace().count() >= 2 {
            // A second person listed after a comma: "By Jane Doe, John Roe and Ann Poe".
            authors.extend(split_names(piece).map(str::to_owned));
        } else if piece.starts_with(char::is_uppercase) && piece.split_whitespace().count() <= 5 {
            credits.push((*piece).to_owned());
        } else {
            return None;
        }
    }
    if authors.is_empty() {
        return None;
    }
    Some(Byline {
        text: text.to_owned(),
        authors,
        credits,
    })
}

fn split_names(s: &str) -> impl Iterator<Item = &str> {
    s.split(" and ")
        .flat_map(|p| p.split(" AND "))
        .flat_map(|p| p.split(" & "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Whether a piece of text can be a person's name as bylines print them.
pub fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.iter().all(|w| {
        let lower = w.to_lowercase();
        let particle = matches!(
            lower.as_str(),
            "de" | "da"
                | "di"
                | "del"
                | "van"
                | "von"
                | "der"
                | "den"
                | "la"
                | "le"
                | "bin"
                | "al"
                | "y"
        );
        !NOT_NAMES.contains(&lower.as_str())
            && !crate::dates::MONTHS.contains(&lower.as_str())
            && (particle
                || w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || "'’.-".contains(c)))
    }) && capitalised >= 1
        && agency(s).is_none()
}

/// Agencies as they are spelt in copy, lower case, and the name a credit gives them.
const AGENCIES: &[(&str, &str)] = &[
    ("the associated press", "The Associated Press"),
    ("associated press", "The Associated Press"),
    ("ap", "The Associated Press"),
    ("reuters", "Reuters"),
    ("reuter", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("afp", "AFP"),
    ("cnn", "CNN"),
    ("bbc", "BBC"),
    ("bbc news", "BBC"),
    ("bloomberg", "Bloomberg"),
    ("bloomberg news", "Bloomberg"),
    ("upi", "UPI"),
    ("united press international", "UPI"),
    ("dpa", "dpa"),
    ("xinhua", "Xinhua"),
    ("kyodo", "Kyodo"),
    ("kyodo news", "Kyodo"),
    ("pa", "PA Media"),
    ("press association", "PA Media"),
    ("the canadian press", "The Canadian Press"),
    ("canadian press", "The Canadian Press"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("tass", "TASS"),
    ("yonhap", "Yonhap"),
    ("aap", "AAP"),
];

/// The agency a text names, spelt as a credit gives it ("REUTERS" → "Reuters").
pub fn agency(text: &str) -> Option<&'static str> {
    let t = text.trim().trim_end_matches('.').to_lowercase();
    AGENCIES
        .iter()
        .find(|(spelling, _)| *spelling == t)
        .map(|(_, name)| *name)
}

/// Lower-case letters of the Latin script, for the patterns (the Unicode classes `\p{Ll}` and
/// `\p{L}` compile into automata that cost 20 ms per process, and copy names places and people
/// in the Latin script).
pub const LOWER: &str = "a-zß-öø-ÿā-ž";
/// Letters of the Latin script, for the patterns.
pub const LETTER: &str = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž";

/// A dateline at the head of a paragraph, taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place, and on the wire the date, as printed: "KYIV, Ukraine", "LONDON, March 1".
    pub place: Option<String>,
    /// The agency in parentheses, spelt as a credit: "(AP)" → "The Associated Press".
    pub agency: Option<String>,
    /// Byte length of the dateline and the dash after it, to cut it from the paragraph.
    pub len: usize,
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?";

/// Datelines: place (capitals or Title Case), up to two regions, a wire date, an agency in
/// parentheses, then a dash. Two patterns, so that the dash is required unless an agency ends
/// the dateline ("Marseille, France (CNN)The…"), without letting a shorter match win.
static DATELINES: LazyLock<[Regex; 2]> =
    LazyLock::new(|| dateline_patterns().map(|p| Regex::new(&p).expect("dateline pattern")));

/// The two dateline patterns (see [`DATELINES`]).
pub(crate) fn dateline_patterns() -> [String; 2] {
    let caps = r"[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3}";
    let title = format!(
        r"[A-Z][{LOWER}'’.\-]+(?: (?:[A-Z][{LOWER}'’.\-]+|de|del|la|el|am|upon|on)){{0,3}}"
    );
    let region = format!(r"[A-Z][{LETTER}.'’\-]*(?: [A-Z][{LETTER}.'’\-]*){{0,2}}");
    let head = format!(
        r"^(?P<place>(?P<caps>{caps})|(?P<title>{title}))(?P<region>(?:, {region}){{0,2}})(?P<date>,? {MONTH} \d{{1,2}})?"
    );
    let agency = format!(r"[{SPACE}]*\((?P<agency>[A-Z][{LETTER}&.\- ]{{0,40}})\)");
    let dash = format!(
        r"(?P<dash>[{SPACE}]+(?:-{{1,2}}|—|–|―)[{SPACE}]*|[{SPACE}]*(?:—|–|--|―)[{SPACE}]*)"
    );
    [
        format!("{head}(?:{agency})?{dash}"),
        format!(r"{head}{agency}[{SPACE}]*"),
    ]
}

static AGENCY_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&agency_only_pattern()).expect("agency pattern"));

/// An agency alone at the head of a paragraph: "(CNN) —".
pub(crate) fn agency_only_pattern() -> String {
    format!(
        r"^\((?P<agency>[A-Z][{LETTER}&.\- ]{{0,40}})\)[{SPACE}]*(?:(?:-{{1,2}}|—|–)[{SPACE}]*)?"
    )
}

/// Whether a paragraph may open with a dateline, tested before any pattern is compiled or
/// run. A dateline is words of letters, digits and `.,'’-`, each capitalised or a number but
/// for a place's particles (`de`, `upon`…), up to a dash or an agency's parenthesis: a
/// paragraph that is not such words up to one of those has none (almost every paragraph
/// without a dateline is let go here).
fn may_open_with_dateline(text: &str) -> bool {
    let Some(end) = text.find(['-', '—', '–', '―', '(']) else {
        return false;
    };
    let head = &text[..end];
    head.chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || ".,'’".contains(c))
        && head.split_whitespace().all(|word| {
            !word.starts_with(char::is_lowercase)
                || ["de", "del", "la", "el", "am", "upon", "on"]
                    .contains(&word.trim_end_matches([',', '.']))
        })
}

/// Finds a dateline at the head of a paragraph: "KYIV, Ukraine (AP) —", "LONDON (Reuters) -",
/// "WASHINGTON —", "NEW YORK, March 26 -", "Taipei, Taiwan —", "(CNN)".
pub fn dateline(text: &str) -> Option<Dateline> {
    if !may_open_with_dateline(text) {
        return None;
    }
    if let Some(m) = AGENCY_ONLY.captures(text) {
        let agency_text = m.name("agency")?.as_str();
        let agency = agency(agency_text)?;
        return Some(Dateline {
            place: None,
            agency: Some(agency.to_owned()),
            len: m.get(0)?.end(),
        });
    }
    let m = DATELINES
        .iter()
        .find_map(|pattern| pattern.captures(text))?;
    let whole = m.get(0)?;
    // The dash must be followed by the story, not end the paragraph.
    if whole.end() >= text.len() {
        return None;
    }
    let has_region = !m.name("region").map_or("", |r| r.as_str()).is_empty();
    let has_date = m.name("date").is_some();
    let agency_text = m.name("agency").map(|a| a.as_str());
    let agency = agency_text.map(|a| agency(a).map_or_else(|| a.to_owned(), str::to_owned));
    // "Marseille, France (CNN)The French prosecutor": after an agency the dash may be missing.
    let dash = match m.name("dash") {
        Some(dash) => dash.as_str().trim(),
        None if agency_text.and_then(self::agency).is_some() => "",
        None => return None,
    };
    if m.name("caps").is_some() {
        let place = m.name("caps")?.as_str();
        // A lone capitalised word before a hyphen is more often an acronym than a city.
        if place.len() < 3 && !has_region && agency.is_none() {
            return None;
        }
    } else {
        // "Aston - whose cars…" is not a dateline: a place in Title Case needs a real dash (or a
        // wire date) and a region, a date, an agency, or a new sentence after an em dash
        // ("Toronto — The…"; not "Smith — who…").
        let real_dash = !dash.is_empty() && dash != "-";
        let place = m.name("title")?.as_str();
        let sentence_follows = real_dash
            && text[whole.end()..].starts_with(char::is_uppercase)
            && !SENTENCE_OPENERS.contains(&place)
            && !place.ends_with("ly");
        if !(real_dash || agency.is_some() || has_date)
            || !(has_region || has_date || agency.is_some() || sentence_follows)
        {
            return None;
        }
    }
    let place_end = m
        .name("date")
        .or(m.name("region").filter(|r| !r.as_str().is_empty()))
        .or(m.name("place"))?
        .end();
    let place = text[..place_end].trim().trim_end_matches(',').to_owned();
    Some(Dateline {
        place: Some(place),
        agency,
        len: whole.end(),
    })
}

/// A contributor line: "The Associated Press contributed to this report."
static CONTRIBUTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(CONTRIBUTED_PATTERN).expect("contributor pattern"));

/// A contributor line's words.
pub(crate) const CONTRIBUTED_PATTERN: &str = r"(?i)(?:contributed (?:to )?(?:this |the )?(?:report|reporting|story|article|coverage)|^(?:\(?(?:additional )?reporting by|writing by|editing by|compiled by|with (?:additional )?reporting (?:by|from)))";

/// Compiles this module's patterns now rather than on first use (see
/// [`crate::read::prepare`]).
pub(crate) fn compile_patterns() {
    for pattern in [&AGENCY_ONLY, &CONTRIBUTED] {
        LazyLock::force(pattern);
    }
    LazyLock::force(&DATELINES);
    crate::text::labels::compile_patterns();
}

/// Whether a paragraph is a contributor line: "The Associated Press contributed to this
/// report.", "Reuters contributed reporting.", "Additional reporting by Jane Doe".
pub fn is_contributor_line(text: &str) -> bool {
    text.chars().count() <= 400 && may_be_contributor_line(text) && CONTRIBUTED.is_match(text)
}

/// Whether a paragraph may match [`CONTRIBUTED_PATTERN`], told without it: it has
/// "contributed" in it, or opens with `(` or one of the words the pattern's anchored branch
/// opens with (in any case, as `(?i)` matches). Almost every paragraph is let go here, before
/// the pattern scans it whole.
fn may_be_contributor_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    let contributed = memchr::memchr2_iter(b'c', b'C', bytes).any(|at| {
        bytes[at..]
            .get(..11)
            .is_some_and(|word| word.eq_ignore_ascii_case(b"contributed"))
    });
    let first_word = text.split(' ').next().unwrap_or("");
    contributed
        || text.starts_with('(')
        || [
            "additional",
            "reporting",
            "writing",
            "editing",
            "compiled",
            "with",
        ]
        .iter()
        .any(|opener| first_word.eq_ignore_ascii_case(opener))
}

/// Words that open a sentence, never a subhead ("And then the lights went out").
const SENTENCE_OPENERS: &[&str] = &[
    "And",
    "But",
    "Or",
    "So",
    "Yet",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "There",
    "Then",
    "If",
    "When",
    "While",
    "Because",
    "Meanwhile",
    "However",
    "Instead",
    "Now",
    "Still",
    "Also",
    "Earlier",
    "Later",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Here",
    "The",
    "A",
];

/// Whether a one-line chunk reads as a subhead: short, no sentence punctuation at its end,
/// starting with a capital or a digit.
pub fn is_subhead(text: &str, lines: usize) -> bool {
    // The cheap tests first: most paragraphs end with a full stop or a quotation mark.
    if lines != 1
        || text.len() > 320
        || text.ends_with([
            '.', ',', ';', ':', '!', '?', '"', '”', '’', '\'', ')', '»', '…',
        ])
        || !text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || text.chars().count() > 80
        || text.contains("   ")
    {
        return false;
    }
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let others = text
        .chars()
        .filter(|c| !c.is_alphabetic() && !c.is_whitespace())
        .count();
    (1..=8).contains(&words)
        && letters >= 2
        && letters >= others
        && !text
            .split_whitespace()
            .next()
            .is_some_and(|w| SENTENCE_OPENERS.contains(&w))
        && byline(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs and lines of every corpus article, and texts made to test the edges:
    /// what the readers' patterns meet.
    fn texts_the_patterns_meet() -> Vec<String> {
        let mut texts: Vec<String> = [
            "KYIV, Ukraine\u{a0}(AP)\u{a0}— Russia said",
            "LONDON (Reuters)\u{2009}-\u{2009}Shares fell",
            "São Paulo, Brazil — The",
            "ŁÓDŹ, Poland (AP) — The",
            "NEW YORK, Sept. 12 -- Stocks",
            "(CNN) -- The",
            "Editor\u{2019}s note\u{a0}: This story",
            "CORRECTION\u{a0}— The vote",
            "Photo\u{a0}: Jane Doe",
            "The team. Image:\u{a0}Jane Doe.",
            "With additional reporting from Jane Doe",
            "Reporting by ſ Jane",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        for entry in walkdir::WalkDir::new(corpus).into_iter().flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            let Ok(decoded) = crate::decode::decode(bytes) else {
                continue;
            };
            for paragraph in decoded.text.split("\n\n") {
                texts.push(paragraph.trim().to_owned());
                texts.extend(paragraph.lines().map(|l| l.trim().to_owned()));
            }
        }
        texts
    }

    #[test]
    fn the_patterns_match_as_the_regex_crate_does_and_the_prefilters_let_every_match_by() {
        let sources = [
            dateline_patterns()[0].clone(),
            dateline_patterns()[1].clone(),
            agency_only_pattern(),
            CONTRIBUTED_PATTERN.to_owned(),
            crate::text::labels::note_pattern(),
            crate::text::labels::caption_label_pattern(),
            crate::text::labels::caption_credit_pattern(),
        ];
        let oracle_sources = sources
            .clone()
            .map(|s| s.replace(&format!("[{SPACE}]"), r"\s"));
        let lite: Vec<regex_lite::Regex> = sources
            .iter()
            .map(|s| regex_lite::Regex::new(s).unwrap())
            .collect();
        let full: Vec<regex::Regex> = oracle_sources
            .iter()
            .map(|s| regex::Regex::new(s).unwrap())
            .collect();
        let texts = texts_the_patterns_meet();
        assert!(texts.len() > 5_000, "the corpus is read ({})", texts.len());
        let (mut datelines, mut contributor_lines, mut captions) = (0, 0, 0);
        for text in &texts {
            for (lite, full) in lite.iter().zip(&full) {
                let spans = |c: Option<Vec<Option<(usize, usize)>>>| c;
                let l = spans(
                    lite.captures(text)
                        .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect()),
                );
                let f = spans(
                    full.captures(text)
                        .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect()),
                );
                assert_eq!(l, f, "{} on {text:?}", lite.as_str());
            }
            if full[..2].iter().any(|p| p.is_match(text)) {
                datelines += 1;
                assert!(may_open_with_dateline(text), "{text:?}");
            }
            if full[3].is_match(text) {
                contributor_lines += 1;
                assert!(may_be_contributor_line(text), "{text:?}");
            }
            if full[5].is_match(text) {
                captions += 1;
                assert!(
                    crate::text::labels::may_open_with_caption_label(text),
                    "{text:?}"
                );
            }
            if full[6].is_match(text) {
                captions += 1;
                assert!(
                    crate::text::labels::may_end_in_caption_credit(text),
                    "{text:?}"
                );
            }
        }
        assert!(
            captions > 10,
            "the prefilters were tried on captions ({captions})"
        );
        assert!(
            datelines > 100,
            "the prefilter was tried on datelines ({datelines})"
        );
        assert!(
            contributor_lines > 10,
            "the prefilter was tried on contributor lines ({contributor_lines})"
        );
    }

    #[test]
    fn date_lines() {
        assert_eq!(
            date_line("Saturday, September 12, 2015").as_deref(),
            Some("2015-09-12")
        );
        assert_eq!(
            date_line("Published Monday, Jan. 24, 2022").as_deref(),
            Some("2022-01-24")
        );
        assert_eq!(date_line("12 March 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(date_line("2025-03-12").as_deref(), Some("2025-03-12"));
        assert_eq!(date_line("Saturday was a long day."), None);
        assert_eq!(date_line("Published Monday"), None);
        // A time before the date, and a weekday shortened (CNN, the Daily Mail).
        assert_eq!(
            date_line("Updated 3:15 PM ET, Mon March 4, 2024").as_deref(),
            Some("2024-03-04")
        );
        assert_eq!(
            date_line("Published: 12:01 BST, 3 March 2024").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(date_line("3:15 PM ET, the meeting began"), None);
    }

    #[test]
    fn box_titles() {
        for t in [
            "What You Need To Know",
            "Story highlights",
            "Key points:",
            "HIGHLIGHTS",
        ] {
            assert!(is_box_title(t), "{t}");
        }
        assert!(!is_box_title("Highlights of the season were many."));
    }

    #[test]
    fn box_labels() {
        assert!(is_box_label("Briefing notes", 1));
        assert!(is_box_label("The takeaway:", 1));
        assert!(!is_box_label(
            "Officials said the talks would continue next week in Geneva.",
            1
        ));
        assert!(!is_box_label("By Jane Doe", 1));
    }

    #[test]
    fn headlines() {
        assert!(is_headline("Games win for Blu-ray DVD format", 1));
        assert!(is_headline(
            "BP<BP> OFFER RAISES EXPECTATIONS FOR OIL VALUES",
            1
        ));
        assert!(is_headline("What's next for next-gen consoles?", 1));
        assert!(is_headline("'Post-Christmas lull' in lending", 1));
        assert!(is_headline("Ireland win eclipses refereeing 'errors'", 1));
        assert!(is_headline(
            "ECONOMIC SPOTLIGHT - JAPAN LOW GROWTH MODEL",
            1
        ));
    }

    #[test]
    fn a_short_lede_is_not_a_headline() {
        assert!(!is_headline(
            "Laura Ashley is parting company with its chief executive Ainum Mohd-Saaid.",
            1
        ));
        assert!(!is_headline("Stocks fell on Monday.", 1));
        assert!(!is_headline(
            "WASHINGTON (CNN) -- Doctors removed five polyps",
            1
        ));
        assert!(!is_headline("By Jane Doe", 1));
    }

    #[test]
    fn bylines() {
        let b = byline("By PATTI DOMM, Reuters").unwrap();
        assert_eq!(b.authors, ["PATTI DOMM"]);
        assert_eq!(b.credits, ["Reuters"]);
        let b = byline("By Norma Cohen and Dominique Jackson, Reuters").unwrap();
        assert_eq!(b.authors, ["Norma Cohen", "Dominique Jackson"]);
        let b = byline("BY TED D'AFFLISIO, REUTERS").unwrap();
        assert_eq!(b.authors, ["TED D'AFFLISIO"]);
        assert_eq!(b.credits, ["Reuters"]);
        let b = byline("By Jane Doe | Reuters").unwrap();
        assert_eq!(
            (b.authors, b.credits),
            (vec!["Jane Doe".to_owned()], vec!["Reuters".to_owned()])
        );
        let b = byline("By Jane Doe and John Roe, Associated Press").unwrap();
        assert_eq!(b.credits, ["The Associated Press"]);
        let b = byline("by Janie Gabbett").unwrap();
        assert_eq!(b.authors, ["Janie Gabbett"]);
        let b = byline("By Jane Doe, AP Business Writer").unwrap();
        assert_eq!(b.credits, ["The Associated Press"]);
    }

    #[test]
    fn by_inside_a_sentence_is_not_a_byline() {
        assert_eq!(
            byline("By Thursday, officials said the talks had failed."),
            None
        );
        assert_eq!(byline("By Thursday, officials said"), None);
        assert_eq!(byline("By contrast, the rest of Europe grew"), None);
        assert_eq!(byline("By the end of the year prices had doubled"), None);
        assert_eq!(byline("Bystanders said"), None);
    }

    #[test]
    fn datelines() {
        let d = dateline("KYIV, Ukraine (AP) — Russia said").unwrap();
        assert_eq!(d.place.as_deref(), Some("KYIV, Ukraine"));
        assert_eq!(d.agency.as_deref(), Some("The Associated Press"));
        let d = dateline("LONDON (Reuters) - Shares fell").unwrap();
        assert_eq!(
            (d.place.as_deref(), d.agency.as_deref()),
            (Some("LONDON"), Some("Reuters"))
        );
        let d = dateline("WASHINGTON — The Senate voted").unwrap();
        assert_eq!(d.place.as_deref(), Some("WASHINGTON"));
        let d = dateline("NEW YORK, March 26 - British Petroleum").unwrap();
        assert_eq!(d.place.as_deref(), Some("NEW YORK, March 26"));
        let d = dateline("MINNEAPOLIS, MINN., April 13 - Honeywell Inc said").unwrap();
        assert_eq!(d.place.as_deref(), Some("MINNEAPOLIS, MINN., April 13"));
        let d = dateline("MIAMI, Florida (CNN) -- The ninth floor").unwrap();
        assert_eq!(d.place.as_deref(), Some("MIAMI, Florida"));
        assert_eq!(d.agency.as_deref(), Some("CNN"));
        let d = dateline("New York, March 4 - Shares rose").unwrap();
        assert_eq!(d.place.as_deref(), Some("New York, March 4"));
        let d = dateline("Taipei, Taiwan — The island").unwrap();
        assert_eq!(d.place.as_deref(), Some("Taipei, Taiwan"));
        let d = dateline("Marseille, France (CNN)The French prosecutor").unwrap();
        assert_eq!(d.place.as_deref(), Some("Marseille, France"));
        assert_eq!(d.agency.as_deref(), Some("CNN"));
        let d = dateline("Toronto — The 22nd Fan Expo Canada took place").unwrap();
        assert_eq!(d.place.as_deref(), Some("Toronto"));
        let d = dateline("(CNN)The Palestinian Authority").unwrap();
        assert_eq!((d.place, d.agency.as_deref()), (None, Some("CNN")));
        let text = "WASHINGTON (CNN) -- As he awaits";
        assert_eq!(&text[dateline(text).unwrap().len..], "As he awaits");
    }

    #[test]
    fn a_place_starting_a_sentence_is_not_a_dateline() {
        assert_eq!(dateline("Paris is the capital of France."), None);
        assert_eq!(dateline("London - based firms rose"), None);
        assert_eq!(
            dateline("Aston - whose cars were famously used by James Bond - will unveil"),
            None
        );
        assert_eq!(dateline("Washington said on Monday that"), None);
        assert_eq!(dateline("Smith — who had led the talks — resigned."), None);
        assert_eq!(dateline("Meanwhile — In other news"), None);
        assert_eq!(dateline("LONDON is the capital"), None);
        assert_eq!(
            dateline("The Screen Actors Guild (SAG) said on Monday"),
            None
        );
        assert_eq!(
            dateline("Kremlin spokesman Dmitry Peskov told reporters"),
            None
        );
    }

    #[test]
    fn contributor_lines() {
        assert!(is_contributor_line(
            "The Associated Press contributed to this report."
        ));
        assert!(is_contributor_line("Reuters contributed reporting."));
        assert!(is_contributor_line(
            "CNN's Vasco Cotovio, Kareem Khadder and Faith Karimi contributed to this report."
        ));
        assert!(is_contributor_line(
            "Additional reporting by Jane Doe; Editing by John Roe"
        ));
        assert!(!is_contributor_line("He contributed $5m to the campaign."));
    }

    #[test]
    fn subheads() {
        assert!(is_subhead("Opposition from traders", 1));
        assert!(is_subhead("Group F — Sweden 1 – 0 Korea Republic", 1));
        assert!(!is_subhead("He declined to comment.", 1));
        assert!(!is_subhead("It was over.", 1));
        assert!(!is_subhead("and then the lights went out", 1));
        assert!(!is_subhead("But nobody came", 1));
        assert!(!is_subhead("8,661", 1));
        assert!(!is_subhead(
            "Bild am Sonntag released the text ahead of publication",
            1
        ));
    }
}
