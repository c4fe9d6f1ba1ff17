//! Direct quotations and who said them.
//!
//! A quotation is text in “…” or "…" within a paragraph, or left open at its end (it goes on
//! in the next). Its speaker comes from the copy's attribution — after the quote ("…,” said
//! Jen Psaki", "…,” he said"), before it ("He added: “…”"), or elsewhere in its sentence
//! ("Peskov told reporters that … “…”") — read as a name, a pronoun, a description ("the
//! Lions coach"), an unnamed role ("one arbitrager") or an organisation ("a spokeswoman for
//! the Department for International Development"). A name resolves to the fullest form the
//! article printed by then ("Psaki" → "Jen Psaki"); a pronoun to the last person of its
//! gender spoken of; a quotation with no attribution goes on with the speaker before.
//!
//! The work is split so that long articles use every core: [`analyse`] each paragraph on its
//! own (gathering the [`Names`] it prints), [`resolve`] the names of each against the merged
//! register ([`People`]), then read the paragraphs in order with one [`Discourse`], the only
//! step that cannot run in parallel and the cheapest, and [`split`] each paragraph.

mod analysis;
mod discourse;
mod names;
mod phrases;
mod spans;
mod words;

pub use analysis::{analyse, Analysis};
pub use discourse::{resolve, Discourse, Resolved};
pub use names::{edits_within, pos, Names, People};
pub use spans::has_marks;

use crate::document::Inline;

/// Gives a quotation left open at its paragraph's end with no speaker the speaker of the
/// quotation the next paragraph opens with: a quotation of several paragraphs may name its
/// speaker only at its end ("“The technology is ready. ¶ “There are no practical limits,”
/// said Dr Carpenter."). `found` holds each paragraph's quotations, in order.
pub fn credit_back(paragraphs: &[Cow<str>], found: &mut [Vec<(Range<usize>, Option<String>)>]) {
    for k in (0..found.len().saturating_sub(1)).rev() {
        let (here, after) = found.split_at_mut(k + 1);
        let Some((_, Some(speaker))) = after[0].first().filter(|(range, _)| range.start == 0)
        else {
            continue;
        };
        let text = &paragraphs[k];
        if let Some((range, unnamed @ None)) = here[k].last_mut() {
            let open = range.end == text.len() && !text[range.clone()].ends_with(['"', '”']);
            if open {
                *unnamed = Some(speaker.clone());
            }
        }
    }
}

/// Whether a text holds a verb attribution reads ("said", "told", "according"): a
/// quotation beside it has its speaker in the copy, found or not.
pub(crate) fn mentions_speech(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|word| words::is_verb(word.as_bytes()))
}
use std::borrow::Cow;
use std::ops::Range;

/// Splits a paragraph into text and quotations, each quotation with its speaker (from
/// [`Discourse::paragraph`]).
pub fn split(text: Cow<str>, quotes: Vec<(Range<usize>, Option<String>)>) -> Vec<Inline> {
    if quotes.is_empty() {
        // No quotation: the paragraph's text goes into the tree as it is.
        return vec![Inline::Text { text }];
    }
    match text {
        Cow::Borrowed(text) => crate::document::with_quotations(text, quotes),
        Cow::Owned(text) => crate::document::with_quotations(&text, quotes)
            .into_iter()
            .map(Inline::into_owned)
            .collect(),
    }
}

#[cfg(test)]
mod tests;
