//! HTML5: one page for the web, `<article>` with headline, byline, dateline, summary box and
//! body, and schema.org `NewsArticle` JSON-LD for search engines; the layout is the template
//! `templates/html.html.j2`. The body's HTML is also what ninjs carries. Text and attributes
//! are escaped by html-escape, the JSON-LD by minijinja's `tojson`.

use super::{Body, Context, Windows};
use crate::document::{Block, Document, Inline, NoteKind};
use crate::error::Result;
use crate::format::OutputFormat;
use crate::options::WriteOptions;
use minijinja::Value;
use std::fmt::Write as _;

/// One HTML5 page.
pub struct Html;

/// What the html writer is, for the table.
const ABOUT: super::About = super::About {
    name: "html",
    aliases: &[],
    description: "One HTML5 page, with schema.org NewsArticle JSON-LD",
    extension: "html",
    media_type: "text/html; charset=utf-8",
    template: Some(include_str!("../../templates/html.html.j2")),
    prints_quotations: true,
};

impl super::Writer for Html {
    fn about(&self) -> &'static super::About {
        &ABOUT
    }
    fn write(
        &self,
        doc: &Document,
        opts: &WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        super::render(OutputFormat::of(self), context(doc)?, opts, out)
    }
}

/// The template context: each metadata value escaped for HTML, the JSON-LD, and the body.
fn context<'a>(doc: &'a Document<'a>) -> Result<Context<'a>> {
    let meta = serde_json::to_value(&doc.meta)?;
    let mut vars = super::metadata_vars(&doc.meta, &meta, &|s| text(s));
    let description = doc.meta.highlights.join(" ");
    vars.insert("description".to_owned(), Value::from(()));
    if !description.is_empty() {
        vars.insert(
            "description".to_owned(),
            Value::from_safe_string(attribute(&description)),
        );
    }
    // The summary box's bullets as HTML, their quotations marked as the body's are.
    let highlights_html: Vec<Value> = (0..doc.meta.highlights.len())
        .map(|index| {
            let mut html = String::new();
            inlines(&mut html, &doc.highlight_content(index), Quotes::Q);
            Value::from_safe_string(html)
        })
        .collect();
    vars.insert("highlights_html".to_owned(), Value::from(highlights_html));
    vars.insert("json_ld".to_owned(), Value::from_serialize(json_ld(doc)));
    vars.insert(
        "generator_version".to_owned(),
        Value::from(env!("CARGO_PKG_VERSION")),
    );
    Ok(Context {
        vars,
        body: Body {
            before: String::new(),
            windows: Windows::ToRender(
                &doc.blocks,
                Box::new(|window, _| Ok(blocks_html(window, Quotes::Q))),
            ),
            after: String::new(),
            trim_end: true,
        },
    })
}

/// schema.org `NewsArticle`, as Google's structured-data guidelines describe it: headline,
/// authors as people, dates, dateline, and the article's text.
fn json_ld(doc: &Document) -> serde_json::Value {
    let meta = &doc.meta;
    let mut ld = serde_json::Map::new();
    ld.insert("@context".into(), "https://schema.org".into());
    ld.insert("@type".into(), "NewsArticle".into());
    if let Some(title) = &meta.title {
        ld.insert("headline".into(), title.as_str().into());
    }
    if !meta.authors.is_empty() {
        let authors = meta
            .authors
            .iter()
            .map(|name| serde_json::json!({"@type": "Person", "name": name}))
            .collect();
        ld.insert("author".into(), serde_json::Value::Array(authors));
    }
    if let Some(date) = &meta.date {
        ld.insert("datePublished".into(), date.as_str().into());
    }
    if let Some(dateline) = &meta.dateline {
        ld.insert("dateline".into(), dateline.as_str().into());
    }
    if let Some(language) = &meta.language {
        ld.insert("inLanguage".into(), language.as_str().into());
    }
    if !meta.highlights.is_empty() {
        ld.insert("description".into(), meta.highlights.join(" ").into());
    }
    ld.insert("articleBody".into(), article_body(&doc.blocks).into());
    serde_json::Value::Object(ld)
}

/// The body's text, its blocks separated by blank lines (a list's items by line ends):
/// `articleBody`.
fn article_body(blocks: &[Block]) -> String {
    let texts: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::List { .. } => block.texts().join("\n"),
            _ => block.texts().join("\n\n"),
        })
        .collect();
    texts.join("\n\n")
}

/// How a quotation is marked up: `<q>` (its own page tells browsers not to add quotation marks
/// to those the copy prints), or `<span class="quote">` for HTML shown under styles copydesk
/// does not control (ninjs).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Quotes {
    Q,
    Span,
}

/// Blocks as HTML, one element a line. A quotation's speaker is in `data-speaker`: HTML's
/// `cite` attribute takes a URL, not a name.
pub(super) fn blocks_html(blocks: &[Block], quotes: Quotes) -> String {
    let text_len: usize = blocks.iter().map(Block::text_len).sum();
    let mut out = String::with_capacity(text_len + text_len / 8 + blocks.len() * 16);
    for block in blocks {
        match block {
            Block::Paragraph { content } => element(&mut out, "p", "", content, quotes),
            Block::Subhead { content } => element(&mut out, "h2", "", content, quotes),
            Block::Note { kind, content } => {
                let class = match kind {
                    NoteKind::EditorsNote => " class=\"editors-note\"",
                    NoteKind::Correction => " class=\"correction\"",
                };
                element(&mut out, "p", class, content, quotes);
            }
            Block::Caption { content } => {
                element(&mut out, "p", " class=\"caption\"", content, quotes)
            }
            Block::List {
                ordered,
                start,
                items,
            } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push('<');
                out.push_str(tag);
                if *ordered && *start != 1 {
                    let _ = write!(out, " start=\"{start}\"");
                }
                out.push_str(">\n");
                for item in items {
                    element(&mut out, "li", "", item, quotes);
                }
                let _ = writeln!(out, "</{tag}>");
            }
            Block::BlockQuote { content } => {
                out.push_str("<blockquote>\n");
                for paragraph in content {
                    element(&mut out, "p", "", paragraph, quotes);
                }
                out.push_str("</blockquote>\n");
            }
            Block::Preformatted { text: pre } => {
                // A line break right after <pre> is dropped by HTML parsers: one more keeps
                // the text's own first line.
                out.push_str("<pre>\n");
                out.push_str(&text(pre));
                out.push_str("</pre>\n");
            }
        }
    }
    out
}

/// `<tag class>inlines</tag>` and a line end.
fn element(out: &mut String, tag: &str, class: &str, content: &[Inline], quotes: Quotes) {
    let _ = write!(out, "<{tag}{class}>");
    inlines(out, content, quotes);
    let _ = writeln!(out, "</{tag}>");
}

/// Text escaped, each quotation marked with its speaker.
fn inlines(out: &mut String, content: &[Inline], quotes: Quotes) {
    for inline in content {
        match inline {
            Inline::Text { text: t } => out.push_str(&text(t)),
            Inline::Quote {
                text: quoted,
                speaker,
            } => {
                let (open, close) = match quotes {
                    Quotes::Q => ("<q", "</q>"),
                    Quotes::Span => ("<span class=\"quote\"", "</span>"),
                };
                out.push_str(open);
                if let Some(speaker) = speaker {
                    let _ = write!(out, " data-speaker=\"{}\"", attribute(speaker));
                }
                out.push('>');
                out.push_str(&text(quoted));
                out.push_str(close);
            }
        }
    }
}

/// Text for an element's content: `&`, `<` and `>` escaped, and the characters HTML does not
/// allow in text (C0 controls but white space, U+FFFE/F) left out.
pub(super) fn text(raw: &str) -> String {
    html_escape::encode_text(&super::nitf::xml_chars(raw)).into_owned()
}

/// Text for a double-quoted attribute value.
fn attribute(raw: &str) -> String {
    html_escape::encode_double_quoted_attribute(&super::nitf::xml_chars(raw)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_the_copy_stays_text() {
        let blocks = [Block::Paragraph {
            content: vec![
                Inline::text("<script>alert(1)</script> & "),
                Inline::Quote {
                    text: "“AT&T”".into(),
                    speaker: Some("Bill \"Bull\" <O'Reilly>".to_owned()),
                },
            ],
        }];
        assert_eq!(
            blocks_html(&blocks, Quotes::Q),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <q data-speaker=\"Bill &quot;Bull&quot; &lt;O'Reilly&gt;\">“AT&amp;T”</q></p>\n"
        );
    }
}
