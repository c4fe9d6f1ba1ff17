//! NewsML-G2 (IPTC, 2.35, power conformance): one `newsItem` whose body is NITF 3.6 inside
//! `contentSet/inlineXML`. quick-xml builds every element and escapes every value; the envelope
//! (namespaces, catalog, item metadata) is the template `templates/newsml.xml.j2`.

use super::{map_windows, windows, Body, Context, Windows};
use crate::document::{credit_name, is_credit_line, Block, Document, Inline, NoteKind};
use crate::error::{Error, Result};
use crate::options::WriteOptions;
use chrono::{DateTime, NaiveDate};
use minijinja::Value;
use quick_xml::events::{BytesText, Event};
use quick_xml::Writer;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::fmt::Write as _;

type XmlWriter = Writer<Vec<u8>>;

const NITF_NAMESPACE: &str = "http://iptc.org/std/NITF/2006-10-18/";

/// One IPTC NewsML-G2 newsItem with a NITF 3.6 body.
pub struct NewsMl;

impl super::Writer for NewsMl {
    fn name(&self) -> &'static str {
        "newsml"
    }
    fn aliases(&self) -> &'static [&'static str] {
        &["newsml-g2"]
    }
    fn description(&self) -> &'static str {
        "One IPTC NewsML-G2 newsItem with a NITF 3.6 body"
    }
    fn extension(&self) -> &'static str {
        "xml"
    }
    fn media_type(&self) -> &'static str {
        "application/vnd.iptc.g2.newsitem+xml"
    }
    fn template(&self) -> Option<&'static str> {
        Some(include_str!("../../templates/newsml.xml.j2"))
    }
    fn write(
        &self,
        doc: &Document,
        opts: &WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        super::render(
            crate::format::OutputFormat::Newsml,
            context(doc, opts)?,
            opts,
            out,
        )
    }
}

/// The template context: envelope values and XML fragments, every value escaped for XML.
pub fn context<'a>(doc: &'a Document, opts: &WriteOptions) -> Result<Context<'a>> {
    let meta = serde_json::to_value(&doc.meta)?;
    let mut vars = super::metadata_vars(&doc.meta, &meta, &|s| escape(s));
    let publisher = &opts.publisher;
    let set = |vars: &mut std::collections::BTreeMap<String, Value>, key: &str, value: String| {
        vars.insert(key.to_owned(), Value::from_safe_string(value));
    };
    // The guid hashes the whole tree; the body is rendered and its words counted meanwhile.
    let (guid, rendered) = rayon::join(
        || guid(doc, &publisher.guid_prefix),
        || map_windows(&windows(&doc.blocks), 0, |window, _| window_xml(window)),
    );
    let mut words = 0;
    let pieces = rendered
        .into_iter()
        .map(|window| {
            window.map(|(xml, count)| {
                words += count;
                xml
            })
        })
        .collect::<Result<Vec<String>>>()?;
    set(&mut vars, "guid", escape(&guid?));
    set(&mut vars, "version_created", version_created(doc, opts));
    set(
        &mut vars,
        "provider",
        fragment(256, |w| provider(w, &publisher.provider))?,
    );
    set(
        &mut vars,
        "rights_info",
        fragment(1024, |w| rights_info(w, opts))?,
    );
    set(
        &mut vars,
        "content_meta",
        fragment(4096, |w| content_meta(w, doc))?,
    );
    set(
        &mut vars,
        "generator_version",
        env!("CARGO_PKG_VERSION").to_owned(),
    );
    // The NITF around the blocks, with the offset where the blocks go.
    let mut content_at = 0;
    let around = fragment(4096, |w| {
        nitf(w, doc, |w| {
            content_at = w.get_ref().len();
            Ok(())
        })
    })?;
    set(&mut vars, "wordcount", words.to_string());
    let body = Body {
        before: around[..content_at].to_owned(),
        windows: Windows::Rendered(pieces),
        after: around[content_at..].to_owned(),
        trim_end: false,
    };
    Ok(Context { vars, body })
}

/// Escapes text for XML content or attributes, dropping characters XML 1.0 forbids.
fn escape(text: &str) -> String {
    quick_xml::escape::escape(xml_chars(text).as_ref()).into_owned()
}

/// Character data for an element: the characters XML 1.0 forbids dropped, `&`, `<` and `>`
/// escaped. Quotation marks and apostrophes stay as printed: only attribute values need them
/// escaped.
fn character_data(text: &str) -> BytesText<'static> {
    let text = xml_chars(text);
    let mut escaped = String::with_capacity(text.len() + text.len() / 64);
    character_data_escapes::escape_string(&text, &mut escaped);
    BytesText::from_escaped(escaped)
}

/// The escapes character data needs (v_escape: SIMD, where quick-xml looks at each byte).
mod character_data_escapes {
    v_escape::escape! {
        '&' -> "&amp;",
        '<' -> "&lt;",
        '>' -> "&gt;"
    }
}

/// Text without the characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE/F).
fn xml_chars(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}');
    // Bytes first, all of them (so the loop runs on vectors): a control byte, or the lead
    // byte 0xEF of U+FFFE and U+FFFF, is rare; only then are the characters read.
    let suspicious = text.bytes().fold(false, |seen, b| {
        seen | (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) | (b == 0xEF)
    });
    if !suspicious || text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| allowed(c)).collect())
    }
}

/// A stable guid: the prefix and a hash of the document, so the same input gives the same guid.
fn guid(doc: &Document, prefix: &str) -> Result<String> {
    // The tree's JSON streams into the hash: no copy of the document is made.
    // Buffered: the serializer writes a token at a time, the hasher is fastest in blocks.
    let mut hasher = std::io::BufWriter::with_capacity(1 << 16, Sha256::new());
    serde_json::to_writer(&mut hasher, doc)?;
    let digest = hasher
        .into_inner()
        .map_err(|e| Error::Io(e.into_error()))?
        .finalize();
    let mut id = String::with_capacity(prefix.len() + 32);
    id.push_str(prefix);
    for byte in &digest[..16] {
        let _ = write!(id, "{byte:02x}");
    }
    Ok(id)
}

/// `versionCreated`: the article's date when it has one, else the conversion time.
fn version_created(doc: &Document, opts: &WriteOptions) -> String {
    let from_article = doc.meta.date.as_deref().and_then(|d| {
        DateTime::parse_from_rfc3339(d)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .ok()
            .or_else(|| {
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .ok()
                    .map(|day| format!("{}T00:00:00Z", day.format("%Y-%m-%d")))
            })
    });
    from_article.unwrap_or_else(|| {
        opts.conversion_time
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    })
}

/// Runs a writing function into a fresh buffer and returns the XML text.
fn fragment(
    capacity: usize,
    write: impl FnOnce(&mut XmlWriter) -> std::io::Result<()>,
) -> Result<String> {
    let mut writer = Writer::new(Vec::with_capacity(capacity));
    write(&mut writer).map_err(|e| Error::Xml(e.to_string()))?;
    String::from_utf8(writer.into_inner()).map_err(|e| Error::Xml(e.to_string()))
}

fn newline(w: &mut XmlWriter, indent: usize) -> std::io::Result<()> {
    let spaces = format!("\n{:indent$}", "");
    w.write_event(Event::Text(BytesText::from_escaped(spaces)))
}

/// Writes `<name>text</name>`.
fn text_element(w: &mut XmlWriter, name: &str, text: &str) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(character_data(text))?;
    Ok(())
}

/// `<provider>`: a URI as `uri`, a QCode (`scheme:code`) as `qcode`, anything else as a
/// literal name.
fn provider(w: &mut XmlWriter, provider: &str) -> std::io::Result<()> {
    let value = collapse(provider);
    let is_uri = ["http://", "https://", "urn:"]
        .iter()
        .any(|scheme| value.starts_with(scheme));
    let is_qcode = value.split_once(':').is_some_and(|(scheme, code)| {
        !scheme.is_empty() && !code.is_empty() && !value.contains(' ')
    });
    let attribute = if is_uri {
        "uri"
    } else if is_qcode {
        "qcode"
    } else {
        "literal"
    };
    w.create_element("provider")
        .with_attribute((attribute, value.as_str()))
        .write_empty()?;
    Ok(())
}

/// `<rightsInfo>` from the publisher's settings, or nothing.
fn rights_info(w: &mut XmlWriter, opts: &WriteOptions) -> std::io::Result<()> {
    let p = &opts.publisher;
    if p.copyright_holder.is_none() && p.copyright_notice.is_none() && p.usage_terms.is_none() {
        return Ok(());
    }
    w.create_element("rightsInfo").write_inner_content(|w| {
        if let Some(holder) = &p.copyright_holder {
            newline(w, 4)?;
            w.create_element("copyrightHolder")
                .write_inner_content(|w| text_element(w, "name", holder))?;
        }
        if let Some(notice) = &p.copyright_notice {
            newline(w, 4)?;
            text_element(w, "copyrightNotice", notice)?;
        }
        if let Some(terms) = &p.usage_terms {
            newline(w, 4)?;
            text_element(w, "usageTerms", terms)?;
        }
        newline(w, 2)
    })?;
    Ok(())
}

/// One-line text for attributes and one-line elements (g2normalizedString: no tabs or line ends).
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<contentMeta>`, its children in the order the schema requires.
fn content_meta(w: &mut XmlWriter, doc: &Document) -> std::io::Result<()> {
    let meta = &doc.meta;
    let extra_text = |key: &str| meta.extra.get(key).and_then(|v| v.as_str()).map(str::trim);
    w.create_element("contentMeta").write_inner_content(|w| {
        if let Some(urgency) =
            extra_text("urgency").filter(|u| matches!(u.parse::<u8>(), Ok(1..=9)))
        {
            newline(w, 4)?;
            text_element(w, "urgency", urgency)?;
        }
        if let Some(date) = meta.date.as_deref().filter(|d| is_content_date(d)) {
            newline(w, 4)?;
            text_element(w, "contentCreated", date)?;
        }
        for author in &meta.authors {
            newline(w, 4)?;
            w.create_element("creator")
                .with_attribute(("role", "crol:author"))
                .write_inner_content(|w| text_element(w, "name", &collapse(author)))?;
        }
        for credit in &meta.credits {
            newline(w, 4)?;
            w.create_element("contributor")
                .write_inner_content(|w| text_element(w, "name", &collapse(credit_name(credit))))?;
        }
        if let Some(language) = &meta.language {
            newline(w, 4)?;
            w.create_element("language")
                .with_attribute(("tag", language.trim()))
                .write_empty()?;
        }
        for keyword in keywords(meta) {
            newline(w, 4)?;
            text_element(w, "keyword", &collapse(&keyword))?;
        }
        if let Some(slugline) = extra_text("slugline") {
            newline(w, 4)?;
            text_element(w, "slugline", &collapse(slugline))?;
        }
        if let Some(title) = &meta.title {
            newline(w, 4)?;
            text_element(w, "headline", title)?;
        }
        if let Some(dateline) = &meta.dateline {
            newline(w, 4)?;
            text_element(w, "dateline", dateline)?;
        }
        if let Some(by) = byline_text(doc) {
            newline(w, 4)?;
            text_element(w, "by", &by)?;
        }
        for credit in &meta.credits {
            newline(w, 4)?;
            text_element(w, "creditline", &collapse(credit))?;
        }
        // One summary description per highlight: each bullet stays a bullet.
        for highlight in &meta.highlights {
            newline(w, 4)?;
            w.create_element("description")
                .with_attribute(("role", "drol:summary"))
                .write_text_content(character_data(highlight))?;
        }
        newline(w, 2)
    })?;
    Ok(())
}

/// Keywords from user metadata: a list, or one comma-separated string.
fn keywords(meta: &crate::document::Metadata) -> Vec<String> {
    match meta
        .extra
        .get("keywords")
        .or_else(|| meta.extra.get("keyword"))
    {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(serde_json::Value::String(s)) => s
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a date is one `contentCreated` accepts: a date-time with zone, or a date.
fn is_content_date(date: &str) -> bool {
    DateTime::parse_from_rfc3339(date).is_ok()
        || NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok()
}

/// The byline as printed, or one made from the authors.
fn byline_text(doc: &Document) -> Option<String> {
    doc.meta.byline.clone().or_else(|| {
        (!doc.meta.authors.is_empty()).then(|| format!("By {}", doc.meta.authors.join(" and ")))
    })
}

/// A window of the body's blocks as NITF, and the number of their words (for
/// `inlineXML/@wordcount`).
fn window_xml(window: &[Block]) -> Result<(String, usize)> {
    let text: usize = window.iter().map(Block::text_len).sum();
    let mut counter = WordCounter::default();
    let xml = fragment(text + text / 16 + window.len() * 24, |w| {
        for block in window {
            newline(w, 12)?;
            write_block(w, block)?;
            counter.block(block);
        }
        Ok(())
    })?;
    Ok((xml, counter.words))
}

/// Counts words (runs of non-space bytes) across the inlines of a block: a quotation and the
/// text after it may share a word (`“…,”` and `said`).
#[derive(Default)]
struct WordCounter {
    words: usize,
    in_word: bool,
}

impl WordCounter {
    /// Counts a block's words; a word never runs from one block into the next.
    fn block(&mut self, block: &Block) {
        match block {
            Block::Paragraph { content }
            | Block::Subhead { content }
            | Block::Note { content, .. }
            | Block::Caption { content } => self.inlines(content),
            Block::List { items, .. } => items.iter().for_each(|i| self.inlines(i)),
            Block::Preformatted { text } => self.text(text),
            Block::BlockQuote { content } => content.iter().for_each(|p| self.inlines(p)),
        }
        self.in_word = false;
    }

    fn inlines(&mut self, content: &[Inline]) {
        content.iter().for_each(|i| self.text(i.as_str()));
    }

    fn text(&mut self, text: &str) {
        // In parts whose count fits a u32, which the compiler sums on vectors.
        for part in text.as_bytes().chunks(1 << 30) {
            self.part(part);
        }
    }

    fn part(&mut self, bytes: &[u8]) {
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return;
        };
        // ASCII white space as `u8::is_ascii_whitespace` has it, without a branch.
        let space = |b: u8| (b == b' ') | ((b.wrapping_sub(b'\t') < 5) & (b != 0x0B));
        // A word starts wherever a space is followed by something else.
        let starts: u32 = bytes
            .iter()
            .zip(&bytes[1..])
            .map(|(&a, &b)| u32::from(space(a) & !space(b)))
            .sum();
        self.words += starts as usize + usize::from(!self.in_word && !space(first));
        self.in_word = !space(last);
    }
}

/// The NITF 3.6 document: head title, body.head (hedline, byline, dateline, abstract),
/// body.content with one block (its blocks written by `content`), body.end (tagline).
fn nitf(
    w: &mut XmlWriter,
    doc: &Document,
    content: impl FnOnce(&mut XmlWriter) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let meta = &doc.meta;
    w.create_element("nitf")
        .with_attribute(("xmlns", NITF_NAMESPACE))
        .write_inner_content(|w| {
            if let Some(title) = &meta.title {
                newline(w, 8)?;
                w.create_element("head")
                    .write_inner_content(|w| text_element(w, "title", title))?;
            }
            newline(w, 8)?;
            w.create_element("body").write_inner_content(|w| {
                body_head(w, doc)?;
                newline(w, 10)?;
                // The blocks go in one <block>: NITF allows them bare too, but ingest systems
                // (Superdesk reads `body.content/block/*`) take the body from blocks.
                w.create_element("body.content").write_inner_content(|w| {
                    w.create_element("block").write_inner_content(|w| {
                        content(w)?;
                        newline(w, 10)
                    })?;
                    Ok(())
                })?;
                let lines: Vec<&str> = meta
                    .credits
                    .iter()
                    .map(String::as_str)
                    .filter(|c| is_credit_line(c))
                    .collect();
                if !lines.is_empty() {
                    newline(w, 10)?;
                    w.create_element("body.end")
                        .write_inner_content(|w| text_element(w, "tagline", &lines.join(" ")))?;
                }
                newline(w, 8)
            })?;
            newline(w, 6)
        })?;
    Ok(())
}

fn body_head(w: &mut XmlWriter, doc: &Document) -> std::io::Result<()> {
    let meta = &doc.meta;
    let byline = byline_text(doc);
    if meta.title.is_none()
        && byline.is_none()
        && meta.dateline.is_none()
        && meta.highlights.is_empty()
    {
        return Ok(());
    }
    newline(w, 10)?;
    w.create_element("body.head").write_inner_content(|w| {
        if let Some(title) = &meta.title {
            newline(w, 12)?;
            w.create_element("hedline")
                .write_inner_content(|w| text_element(w, "hl1", title))?;
        }
        if let Some(byline) = &byline {
            newline(w, 12)?;
            w.create_element("byline")
                .write_inner_content(|w| byline_with_people(w, byline, &meta.authors))?;
        }
        if let Some(dateline) = &meta.dateline {
            newline(w, 12)?;
            text_element(w, "dateline", dateline)?;
        }
        if !meta.highlights.is_empty() {
            newline(w, 12)?;
            w.create_element("abstract").write_inner_content(|w| {
                if let Some(title) = &meta.highlights_title {
                    text_element(w, "hl2", title)?;
                }
                w.create_element("ul").write_inner_content(|w| {
                    for highlight in &meta.highlights {
                        text_element(w, "li", highlight)?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        }
        newline(w, 10)
    })?;
    Ok(())
}

/// The byline's text with each author marked as a `<person>`.
fn byline_with_people(w: &mut XmlWriter, byline: &str, authors: &[String]) -> std::io::Result<()> {
    let mut rest = byline;
    for author in authors {
        if let Some(at) = rest.find(author.as_str()) {
            if at > 0 {
                w.write_event(Event::Text(character_data(&rest[..at])))?;
            }
            text_element(w, "person", author)?;
            rest = &rest[at + author.len()..];
        }
    }
    if !rest.is_empty() {
        w.write_event(Event::Text(character_data(rest)))?;
    }
    Ok(())
}

fn write_block(w: &mut XmlWriter, block: &Block) -> std::io::Result<()> {
    match block {
        Block::Paragraph { content } => {
            w.create_element("p")
                .write_inner_content(|w| write_inlines(w, content))?;
        }
        Block::Subhead { content } => {
            w.create_element("hl2")
                .write_inner_content(|w| write_inlines(w, content))?;
        }
        Block::Preformatted { text } => {
            text_element(w, "pre", text)?;
        }
        Block::Caption { content } => {
            w.create_element("p")
                .with_attribute(("class", "caption"))
                .write_inner_content(|w| write_inlines(w, content))?;
        }
        Block::List {
            ordered,
            start,
            items,
        } => {
            let list = w.create_element(if *ordered { "ol" } else { "ul" });
            // NITF's seqnum keeps the number a list starts at ("2) …" in the copy).
            let start = start.to_string();
            let list = if *ordered && start != "1" {
                list.with_attribute(("seqnum", start.as_str()))
            } else {
                list
            };
            list.write_inner_content(|w| {
                for item in items {
                    w.create_element("li")
                        .write_inner_content(|w| write_inlines(w, item))?;
                }
                Ok(())
            })?;
        }
        Block::BlockQuote { content } => {
            w.create_element("bq").write_inner_content(|w| {
                w.create_element("block").write_inner_content(|w| {
                    for paragraph in content {
                        w.create_element("p")
                            .write_inner_content(|w| write_inlines(w, paragraph))?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        }
        Block::Note { kind, content } => {
            let note = w.create_element("note");
            let note = match kind {
                NoteKind::EditorsNote => note.with_attribute(("noteclass", "editorsnote")),
                NoteKind::Correction => note.with_attribute(("class", "correction")),
            };
            note.write_inner_content(|w| {
                w.create_element("body.content").write_inner_content(|w| {
                    w.create_element("p")
                        .write_inner_content(|w| write_inlines(w, content))?;
                    Ok(())
                })?;
                Ok(())
            })?;
        }
    }
    Ok(())
}

/// Text as text; a quotation as `<q>`, its speaker in `quote-source`.
fn write_inlines(w: &mut XmlWriter, content: &[Inline]) -> std::io::Result<()> {
    for inline in content {
        match inline {
            Inline::Text { text } => {
                w.write_event(Event::Text(character_data(text)))?;
            }
            Inline::Quote { text, speaker } => {
                let q = w.create_element("q");
                let q = match speaker {
                    Some(speaker) => q.with_attribute(("quote-source", collapse(speaker).as_str())),
                    None => q,
                };
                q.write_text_content(character_data(text))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(write: impl FnOnce(&mut XmlWriter) -> std::io::Result<()>) -> String {
        fragment(64, write).unwrap()
    }

    #[test]
    fn character_data_escapes_markup_and_keeps_quotation_marks() {
        let xml = written(|w| text_element(w, "p", "\"AT&T\" <b> isn't 'bold' > \u{1}x\u{FFFE}"));
        assert_eq!(xml, "<p>\"AT&amp;T\" &lt;b&gt; isn't 'bold' &gt; x</p>");
    }

    #[test]
    fn words_are_counted_as_runs_of_anything_but_ascii_white_space() {
        for text in [
            "",
            " ",
            "one",
            " two  words ",
            "a\tb\nc\rd\x0Ce\x0Bf",
            "“Yes,” said\u{A0}she. ",
        ] {
            let mut counter = WordCounter::default();
            counter.text(text);
            assert_eq!(
                counter.words,
                text.split_ascii_whitespace().count(),
                "{text:?}"
            );
        }
        // A word runs on from one inline into the next.
        let mut counter = WordCounter::default();
        counter.inlines(&[Inline::text("“Yes,”"), Inline::text("said she")]);
        assert_eq!(counter.words, 2);
    }

    #[test]
    fn attribute_values_escape_quotation_marks() {
        let inline = Inline::Quote {
            text: "“Yes”".to_owned(),
            speaker: Some("Bill \"Bull\" O'Reilly".to_owned()),
        };
        let xml = written(|w| write_inlines(w, &[inline]));
        assert_eq!(
            xml,
            "<q quote-source=\"Bill &quot;Bull&quot; O&apos;Reilly\">“Yes”</q>"
        );
    }
}
