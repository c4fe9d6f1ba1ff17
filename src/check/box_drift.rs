//! `box-drift`: the summary box gives a number the body gives differently ("$650 million" in
//! a bullet, "$560 million" in the story).
//!
//! Every number of a bullet (with its currency, scale, percent sign and the word after it) is
//! looked for in the body. A number the body gives too, or rounds to it ("$1.2bn" for
//! "$1.18 billion", "more than 100" for "104"), agrees. One the body never gives is drift when
//! the body gives a number of the same kind (same currency and scale, or the same noun after
//! it) in a sentence that shares at least [`SHARED_WORDS`] words with the bullet: that is the
//! same fact, told twice, differently.

use super::{words, Article, Hit, Role};
use std::collections::HashSet;
use std::ops::Range;

/// Content words a bullet and a body sentence must share to be telling the same fact (half
/// a short bullet's, and never fewer than two).
const SHARED_WORDS: usize = 3;

/// A number as printed, and what it counts.
#[derive(Debug, Clone, PartialEq)]
struct Amount {
    range: Range<usize>,
    value: f64,
    /// Significant digits as printed ("650" has two, "651" three).
    precision: u32,
    currency: Option<char>,
    percent: bool,
    /// Scaled by million, billion or thousand.
    scaled: bool,
    /// The word after it, lower case ("troops" in "40 troops").
    noun: Option<String>,
    /// A name or score with digits in it ("V8", "COX-2", "7E7", "5-1"): its shape (digits as
    /// `#`) and the word as printed. Such a word agrees only with itself.
    code: Option<(String, String)>,
}

impl Amount {
    fn same_kind(&self, other: &Amount) -> bool {
        if self.code.is_some() || other.code.is_some() {
            return matches!((&self.code, &other.code), (Some(a), Some(b)) if a.0 == b.0);
        }
        self.currency == other.currency
            && self.percent == other.percent
            && self.scaled == other.scaled
            && (self.currency.is_some() || self.percent || self.noun == other.noun)
    }

    /// Whether the two print the same number (or code), whatever their kinds.
    fn is_same(&self, other: &Amount) -> bool {
        match (&self.code, &other.code) {
            (Some(a), Some(b)) => a.1 == b.1,
            (None, None) => self.value == other.value,
            _ => false,
        }
    }

    /// Whether `other`, rounded to this number's precision, is this number.
    fn rounds_from(&self, other: &Amount) -> bool {
        let rounded = round_to(other.value, self.precision);
        (rounded - self.value).abs() <= self.value.abs() * 1e-9
    }
}

fn round_to(value: f64, digits: u32) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(digits as i32 - 1 - magnitude);
    (value * factor).round() / factor
}

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("bn", 1e9),
    ("tn", 1e12),
];

const NUMBER_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

/// The numbers of a text, in order.
fn amounts(text: &str) -> Vec<Amount> {
    let found = words(text);
    let mut amounts = Vec::new();
    let mut skip_to = 0;
    for range in &found {
        if range.start < skip_to {
            continue;
        }
        let range = range.clone();
        let word = &text[range.clone()];
        if let Some(shape) = code_shape(word) {
            skip_to = range.end;
            amounts.push(Amount {
                code: Some((shape, word.to_owned())),
                range,
                value: 0.0,
                precision: 0,
                currency: None,
                percent: false,
                scaled: false,
                noun: None,
            });
            continue;
        }
        let spelt = NUMBER_WORDS
            .iter()
            .position(|w| word.eq_ignore_ascii_case(w));
        let digits_end = word
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(word.len());
        if spelt.is_none() && digits_end == 0 {
            continue;
        }
        // The printed number: digits with the thousands commas and the decimals after them.
        let mut end = range.end;
        let mut printed_end = range.start + digits_end;
        if spelt.is_none() {
            let rest = &text[range.start..];
            let len = rest
                .char_indices()
                .take_while(|&(i, c)| {
                    c.is_ascii_digit()
                        || (c == ',' || c == '.')
                            && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                })
                .last()
                .map_or(0, |(i, c)| i + c.len_utf8());
            printed_end = range.start + len;
            end = end.max(printed_end);
        }
        let (value, precision) = match spelt {
            Some(v) => (v as f64, 1),
            None => {
                let digits = text[range.start..printed_end].replace(',', "");
                let Ok(value) = digits.parse::<f64>() else {
                    continue;
                };
                (value, significant_digits(&digits))
            }
        };
        let currency = text[..range.start]
            .chars()
            .next_back()
            .filter(|c| "$£€¥".contains(*c));
        let letters = text[printed_end..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(text.len() - printed_end);
        let attached = &text[printed_end..printed_end + letters];
        let mut scale = None;
        if spelt.is_none() {
            if let Some(&(_, s)) = SCALES
                .iter()
                .find(|(s, _)| attached.eq_ignore_ascii_case(s))
            {
                scale = Some(s);
                end = printed_end + letters;
            }
        }
        let mut next = found
            .iter()
            .position(|r| r.start >= end)
            .unwrap_or(found.len());
        if scale.is_none() && attached.is_empty() {
            if let Some(w) = found.get(next).map(|r| &text[r.clone()]) {
                if let Some(&(_, s)) = SCALES
                    .iter()
                    .take(4)
                    .find(|(s, _)| w.eq_ignore_ascii_case(s))
                {
                    scale = Some(s);
                    end = found[next].end;
                    next += 1;
                }
            }
        }
        let after = &text[end..];
        let mut percent = after.starts_with('%');
        let noun_word = found.get(next).map(|r| text[r.clone()].to_lowercase());
        if matches!(noun_word.as_deref(), Some("percent"))
            || after.trim_start().starts_with("per cent")
        {
            percent = true;
        }
        // A day's number counts the month before it ("September 14"), as "14 September" does.
        let month = found
            .iter()
            .rev()
            .find(|r| r.end <= range.start)
            .map(|r| text[r.clone()].to_lowercase())
            .filter(|w| {
                crate::dates::MONTHS.contains(&w.as_str())
                    && text[..range.start].trim_end().len() + 1 == range.start
            });
        // A year is a year whatever word follows it: "in 1989, when" and "the 1989 final".
        let printed = &text[range.start..printed_end];
        let year = (currency.is_none() && scale.is_none() && !percent && printed.len() == 4)
            .then(|| printed.parse::<u16>().ok())
            .flatten()
            .filter(|y| (1000..=2100).contains(y))
            .map(|_| "(year)".to_owned());
        let noun = month
            .or(year)
            .or(noun_word.filter(|w| !percent && w.chars().all(char::is_alphabetic)));
        skip_to = end;
        amounts.push(Amount {
            range: range.start - currency.map_or(0, char::len_utf8)..end,
            value: value * scale.unwrap_or(1.0),
            precision,
            currency,
            percent,
            scaled: scale.is_some(),
            noun,
            code: None,
        });
    }
    amounts
}

/// Endings a number takes that keep it a number: scales, decades, ordinals.
const NUMBER_ENDINGS: &[&str] = &[
    "k", "m", "mn", "bn", "tn", "s", "st", "nd", "rd", "th", "pc",
];

/// The shape of a word that is a name or a score with digits in it ("V8" → `V#`, "COX-2" →
/// `COX-#`, "5-1" → `#-#`); `None` for a plain number, with or without its ending ("650m").
fn code_shape(word: &str) -> Option<String> {
    if !word.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let letters_after = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let plain_number = letters_after.chars().all(char::is_alphabetic)
        && (letters_after.is_empty()
            || NUMBER_ENDINGS.contains(&letters_after.to_ascii_lowercase().as_str()));
    if plain_number || NUMBER_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return None;
    }
    let mut shape = String::new();
    for c in word.chars() {
        if c.is_ascii_digit() {
            if !shape.ends_with('#') {
                shape.push('#');
            }
        } else {
            shape.push(c);
        }
    }
    Some(shape)
}

/// Significant digits of a printed number: "650" two, "1.50" three, "0.5" one.
fn significant_digits(digits: &str) -> u32 {
    let (whole, decimals) = digits.split_once('.').unwrap_or((digits, ""));
    let whole = whole.trim_start_matches('0');
    let count = if decimals.is_empty() {
        whole.trim_end_matches('0').len()
    } else if whole.is_empty() {
        decimals.trim_start_matches('0').len()
    } else {
        whole.len() + decimals.len()
    };
    count.max(1) as u32
}

/// The words of four letters or more, each by its first four letters in lower case (so that
/// "host" and "hosted" count as one): what a bullet and a sentence share.
fn content_words(text: &str) -> HashSet<String> {
    words(text)
        .into_iter()
        .map(|r| &text[r])
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .map(|w| w.chars().take(4).flat_map(char::to_lowercase).collect())
        .collect()
}

pub(super) fn check(article: &Article) -> Vec<Hit> {
    let body: Vec<(usize, &str, Vec<Amount>)> = article
        .texts(Role::Body)
        .map(|(unit, u)| (unit, u.text.as_str(), amounts(&u.text)))
        .collect();
    let mut hits = Vec::new();
    for (unit, bullet) in article.texts(Role::Highlight) {
        let bullet_words = content_words(&bullet.text);
        // A short bullet shares fewer words with the sentence it sums up.
        let enough = SHARED_WORDS.min(bullet_words.len().div_ceil(2)).max(2);
        for amount in amounts(&bullet.text) {
            if body
                .iter()
                .flat_map(|(_, _, a)| a)
                .any(|b| b.is_same(&amount))
            {
                continue;
            }
            // The body's numbers of the same kind in sentences telling the same fact.
            let same_fact: Vec<(usize, usize, &str, &Amount)> = body
                .iter()
                .flat_map(|(u, text, found)| found.iter().map(move |b| (*u, *text, b)))
                .filter(|(_, _, b)| b.same_kind(&amount))
                .map(|(u, text, b)| {
                    let sentence = sentence_around(text, b.range.clone());
                    let shared = content_words(sentence).intersection(&bullet_words).count();
                    (shared, u, text, b)
                })
                .filter(|&(shared, ..)| shared >= enough)
                .collect();
            // The number of the sentence closest to the bullet's: drift unless the box rounds
            // it ("$1.2bn" for "$1.18 billion").
            let best = same_fact.into_iter().max_by_key(|&(shared, ..)| shared);
            if let Some((_, u, text, b)) =
                best.filter(|(.., b)| b.code.is_some() || !amount.rounds_from(b))
            {
                let (says, body_says) =
                    (&bullet.text[amount.range.clone()], &text[b.range.clone()]);
                hits.push(Hit {
                    unit,
                    range: amount.range.clone(),
                    message: format!(
                        "the summary box says \"{says}\" where the body says \"{body_says}\""
                    ),
                    suggestion: Some(body_says.to_owned()),
                    see: vec![(u, b.range.start)],
                });
            }
        }
    }
    hits
}

/// The sentence of a text around a range: from the last full stop before it to the next after.
fn sentence_around(text: &str, range: Range<usize>) -> &str {
    let start = text[..range.start].rfind(". ").map_or(0, |i| i + 2);
    let end = text[range.end..]
        .find(". ")
        .map_or(text.len(), |i| range.end + i + 1);
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::super::Unit;
    use super::*;

    fn article(bullets: &[&str], body: &[&str]) -> Article {
        let unit = |role, text: &&str| Unit {
            role,
            text: (*text).to_owned(),
            quotes: Vec::new(),
        };
        Article {
            units: bullets
                .iter()
                .map(|t| unit(Role::Highlight, t))
                .chain(body.iter().map(|t| unit(Role::Body, t)))
                .collect(),
        }
    }

    fn drifts(bullets: &[&str], body: &[&str]) -> Vec<(String, Option<String>)> {
        let article = article(bullets, body);
        check(&article)
            .into_iter()
            .map(|hit| {
                (
                    article.units[hit.unit].text[hit.range].to_owned(),
                    hit.suggestion,
                )
            })
            .collect()
    }

    #[test]
    fn numbers_are_read_with_their_currency_scale_and_noun() {
        let found = amounts("about $650 million and 1.5bn, 40% of 2,300 troops, six people");
        let brief: Vec<(f64, Option<char>, bool, Option<&str>)> = found
            .iter()
            .map(|a| (a.value, a.currency, a.percent, a.noun.as_deref()))
            .collect();
        assert_eq!(
            brief,
            [
                (650e6, Some('$'), false, Some("and")),
                (1.5e9, None, false, None),
                (40.0, None, true, None),
                (2300.0, None, false, Some("troops")),
                (6.0, None, false, Some("people")),
            ]
        );
        assert_eq!(significant_digits("650"), 2);
        assert_eq!(significant_digits("1.50"), 3);
    }

    #[test]
    fn a_number_the_body_gives_differently_is_found() {
        let body = [
            "The U.S. has given $650 million in military aid to the country over the last year.",
        ];
        let bullets = ["The U.S. gave $560 million in military aid over the last year"];
        assert_eq!(
            drifts(&bullets, &body),
            [("$560 million".to_owned(), Some("$650 million".to_owned()))]
        );
        let troops = ["Officials said 1,500 troops would reach the border towns by Friday."];
        assert_eq!(
            drifts(
                &["Officials said 1,800 troops will reach the border towns"],
                &troops
            ),
            [("1,800".to_owned(), Some("1,500".to_owned()))]
        );
    }

    #[test]
    fn a_name_or_score_with_digits_agrees_only_with_itself() {
        assert_eq!(code_shape("V8").as_deref(), Some("V#"));
        assert_eq!(code_shape("COX-2").as_deref(), Some("COX-#"));
        assert_eq!(code_shape("5-1").as_deref(), Some("#-#"));
        assert_eq!(code_shape("650m"), None);
        assert_eq!(code_shape("1990s"), None);
        let body = ["The Chelsea side was crushed 5-1 at the Nou Camp in the quarter-final, and the V8 Vantage sold well."];
        assert_eq!(
            drifts(
                &["The Chelsea side was crushed 5-7 at the Nou Camp in the quarter-final"],
                &body
            ),
            [("5-7".to_owned(), Some("5-1".to_owned()))]
        );
        assert_eq!(
            drifts(&["The V8 Vantage sold well at the Nou Camp"], &body),
            []
        );
    }

    #[test]
    fn a_day_is_counted_in_its_month() {
        let body = [
            "Tony Snow will step down from his post September 14 and be replaced by Dana Perino.",
        ];
        assert_eq!(
            drifts(
                &["Snow leaving on September 13, will be succeeded by Dana Perino"],
                &body
            ),
            [("13".to_owned(), Some("14".to_owned()))]
        );
        assert_eq!(
            drifts(
                &["Snow leaves on 14 September, succeeded by Dana Perino"],
                &body
            ),
            []
        );
        let years = ["Instead, there was Bob Barker, who hosted the game show for 35 years before stepping down in 2007."];
        assert_eq!(
            drifts(&["Barker had retired as host in 2009"], &years),
            [("2009".to_owned(), Some("2007".to_owned()))]
        );
    }

    #[test]
    fn a_rounded_or_respelt_number_or_an_unrelated_one_is_not() {
        let body = [
            "The fund lost $1.18 billion, officials said on Tuesday, and 104 people were hurt in six towns.",
            "Elsewhere 30 people marched.",
        ];
        for bullet in [
            "The fund lost $1.2bn, officials said",
            "More than 100 people were hurt, officials said",
            "People were hurt in 6 towns, officials said",
            "The fund has 12 staff members",
        ] {
            assert_eq!(drifts(&[bullet], &body), [], "{bullet}");
        }
    }
}
