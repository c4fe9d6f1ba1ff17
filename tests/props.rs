//! Property tests over generated trees: writing a tree and reading it back gives the same tree
//! for JSON (exactly), and for Markdown and NewsML-G2 up to a documented normalisation:
//!
//! - Markdown: adjacent lists of the same kind are one list in CommonMark, so they merge.
//!   (Quotations and notes are found again from the text, as in plain copy; the generated
//!   paragraphs hold none, and notes and captions carry their labels, so they come back.)
//! - NewsML-G2: user metadata other than slugline, keywords and urgency has no element and is
//!   dropped; a missing byline comes back as "By" and the authors; a box title without a box
//!   is not written.

mod common;
#[path = "invariants/mod.rs"]
mod invariants;

use copydesk::{
    Block, Document, Inline, InputFormat, Metadata, NoteKind, OutputFormat, ReadOptions,
};
use proptest::prelude::*;

/// A word: letters, digits, Markdown and XML specials, accents, dashes (no quotation marks,
/// colons or parentheses, which would make paragraphs into quotations or captions).
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-z]{1,8}",
        2 => "[A-Z][a-z]{1,6}",
        1 => "[0-9]{1,4}",
        1 => prop::sample::select(vec![
            "*", "_", "`", "[x]", "<b>", "&amp;", "~~", "#", "\\", "!", "|", "+", "-", "=", "1.",
            "2)", ">", "--", "é", "—", "’s", "ü", "&", "<", "a*b*", "_c_", "<!--", "]]>", "{{", "%}",
        ])
        .prop_map(str::to_owned),
    ]
}

/// Running text: a capitalised first word (never a label), then words.
fn text() -> impl Strategy<Value = String> {
    ("W[a-z]{1,6}", prop::collection::vec(word(), 0..10)).prop_map(|(first, rest)| {
        std::iter::once(first)
            .chain(rest)
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn name() -> impl Strategy<Value = String> {
    ("[A-Z][a-z]{2,8}", "[A-Z][a-z]{2,8}").prop_map(|(a, b)| format!("{a} {b}"))
}

fn inlines() -> impl Strategy<Value = Vec<Inline<'static>>> {
    text().prop_map(|t| vec![Inline::text(t)])
}

fn block() -> impl Strategy<Value = Block<'static>> {
    prop_oneof![
        4 => inlines().prop_map(|content| Block::Paragraph { content }),
        1 => inlines().prop_map(|content| Block::Subhead { content }),
        1 => (any::<bool>(), 1u32..5, prop::collection::vec(inlines(), 1..4)).prop_map(|(ordered, start, items)| {
            Block::List { ordered, start: if ordered { start } else { 1 }, items }
        }),
        1 => prop::collection::vec(inlines(), 1..3).prop_map(|content| Block::BlockQuote { content }),
        1 => prop::collection::vec(("[ ]{0,4}", text()), 1..4).prop_map(|lines| Block::Preformatted {
            text: lines.into_iter().map(|(indent, t)| format!("{indent}{t}")).collect::<Vec<_>>().join("\n"),
        }),
        1 => (any::<bool>(), text()).prop_map(|(editors, t)| {
            let (kind, label) = if editors { (NoteKind::EditorsNote, "Editor's note: ") } else { (NoteKind::Correction, "Correction: ") };
            Block::Note { kind, content: vec![Inline::text(format!("{label}{t}"))] }
        }),
        1 => text().prop_map(|t| Block::Caption { content: vec![Inline::text(format!("{t} Image: Jane Doe."))] }),
    ]
}

fn metadata() -> impl Strategy<Value = Metadata> {
    (
        (
            prop::option::of(text()),
            prop::collection::vec(name(), 0..3),
            prop::option::of(text()),
        ),
        (
            prop::option::of((2000u32..2030, 1u32..13, 1u32..29)),
            prop::option::of(prop::sample::select(vec!["en", "en-GB", "fr"])),
        ),
        (
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(text(), 0..2),
            prop::option::of(text()),
            prop::option::of(text()),
        ),
        prop::collection::vec(("x[a-z]{2,6}", text()), 0..2),
    )
        .prop_map(
            |(
                (title, authors, dateline),
                (date, language),
                (highlights, credits, byline, box_title),
                extra,
            )| Metadata {
                title,
                authors,
                dateline,
                date: date.map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
                language: language.map(str::to_owned),
                highlights,
                credits,
                byline,
                highlights_title: box_title,
                extra: extra
                    .into_iter()
                    .map(|(k, v)| (k, serde_json::Value::from(v)))
                    .collect(),
            },
        )
}

fn document() -> impl Strategy<Value = Document<'static>> {
    (metadata(), prop::collection::vec(block(), 0..8))
        .prop_map(|(meta, blocks)| Document {
            meta,
            blocks,
            ..Document::default()
        })
        // A document with nothing in it writes as nothing, and nothing is refused as input
        // ("the article is empty"), by design.
        .prop_filter("an article holds something", |doc| {
            *doc != Document::default()
        })
}

fn round_trip(doc: &Document, to: OutputFormat, from: InputFormat) -> Document<'static> {
    let written = copydesk::write::write(doc, to, &common::pinned().write).unwrap();
    copydesk::parse(written.as_bytes(), from, &ReadOptions::default())
        .map(Document::into_owned)
        .unwrap_or_else(|e| panic!("{e}\n{written}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn json_carries_the_whole_tree(doc in document()) {
        prop_assert_eq!(round_trip(&doc, OutputFormat::Json, InputFormat::Json), doc);
    }

    #[test]
    fn markdown_carries_the_whole_tree(doc in document()) {
        // Adjacent lists of one kind stay apart: the second is written with the other marker.
        let back = round_trip(&doc, OutputFormat::Markdown, InputFormat::Markdown);
        prop_assert_eq!(back, doc);
    }

    #[test]
    fn newsml_carries_the_tree_up_to_user_metadata(doc in document()) {
        let mut expected = doc.clone();
        // User metadata is not carried; the item's guid is.
        expected.meta.extra.clear();
        let minted = format!("urn:newsml:copydesk:{}", doc.content_hash().unwrap());
        expected.meta.extra.insert("guid".into(), minted.into());
        if expected.meta.byline.is_none() && !expected.meta.authors.is_empty() {
            expected.meta.byline = Some(format!("By {}", expected.meta.authors.join(" and ")));
        }
        if expected.meta.highlights.is_empty() {
            expected.meta.highlights_title = None;
        }
        let back = round_trip(&doc, OutputFormat::Newsml, InputFormat::Newsml);
        prop_assert_eq!(back, expected);
    }
}

/// Text as copy comes: words, markup, entities, quotation marks, bullets, labels, controls,
/// blank lines made of anything, in any order.
fn copy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z]{1,9}",
        2 => prop::sample::select(vec![
            " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{A0}\n", "\n    ", ". ", ", ", "“", "”", "\"",
            "’", "—", " -- ", "• ", "- ", "* ", "1. ", "2) ", "# ", "> ", "<b>", "</b>", "&amp;", "&",
            "<", "]]>", "---\n", "...\n", "`", "*", "_", "[", "](", ")", "\\", "said", " told ",
            "he said", "Story highlights\n", "By Jane Doe\n", "LONDON (Reuters) - ", "Editor's note: ",
            "Correction: ", " Image: Jane Doe.", "@highlight\n", "\u{0}", "\u{1}", "\u{7}", "\u{1B}",
            "\u{85}", "\u{200B}", "\u{FEFF}", "\u{2028}", "é", "🇺🇦", "e\u{301}", "مرحبا",
            "<?xml version=\"1.0\"?>", "<newsItem>", "</newsItem>", "<p>", "</p>", "{", "}", "\"meta\"",
            ": ", "yes", "null", "~", "|", "%", "!", "@",
        ])
        .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The fuzz targets' invariants, on generated copy read as every format.
    #[test]
    fn any_copy_read_as_any_format_keeps_the_invariants(text in copy()) {
        for format in [InputFormat::Plain, InputFormat::Markdown, InputFormat::Newsml, InputFormat::Json] {
            invariants::check(text.as_bytes(), format);
        }
    }
}
