//! Writers: each emits a [`Document`] in one format. A writer knows nothing of the readers, and
//! is pure: no filesystem, no clock, no randomness (the conversion time comes in the options).
//!
//! Markdown, front matter and NewsML render a body and a set of variables, each value already
//! escaped for the format (pandoc's rule), and a template wraps them; JSON is the tree itself.

pub mod frontmatter;
pub mod json;
pub mod markdown;
pub mod newsml;

use crate::document::{Block, Document, Metadata};
use crate::error::Result;
use crate::format::OutputFormat;
use crate::options::WriteOptions;
use crate::template;
use minijinja::value::{Object, Value};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// Writes a document in one format, through the format's template, to a string.
pub fn write(doc: &Document, format: OutputFormat, opts: &WriteOptions) -> Result<String> {
    let mut out = Vec::new();
    write_to(doc, format, opts, &mut out)?;
    // Every writer writes text from strings: the bytes are UTF-8.
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Writes a document in one format, through the format's template, to a stream: the output
/// of a long article is never held whole in memory.
pub fn write_to(
    doc: &Document,
    format: OutputFormat,
    opts: &WriteOptions,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let context = match format {
        OutputFormat::Json => return json::write_to(doc, out),
        _ => context(doc, format, opts)?,
    };
    render(context, format, opts, out)
}

/// Like [`write_to`], taking the document: it is let go once rendered into the template's
/// values, so a long article is not held twice while the template runs.
pub fn write_document_to(
    doc: Document,
    format: OutputFormat,
    opts: &WriteOptions,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    if format == OutputFormat::Json {
        return json::write_to(&doc, out);
    }
    let context = context(&doc, format, opts)?;
    drop_in_background(doc);
    render(context, format, opts, out)
}

/// Renders the format's template around a writer's context.
fn render(
    context: Context,
    format: OutputFormat,
    opts: &WriteOptions,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let context = context.into_value(opts.template.is_some());
    let rendered = template::render_to(format, opts.template.as_deref(), &context, out);
    drop_in_background(context);
    rendered
}

/// Lets a value go on another core: freeing the many strings of a long article takes time
/// the caller need not wait for.
fn drop_in_background<T: Send + 'static>(value: T) {
    rayon::spawn(move || drop(value));
}

/// What a writer hands its template: the values, and the body it rendered.
pub struct Context {
    /// Every variable but `body`, each escaped for the format.
    vars: BTreeMap<String, Value>,
    /// The body as the writer rendered it, in pieces (see [`render_windows`]).
    body: Vec<String>,
}

impl Context {
    /// The template's context: the values and `body`. A built-in template only prints the
    /// body, which it gets in pieces; a user's template may filter or measure it, so it gets
    /// the body as one string.
    fn into_value(self, user_template: bool) -> Value {
        let Context { mut vars, body } = self;
        let body = match user_template {
            true => Value::from_safe_string(body.concat()),
            false => Value::from_object(Body(body)),
        };
        vars.insert("body".to_owned(), body);
        Value::from(vars)
    }
}

/// A rendered body as a template value: its pieces are printed one after the other, so a long
/// body is never joined into one string, nor copied into the template's values.
#[derive(Debug)]
struct Body(Vec<String>);

impl Object for Body {
    fn render(self: &Arc<Self>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|piece| f.write_str(piece))
    }
}

/// Bytes of text one core renders at a time.
const WINDOW: usize = 64 * 1024;

/// Renders blocks in windows of about [`WINDOW`] bytes of text, in order; the windows of a long
/// article are rendered on all cores. `render` gets each window and whether it is the first.
fn render_windows<T: Send>(
    blocks: &[Block],
    render: impl Fn(&[Block], bool) -> T + Sync,
) -> Vec<T> {
    use rayon::prelude::*;
    let mut windows = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (index, block) in blocks.iter().enumerate() {
        size += block.text_len();
        if size >= WINDOW {
            windows.push(&blocks[start..=index]);
            (start, size) = (index + 1, 0);
        }
    }
    if start < blocks.len() || windows.is_empty() {
        windows.push(&blocks[start..]);
    }
    if windows.len() == 1 {
        return vec![render(windows[0], true)];
    }
    windows
        .par_iter()
        .enumerate()
        .map(|(index, window)| render(window, index == 0))
        .collect()
}

/// The template values of a format that has a template.
fn context(doc: &Document, format: OutputFormat, opts: &WriteOptions) -> Result<Context> {
    match format {
        OutputFormat::Markdown => markdown::context(doc),
        OutputFormat::Frontmatter => frontmatter::context(doc),
        OutputFormat::Newsml => newsml::context(doc, opts),
        OutputFormat::Json => Err(crate::Error::InvalidOption(
            "json output has no template".to_owned(),
        )),
    }
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
    if let serde_json::Value::Object(map) = json {
        for (key, value) in map {
            let rendered = match value {
                serde_json::Value::String(s) => serde_yaml::to_string(s)
                    .ok()
                    .map(|y| y.trim_end().to_owned())
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
