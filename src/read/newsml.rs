//! The NewsML-G2 reader (quick-xml): a `newsItem`, or a `newsMessage` holding several, with
//! its metadata from `contentMeta` and its body from `contentSet` — NITF or XHTML in
//! `inlineXML`, or plain text in `inlineData`.
//!
//! Entity declarations are refused, not expanded ("billion laughs"); nesting is bounded. What
//! is not understood is reported as a warning and its text kept, never dropped in silence.
//! Paragraph text goes through the same analysis as plain copy (quotations and speakers);
//! `<q quote-source>` markup from the producer wins over what the analysis finds.

use super::Reading;
use crate::document::{is_credit_line, Block, Document, Inline, Metadata, NoteKind};
use crate::error::{Error, Result};
use crate::options::Quotations;
use crate::text::body::{self, Draft};
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeSet;

/// Elements deeper than this are refused: no real item nests so far.
const MAX_DEPTH: usize = 256;

/// An XML element, namespaces dropped (NewsML, NITF and XHTML names do not collide where
/// copydesk looks).
#[derive(Debug, Default)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    children: Vec<Node>,
}

#[derive(Debug)]
enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// All the text inside, as written.
    fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        for node in &self.children {
            match node {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) if e.name == "br" => out.push('\n'),
                Node::Element(e) => e.collect_text(out),
            }
        }
    }

    /// The text inside, line breaks of pretty-printing folded: one line, as a value.
    fn value(&self) -> String {
        fold_layout(&self.text())
    }
}

/// Whitespace runs that hold a line break (pretty-printing) become one space; the ends are
/// trimmed. Runs of spaces within a line are kept, as the copy printed them.
fn fold_layout(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            run.push(c);
        } else {
            if !run.is_empty() {
                if !out.is_empty() {
                    out.push_str(if run.contains('\n') { " " } else { &run });
                }
                run.clear();
            }
            out.push(c);
        }
    }
    out
}

/// Reads NewsML-G2.
pub fn parse(text: &str, quotations: Quotations) -> Result<Reading<'static>> {
    let root = tree(text)?;
    let mut warnings = BTreeSet::new();
    let items: Vec<&Element> = match root.name.as_str() {
        // A standalone NITF document, given as NewsML or found by its .xml extension.
        "nitf" => return nitf_document(&root, quotations),
        "newsItem" => vec![&root],
        "newsMessage" => root
            .child("itemSet")
            .map(|set| set.elements().filter(|e| e.name == "newsItem").collect())
            .unwrap_or_default(),
        other => {
            return Err(Error::NotNewsml(format!(
                "the root element is <{other}>, not <newsItem> or <newsMessage>"
            )))
        }
    };
    if items.is_empty() {
        return Err(Error::NotNewsml(
            "the newsMessage holds no newsItem".to_owned(),
        ));
    }
    let documents = items
        .into_iter()
        .map(|item| news_item(item, &mut warnings, quotations))
        .collect::<Result<Vec<_>>>()?;
    Ok(Reading {
        documents,
        warnings: warnings.into_iter().collect(),
    })
}

/// Reads a standalone NITF document (`-f nitf`).
pub fn parse_nitf(text: &str, quotations: Quotations) -> Result<Reading<'static>> {
    let root = tree(text)?;
    if root.name != "nitf" {
        return Err(Error::NotNewsml(format!(
            "the root element is <{}>, not <nitf>",
            root.name
        )));
    }
    nitf_document(&root, quotations)
}

/// A standalone NITF document as a document: its head (title, docdata's date and keywords,
/// the root's language) and its body.
fn nitf_document(root: &Element, quotations: Quotations) -> Result<Reading<'static>> {
    let mut warnings = BTreeSet::new();
    let mut meta = Metadata::default();
    let mut drafts = Vec::new();
    nitf(root, &mut meta, &mut drafts, &mut warnings);
    let head = root.child("head");
    if meta.title.is_none() {
        meta.title = head.and_then(|h| h.child("title")).map(Element::value);
    }
    if let Some(docdata) = head.and_then(|h| h.child("docdata")) {
        meta.date = docdata
            .child("date.issue")
            .and_then(|d| d.attribute("norm"))
            .map(str::to_owned);
        let keywords: Vec<serde_json::Value> = docdata
            .child("key-list")
            .into_iter()
            .flat_map(Element::elements)
            .filter_map(|k| k.attribute("key"))
            .map(serde_json::Value::from)
            .collect();
        if !keywords.is_empty() {
            meta.extra
                .insert("keywords".to_owned(), serde_json::Value::Array(keywords));
        }
    }
    meta.language = root.attribute("baselang").map(str::to_owned);
    let doc_id = head
        .and_then(|h| h.child("docdata"))
        .and_then(|d| d.child("doc-id"))
        .and_then(|d| d.attribute("id-string"));
    let mut doc = body::finish(drafts, meta, quotations);
    keep_identity(&mut doc, doc_id, None);
    Ok(Reading {
        documents: vec![doc],
        warnings: warnings.into_iter().collect(),
    })
}

/// Parses XML into a tree, refusing entity declarations and deep nesting.
fn tree(text: &str) -> Result<Element> {
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let error_at = |reader: &quick_xml::Reader<&[u8]>, message: String| {
        Error::syntax_at(text, reader.error_position() as usize, message)
    };
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let position = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| error_at(&reader, e.to_string()))?;
        match event {
            Event::Start(start) => {
                if stack.len() > MAX_DEPTH {
                    return Err(Error::syntax_at(text, position, "elements nest too deep"));
                }
                stack.push(element(&start).map_err(|m| Error::syntax_at(text, position, m))?);
            }
            Event::Empty(start) => {
                let element = element(&start).map_err(|m| Error::syntax_at(text, position, m))?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Element(element));
                }
            }
            Event::End(_) => {
                let done = stack.pop().unwrap_or_default();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(done)),
                    None => {
                        return Err(Error::syntax_at(
                            text,
                            position,
                            "a closing tag with no opening tag",
                        ))
                    }
                }
            }
            Event::Text(t) => {
                let unescaped = t
                    .unescape()
                    .map_err(|e| Error::syntax_at(text, position, e.to_string()))?;
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Text(unescaped.into_owned()));
                }
            }
            Event::CData(c) => {
                if let Some(parent) = stack.last_mut() {
                    parent
                        .children
                        .push(Node::Text(String::from_utf8_lossy(&c).into_owned()));
                }
            }
            Event::DocType(doctype) if String::from_utf8_lossy(&doctype).contains("<!ENTITY") => {
                return Err(Error::syntax_at(
                    text,
                    position,
                    "entity declarations are refused (they can expand without bound)",
                ));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(Error::syntax_at(
            text,
            text.len(),
            format!(
                "<{}> is never closed",
                stack.last().map_or("", |e| e.name.as_str())
            ),
        ));
    }
    let document = stack.pop().unwrap_or_default();
    document
        .children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| Error::NotNewsml("no element at all".to_owned()))
}

/// No element of a news item has more attributes; one that does is refused before its
/// attributes are read.
const MOST_ATTRIBUTES: usize = 1000;

fn element(start: &BytesStart<'_>) -> std::result::Result<Element, String> {
    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    // quick-xml's own check for an attribute given twice compares each with every other one
    // (100,000 attributes took 21 s): a set of names does it in one pass.
    let mut seen = std::collections::HashSet::new();
    for attribute in start.attributes().with_checks(false) {
        let attribute = attribute.map_err(|e| e.to_string())?;
        if attributes.len() == MOST_ATTRIBUTES {
            return Err(format!(
                "<{name}> has more than {MOST_ATTRIBUTES} attributes"
            ));
        }
        if !seen.insert(attribute.key.as_ref().to_vec()) {
            return Err(format!(
                "<{name}> has the attribute {} twice",
                String::from_utf8_lossy(attribute.key.as_ref())
            ));
        }
        let key = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
        let value = attribute
            .unescape_value()
            .map_err(|e| e.to_string())?
            .into_owned();
        attributes.push((key, value));
    }
    Ok(Element {
        name,
        attributes,
        children: Vec::new(),
    })
}

/// One newsItem as a document.
fn news_item(
    item: &Element,
    warnings: &mut BTreeSet<String>,
    quotations: Quotations,
) -> Result<Document<'static>> {
    let mut meta = Metadata::default();
    if let Some(content_meta) = item.child("contentMeta") {
        read_content_meta(content_meta, &mut meta, warnings);
    }
    if meta.language.is_none() {
        meta.language = item.attribute("lang").map(str::to_owned);
    }
    let mut drafts = Vec::new();
    let content_set = item.child("contentSet");
    let mut found_body = false;
    for content in content_set.into_iter().flat_map(Element::elements) {
        match content.name.as_str() {
            "inlineXML" => {
                for root in content.elements() {
                    found_body = true;
                    match root.name.as_str() {
                        "nitf" => nitf(root, &mut meta, &mut drafts, warnings),
                        "html" => xhtml(root, &mut meta, &mut drafts, warnings),
                        other => {
                            warnings.insert(format!(
                                "an inlineXML body in <{other}> is read as paragraphs of text"
                            ));
                            blocks(root, &mut drafts, warnings);
                        }
                    }
                }
            }
            "inlineData" => {
                found_body = true;
                let plain = super::plain::parse(&content.text(), quotations).into_owned();
                drafts.extend(plain.blocks.into_iter().map(Draft::Block));
            }
            "remoteContent" => {
                warnings
                    .insert("remoteContent is not fetched: the item has no inline body".to_owned());
            }
            other => {
                warnings.insert(format!("<{other}> in contentSet is not understood"));
            }
        }
    }
    if !found_body && item.child("contentSet").is_none() {
        warnings.insert("the item has no contentSet: metadata only".to_owned());
    }
    let mut doc = body::finish(drafts, meta, quotations);
    keep_identity(&mut doc, item.attribute("guid"), item.attribute("version"));
    Ok(doc)
}

/// Keeps an item's identity in the metadata, so that every writer gives it again: its guid
/// (an agency's; one copydesk minted from copy it may now read differently), and its version
/// unless 1, where every item starts.
fn keep_identity(doc: &mut Document, guid: Option<&str>, version: Option<&str>) {
    let Some(guid) = guid.filter(|g| !g.trim().is_empty()) else {
        return;
    };
    let extra = &mut doc.meta.extra;
    extra.insert("guid".to_owned(), serde_json::Value::from(guid));
    if let Some(version) = version.filter(|v| v.trim() != "1") {
        extra.insert("version".to_owned(), serde_json::Value::from(version));
    }
}

/// contentMeta: headline, creators, contributors, credit lines, dateline, by, language,
/// summary, slugline, keywords, subjects, urgency, date.
fn read_content_meta(content_meta: &Element, meta: &mut Metadata, warnings: &mut BTreeSet<String>) {
    let mut keywords = Vec::new();
    let mut subjects = Vec::new();
    let mut contributors = Vec::new();
    for e in content_meta.elements() {
        let name_of = |e: &Element| {
            e.child("name")
                .map(Element::value)
                .or_else(|| e.attribute("literal").map(str::to_owned))
                .or_else(|| e.attribute("qcode").map(str::to_owned))
                .filter(|n| !n.is_empty())
        };
        match e.name.as_str() {
            "headline" if meta.title.is_none() => meta.title = Some(e.value()),
            "creator" => meta.authors.extend(name_of(e)),
            "contributor" => contributors.extend(name_of(e)),
            "creditline" => meta.credits.push(e.value()),
            "dateline" => meta.dateline = Some(e.value()),
            "by" => meta.byline = Some(e.value()),
            "language" => meta.language = e.attribute("tag").map(str::to_owned),
            // Each summary description is one highlight; other roles are kept as metadata.
            "description" => match e.attribute("role") {
                Some("drol:summary") | None => meta.highlights.push(e.value()),
                Some(role) => {
                    let key = format!("description_{}", role.trim_start_matches("drol:"));
                    meta.extra.insert(key, serde_json::Value::from(e.value()));
                }
            },
            "slugline" => {
                meta.extra
                    .insert("slugline".to_owned(), serde_json::Value::from(e.value()));
            }
            "urgency" => {
                meta.extra
                    .insert("urgency".to_owned(), serde_json::Value::from(e.value()));
            }
            "keyword" => keywords.push(e.value()),
            "subject" => subjects.extend(name_of(e)),
            "contentCreated" => meta.date = Some(e.value()),
            "genre" | "contentModified" | "located" | "icon" | "infoSource" | "audience"
            | "altId" => {}
            other => {
                warnings.insert(format!("contentMeta <{other}> is not understood"));
            }
        }
    }
    // Contributors named only by name are credits when no credit line says more.
    if meta.credits.is_empty() {
        meta.credits = contributors;
    }
    for (key, list) in [("keywords", keywords), ("subjects", subjects)] {
        if !list.is_empty() {
            meta.extra
                .insert(key.to_owned(), serde_json::Value::from(list));
        }
    }
}

/// A NITF document: head title, body.head (hedline, byline, dateline, abstract, notes),
/// body.content, body.end (tagline).
fn nitf(
    root: &Element,
    meta: &mut Metadata,
    drafts: &mut Vec<Draft<'static>>,
    warnings: &mut BTreeSet<String>,
) {
    let Some(body) = root.child("body") else {
        warnings.insert("the NITF document has no body".to_owned());
        return;
    };
    for part in body.elements() {
        match part.name.as_str() {
            "body.head" => {
                for e in part.elements() {
                    match e.name.as_str() {
                        "hedline" => {
                            if meta.title.is_none() {
                                meta.title = e.child("hl1").map(Element::value);
                            }
                        }
                        "byline" => {
                            if meta.byline.is_none() {
                                meta.byline = Some(e.value());
                            }
                            if meta.authors.is_empty() {
                                meta.authors = e
                                    .elements()
                                    .filter(|p| p.name == "person")
                                    .map(Element::value)
                                    .collect();
                            }
                        }
                        "dateline" if meta.dateline.is_none() => meta.dateline = Some(e.value()),
                        "abstract" => {
                            for a in e.elements() {
                                match a.name.as_str() {
                                    "hl2" if meta.highlights_title.is_none() => {
                                        meta.highlights_title = Some(a.value())
                                    }
                                    "ul" | "ol" if meta.highlights.is_empty() => {
                                        meta.highlights =
                                            a.elements().map(Element::value).collect();
                                    }
                                    "p" if meta.highlights.is_empty() => {
                                        meta.highlights.push(a.value())
                                    }
                                    _ => {}
                                }
                            }
                        }
                        "note" => blocks(e, drafts, warnings),
                        // The agencies, where a standalone NITF carries the credits NewsML has
                        // as creditline.
                        "distributor" => {
                            let orgs: Vec<String> = e
                                .elements()
                                .filter(|o| o.name == "org")
                                .map(Element::value)
                                .collect();
                            meta.credits.splice(0..0, orgs);
                        }
                        "dateline" | "rights" | "series" => {}
                        other => {
                            warnings.insert(format!("NITF body.head <{other}> is not understood"));
                        }
                    }
                }
            }
            "body.content" => blocks(part, drafts, warnings),
            "body.end" => {
                // The credit line, unless the item's metadata already gave its credit lines.
                if let Some(tagline) = part.child("tagline") {
                    if !meta.credits.iter().any(|c| is_credit_line(c)) {
                        meta.credits.push(tagline.value());
                    }
                }
            }
            other => {
                warnings.insert(format!("NITF <{other}> is not understood"));
            }
        }
    }
}

/// An XHTML body: h1 is the headline when there is none, other headings subheads.
fn xhtml(
    root: &Element,
    meta: &mut Metadata,
    drafts: &mut Vec<Draft<'static>>,
    warnings: &mut BTreeSet<String>,
) {
    let body = root.child("body").unwrap_or(root);
    if meta.title.is_none() {
        if let Some(h1) = find(body, "h1") {
            meta.title = Some(h1.value());
        }
    }
    blocks(body, drafts, warnings);
}

fn find<'a>(e: &'a Element, name: &str) -> Option<&'a Element> {
    e.elements()
        .find(|c| c.name == name)
        .or_else(|| e.elements().find_map(|c| find(c, name)))
}

/// The block elements of NITF and XHTML bodies, in order.
fn blocks(container: &Element, drafts: &mut Vec<Draft<'static>>, warnings: &mut BTreeSet<String>) {
    for e in container.elements() {
        match e.name.as_str() {
            "p" => {
                let text = e.value();
                if text.is_empty() {
                    continue;
                }
                if e.attribute("class") == Some("caption") {
                    drafts.push(Draft::Block(Block::Caption {
                        content: vec![Inline::text(text)],
                    }));
                } else {
                    drafts.push(paragraph(e, warnings));
                }
            }
            "hl2" | "h2" | "h3" | "h4" | "h5" | "h6" => drafts.push(Draft::Block(Block::Subhead {
                content: vec![Inline::text(e.value())],
            })),
            "h1" => {}
            "ul" | "ol" => {
                let items: Vec<Vec<Inline>> = e
                    .elements()
                    .map(Element::value)
                    .filter(|t| !t.is_empty())
                    .map(|t| vec![Inline::text(t)])
                    .collect();
                if !items.is_empty() {
                    drafts.push(Draft::Block(Block::List {
                        ordered: e.name == "ol",
                        start: e
                            .attribute("seqnum")
                            .or_else(|| e.attribute("start"))
                            .and_then(|n| n.parse().ok())
                            .unwrap_or(1),
                        items,
                    }));
                }
            }
            "bq" | "blockquote" => {
                let mut content = Vec::new();
                collect_paragraphs(e, &mut content);
                if !content.is_empty() {
                    drafts.push(Draft::Block(Block::BlockQuote { content }));
                }
            }
            "note" => {
                let kind = if e.attribute("class") == Some("correction") {
                    NoteKind::Correction
                } else {
                    NoteKind::EditorsNote
                };
                let mut paragraphs = Vec::new();
                collect_paragraphs(e, &mut paragraphs);
                let text = paragraphs
                    .iter()
                    .map(|p| crate::document::plain_text(p))
                    .collect::<Vec<_>>()
                    .join(" ");
                if !text.is_empty() {
                    drafts.push(Draft::Block(Block::Note {
                        kind,
                        content: vec![Inline::text(text)],
                    }));
                }
            }
            "pre" => drafts.push(Draft::Block(Block::Preformatted { text: e.text() })),
            "media" | "figure" => {
                for caption in e
                    .elements()
                    .filter(|c| c.name == "media-caption" || c.name == "figcaption")
                {
                    drafts.push(Draft::Block(Block::Caption {
                        content: vec![Inline::text(caption.value())],
                    }));
                }
            }
            "table" | "nitf-table" => {
                warnings.insert("tables are read as preformatted text, a row per line".to_owned());
                let rows: Vec<String> = rows(e)
                    .iter()
                    .map(|row| {
                        row.elements()
                            .map(Element::value)
                            .collect::<Vec<_>>()
                            .join("\t")
                    })
                    .collect();
                drafts.push(Draft::Block(Block::Preformatted {
                    text: rows.join("\n"),
                }));
            }
            "hr" | "br" => {}
            "block" | "div" | "section" | "article" | "header" | "footer" | "main"
            | "body.content" | "fn" => blocks(e, drafts, warnings),
            other => {
                let text = e.value();
                if !text.is_empty() {
                    warnings.insert(format!("<{other}> is read as a paragraph"));
                    drafts.push(Draft::paragraph(text));
                }
            }
        }
    }
}

fn rows(table: &Element) -> Vec<&Element> {
    let mut out = Vec::new();
    for e in table.elements() {
        if e.name == "tr" {
            out.push(e);
        } else {
            out.extend(rows(e));
        }
    }
    out
}

/// The paragraphs inside a quotation or a note, as text.
fn collect_paragraphs(e: &Element, out: &mut Vec<Vec<Inline>>) {
    let mut any = false;
    for c in e.elements() {
        match c.name.as_str() {
            "p" => {
                any = true;
                let text = c.value();
                if !text.is_empty() {
                    out.push(vec![Inline::text(text)]);
                }
            }
            "credit" => {}
            _ => {
                any = true;
                collect_paragraphs(c, out);
            }
        }
    }
    if !any {
        let text = e.value();
        if !text.is_empty() {
            out.push(vec![Inline::text(text)]);
        }
    }
}

/// A paragraph: its text, and the quotations the producer marked with `<q>`.
fn paragraph(p: &Element, warnings: &mut BTreeSet<String>) -> Draft<'static> {
    const INLINE: &[&str] = &[
        "em",
        "strong",
        "b",
        "i",
        "a",
        "person",
        "location",
        "org",
        "money",
        "num",
        "chron",
        "event",
        "function",
        "object.title",
        "virtloc",
        "classifier",
        "copyrite",
        "span",
        "sub",
        "sup",
        "lang",
        "pronounce",
        "frac",
        "alt-code",
        "br",
        "abbr",
        "cite",
        "q",
        "name.given",
        "name.family",
        "postaddr",
        "city",
        "country",
        "region",
        "state",
        "sublocation",
        "byttl",
    ];
    let mut marked = Vec::new();
    let mut text = String::new();
    for node in &p.children {
        match node {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) => {
                if !INLINE.contains(&e.name.as_str()) {
                    warnings.insert(format!("inline <{}> is read as text", e.name));
                }
                let start = text.len();
                e.collect_text(&mut text);
                if e.name == "q" {
                    marked.push((
                        start..text.len(),
                        e.attribute("quote-source").map(str::to_owned),
                    ));
                }
            }
        }
    }
    // Pretty-printing inside a paragraph folds to single spaces; marked ranges follow.
    if text.contains('\n')
        || text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace)
    {
        warnings.insert("line breaks inside paragraphs are read as spaces".to_owned());
        let folded = fold_layout(&text);
        // Each quotation is looked for after the one before: one pass over the paragraph.
        let mut from = 0;
        let quotes = marked
            .into_iter()
            .filter_map(|(range, speaker)| {
                let q = fold_layout(&text[range]);
                let at = from + folded[from..].find(&q)?;
                from = at + q.len();
                Some((at..from, speaker))
            })
            .collect();
        return Draft::Marked {
            text: folded,
            quotes,
        };
    }
    if marked.is_empty() {
        Draft::paragraph(text)
    } else {
        Draft::Marked {
            text,
            quotes: marked,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_declarations_are_refused() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><newsItem>&lol2;</newsItem>"#;
        let err = parse(bomb, Quotations::Attributed).unwrap_err();
        assert!(
            err.to_string().contains("entity declarations are refused"),
            "{err}"
        );
    }

    #[test]
    fn malformed_xml_has_a_position() {
        let err = parse(
            "<newsItem>\n  <contentMeta>\n</newsItem>",
            Quotations::Attributed,
        )
        .unwrap_err();
        assert!(matches!(err, Error::Syntax { line: 3, .. }), "{err}");
    }

    #[test]
    fn xml_that_is_not_newsml_says_so() {
        let err = parse("<rss><channel/></rss>", Quotations::Attributed).unwrap_err();
        assert!(
            err.to_string().contains("not NewsML-G2") && err.to_string().contains("<rss>"),
            "{err}"
        );
    }

    #[test]
    fn a_news_message_yields_every_item() {
        let xml = r#"<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/><itemSet>
            <newsItem><contentMeta><headline>One</headline></contentMeta></newsItem>
            <newsItem><contentMeta><headline>Two</headline></contentMeta></newsItem>
            </itemSet></newsMessage>"#;
        let reading = parse(xml, Quotations::Attributed).unwrap();
        let titles: Vec<_> = reading
            .documents
            .iter()
            .map(|d| d.meta.title.clone().unwrap())
            .collect();
        assert_eq!(titles, ["One", "Two"]);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let xml = format!(
            "<newsItem>{}{}</newsItem>",
            "<a>".repeat(300),
            "</a>".repeat(300)
        );
        assert!(parse(&xml, Quotations::Attributed).is_err());
    }
}
