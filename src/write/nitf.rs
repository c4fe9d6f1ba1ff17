//! NITF 3.6: a standalone document (`-t nitf`), and the body every NITF-carrying writer
//! shares (NewsML-G2 wraps it in `inlineXML`). quick-xml builds every element and escapes every
//! value.

use super::{Body, Windows};
use crate::document::{is_credit_line, Block, Document, Inline, NoteKind};
use crate::error::{Error, Result};
use crate::options::{Flavor, WriteOptions};
use quick_xml::events::{BytesText, Event};
use quick_xml::Writer;
use std::borrow::Cow;

/// Where NITF is written.
pub(super) type XmlWriter = Writer<Vec<u8>>;

const NITF_NAMESPACE: &str = "http://iptc.org/std/NITF/2006-10-18/";

/// A standalone NITF 3.6 document: head with title and docdata (doc-id, issue date, keywords),
/// body as in NewsML. The default is valid against the NITF 3.6 XSD; `--flavor superdesk`
/// writes the NITF Superdesk's NITF parser reads (and wires send): no namespace, and the
/// body's blocks bare in `body.content`, which that parser takes as the body's HTML.
pub struct Nitf;

/// What the nitf writer is, for the table.
const ABOUT: super::About = super::About {
    name: "nitf",
    aliases: &[],
    description: "A standalone NITF 3.6 document",
    extension: "nitf.xml",
    media_type: "application/nitf+xml",
    template: None,
    prints_quotations: true,
};

impl super::Writer for Nitf {
    fn about(&self) -> &'static super::About {
        &ABOUT
    }
    fn write(
        &self,
        doc: &Document,
        opts: &WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        let for_superdesk = opts.flavor == Flavor::Superdesk;
        let mut attributes = vec![("version", "-//IPTC//DTD NITF 3.6//EN".to_owned())];
        if let Some(language) = &doc.meta.language {
            attributes.push(("baselang", language.clone()));
        }
        let layout = Layout {
            indent: 0,
            namespace: !for_superdesk,
            attributes,
            block: !for_superdesk,
            standalone: true,
        };
        let head = |w: &mut XmlWriter| docdata(w, doc, opts);
        let body = document(doc, &layout, Some(head), 0)?;
        out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
        body.write_to(out)?;
        out.write_all(b"\n")?;
        Ok(())
    }
}

/// How the NITF element is written: its indentation, whether it carries the NITF namespace,
/// its other attributes, whether the body's blocks go in one `<block>`, and whether it stands
/// alone (then it carries the metadata NewsML would: the credits as `distributor`).
pub(super) struct Layout {
    pub indent: usize,
    pub namespace: bool,
    pub attributes: Vec<(&'static str, String)>,
    pub block: bool,
    pub standalone: bool,
}

/// The NITF document around the body's blocks, as a writer's body: the blocks are rendered
/// as they are written, `indent` spaces in, a batch of windows at a time on all cores.
pub(super) fn document<'a>(
    doc: &'a Document<'a>,
    layout: &Layout,
    head: Option<impl FnOnce(&mut XmlWriter) -> std::io::Result<()>>,
    indent: usize,
) -> Result<Body<'a>> {
    let mut content_at = 0;
    let around = fragment(4096, |w| {
        nitf(w, doc, layout, head, |w| {
            content_at = w.get_ref().len();
            Ok(())
        })
    })?;
    Ok(Body {
        before: around[..content_at].to_owned(),
        windows: Windows::ToRender(
            &doc.blocks,
            Box::new(move |window, _| window_xml(window, indent)),
        ),
        after: around[content_at..].to_owned(),
        trim_end: false,
    })
}

/// `<docdata>`: the doc-id (the NewsML guid's hash), the article's date as printed (ISO 8601,
/// which `norm` takes), the keywords.
fn docdata(w: &mut XmlWriter, doc: &Document, opts: &WriteOptions) -> std::io::Result<()> {
    let id = super::newsml::guid(doc, &opts.publisher.guid_prefix)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    w.create_element("docdata").write_inner_content(|w| {
        newline(w, 6)?;
        w.create_element("doc-id")
            .with_attribute(("id-string", id.as_str()))
            .write_empty()?;
        if let Some(date) = &doc.meta.date {
            newline(w, 6)?;
            w.create_element("date.issue")
                .with_attribute(("norm", collapse(&xml_chars(date)).as_str()))
                .write_empty()?;
        }
        let keywords = super::newsml::keywords(&doc.meta);
        if !keywords.is_empty() {
            newline(w, 6)?;
            w.create_element("key-list").write_inner_content(|w| {
                for keyword in &keywords {
                    w.create_element("keyword")
                        .with_attribute(("key", collapse(&xml_chars(keyword)).as_str()))
                        .write_empty()?;
                }
                Ok(())
            })?;
        }
        newline(w, 4)
    })?;
    Ok(())
}

/// Escapes text for XML content or attributes, dropping characters XML 1.0 forbids.
pub(super) fn escape(text: &str) -> String {
    quick_xml::escape::escape(xml_chars(text).as_ref()).into_owned()
}

/// Character data for an element: the characters XML 1.0 forbids dropped, `&`, `<` and `>`
/// escaped. Quotation marks and apostrophes stay as printed: only attribute values need them
/// escaped.
pub(super) fn character_data(text: &str) -> BytesText<'static> {
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
pub(super) fn xml_chars(text: &str) -> Cow<'_, str> {
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

/// Runs a writing function into a fresh buffer and returns the XML text.
pub(super) fn fragment(
    capacity: usize,
    write: impl FnOnce(&mut XmlWriter) -> std::io::Result<()>,
) -> Result<String> {
    let mut writer = Writer::new(Vec::with_capacity(capacity));
    write(&mut writer).map_err(|e| Error::Xml(e.to_string()))?;
    String::from_utf8(writer.into_inner()).map_err(|e| Error::Xml(e.to_string()))
}

pub(super) fn newline(w: &mut XmlWriter, indent: usize) -> std::io::Result<()> {
    let spaces = format!("\n{:indent$}", "");
    w.write_event(Event::Text(BytesText::from_escaped(spaces)))
}

/// Writes `<name>text</name>`.
pub(super) fn text_element(w: &mut XmlWriter, name: &str, text: &str) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(character_data(text))?;
    Ok(())
}

/// One-line text for attributes and one-line elements (g2normalizedString: no tabs or line ends).
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The byline as printed, or one made from the authors.
pub(super) fn byline_text(doc: &Document) -> Option<String> {
    doc.meta.byline.clone().or_else(|| {
        (!doc.meta.authors.is_empty()).then(|| format!("By {}", doc.meta.authors.join(" and ")))
    })
}

/// A window of the body's blocks as NITF.
pub(super) fn window_xml(window: &[Block], indent: usize) -> Result<String> {
    let text: usize = window.iter().map(Block::text_len).sum();
    fragment(text + text / 16 + window.len() * 24, |w| {
        for block in window {
            newline(w, indent + 6)?;
            write_block(w, block)?;
        }
        Ok(())
    })
}

/// The words of the body's blocks, as NewsML's `wordcount` counts them.
pub(super) fn word_count(blocks: &[Block]) -> usize {
    let mut counter = WordCounter::default();
    blocks.iter().for_each(|block| counter.block(block));
    counter.words
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
            Block::Preformatted { text } => self.text(text),
            _ => block.runs().for_each(|run| self.inlines(run)),
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

/// The NITF 3.6 document around the body's blocks: head (its title, and what `head` writes
/// when given), body.head (hedline, byline, dateline, abstract), body.content with one block (its blocks
/// written by `content`), body.end (tagline); indented from `indent`.
fn nitf(
    w: &mut XmlWriter,
    doc: &Document,
    layout: &Layout,
    head: Option<impl FnOnce(&mut XmlWriter) -> std::io::Result<()>>,
    content: impl FnOnce(&mut XmlWriter) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let meta = &doc.meta;
    let indent = layout.indent;
    let mut root = w.create_element("nitf");
    if layout.namespace {
        root = root.with_attribute(("xmlns", NITF_NAMESPACE));
    }
    for (name, value) in &layout.attributes {
        root = root.with_attribute((*name, xml_chars(value).as_ref()));
    }
    root.write_inner_content(|w| {
        match head {
            // The head of a NITF inside another format: its title alone, if it has one.
            None => {
                if let Some(title) = &meta.title {
                    newline(w, indent + 2)?;
                    w.create_element("head")
                        .write_inner_content(|w| text_element(w, "title", title))?;
                }
            }
            Some(head) => {
                newline(w, indent + 2)?;
                w.create_element("head").write_inner_content(|w| {
                    if let Some(title) = &meta.title {
                        newline(w, indent + 4)?;
                        text_element(w, "title", title)?;
                    }
                    newline(w, indent + 4)?;
                    head(w)?;
                    newline(w, indent + 2)
                })?;
            }
        }
        newline(w, indent + 2)?;
        w.create_element("body").write_inner_content(|w| {
            body_head(w, doc, layout)?;
            newline(w, indent + 4)?;
            // The blocks go in one <block>: NITF allows them bare too, but Superdesk's NewsML
            // parser takes the body from `body.content/block/*`. Its NITF parser takes the
            // children of `body.content` as the body's HTML: there they go bare.
            w.create_element("body.content").write_inner_content(|w| {
                if layout.block {
                    w.create_element("block").write_inner_content(|w| {
                        content(w)?;
                        newline(w, indent + 4)
                    })?;
                } else {
                    content(w)?;
                    newline(w, indent + 4)?;
                }
                Ok(())
            })?;
            let lines: Vec<&str> = meta
                .credits
                .iter()
                .map(String::as_str)
                .filter(|c| is_credit_line(c))
                .collect();
            if !lines.is_empty() {
                newline(w, indent + 4)?;
                w.create_element("body.end")
                    .write_inner_content(|w| text_element(w, "tagline", &lines.join(" ")))?;
            }
            newline(w, indent + 2)
        })?;
        newline(w, indent)
    })?;
    Ok(())
}

fn body_head(w: &mut XmlWriter, doc: &Document, layout: &Layout) -> std::io::Result<()> {
    let meta = &doc.meta;
    let indent = layout.indent;
    let byline = byline_text(doc);
    // Standing alone, the credits are the distributor's, every one in order (credit lines
    // too, which body.end's tagline also prints), where NewsML has its creditlines.
    let distributors: &[String] = if layout.standalone {
        &meta.credits
    } else {
        &[]
    };
    if meta.title.is_none()
        && byline.is_none()
        && meta.dateline.is_none()
        && meta.highlights.is_empty()
        && distributors.is_empty()
    {
        return Ok(());
    }
    newline(w, indent + 4)?;
    w.create_element("body.head").write_inner_content(|w| {
        if let Some(title) = &meta.title {
            newline(w, indent + 6)?;
            w.create_element("hedline")
                .write_inner_content(|w| text_element(w, "hl1", title))?;
        }
        if let Some(byline) = &byline {
            newline(w, indent + 6)?;
            w.create_element("byline")
                .write_inner_content(|w| byline_with_people(w, byline, &meta.authors))?;
        }
        if !distributors.is_empty() {
            newline(w, indent + 6)?;
            w.create_element("distributor").write_inner_content(|w| {
                for name in distributors {
                    text_element(w, "org", name)?;
                }
                Ok(())
            })?;
        }
        if let Some(dateline) = &meta.dateline {
            newline(w, indent + 6)?;
            text_element(w, "dateline", dateline)?;
        }
        if !meta.highlights.is_empty() {
            newline(w, indent + 6)?;
            w.create_element("abstract").write_inner_content(|w| {
                if let Some(title) = &meta.highlights_title {
                    text_element(w, "hl2", title)?;
                }
                // A bullet's quotations marked as the body's are, with their speakers.
                w.create_element("ul").write_inner_content(|w| {
                    for index in 0..meta.highlights.len() {
                        let content = doc.highlight_content(index);
                        w.create_element("li")
                            .write_inner_content(|w| write_inlines(w, &content))?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        }
        newline(w, indent + 4)
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
            text: "“Yes”".into(),
            speaker: Some("Bill \"Bull\" O'Reilly".to_owned()),
        };
        let xml = written(|w| write_inlines(w, &[inline]));
        assert_eq!(
            xml,
            "<q quote-source=\"Bill &quot;Bull&quot; O&apos;Reilly\">“Yes”</q>"
        );
    }
}
