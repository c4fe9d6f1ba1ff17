//! The invariants every conversion must keep, whatever the input: shared by the fuzz targets
//! (`fuzz/`) and the proptest and hostile-text tests, so both check the same thing.
//!
//! For every article a reader makes of the input: every writer succeeds; the NewsML output is
//! well-formed XML (quick-xml reads it to the end) with no character XML 1.0 forbids; the front
//! matter parses back with serde_yaml to the same metadata; the Markdown renders (pulldown-cmark)
//! with no raw HTML, block for block with the article's text.
#![allow(dead_code)]

use copydesk::document::plain_text;
use copydesk::{Block, Document, InputFormat, Metadata, OutputFormat, ReadOptions, WriteOptions};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Reads an input in a format and checks every invariant on what comes out. A reader may
/// refuse the input (an error), never panic.
pub fn check(bytes: &[u8], from: InputFormat) {
    let Ok(reading) = copydesk::parse_all(bytes.to_vec(), from, &ReadOptions::default()) else {
        return;
    };
    let options =
        WriteOptions::at(chrono::DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z").unwrap());
    for doc in &reading.documents {
        check_document(doc, &options);
    }
}

/// Checks the summary box's quotations, then every writer's output for one document.
pub fn check_document(doc: &Document, options: &WriteOptions) {
    // Each bullet's quotations are whole pieces of it, none dropped as out of place.
    for (index, highlight) in doc.meta.highlights.iter().enumerate() {
        let content = doc.highlight_content(index);
        assert_eq!(
            &plain_text(&content),
            highlight,
            "highlight {index} as inlines"
        );
        let quoted = content
            .iter()
            .filter(|i| matches!(i, copydesk::Inline::Quote { .. }));
        let listed = doc.highlight_quotes.iter().filter(|q| q.highlight == index);
        assert_eq!(
            quoted.count(),
            listed.count(),
            "highlight {index}'s quotations"
        );
    }
    assert!(
        doc.highlight_quotes
            .iter()
            .all(|q| q.highlight < doc.meta.highlights.len()),
        "a quotation of a highlight that is not there"
    );
    for &format in OutputFormat::all() {
        let out = copydesk::write::write(doc, format, options)
            .unwrap_or_else(|e| panic!("{format} writer failed: {e}"));
        // What every output of its kind must be, then what the format promises.
        let media_type = format.writer().media_type();
        if media_type.ends_with("xml") {
            check_xml(&out);
        } else if media_type.starts_with("application/json") {
            serde_json::from_str::<serde_json::Value>(&out)
                .unwrap_or_else(|e| panic!("{format}: not JSON: {e}\n{out}"));
        }
        if format == OutputFormat::Frontmatter {
            check_front_matter(&out, &doc.meta);
        } else if format == OutputFormat::Markdown {
            check_markdown(&out, doc);
        } else if format == OutputFormat::Json {
            let back: Document = serde_json::from_str(&out).expect("JSON parses back");
            assert_eq!(&back, doc, "JSON round trip");
        }
    }
}

/// Well-formed to the end, and no character XML 1.0 forbids.
pub fn check_xml(xml: &str) {
    let forbidden = xml.chars().find(|&c| {
        matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
    });
    assert!(
        forbidden.is_none(),
        "XML holds a forbidden character {forbidden:?}"
    );
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i64;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Text(t)) => {
                t.unescape()
                    .unwrap_or_else(|e| panic!("bad text in XML: {e}\n{xml}"));
            }
            Ok(_) => {}
            Err(e) => panic!(
                "XML not well-formed at {}: {e}\n{xml}",
                reader.buffer_position()
            ),
        }
    }
    assert_eq!(depth, 0, "unbalanced XML");
}

/// The front matter parses back to the same metadata.
pub fn check_front_matter(yaml: &str, meta: &Metadata) {
    let back: Metadata =
        serde_yaml::from_str(yaml).unwrap_or_else(|e| panic!("front matter: {e}\n{yaml}"));
    assert_eq!(&back, meta, "front matter round trip\n{yaml}");
}

/// Whitespace folded, and NUL as CommonMark shows it: the text a reader sees.
fn shown(text: &str) -> String {
    text.replace('\0', "\u{FFFD}")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of each paragraph, heading, list item, quoted paragraph and table, as the tree
/// holds it.
pub fn block_texts(doc: &Document) -> Vec<String> {
    let mut texts = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Paragraph { content }
            | Block::Subhead { content }
            | Block::Note { content, .. }
            | Block::Caption { content } => texts.push(plain_text(content)),
            Block::List { items, .. } => texts.extend(items.iter().map(|i| plain_text(i))),
            Block::BlockQuote { content } => texts.extend(content.iter().map(|p| plain_text(p))),
            Block::Preformatted { text } => texts.push(text.clone()),
        }
    }
    texts
}

/// What a CommonMark renderer with these options shows, leaf block by leaf block, exactly;
/// fails on raw HTML.
pub fn rendered_blocks(markdown: &str, options: Options) -> Vec<String> {
    let mut texts = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::CodeBlock(_)) => {
                current = Some(String::new())
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                texts.extend(current.take())
            }
            Event::End(TagEnd::CodeBlock) => {
                texts.extend(current.take().map(|t| t.trim_end_matches('\n').to_owned()))
            }
            Event::Text(t) | Event::Code(t) => current.get_or_insert_with(String::new).push_str(&t),
            Event::SoftBreak | Event::HardBreak => {
                current.get_or_insert_with(String::new).push(' ')
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                panic!("raw HTML reached the output: {h}\n{markdown}")
            }
            _ => {}
        }
    }
    texts
}

/// The text of each block the tree holds, as a reader of the rendered page sees it.
pub fn tree_texts(doc: &Document) -> Vec<String> {
    block_texts(doc)
        .iter()
        .map(|t| shown(t))
        .filter(|t| !t.is_empty())
        .collect()
}

/// What a CommonMark renderer shows, as a reader sees it; fails on raw HTML.
pub fn rendered_texts(markdown: &str) -> Vec<String> {
    rendered_blocks(markdown, Options::empty())
        .iter()
        .map(|t| shown(t))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The Markdown body renders to the tree's text, block for block, with no raw HTML.
pub fn check_markdown(markdown: &str, doc: &Document) {
    // The front matter keeps the line end before the closing `---`: YAML block scalars need it.
    let split = markdown
        .strip_prefix("---\n")
        .and_then(|m| m.find("\n---\n").map(|at| (&m[..at + 1], &m[at + 5..])));
    let body = match split {
        Some((front, body)) => {
            let meta: Metadata =
                serde_yaml::from_str(front).unwrap_or_else(|e| panic!("{e}\n{front}"));
            assert_eq!(&meta, &doc.meta);
            body
        }
        None => markdown,
    };
    assert_eq!(
        rendered_texts(body),
        tree_texts(doc),
        "Markdown shows other text than the tree holds:\n{markdown}"
    );
}
