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
/// the reader could not carry over into the tree.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// The articles, in input order.
    pub documents: Vec<Document>,
    /// One line per kind of thing not understood or not kept.
    pub warnings: Vec<String>,
}

/// Reads an article's bytes, borrowed (`&[u8]`) or owned (`Vec<u8>`), in the given format.
/// Clean UTF-8 is not copied before the reader turns it into a tree. An input that would take
/// more memory than [`budget::budget`] allows is refused before it is read.
pub fn read<'a>(
    bytes: impl Into<Cow<'a, [u8]>>,
    format: InputFormat,
    quotations: Quotations,
) -> Result<Reading> {
    let decoded = decode(bytes)?;
    let text = decoded.text;
    let (estimate, budget) = (budget::estimate(&text, format), budget::budget(&text));
    if estimate > budget {
        return Err(Error::OverBudget { estimate, budget });
    }
    let mut reading = match format {
        InputFormat::Plain => Reading {
            documents: vec![plain::parse(&text, quotations)],
            warnings: Vec::new(),
        },
        InputFormat::Markdown => markdown::parse(&text, quotations)?,
        InputFormat::Newsml => newsml::parse(&text, quotations)?,
        InputFormat::Nitf => newsml::parse_nitf(&text, quotations)?,
        InputFormat::Json => json::parse(&text)?,
    };
    reading.warnings.splice(0..0, decoded.warning);
    Ok(reading)
}
