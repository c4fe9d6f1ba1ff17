//! Quotations: one left open, one nobody said.

use super::{Article, Hit, Role};
use crate::text::quotes::mentions_speech;

/// Whether a straight double quote at `at` opens a quotation: after a space, a bracket or a
/// dash (or at the start), before a word.
fn straight_opens(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c))
        && after.is_some_and(|c| !c.is_whitespace())
}

/// Whether a straight double quote at `at` can only close a quotation: after a word or a
/// mark, before a space, a mark or the end.
fn straight_closes(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation())
}

fn is_between_letters(text: &str, at: usize) -> bool {
    text[..at].ends_with(char::is_alphanumeric) && text[at + 1..].starts_with(char::is_alphanumeric)
}

/// Whether a paragraph goes on with a quotation from the one before: it opens with a
/// quotation mark (the convention), or its first double quotation mark closes one.
fn goes_on_with_quote(text: &str) -> bool {
    if text.trim_start().starts_with(['“', '"', '‘', '«']) {
        return true;
    }
    let first = text
        .char_indices()
        .find(|&(i, c)| c == '“' || c == '”' || c == '"' && !is_between_letters(text, i));
    match first {
        Some((_, '”')) => true,
        Some((i, '"')) => !straight_opens(text, i),
        _ => false,
    }
}

/// `unbalanced-quote`: a double quotation mark that opens and is never closed — before the
/// next one opens, or by the end of its paragraph when the next paragraph does not go on with
/// the quotation (the newspaper convention: no closing mark, the next paragraph opens again).
pub(super) fn unbalanced(article: &Article) -> Vec<Hit> {
    let mut hits = Vec::new();
    let hit = |unit: usize, at: usize, message: &str| Hit {
        unit,
        range: at..at + 1,
        message: message.to_owned(),
        suggestion: None,
        see: Vec::new(),
    };
    for (unit, u) in article.units.iter().enumerate() {
        let text = u.text.as_str();
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            let opens = match c {
                '“' => true,
                '”' => false,
                // Inches (6'2") and an apostrophe typed as a double quote (Brazil"s) are not
                // quotation marks.
                '"' if open.is_none() && text[..i].ends_with(|p: char| p.is_ascii_digit()) => {
                    continue
                }
                '"' if is_between_letters(text, i) => continue,
                // A closing mark with nothing open closes the quotation of the paragraph
                // before (the convention's last paragraph): nothing to report.
                '"' if open.is_none() && straight_closes(text, i) => continue,
                '"' => open.is_none() || straight_opens(text, i),
                _ => continue,
            };
            if opens {
                // A quotation that goes on after a full stop with a new opening mark is the
                // paragraph convention run together (paragraph breaks lost, as archives
                // often have them): only a mark inside a sentence leaves one open.
                let after_sentence = text[..i].trim_end().ends_with(['.', '!', '?', ':']);
                if let Some(earlier) = open.filter(|_| !after_sentence) {
                    hits.push(hit(
                        unit,
                        earlier,
                        "this quotation is not closed before the next one opens",
                    ));
                }
                open = Some(i);
            } else {
                open = None;
            }
        }
        let Some(earlier) = open else { continue };
        let next = article.units.get(unit + 1);
        let goes_on = u.role == Role::Body
            && next.is_some_and(|n| n.role == Role::Body && goes_on_with_quote(&n.text));
        if !goes_on {
            hits.push(hit(
                unit,
                earlier,
                "this quotation is never closed, and the next paragraph does not go on with it",
            ));
        }
    }
    hits
}

/// Quotations shorter than this many words are phrases the copy borrows ("scare quotes", a
/// title), not statements someone made.
const STATEMENT_WORDS: usize = 8;

/// `unattributed-quote`: a paragraph that opens with a quoted statement of a sentence or more,
/// with no speaker the reader could find, no verb of saying around it or in the paragraph
/// before (where the copy does attribute it, in words the reader did not resolve), and that
/// does not go on with a quotation from the paragraph before.
pub(super) fn unattributed(article: &Article) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut previous_open = false;
    let mut previous_speech = false;
    for (unit, u) in article.texts(Role::Body) {
        let outside_quotes =
            u.quotes
                .iter()
                .fold((0, String::new()), |(from, mut text), (range, _)| {
                    text.push_str(&u.text[from..range.start]);
                    (range.end, text)
                });
        let speech_here = mentions_speech(&(outside_quotes.1 + &u.text[outside_quotes.0..]));
        let speech_before = std::mem::replace(&mut previous_speech, speech_here);
        let continues = std::mem::replace(
            &mut previous_open,
            u.quotes.last().is_some_and(|(range, _)| {
                range.end == u.text.trim_end().len() && !u.text.trim_end().ends_with(['”', '"'])
            }),
        );
        let Some((range, speaker)) = u.quotes.first() else {
            continue;
        };
        let quoted = &u.text[range.clone()];
        let opens = u.text[..range.start].trim().is_empty();
        if continues
            || speech_here
            || speech_before
            || !opens
            || speaker.is_some()
            || quoted.split_whitespace().count() < STATEMENT_WORDS
        {
            continue;
        }
        hits.push(Hit {
            unit,
            range: range.start..range.start + 1,
            message: "nobody is named as saying this quotation, here or in the paragraph before"
                .to_owned(),
            suggestion: None,
            see: Vec::new(),
        });
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::super::{Role, Unit};
    use super::*;

    fn body(texts: &[&str]) -> Article {
        Article::of_body(texts)
    }

    fn opened_at(article: &Article) -> Vec<(usize, usize)> {
        unbalanced(article)
            .into_iter()
            .map(|hit| (hit.unit, hit.range.start))
            .collect()
    }

    #[test]
    fn a_quotation_left_open_is_found_at_its_opening_mark() {
        let article = body(&[
            "“We will win,” he said. “The vote is ours.",
            "The count begins.",
        ]);
        assert_eq!(opened_at(&article), [(0, "“We will win,” he said. ".len())]);
        let straight = body(&["\"We will win, he said, \"and the vote is ours.\"", "Next."]);
        assert_eq!(opened_at(&straight), [(0, 0)]);
        let last = body(&["He said: “We will win."]);
        assert_eq!(opened_at(&last), [(0, "He said: ".len())]);
    }

    #[test]
    fn a_quotation_that_goes_on_in_the_next_paragraph_is_not() {
        let article = body(&[
            "“We will win the vote,” he said. “The count begins at noon.",
            "“Then we will see.”",
        ]);
        assert_eq!(opened_at(&article), []);
        let straight = body(&[
            "He said: \"We will win.",
            "\"Then we will see.\"",
            "He is 6'2\" tall.",
        ]);
        assert_eq!(opened_at(&straight), []);
        let unopened = body(&["He said: “We learnt a lot.", "It was a long day.”"]);
        assert_eq!(opened_at(&unopened), []);
        let unopened_straight = body(&[
            "He said, \"We learnt a lot.",
            "It was a long day.\"",
            "Next.",
        ]);
        assert_eq!(opened_at(&unopened_straight), []);
        let closed_after_a_number =
            body(&["The chances are \"50/50\" and form \"R85\", said Brazil\"s bank."]);
        assert_eq!(opened_at(&closed_after_a_number), []);
        let run_together = body(&["He said: \"Poverty threatens us. \"Crises know no borders.\""]);
        assert_eq!(opened_at(&run_together), []);
    }

    #[test]
    fn a_box_bullet_cannot_go_on_into_the_next() {
        let mut article = body(&[
            "Biden “reaffirmed the readiness of the U.S.",
            "“Imminent,” he said.",
        ]);
        article.units[0].role = Role::Highlight;
        assert_eq!(opened_at(&article), [(0, "Biden ".len())]);
    }

    #[test]
    fn a_statement_nobody_said_is_found_and_a_phrase_or_a_continuation_is_not() {
        let quote = |text: &str, speaker: Option<&str>| Unit {
            role: Role::Body,
            quotes: vec![(
                0..text.find(['”']).map_or(text.len(), |i| i + '”'.len_utf8()),
                speaker.map(str::to_owned),
            )],
            text: text.to_owned(),
        };
        let article = Article {
            units: vec![
                quote("“We cannot let this stand and we will not let it stand, not now and not ever.”", None),
                quote("“We cannot let this stand and we will not let it stand,” the paper wrote.", None),
                quote("“We will fight on the beaches and in the fields and streets,” he said.", Some("Winston Churchill")),
                quote("“Scare quotes” are not statements.", None),
                quote("“And this goes on and on and on from the paragraph before it without end", Some("X")),
                quote("“This paragraph goes on with the quotation before it, as the convention has.”", None),
            ],
        };
        let hits: Vec<usize> = unattributed(&article).into_iter().map(|h| h.unit).collect();
        assert_eq!(hits, [0]);
    }
}
