//! Writers: each emits a [`Document`] in one format. A writer knows nothing of the readers, and
//! is pure: no filesystem, no clock, no randomness (the conversion time comes in the options).
//!
//! A format is one file implementing [`Writer`] and one row of [`WRITERS`]; the command line,
//! templates, batch output names, JSON Lines and the tests all go through the table. Markdown,
//! front matter and NewsML render a body and a set of variables, each value already escaped
//! for the format (pandoc's rule), and a template wraps them; JSON is the tree
//! itself.

pub mod frontmatter;
pub mod html;
pub mod json;
pub mod markdown;
pub mod newsml;
pub mod ninjs;
pub mod nitf;

use crate::document::{Block, Document, Metadata};
use crate::error::Result;
use crate::format::OutputFormat;
use crate::options::WriteOptions;
use crate::template;
use minijinja::value::Value;
use std::collections::BTreeMap;

/// What a writer is: the names `-t` takes, a line for `--help`, its files' extension (distinct
/// for every writer, so one article's outputs never share a name), the media type of what it
/// writes, and its built-in template if it renders through one (`-D` prints it).
#[derive(Debug)]
pub struct About {
    /// The name `-t` takes.
    pub name: &'static str,
    /// Other names `-t` takes for it.
    pub aliases: &'static [&'static str],
    /// What it writes, in a line.
    pub description: &'static str,
    /// The extension of its output files, without the dot.
    pub extension: &'static str,
    /// The media type of what it writes.
    pub media_type: &'static str,
    /// Its built-in template.
    pub template: Option<&'static str>,
    /// Whether it prints quotations apart from the text, with their speakers: if no output
    /// does, the reader leaves them unmarked ([`crate::options::Quotations`]).
    pub prints_quotations: bool,
}

/// One output format.
pub trait Writer: Sync {
    /// What it is.
    fn about(&self) -> &'static About;
    /// The name `-t` takes.
    fn name(&self) -> &'static str {
        self.about().name
    }
    /// Other names `-t` takes for it.
    fn aliases(&self) -> &'static [&'static str] {
        self.about().aliases
    }
    /// What it writes, in a line, for `--help`.
    fn description(&self) -> &'static str {
        self.about().description
    }
    /// The extension of its output files, without the dot.
    fn extension(&self) -> &'static str {
        self.about().extension
    }
    /// The media type of what it writes.
    fn media_type(&self) -> &'static str {
        self.about().media_type
    }
    /// Its built-in template, for a writer that renders through one.
    fn template(&self) -> Option<&'static str> {
        self.about().template
    }
    /// Writes a document.
    fn write(
        &self,
        doc: &Document,
        opts: &WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()>;
    /// The document as a JSON value, for a writer whose output is JSON: JSON Lines carries it
    /// as JSON rather than as a string.
    fn json(&self, _doc: &Document, _opts: &WriteOptions) -> Option<Result<serde_json::Value>> {
        None
    }
}

/// Every writer, in the order `--help` lists them.
pub static WRITERS: &[&dyn Writer] = &[
    &markdown::Markdown,
    &frontmatter::FrontMatter,
    &newsml::NewsMl,
    &json::Json,
    &ninjs::Ninjs,
    &nitf::Nitf,
    &html::Html,
];

/// Writes a document in one format to a string.
pub fn write(doc: &Document, format: OutputFormat, opts: &WriteOptions) -> Result<String> {
    let mut out = Vec::new();
    write_to(doc, format, opts, &mut out)?;
    // Every writer writes text from strings: the bytes are UTF-8.
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Writes a document in one format to a stream: the body of a long article is rendered a
/// batch of windows at a time and never held whole in memory.
pub fn write_to(
    doc: &Document,
    format: OutputFormat,
    opts: &WriteOptions,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    format.writer().write(doc, opts, out)
}

/// Renders a writer's template around its context: the user's template if the options give
/// one, else the built-in one, into which the body streams.
fn render(
    format: OutputFormat,
    context: Context<'_>,
    opts: &WriteOptions,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let Context { mut vars, body } = context;
    let template = opts.template.as_ref();
    if template.is_some() {
        // A user's template may filter or measure the body: it gets the body as one string.
        vars.insert(
            "body".to_owned(),
            Value::from_safe_string(body.to_string()?),
        );
        return template::render_to(format, template, &Value::from(vars), out);
    }
    // A built-in template prints the body once: the template is rendered around a mark, and
    // the body streams into its place.
    vars.insert(
        "body".to_owned(),
        Value::from_safe_string(BODY_MARK.to_owned()),
    );
    let mut around = Vec::new();
    template::render_to(format, None, &Value::from(vars), &mut around)?;
    let around = String::from_utf8_lossy(&around);
    match around.split_once(BODY_MARK) {
        Some((head, tail)) if !tail.contains(BODY_MARK) => {
            out.write_all(head.as_bytes())?;
            body.write_to(out)?;
            out.write_all(tail.as_bytes())?;
            Ok(())
        }
        // Should the mark ever come from the article itself (every format escapes or drops
        // NUL, so it should not), the body is rendered whole instead.
        _ => out
            .write_all(around.replace(BODY_MARK, &body.to_string()?).as_bytes())
            .map_err(Into::into),
    }
}

/// Stands for the body while a built-in template is rendered; no escaped text holds it.
const BODY_MARK: &str = "\u{0}copydesk:body\u{0}";

/// What a writer hands its template: the values, and the body.
pub struct Context<'a> {
    /// Every variable but `body`, each escaped for the format.
    vars: BTreeMap<String, Value>,
    body: Body<'a>,
}

/// A writer's body: text before the blocks, the blocks, and text after. The blocks are
/// rendered in windows of about 64 KB of text (`WINDOW`), on all cores for a long article.
pub struct Body<'a> {
    before: String,
    windows: Windows<'a>,
    after: String,
    /// Whether white space at the end of the body is left out (Markdown's is).
    trim_end: bool,
}

/// The blocks of a body, rendered a batch of windows at a time as they are written (a long
/// body is never held whole, rendered); or none, for a body of text alone.
enum Windows<'a> {
    ToRender(&'a [Block<'a>], RenderWindow<'a>),
    None,
}

/// How a writer renders one window of blocks, and whether it is the first.
type RenderWindow<'a> = Box<dyn Fn(&[Block], bool) -> Result<String> + Sync + 'a>;

/// Bytes of text one core renders at a time.
const WINDOW: usize = 64 * 1024;

/// Windows rendered at once before they are written: a long body is never held whole.
const WINDOWS_AT_ONCE: usize = 16;

impl<'a> Body<'a> {
    /// A body of text alone, with no blocks.
    fn text(text: String) -> Body<'a> {
        Body {
            before: text,
            windows: Windows::None,
            after: String::new(),
            trim_end: false,
        }
    }

    /// Writes the body; blocks still to render are rendered a batch of windows at a time.
    fn write_to(&self, out: &mut dyn std::io::Write) -> Result<()> {
        let mut trimmed = TrimEnd::new(out, self.trim_end);
        trimmed.write(&self.before)?;
        match &self.windows {
            Windows::None => {}
            Windows::ToRender(blocks, render) => {
                let windows = windows(blocks);
                let batches: Vec<(&[&[Block]], usize)> = windows
                    .chunks(WINDOWS_AT_ONCE)
                    .zip((0..).step_by(WINDOWS_AT_ONCE))
                    .collect();
                // On one of rayon's threads (a batch), this thread renders and writes in
                // turn: waiting for a renderer that needs a free rayon thread could wait for
                // ever once every rayon thread waits so.
                if batches.len() == 1 || rayon::current_thread_index().is_some() {
                    for (batch, at) in batches {
                        for piece in map_windows(batch, at, render) {
                            trimmed.write(&piece?)?;
                        }
                    }
                } else {
                    // A long body: the next batch renders on rayon's threads while this
                    // thread writes the last one (at most two are held).
                    std::thread::scope(|scope| {
                        let (send, receive) = std::sync::mpsc::sync_channel(1);
                        scope.spawn(move || {
                            for (batch, at) in batches {
                                // The writer stopped on an error: nothing more to render.
                                if send.send(map_windows(batch, at, render)).is_err() {
                                    break;
                                }
                            }
                        });
                        for pieces in receive {
                            for piece in pieces {
                                trimmed.write(&piece?)?;
                            }
                        }
                        Ok::<(), crate::Error>(())
                    })?;
                }
            }
        }
        trimmed.write(&self.after)
    }

    /// The body as one string.
    fn to_string(&self) -> Result<String> {
        let mut out = Vec::new();
        self.write_to(&mut out)?;
        Ok(String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }
}

/// Applies `f` to windows in order, on all cores when there are several. `f` is told whether
/// a window is the body's first: `at` is the index of the first one given among all the
/// body's windows.
fn map_windows<T: Send>(
    windows: &[&[Block]],
    at: usize,
    f: impl Fn(&[Block], bool) -> T + Sync,
) -> Vec<T> {
    use rayon::prelude::*;
    match windows {
        [window] => vec![f(window, at == 0)],
        _ => windows
            .par_iter()
            .enumerate()
            .map(|(index, window)| f(window, at + index == 0))
            .collect(),
    }
}

/// Passes text on, holding back white space at the end until more text follows; with
/// trimming off, passes everything at once.
struct TrimEnd<'o> {
    out: &'o mut dyn std::io::Write,
    trim: bool,
    /// White space seen at the end of what was written so far.
    held: String,
}

impl<'o> TrimEnd<'o> {
    fn new(out: &'o mut dyn std::io::Write, trim: bool) -> Self {
        TrimEnd {
            out,
            trim,
            held: String::new(),
        }
    }

    fn write(&mut self, text: &str) -> Result<()> {
        if !self.trim {
            return self.out.write_all(text.as_bytes()).map_err(Into::into);
        }
        let content = text.trim_end();
        if !content.is_empty() {
            self.out.write_all(self.held.as_bytes())?;
            self.out.write_all(content.as_bytes())?;
            self.held.clear();
        }
        self.held.push_str(&text[content.len()..]);
        Ok(())
    }
}

/// Whether a body has more than one [`WINDOW`] of text: long enough for work on it to be
/// shared between threads.
fn is_long(blocks: &[Block]) -> bool {
    blocks.iter().map(Block::text_len).sum::<usize>() > WINDOW
}

/// Cuts blocks into windows of about [`WINDOW`] bytes of text, in order; at least one.
fn windows<'a>(blocks: &'a [Block<'a>]) -> Vec<&'a [Block<'a>]> {
    let mut windows = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (index, block) in blocks.iter().enumerate() {
        size += block.text_len();
        // Two lists in a row stay in one window: the second's marker depends on the first.
        let list_follows = matches!(
            (block, blocks.get(index + 1)),
            (Block::List { .. }, Some(Block::List { .. }))
        );
        if size >= WINDOW && !list_follows {
            windows.push(&blocks[start..=index]);
            (start, size) = (index + 1, 0);
        }
    }
    if start < blocks.len() || windows.is_empty() {
        windows.push(&blocks[start..]);
    }
    windows
}

/// Template variables for the metadata: every front-matter key (absent ones as none or an
/// empty list, so a template can test them) plus user metadata, strings escaped by `escape`.
fn metadata_vars(
    meta: &Metadata,
    json: &serde_json::Value,
    escape: &dyn Fn(&str) -> String,
) -> BTreeMap<String, Value> {
    let mut vars = BTreeMap::new();
    for key in [
        "title",
        "dateline",
        "date",
        "language",
        "byline",
        "highlights_title",
    ] {
        vars.insert(key.to_owned(), Value::from(()));
    }
    for key in ["authors", "highlights", "credits"] {
        vars.insert(key.to_owned(), Value::from(Vec::<Value>::new()));
    }
    if let serde_json::Value::Object(map) = json {
        for (key, value) in map {
            vars.insert(key.clone(), escaped(value, escape));
        }
    }
    let user_keys: Vec<Value> = meta.extra.keys().map(|k| Value::from(k.as_str())).collect();
    vars.insert("user_keys".to_owned(), Value::from(user_keys));
    vars
}

/// The `yaml` template variable: each metadata value rendered as YAML that fits after
/// `key: ` on one line (a plain or quoted scalar, or a flow sequence), so `title: {{
/// yaml.title }}` is valid YAML whatever the title holds.
fn yaml_vars(json: &serde_json::Value) -> Value {
    let mut vars = BTreeMap::new();
    // Two values site generators want as one string: `author` (the authors, comma-separated)
    // and `summary` (the highlights, one after the other).
    let joined = |key: &str, separator: &str| {
        json.get(key).and_then(|v| v.as_array()).map(|items| {
            let texts: Vec<String> = items
                .iter()
                .filter_map(|v| v.as_str())
                .map(|text| match key {
                    // A bullet that ends without a full stop gets one, so the summary reads
                    // as sentences.
                    "highlights" if !text.trim_end().ends_with(['.', '!', '?', '"', '”', '’']) =>
                    {
                        format!("{}.", text.trim_end())
                    }
                    _ => text.to_owned(),
                })
                .collect();
            frontmatter::scalar(key, &texts.join(separator))
        })
    };
    for (name, key, separator) in [("author", "authors", ", "), ("summary", "highlights", " ")] {
        if let Some(value) = joined(key, separator) {
            vars.insert(name.to_owned(), Value::from_safe_string(value));
        }
    }
    if let serde_json::Value::Object(map) = json {
        for (key, value) in map {
            let rendered = match value {
                serde_json::Value::String(s) => Some(frontmatter::scalar(key, s))
                    .filter(|y| !y.contains('\n'))
                    .unwrap_or_else(|| serde_json::to_string(s).unwrap_or_default()),
                // JSON is YAML's flow style.
                other => serde_json::to_string(other).unwrap_or_default(),
            };
            vars.insert(key.clone(), Value::from_safe_string(rendered));
        }
    }
    Value::from(vars)
}

/// A JSON value with every string escaped.
fn escaped(value: &serde_json::Value, escape: &dyn Fn(&str) -> String) -> Value {
    match value {
        serde_json::Value::String(s) => Value::from_safe_string(escape(s)),
        serde_json::Value::Array(items) => {
            Value::from(items.iter().map(|v| escaped(v, escape)).collect::<Vec<_>>())
        }
        serde_json::Value::Object(map) => Value::from(
            map.iter()
                .map(|(k, v)| (k.clone(), escaped(v, escape)))
                .collect::<BTreeMap<_, _>>(),
        ),
        other => Value::from_serialize(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Inline;

    /// An article long enough for several batches of windows.
    fn long_article() -> Document<'static> {
        let mut doc = Document::default();
        doc.meta.title = Some("A long day".to_owned());
        doc.blocks = (0..5_000)
            .map(|n| Block::Paragraph {
                content: vec![Inline::text(format!(
                    "Paragraph {n}: {}",
                    "words * ".repeat(120)
                ))],
            })
            .collect();
        assert!(windows(&doc.blocks).len() > 2 * WINDOWS_AT_ONCE);
        doc
    }

    #[test]
    fn a_streamed_body_is_the_body_rendered_whole() {
        let doc = long_article();
        let streamed = write(
            &doc,
            OutputFormat::Markdown,
            &WriteOptions::at(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
        )
        .unwrap();
        let whole = markdown::window_text(&doc.blocks, true);
        let expected = format!(
            "---\n{}---\n\n{}\n",
            frontmatter::yaml(&doc.meta, crate::options::Flavor::Common).unwrap(),
            whole.trim_end()
        );
        assert_eq!(streamed, expected);
    }

    #[test]
    fn a_streamed_newsml_body_is_the_body_rendered_whole_and_its_words_are_counted() {
        let doc = long_article();
        let xml = write(
            &doc,
            OutputFormat::Newsml,
            &WriteOptions::at(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
        )
        .unwrap();
        let whole = nitf::window_xml(&doc.blocks, 6).unwrap();
        assert_eq!(xml.matches(whole.as_str()).count(), 1);
        // "Paragraph n:" and 120 times "words *": 242 words a paragraph.
        assert!(xml.contains(r#"wordcount="1210000""#), "{}", &xml[..2000]);
    }

    #[test]
    fn a_title_that_holds_the_body_mark_does_not_move_the_body() {
        let mut doc = long_article();
        doc.blocks.truncate(3);
        doc.meta.title = Some(format!("A {BODY_MARK} B"));
        let out = write(
            &doc,
            OutputFormat::Markdown,
            &WriteOptions::at(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
        )
        .unwrap();
        let body = markdown::window_text(&doc.blocks, true);
        assert!(
            out.ends_with(&format!("\n\n{}\n", body.trim_end())),
            "{out}"
        );
        assert_eq!(out.matches("Paragraph 0:").count(), 1);
        // Every format escapes or drops NUL: the mark cannot come out of the article.
        assert!(!out.contains(BODY_MARK));
        let xml = write(
            &doc,
            OutputFormat::Newsml,
            &WriteOptions::at(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
        )
        .unwrap();
        assert_eq!(xml.matches("Paragraph 0:").count(), 1);
        assert!(!xml.contains(BODY_MARK));
    }

    #[test]
    fn long_bodies_written_on_every_rayon_thread_at_once_all_finish() {
        // A batch writes articles on rayon's threads: each must render its body on the pool
        // without waiting for a thread that is itself waiting.
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use rayon::prelude::*;
            let doc = long_article();
            let articles = 2 * rayon::current_num_threads();
            let written: Vec<usize> = (0..articles)
                .into_par_iter()
                .map(|_| {
                    let mut out = Vec::new();
                    write_to(
                        &doc,
                        OutputFormat::Markdown,
                        &WriteOptions::at(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
                        &mut out,
                    )
                    .map(|()| out.len())
                    .unwrap_or(0)
                })
                .collect();
            let _ = done.send(written);
        });
        let written = finished
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("every article written within a minute");
        assert!(written.iter().all(|&len| len > 4 << 20), "{written:?}");
    }

    #[test]
    fn a_failing_output_stops_a_long_body_with_its_error() {
        /// Takes a megabyte, then fails as a full disk does.
        struct FullAfterAMegabyte(usize);
        impl std::io::Write for FullAfterAMegabyte {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                if self.0 + bytes.len() > 1 << 20 {
                    return Err(std::io::Error::other("no space left"));
                }
                self.0 += bytes.len();
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let doc = long_article();
        for format in [OutputFormat::Markdown, OutputFormat::Newsml] {
            let mut out = FullAfterAMegabyte(0);
            let written = write_to(
                &doc,
                format,
                &WriteOptions::at(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
                &mut out,
            );
            assert!(
                matches!(&written, Err(crate::Error::Io(e)) if e.to_string() == "no space left"),
                "{format:?}: {written:?}"
            );
            assert!(out.0 > 0);
        }
    }

    #[test]
    fn white_space_at_the_end_is_held_back_across_pieces() {
        let mut out = Vec::new();
        let mut trimmed = TrimEnd::new(&mut out, true);
        for piece in ["a\n", "\n", " b \n", "\n\n", ""] {
            trimmed.write(piece).unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "a\n\n b");
    }
}
