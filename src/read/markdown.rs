//! The Markdown reader: YAML front matter (serde_yaml) and a CommonMark body (pulldown-cmark).
//!
//! Front-matter keys copydesk knows fill the metadata; any other key is kept as user metadata.
//! Paragraphs, headings, lists, block quotes and code blocks become the tree's blocks; the
//! paragraphs then get what the plain-text reader gives them (editor's notes, corrections and
//! captions by their labels, quotations and their speakers), so that plain → Markdown → tree
//! gives the tree plain → tree gives. What the tree cannot hold (emphasis, link targets,
//! images, raw HTML, rules) is reported as a warning; its text is kept.

use super::Reading;
use crate::document::{Block, Inline, Metadata};
use crate::error::{Error, Result};
use crate::options::Quotations;
use crate::text::body::{self, Draft};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::BTreeSet;

/// Reads Markdown with optional YAML front matter.
pub fn parse(text: &str, quotations: Quotations) -> Result<Reading<'static>> {
    let (mut meta, body_start) = front_matter(text)?;
    let mut warnings = BTreeSet::new();
    let (heading, mut drafts) = blocks(&text[body_start..], &mut warnings);
    if let Some(heading) = heading {
        if meta.title.is_none() {
            meta.title = Some(heading);
        } else {
            // A title in the front matter and a first-level heading too: the heading stays.
            let content = vec![Inline::text(heading)];
            drafts.insert(0, Draft::Block(Block::Subhead { content }));
        }
    }
    Ok(Reading {
        documents: vec![body::finish(drafts, meta, quotations)],
        warnings: warnings.into_iter().collect(),
    })
}

/// The front matter (between a first line `---` and the next `---` or `...` line) as
/// metadata, and where the body starts. A block that never closes is an error.
fn front_matter(text: &str) -> Result<(Metadata, usize)> {
    let Some(rest) = text.strip_prefix("---\n") else {
        return Ok((Metadata::default(), 0));
    };
    let mut offset = 4;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            let yaml = &rest[..offset - 4];
            let meta = metadata(yaml).map_err(|e| match e {
                Error::Syntax {
                    line,
                    column,
                    message,
                } => Error::Syntax {
                    // Line 1 is the opening `---`.
                    line: line + 1,
                    column,
                    message: format!("front matter: {message}"),
                },
                other => other,
            })?;
            return Ok((meta, offset + line.len()));
        }
        offset += line.len();
    }
    Err(Error::Syntax {
        line: 1,
        column: 1,
        message: "the front matter opened here is never closed (no `---` line after it)".to_owned(),
    })
}

/// How deep front matter may nest, in brackets or by indentation: metadata is a level or two;
/// YAML nested 50,000 deep took the parser seconds before it gave up.
const DEEPEST: usize = 64;

/// Refuses YAML nested deeper than [`DEEPEST`] before it is parsed: flow brackets outside
/// quoted scalars, and lines indented more than two columns a level.
fn refuse_deep_nesting(yaml: &str) -> Result<()> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    for (offset, &b) in yaml.as_bytes().iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'\n') => quote = None,
            (None, b'[' | b'{') => {
                depth += 1;
                if depth > DEEPEST {
                    return Err(Error::syntax_at(
                        yaml,
                        offset,
                        format!("nested more than {DEEPEST} deep"),
                    ));
                }
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let mut offset = 0;
    for line in yaml.split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent > 2 * DEEPEST {
            return Err(Error::syntax_at(
                yaml,
                offset,
                format!("nested more than {DEEPEST} deep"),
            ));
        }
        offset += line.len();
    }
    Ok(())
}

/// Front-matter YAML as metadata. A single value where a list is expected becomes a list of
/// one; numbers and booleans in text fields become their text.
fn metadata(yaml: &str) -> Result<Metadata> {
    if yaml.trim().is_empty() {
        return Ok(Metadata::default());
    }
    refuse_deep_nesting(yaml)?;
    let mut value: serde_yaml::Value =
        serde_yaml::from_str(yaml).map_err(|e| yaml_error(yaml, &e))?;
    let serde_yaml::Value::Mapping(map) = &mut value else {
        return Err(Error::Syntax {
            line: 1,
            column: 1,
            message: "front matter must be a mapping of keys to values".to_owned(),
        });
    };
    for (key, value) in map.iter_mut() {
        let Some(key) = key.as_str() else { continue };
        let scalar = |v: &serde_yaml::Value| match v {
            serde_yaml::Value::Bool(b) => Some(b.to_string()),
            serde_yaml::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        match key {
            "authors" | "highlights" | "credits" => {
                if !value.is_sequence() && !value.is_null() {
                    let one = std::mem::take(value);
                    *value = serde_yaml::Value::Sequence(vec![one]);
                }
                if let serde_yaml::Value::Sequence(items) = value {
                    for item in items {
                        if let Some(text) = scalar(item) {
                            *item = serde_yaml::Value::String(text);
                        }
                    }
                }
            }
            "title" | "dateline" | "date" | "language" | "byline" | "highlights_title" => {
                if let Some(text) = scalar(value) {
                    *value = serde_yaml::Value::String(text);
                }
            }
            _ => {}
        }
    }
    serde_yaml::from_value(value).map_err(|e| Error::Syntax {
        line: 1,
        column: 1,
        message: e.to_string(),
    })
}

fn yaml_error(yaml: &str, error: &serde_yaml::Error) -> Error {
    let message = error.to_string();
    let what = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_owned();
    match error.location() {
        Some(at) => Error::Syntax {
            line: at.line(),
            column: at.column(),
            message: what,
        },
        None => Error::syntax_at(yaml, 0, what),
    }
}

/// A quotation or list being read, blocks of the body inside another.
enum Container {
    /// A block quotation: its paragraphs.
    Quote(Vec<Vec<Inline<'static>>>),
    /// A list: numbered or not, its first number, its items, and the item being read.
    List {
        ordered: bool,
        start: u32,
        items: Vec<Vec<Inline<'static>>>,
        item: String,
    },
}

impl Container {
    /// Adds a paragraph's text where it goes: a paragraph of the quotation, or more text of the
    /// list item (its paragraphs joined by a space).
    fn add(&mut self, text: String) {
        if text.is_empty() {
            return;
        }
        match self {
            Container::Quote(paragraphs) => paragraphs.push(vec![Inline::text(text)]),
            Container::List { item, .. } => {
                if !item.is_empty() {
                    item.push(' ');
                }
                item.push_str(&text);
            }
        }
    }

    /// Ends the item being read, if it has text.
    fn end_item(&mut self) {
        if let Container::List { items, item, .. } = self {
            if !item.is_empty() {
                items.push(vec![Inline::text(std::mem::take(item))]);
            }
        }
    }
}

/// The number a numbered list item's source opens with ("12. …", "3) …").
fn item_number(source: &str) -> Option<u32> {
    let digits = source.trim_start();
    let end = digits.find(|c: char| !c.is_ascii_digit())?;
    digits[..end].parse().ok()
}

/// The blocks of a CommonMark body, and the text of a first-level heading opening it. The tree
/// has no nesting: a quotation or list inside another is read into it, its text kept in order,
/// with a warning.
fn blocks(
    markdown: &str,
    warnings: &mut BTreeSet<String>,
) -> (Option<String>, Vec<Draft<'static>>) {
    let mut drafts = Vec::new();
    let mut title = None;
    let mut text = String::new();
    let mut containers: Vec<Container> = Vec::new();
    let mut heading_level = 0;
    for (event, range) in Parser::new_ext(markdown, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_)) => {
                if let Event::Start(Tag::Heading { level, .. }) = &event {
                    heading_level = *level as usize;
                }
                // A tight item's text before a paragraph of its own (a loose item).
                if let Some(container) = containers.last_mut() {
                    container.add(std::mem::take(&mut text));
                }
                text.clear();
            }
            Event::End(TagEnd::Paragraph) => {
                let paragraph = std::mem::take(&mut text);
                match containers.last_mut() {
                    Some(container) => {
                        if matches!(container, Container::List { item, .. } if !item.is_empty()) {
                            warnings.insert("a list item's paragraphs are read as one".to_owned());
                        }
                        container.add(paragraph);
                    }
                    None => drafts.push(Draft::paragraph(paragraph)),
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let heading = std::mem::take(&mut text);
                if let Some(container) = containers.last_mut() {
                    warnings
                        .insert("a heading inside a quotation or list is read as text".to_owned());
                    container.add(heading);
                } else if heading_level == 1 && drafts.is_empty() && title.is_none() {
                    title = Some(heading);
                } else {
                    drafts.push(Draft::Block(Block::Subhead {
                        content: vec![Inline::text(heading)],
                    }));
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                let code = std::mem::take(&mut text);
                let code = code.strip_suffix('\n').unwrap_or(&code).to_owned();
                if let Some(container) = containers.last_mut() {
                    warnings.insert("code inside a quotation or list is read as text".to_owned());
                    container.add(code.split_whitespace().collect::<Vec<_>>().join(" "));
                } else {
                    drafts.push(Draft::Block(Block::Preformatted { text: code }));
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                if let Some(container) = containers.last_mut() {
                    container.add(std::mem::take(&mut text));
                }
                containers.push(Container::Quote(Vec::new()));
            }
            Event::Start(Tag::List(start)) => {
                if let Some(container) = containers.last_mut() {
                    container.add(std::mem::take(&mut text));
                    // The outer item's text comes before the inner list's items.
                    container.end_item();
                }
                containers.push(Container::List {
                    ordered: start.is_some(),
                    start: start.unwrap_or(1) as u32,
                    items: Vec::new(),
                    item: String::new(),
                });
            }
            Event::Start(Tag::Item) => {
                text.clear();
                // A numbered list that skips a number ("1. 2. 5.") is read as two lists, so the
                // numbers printed are kept: CommonMark keeps only the first.
                if let [Container::List {
                    ordered: true,
                    start,
                    items,
                    ..
                }] = containers.as_mut_slice()
                {
                    let number = item_number(&markdown[range.start..]);
                    if let Some(number) = number.filter(|&n| {
                        !items.is_empty() && Some(n) != start.checked_add(items.len() as u32)
                    }) {
                        drafts.push(Draft::Block(Block::List {
                            ordered: true,
                            start: *start,
                            items: std::mem::take(items),
                        }));
                        *start = number;
                    }
                }
            }
            Event::End(TagEnd::Item) => {
                if let Some(container) = containers.last_mut() {
                    container.add(std::mem::take(&mut text));
                    container.end_item();
                }
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_)) => {
                let Some(mut inner) = containers.pop() else {
                    continue;
                };
                inner.end_item();
                match (containers.last_mut(), inner) {
                    (None, Container::Quote(content)) if !content.is_empty() => {
                        drafts.push(Draft::Block(Block::BlockQuote { content }));
                    }
                    (
                        None,
                        Container::List {
                            ordered,
                            start,
                            items,
                            ..
                        },
                    ) if !items.is_empty() => {
                        drafts.push(Draft::Block(Block::List {
                            ordered,
                            start,
                            items,
                        }));
                    }
                    (None, _) => {}
                    (Some(outer), inner) => {
                        warnings.insert(
                            "a quotation or list inside another is read as part of it".to_owned(),
                        );
                        let texts = match inner {
                            Container::Quote(paragraphs) => paragraphs,
                            Container::List { items, .. } => items,
                        };
                        for inlines in texts {
                            let text = crate::document::plain_text(&inlines);
                            match outer {
                                // Each of the inner blocks an item of the outer list.
                                Container::List { .. } => {
                                    outer.add(text);
                                    outer.end_item();
                                }
                                Container::Quote(_) => outer.add(text),
                            }
                        }
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Html(h) | Event::InlineHtml(h) => {
                warnings.insert("raw HTML is kept as text".to_owned());
                text.push_str(h.trim_end_matches('\n'));
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => {
                warnings.insert("emphasis is not kept (the tree has plain text)".to_owned());
            }
            Event::Start(Tag::Link { .. }) => {
                warnings.insert("link targets are not kept; their text is".to_owned());
            }
            Event::Start(Tag::Image { .. }) => {
                warnings.insert("images are not kept; their descriptions are".to_owned());
            }
            Event::Rule => {
                warnings.insert("thematic breaks (---) are not kept".to_owned());
            }
            Event::Start(Tag::HtmlBlock) => {
                text.clear();
            }
            Event::End(TagEnd::HtmlBlock) => {
                let html = std::mem::take(&mut text);
                if html.trim().is_empty() {
                    continue;
                }
                match containers.last_mut() {
                    Some(container) => container.add(html.trim().to_owned()),
                    None => drafts.push(Draft::paragraph(html.trim().to_owned())),
                }
            }
            _ => {}
        }
    }
    (title, drafts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> crate::Document<'_> {
        parse(text, Quotations::Attributed)
            .unwrap()
            .documents
            .remove(0)
    }

    #[test]
    fn front_matter_and_body() {
        let doc = read("---\ntitle: 'X: y'\nauthors: Jane Doe\ndesk: world\n---\n\nOne \\*two\\*.\n\n## Sub\n\n- a\n- b\n\n2. c\n3. d\n\n> quoted\n\n```\ncode  here\n```\n");
        assert_eq!(doc.meta.title.as_deref(), Some("X: y"));
        assert_eq!(doc.meta.authors, ["Jane Doe"]);
        assert_eq!(doc.meta.extra["desk"], "world");
        assert_eq!(doc.blocks[0], Block::paragraph("One *two*."));
        assert!(matches!(&doc.blocks[1], Block::Subhead { .. }));
        assert!(
            matches!(&doc.blocks[2], Block::List { ordered: false, items, .. } if items.len() == 2)
        );
        assert!(matches!(
            &doc.blocks[3],
            Block::List {
                ordered: true,
                start: 2,
                ..
            }
        ));
        assert!(matches!(&doc.blocks[4], Block::BlockQuote { .. }));
        assert_eq!(
            doc.blocks[5],
            Block::Preformatted {
                text: "code  here".into()
            }
        );
    }

    #[test]
    fn a_front_matter_that_never_closes_is_an_error() {
        let err = parse("---\ntitle: x\n\nBody.\n", Quotations::Attributed).unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
    }

    #[test]
    fn bad_yaml_gives_its_line_in_the_file() {
        let err = parse(
            "---\ntitle: x\nauthors: [a\n---\nBody\n",
            Quotations::Attributed,
        )
        .unwrap_err();
        assert!(
            matches!(
                err,
                Error::Syntax { line: 4, .. } | Error::Syntax { line: 3, .. }
            ),
            "{err}"
        );
    }

    #[test]
    fn what_the_tree_cannot_hold_is_reported() {
        let reading = parse("A *b* [c](http://x) <b>d</b>\n", Quotations::Attributed).unwrap();
        assert_eq!(
            reading.documents[0].blocks[0],
            Block::paragraph("A b c <b>d</b>")
        );
        assert_eq!(reading.warnings.len(), 3, "{:?}", reading.warnings);
    }

    #[test]
    fn nested_quotations_lists_and_loose_items_keep_every_word_in_order() {
        let cases = [
            "> outer one\n>\n> > inner\n>\n> outer two\n",
            "- parent\n  - child one\n  - child two\n- sibling\n",
            "- item\n\n  second para\n\n- next\n",
            "> quoted\n> - listed in it\n> - and more\n",
            "1. first\n\n   > quoted in it\n\n2. second\n",
            "- a\n\n      code in item\n",
        ];
        for markdown in cases {
            let reading = parse(markdown, Quotations::Attributed).unwrap();
            let words: Vec<String> = reading.documents[0]
                .blocks
                .iter()
                .flat_map(|b| match b {
                    Block::BlockQuote { content } => content.clone(),
                    Block::List { items, .. } => items.clone(),
                    Block::Paragraph { content } => vec![content.clone()],
                    other => panic!("{other:?}"),
                })
                .flat_map(|inlines| {
                    crate::document::plain_text(&inlines)
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
            let expected: Vec<&str> = markdown
                .split_whitespace()
                .filter(|w| !matches!(*w, ">" | "-" | "1." | "2."))
                .collect();
            assert_eq!(words, expected, "{markdown:?}");
        }
        let reading = parse("- item\n\n  second para\n", Quotations::Attributed).unwrap();
        assert!(
            reading.warnings.iter().any(|w| w.contains("paragraphs")),
            "{:?}",
            reading.warnings
        );
    }

    #[test]
    fn a_heading_first_is_the_title() {
        let doc = read("# The title\n\nBody.\n");
        assert_eq!(doc.meta.title.as_deref(), Some("The title"));
        assert_eq!(doc.blocks.len(), 1);
    }
}
