//! Readers: each turns one input format into [`Document`]s. A reader knows nothing of the
//! writers. Plain text is total (every text is an article); the other formats can be malformed,
//! and their errors carry a line and column.

pub mod budget;
pub mod json;
pub mod markdown;
pub mod newsml;
pub mod plain;

use crate::decode::decode;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::format::InputFormat;
use crate::options::Quotations;
use std::borrow::Cow;

/// Compiles the patterns the readers use (a dozen regular expressions, some large), in the
/// order the plain reader needs them. Readers compile them on first use, in the middle of
/// reading; a program about to read a long input can have them compiled on one core while it
/// reads the bytes on the others.
pub fn prepare() {
    plain::classify::compile_patterns();
}

/// What reading an input gave: its articles (a NewsML newsMessage may hold several), and what
/// the reader could not carry over into the tree. The articles' text may borrow the input's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading<'a> {
    /// The articles, in input order.
    pub documents: Vec<Document<'a>>,
    /// One line per kind of thing not understood or not kept.
    pub warnings: Vec<String>,
}

/// Reads an article's bytes, borrowed (`&[u8]`) or owned (`Vec<u8>`), in the given format.
/// Clean UTF-8 borrowed is neither copied before the reader turns it into a tree nor copied into
/// it: the tree's text borrows it where the reader keeps text as printed. An input that would
/// take more memory than [`budget::budget`] allows is refused before it is read.
pub fn read<'a>(
    bytes: impl Into<Cow<'a, [u8]>>,
    format: InputFormat,
    quotations: Quotations,
) -> Result<Reading<'a>> {
    let decoded = decode(bytes)?;
    match decoded.text {
        Cow::Borrowed(text) => read_text(text, format, quotations, decoded.warning),
        // Text decoded here (owned bytes, another encoding) is dropped on return: the tree
        // keeps its own copy.
        Cow::Owned(text) => {
            let reading = read_text(&text, format, quotations, decoded.warning)?;
            Ok(reading.into_owned())
        }
    }
}

/// Reads decoded text; `warning` is the decoder's, first among the reader's.
fn read_text(
    text: &str,
    format: InputFormat,
    quotations: Quotations,
    warning: Option<String>,
) -> Result<Reading<'_>> {
    let (estimate, budget) = (budget::estimate(text, format), budget::budget(text));
    if estimate > budget {
        return Err(Error::OverBudget { estimate, budget });
    }
    let mut reading = match format {
        InputFormat::Plain => Reading {
            documents: vec![plain::parse(text, quotations)],
            warnings: Vec::new(),
        },
        InputFormat::Markdown => markdown::parse(text, quotations)?,
        InputFormat::Newsml => newsml::parse(text, quotations)?,
        InputFormat::Nitf => newsml::parse_nitf(text, quotations)?,
        InputFormat::Json => json::parse(text)?,
    };
    reading.warnings.splice(0..0, warning);
    Ok(reading)
}

impl Reading<'_> {
    /// The same reading, its articles owning all their text.
    pub fn into_owned(self) -> Reading<'static> {
        Reading {
            documents: self
                .documents
                .into_iter()
                .map(Document::into_owned)
                .collect(),
            warnings: self.warnings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, Inline};

    /// Every piece of text of a tree's body, and whether it borrows from `input`.
    fn borrowed(reading: &Reading, input: &[u8]) -> Vec<(String, bool)> {
        let inside = |text: &str| input.as_ptr_range().contains(&text.as_ptr());
        reading.documents[0]
            .blocks
            .iter()
            .flat_map(Block::runs)
            .flatten()
            .map(|inline| match inline {
                Inline::Text { text } | Inline::Quote { text, .. } => {
                    let slice = matches!(text, Cow::Borrowed(s) if inside(s));
                    (text.to_string(), slice)
                }
            })
            .collect()
    }

    #[test]
    fn the_tree_borrows_clean_text_from_the_input_and_owns_what_it_decoded() {
        let copy =
            "Council approves lanes\n\nBy Jane Doe\n\nThe council voted 41 to 19 on Monday.\n\n\
                    “We were not consulted,” said Sam Patel, a shop owner.\n";
        let reading = read(copy.as_bytes(), InputFormat::Plain, Quotations::Attributed).unwrap();
        let pieces = borrowed(&reading, copy.as_bytes());
        assert_eq!(pieces.len(), 3, "{pieces:?}");
        assert!(pieces.iter().all(|(_, slice)| *slice), "{pieces:?}");
        assert_eq!(pieces[1].0, "“We were not consulted,”");
        // Windows-1252 is decoded into text of the reader's own: the tree owns its copy.
        let cp1252 = b"The council voted, said \x93Sam\x94 Patel.\n";
        let reading = read(&cp1252[..], InputFormat::Plain, Quotations::Attributed).unwrap();
        let pieces = borrowed(&reading, cp1252);
        assert!(pieces.iter().all(|(_, slice)| !*slice), "{pieces:?}");
        let text: String = pieces.into_iter().map(|(text, _)| text).collect();
        assert_eq!(text, "The council voted, said “Sam” Patel.");
    }
}
