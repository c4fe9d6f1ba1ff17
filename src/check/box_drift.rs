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

/// Content words a bullet and a body sentence must share to be telling the same fact.
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
}

impl Amount {
    fn same_kind(&self, other: &Amount) -> bool {
        self.currency == other.currency
            && self.percent == other.percent
            && self.scaled == other.scaled
            && (self.currency.is_some() || self.percent || self.noun == other.noun)
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
        let spelt = NUMBER_WORDS.iter().position(|w| word.eq_ignore_ascii_case(w));
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
                let Ok(value) = digits.parse::<f64>() else { continue };
                (value, significant_digits(&digits))
            }
        };
        let currency = text[..range.start].chars().next_back().filter(|c| "$£€¥".contains(*c));
        let letters = text[printed_end..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(text.len() - printed_end);
        let attached = &text[printed_end..printed_end + letters];
        let mut scale = None;
        if spelt.is_none() {
            if let Some(&(_, s)) = SCALES.iter().find(|(s, _)| attached.eq_ignore_ascii_case(s)) {
                scale = Some(s);
                end = printed_end + letters;
            }
        }
        let mut next = found.iter().position(|r| r.start >= end).unwrap_or(found.len());
        if scale.is_none() && attached.is_empty() {
            if let Some(w) = found.get(next).map(|r| &text[r.clone()]) {
                if let Some(&(_, s)) = SCALES.iter().take(4).find(|(s, _)| w.eq_ignore_ascii_case(s)) {
                    scale = Some(s);
                    end = found[next].end;
                    next += 1;
                }
            }
        }
        let after = &text[end..];
        let mut percent = after.starts_with('%');
        let noun_word = found.get(next).map(|r| text[r.clone()].to_lowercase());
        if matches!(noun_word.as_deref(), Some("percent")) || after.trim_start().starts_with("per cent") {
            percent = true;
        }
        let noun = noun_word.filter(|w| !percent && w.chars().all(char::is_alphabetic));
        skip_to = end;
        amounts.push(Amount {
            range: range.start - currency.map_or(0, char::len_utf8)..end,
            value: value * scale.unwrap_or(1.0),
            precision,
            currency,
            percent,
            scaled: scale.is_some(),
            noun,
        });
    }
    amounts
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

/// Lower-case words of four letters or more: what a bullet and a sentence share.
fn content_words(text: &str) -> HashSet<String> {
    words(text)
        .into_iter()
        .map(|r| text[r].to_lowercase())
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
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
        for amount in amounts(&bullet.text) {
            let agrees = body.iter().flat_map(|(_, _, a)| a).any(|b| {
                amount.rounds_from(b) && (b.same_kind(&amount) || b.value == amount.value)
            });
            if agrees {
                continue;
            }
            let best = body
                .iter()
                .flat_map(|(u, text, found)| found.iter().map(move |b| (*u, *text, b)))
                .filter(|(_, _, b)| b.same_kind(&amount))
                .map(|(u, text, b)| {
                    let sentence = sentence_around(text, b.range.clone());
                    let shared = content_words(sentence).intersection(&bullet_words).count();
                    (shared, u, text, b)
                })
                .filter(|&(shared, ..)| shared >= SHARED_WORDS)
                .max_by_key(|&(shared, ..)| shared);
            if let Some((_, u, text, b)) = best {
                let (says, body_says) = (&bullet.text[amount.range.clone()], &text[b.range.clone()]);
                hits.push(Hit {
                    unit,
                    range: amount.range.clone(),
                    message: format!("the summary box says \"{says}\" where the body says \"{body_says}\""),
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
    let end = text[range.end..].find(". ").map_or(text.len(), |i| range.end + i + 1);
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
            .map(|hit| (article.units[hit.unit].text[hit.range].to_owned(), hit.suggestion))
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
        let body = ["The U.S. has given $650 million in military aid to the country over the last year."];
        let bullets = ["The U.S. gave $560 million in military aid over the last year"];
        assert_eq!(drifts(&bullets, &body), [("$560 million".to_owned(), Some("$650 million".to_owned()))]);
        let troops = ["Officials said 1,500 troops would reach the border towns by Friday."];
        assert_eq!(
            drifts(&["Officials said 1,800 troops will reach the border towns"], &troops),
            [("1,800".to_owned(), Some("1,500".to_owned()))]
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
