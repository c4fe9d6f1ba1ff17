//! copydesk turns plain-text news copy into one document tree and writes it as Markdown with
//! YAML front matter, YAML front matter alone, NewsML-G2 (with a NITF body) or JSON. It also
//! reads Markdown, NewsML-G2 and its own JSON, so any format converts to any other.
//!
//! Readers ([`read`]) build a [`Document`]; writers ([`mod@write`]) emit one; [`parse`],
//! [`parse_all`] and [`convert`] are the one-call helpers, [`batch`] and [`jsonl`] the two ways
//! of converting many articles. A document read from borrowed bytes borrows their text where
//! it keeps it as printed; [`Document::into_owned`] frees it from them.
//!
//! ```
//! use copydesk::{convert, InputFormat, Options, OutputFormat};
//!
//! // The conversion time (NewsML's versionCreated for an undated article) is the caller's.
//! let options = Options::at(chrono::Utc::now().fixed_offset());
//! let copy = "Council approves cycle lanes\n\nBy Jane Doe\n\nBRISTOL (AP) — The council voted 41 to 19.\n";
//! let markdown = convert(copy.as_bytes(), InputFormat::Plain, OutputFormat::Markdown, &options).unwrap();
//! assert!(markdown.starts_with("---\ntitle: Council approves cycle lanes\nauthors:\n- Jane Doe\ndateline: BRISTOL\n"));
//! assert!(markdown.ends_with("The council voted 41 to 19.\n"));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod batch;
pub mod check;
pub mod dates;
pub mod decode;
pub mod defaults;
pub mod document;
pub mod error;
pub mod format;
pub mod jsonl;
pub mod options;
pub mod read;
pub mod template;
pub mod text;
pub mod write;

pub use document::{Block, Document, HighlightQuote, Inline, Metadata, NoteKind};
pub use error::{Error, Result};
pub use format::{InputFormat, OutputFormat};
pub use options::{Flavor, Options, Publisher, Quotations, ReadOptions, WriteOptions};
use std::borrow::Cow;

/// Reads an article, its bytes borrowed (`&[u8]`) or owned (`Vec<u8>`, whose buffer becomes the
/// text when it is UTF-8 already), and applies the metadata the options carry (user values
/// win). An input holding several articles (a NewsML newsMessage) is an error here; see
/// [`parse_all`].
pub fn parse<'a>(
    bytes: impl Into<Cow<'a, [u8]>>,
    from: InputFormat,
    opts: &ReadOptions,
) -> Result<Document<'a>> {
    let mut reading = parse_all(bytes, from, opts)?;
    match reading.documents.len() {
        1 => Ok(reading.documents.remove(0)),
        n => Err(Error::SeveralArticles(n)),
    }
}

/// Reads every article of an input (bytes borrowed, or owned: a `Vec<u8>`), with the reader's
/// warnings, and applies the metadata the options carry to each.
pub fn parse_all<'a>(
    bytes: impl Into<Cow<'a, [u8]>>,
    from: InputFormat,
    opts: &ReadOptions,
) -> Result<read::Reading<'a>> {
    let mut reading = read::read(bytes, from, opts.quotations)?;
    if reading.documents.is_empty() {
        return Err(Error::Empty);
    }
    for doc in &mut reading.documents {
        apply_metadata(doc, opts);
    }
    Ok(reading)
}

/// Applies default metadata (where the article has none) and user metadata (which wins).
fn apply_metadata(doc: &mut Document, opts: &ReadOptions) {
    let missing: Vec<&String> = opts
        .default_metadata
        .iter()
        .map(|(key, _)| key)
        .filter(|key| !has_value(&doc.meta, key))
        .collect();
    for (key, value) in &opts.default_metadata {
        if missing.contains(&key) {
            set_metadata(&mut doc.meta, key, value, false);
        }
    }
    let mut seen = Vec::new();
    for (key, value) in &opts.metadata {
        let first = !seen.contains(&key);
        set_metadata(&mut doc.meta, key, value, first);
        seen.push(key);
    }
}

/// Reads an article and writes it in one format: the one-call helper. Quotations are
/// attributed only if the format prints them ([`ReadOptions::for_outputs`]).
pub fn convert(
    bytes: &[u8],
    from: InputFormat,
    to: OutputFormat,
    opts: &Options,
) -> Result<String> {
    let doc = parse(bytes, from, &opts.read.for_outputs(&[to]))?;
    write::write(&doc, to, &opts.write)
}

/// The canonical name of a metadata key (`headline` → `title`, `author` → `authors`).
fn canonical_key(key: &str) -> &str {
    match key {
        "headline" => "title",
        "author" => "authors",
        "lang" => "language",
        "highlight" => "highlights",
        "credit" => "credits",
        other => other,
    }
}

/// Whether the metadata has a value for a key.
fn has_value(meta: &Metadata, key: &str) -> bool {
    match canonical_key(key) {
        "title" => meta.title.is_some(),
        "dateline" => meta.dateline.is_some(),
        "date" => meta.date.is_some(),
        "language" => meta.language.is_some(),
        "byline" => meta.byline.is_some(),
        "highlights_title" => meta.highlights_title.is_some(),
        "authors" => !meta.authors.is_empty(),
        "highlights" => !meta.highlights.is_empty(),
        "credits" => !meta.credits.is_empty(),
        other => meta.extra.contains_key(other),
    }
}

/// Sets one metadata value. List keys collect every value given; `first` clears what the
/// reader found before the first one.
fn set_metadata(meta: &mut Metadata, key: &str, value: &str, first: bool) {
    let push = |list: &mut Vec<String>| {
        if first {
            list.clear();
        }
        list.push(value.to_owned());
    };
    match canonical_key(key) {
        "title" => meta.title = Some(value.to_owned()),
        "dateline" => meta.dateline = Some(value.to_owned()),
        "date" => meta.date = Some(value.to_owned()),
        "language" => meta.language = Some(value.to_owned()),
        "byline" => meta.byline = Some(value.to_owned()),
        "highlights_title" => meta.highlights_title = Some(value.to_owned()),
        "authors" => push(&mut meta.authors),
        "highlights" => push(&mut meta.highlights),
        "credits" => push(&mut meta.credits),
        other => {
            let value = serde_json::Value::String(value.to_owned());
            match meta.extra.get_mut(other) {
                Some(serde_json::Value::Array(items)) if !first => items.push(value),
                Some(existing) if !first => {
                    let previous = existing.take();
                    *existing = serde_json::Value::Array(vec![previous, value]);
                }
                _ => {
                    meta.extra.insert(other.to_owned(), value);
                }
            }
        }
    }
}
