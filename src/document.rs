//! The document tree: the one contract between readers and writers.
//!
//! A [`Document`] is plain data: what the article is about ([`Metadata`]) and what it says
//! (an ordered list of [`Block`]s made of [`Inline`]s). Readers build it, writers only read it.
//! The body's text may borrow the input's (`'a`): a long article is then not held twice while
//! it is written. [`Document::into_owned`] frees a tree from its input.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::ops::Range;

/// One article: its metadata and its body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document<'a> {
    /// What the article is about: headline, byline, dateline, summary box, credits…
    pub meta: Metadata,
    /// What the article says, in reading order.
    pub blocks: Vec<Block<'a>>,
    /// The quotations in the summary box's bullets, with their speakers: the bullets are
    /// plain strings (front matter prints them so), their quotations listed here.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlight_quotes: Vec<HighlightQuote>,
}

/// A quotation in a bullet of the summary box ("Driver: \"I probably had a 30-, 35-foot free
/// fall\"") and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HighlightQuote {
    /// The bullet's index in `meta.highlights`.
    pub highlight: usize,
    /// The quotation's bytes in the bullet, its marks included.
    pub range: Range<usize>,
    /// Who said it, as for a quotation in the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

impl Document<'_> {
    /// The same tree owning all its text, free of the input it was read from.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            meta: self.meta,
            blocks: self.blocks.into_iter().map(Block::into_owned).collect(),
            highlight_quotes: self.highlight_quotes,
        }
    }

    /// The article's own identifier, when its metadata gives one (`guid`: a NewsML item's
    /// read back, a front-matter key): what NewsML, NITF and ninjs carry instead of a hash.
    pub fn given_guid(&self) -> Option<&str> {
        self.meta
            .extra
            .get("guid")
            .and_then(serde_json::Value::as_str)
            .filter(|guid| !guid.trim().is_empty())
    }

    /// A hash of the whole tree (the first 16 bytes of the SHA-256 of its JSON, in hex): the
    /// same article gives the same hash, and so the same guid.
    pub fn content_hash(&self) -> Result<String, serde_json::Error> {
        use sha2::{Digest, Sha256};
        use std::fmt::Write;
        // The tree's JSON streams into the hash: no copy of the document is made.
        // Buffered: the serializer writes a token at a time, the hasher is fastest in blocks.
        let mut hasher = std::io::BufWriter::with_capacity(1 << 16, Sha256::new());
        serde_json::to_writer(&mut hasher, self)?;
        let digest = hasher
            .into_inner()
            .map_err(|e| serde_json::Error::io(e.into_error()))?
            .finalize();
        let mut hex = String::with_capacity(32);
        for byte in &digest[..16] {
            let _ = write!(hex, "{byte:02x}");
        }
        Ok(hex)
    }

    /// A bullet of the summary box as inlines: its quotations with their speakers.
    pub fn highlight_content(&self, index: usize) -> Vec<Inline<'_>> {
        let Some(text) = self.meta.highlights.get(index) else {
            return Vec::new();
        };
        let quotes = self
            .highlight_quotes
            .iter()
            .filter(|q| q.highlight == index)
            .map(|q| (q.range.clone(), q.speaker.clone()));
        with_quotations(text, quotes)
    }
}

/// The article's metadata. Field names are the front-matter keys users' scripts rely on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Metadata {
    /// The headline, when the copy has one (never invented from the lede).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The people in the byline, one name each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Where (and, on the wire, when) the story was filed: "KYIV, Ukraine", "LONDON, March 1".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// Publication date in ISO 8601 (`2015-09-12` or a full date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Language tag (BCP 47, e.g. `en`, `en-GB`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The summary box's bullets, in order ("What You Need To Know", "Story highlights").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<String>,
    /// Agencies and contributor lines ("The Associated Press contributed to this report.").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<String>,
    /// The byline as printed ("By Jane Doe and John Roe, Associated Press").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The summary box's title as printed ("What You Need To Know").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub highlights_title: Option<String>,
    /// Anything else, in the order given: user metadata (`-M key=value`) and unknown keys.
    #[serde(flatten)]
    pub extra: IndexMap<String, serde_json::Value>,
}

/// A block of the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block<'a> {
    /// A paragraph of running text.
    Paragraph {
        /// The paragraph's text.
        content: Vec<Inline<'a>>,
    },
    /// A subheading between paragraphs.
    Subhead {
        /// The subhead's text.
        content: Vec<Inline<'a>>,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered (`1.`) rather than bulleted.
        ordered: bool,
        /// The number of the first item of a numbered list, as printed.
        #[serde(default = "one", skip_serializing_if = "is_one")]
        start: u32,
        /// One entry per item.
        items: Vec<Vec<Inline<'a>>>,
    },
    /// A quoted passage set off from the text.
    BlockQuote {
        /// The quoted paragraphs.
        content: Vec<Vec<Inline<'a>>>,
    },
    /// An editor's note or a correction, label included as printed.
    Note {
        /// Which kind of note.
        kind: NoteKind,
        /// The note's text.
        content: Vec<Inline<'a>>,
    },
    /// A table laid out in columns of spaces, kept line for line as printed.
    Preformatted {
        /// The lines, joined by `\n`.
        text: String,
    },
    /// A photo caption the copy marks as one ("… Image: Jane Doe.").
    Caption {
        /// The caption's text, credit included as printed.
        content: Vec<Inline<'a>>,
    },
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// What an editorial note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// "Editor's note: …"
    EditorsNote,
    /// "Correction: …", "Clarification: …"
    Correction,
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline<'a> {
    /// Plain text, exactly as in the copy.
    Text {
        /// The characters.
        text: Cow<'a, str>,
    },
    /// A direct quotation, marks included as printed, with who said it when the copy says.
    Quote {
        /// The quotation as printed, quotation marks included.
        text: Cow<'a, str>,
        /// The speaker's full name, when the copy names one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        speaker: Option<String>,
    },
}

impl<'a> Inline<'a> {
    /// Plain text.
    pub fn text(text: impl Into<Cow<'a, str>>) -> Self {
        Inline::Text { text: text.into() }
    }

    /// The same inline owning its text.
    pub fn into_owned(self) -> Inline<'static> {
        match self {
            Inline::Text { text } => Inline::Text {
                text: Cow::Owned(text.into_owned()),
            },
            Inline::Quote { text, speaker } => Inline::Quote {
                text: Cow::Owned(text.into_owned()),
                speaker,
            },
        }
    }

    /// The characters of this inline as printed.
    pub fn as_str(&self) -> &str {
        match self {
            Inline::Text { text } | Inline::Quote { text, .. } => text,
        }
    }
}

/// A text as inlines, the given byte ranges of it made quotations with their speakers
/// (ranges in reading order; one that overlaps the one before, runs past the text or cuts a
/// character stays text).
pub fn with_quotations<'a>(
    text: &'a str,
    quotes: impl IntoIterator<Item = (Range<usize>, Option<String>)>,
) -> Vec<Inline<'a>> {
    let quotes = quotes.into_iter();
    let mut inlines = Vec::with_capacity(quotes.size_hint().0 * 2 + 1);
    let mut cursor = 0;
    for (range, speaker) in quotes {
        let Some(quoted) = text.get(range.clone()).filter(|q| !q.is_empty()) else {
            continue;
        };
        if range.start < cursor {
            continue;
        }
        if range.start > cursor {
            inlines.push(Inline::text(&text[cursor..range.start]));
        }
        inlines.push(Inline::Quote {
            text: Cow::Borrowed(quoted),
            speaker,
        });
        cursor = range.end;
    }
    if cursor < text.len() || inlines.is_empty() {
        inlines.push(Inline::text(&text[cursor..]));
    }
    inlines
}

/// The characters of a run of inlines as printed.
pub fn plain_text(inlines: &[Inline]) -> String {
    inlines.iter().map(Inline::as_str).collect()
}

impl<'a> Block<'a> {
    /// The same block owning its text.
    pub fn into_owned(self) -> Block<'static> {
        let owned =
            |inlines: Vec<Inline<'a>>| inlines.into_iter().map(Inline::into_owned).collect();
        match self {
            Block::Paragraph { content } => Block::Paragraph {
                content: owned(content),
            },
            Block::Subhead { content } => Block::Subhead {
                content: owned(content),
            },
            Block::List {
                ordered,
                start,
                items,
            } => Block::List {
                ordered,
                start,
                items: items.into_iter().map(owned).collect(),
            },
            Block::BlockQuote { content } => Block::BlockQuote {
                content: content.into_iter().map(owned).collect(),
            },
            Block::Note { kind, content } => Block::Note {
                kind,
                content: owned(content),
            },
            Block::Preformatted { text } => Block::Preformatted { text },
            Block::Caption { content } => Block::Caption {
                content: owned(content),
            },
        }
    }

    /// The number of bytes of text the block holds: what a writer sizes its output by.
    pub fn text_len(&self) -> usize {
        let inlines = |content: &[Inline]| content.iter().map(|i| i.as_str().len()).sum::<usize>();
        match self {
            Block::Paragraph { content }
            | Block::Subhead { content }
            | Block::Note { content, .. }
            | Block::Caption { content } => inlines(content),
            Block::List { items, .. } => items.iter().map(|i| inlines(i) + 4).sum(),
            Block::BlockQuote { content } => content.iter().map(|p| inlines(p) + 4).sum(),
            Block::Preformatted { text } => text.len(),
        }
    }

    /// The block's text as printed: one string per paragraph or list item.
    pub fn texts(&self) -> Vec<String> {
        match self {
            Block::Preformatted { text } => vec![text.clone()],
            _ => self.runs().map(plain_text).collect(),
        }
    }

    /// The block's runs of inlines, one per paragraph or list item (none for a table).
    pub fn runs(&self) -> impl Iterator<Item = &[Inline<'a>]> {
        let runs: &[Vec<Inline<'a>>] = match self {
            Block::Paragraph { content }
            | Block::Subhead { content }
            | Block::Note { content, .. }
            | Block::Caption { content } => std::slice::from_ref(content),
            Block::List { items, .. } => items,
            Block::BlockQuote { content } => content,
            Block::Preformatted { .. } => &[],
        };
        runs.iter().map(Vec::as_slice)
    }

    /// A paragraph of plain text.
    pub fn paragraph(text: impl Into<Cow<'a, str>>) -> Self {
        Block::Paragraph {
            content: vec![Inline::text(text)],
        }
    }
}

/// Who a credit names: "The Associated Press contributed to this report." gives
/// "The Associated Press"; an agency credit ("Reuters") is its own name.
pub fn credit_name(credit: &str) -> &str {
    let lower = credit.to_ascii_lowercase();
    for marker in [" contributed", " provided"] {
        if let Some(end) = lower.find(marker) {
            let name = credit[..end].trim().trim_start_matches('(');
            if !name.is_empty() {
                return name;
            }
        }
    }
    credit
}

/// Whether a credit is a contributor line (a sentence for the end of the story), not a name.
pub fn is_credit_line(credit: &str) -> bool {
    credit.ends_with('.') || credit_name(credit) != credit || credit.split_whitespace().count() > 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_names() {
        assert_eq!(
            credit_name("The Associated Press contributed to this report."),
            "The Associated Press"
        );
        assert_eq!(credit_name("Reuters"), "Reuters");
        assert!(is_credit_line("Reuters contributed reporting."));
        assert!(!is_credit_line("The Associated Press"));
    }

    #[test]
    fn json_shape_is_tagged_and_skips_empty_metadata() {
        let doc = Document {
            meta: Metadata {
                title: Some("T".into()),
                ..Metadata::default()
            },
            blocks: vec![Block::paragraph("P")],
            highlight_quotes: Vec::new(),
        };
        let json = serde_json::to_string(&doc).unwrap();
        assert_eq!(
            json,
            r#"{"meta":{"title":"T"},"blocks":[{"type":"paragraph","content":[{"type":"text","text":"P"}]}]}"#
        );
        assert_eq!(serde_json::from_str::<Document>(&json).unwrap(), doc);
    }
}
