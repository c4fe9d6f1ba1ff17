//! The metadata alone, as one YAML document, for every YAML reader: serde-saphyr quotes each
//! string that YAML 1.1 readers (Psych under Jekyll, PyYAML, go-yaml v2) or YAML 1.2 ones would
//! read as anything but a string (`yes`, `no`, `null`, `0o17`, `1:20`, `2026-11-25`…). A real
//! date under `date` stays a plain timestamp, as site generators want it.

use super::{Body, Context};
use crate::document::{Document, Metadata};
use crate::error::{Error, Result};
use crate::format::OutputFormat;
use crate::options::{Flavor, WriteOptions};
use minijinja::Value;
use serde_saphyr::SerializerOptions;

/// The metadata as YAML, keys in the contract's order, empty keys left out; for pandoc,
/// values escaped as Markdown and the authors under `author`.
pub fn yaml(meta: &Metadata, flavor: Flavor) -> Result<String> {
    let serde_json::Value::Object(map) = serde_json::to_value(meta)? else {
        return Ok(String::new());
    };
    let mut out = String::new();
    // Entries go out in runs; a real date goes alone, with YAML 1.2's rules, so that it stays
    // a plain timestamp where YAML 1.1's would quote it.
    let mut run = serde_json::Map::new();
    for (key, value) in map {
        let value = match flavor {
            Flavor::Common | Flavor::Superdesk => value,
            Flavor::Pandoc => markdown_strings(value),
        };
        let key = match (flavor, key.as_str()) {
            (Flavor::Pandoc, "authors") => "author".to_owned(),
            _ => key,
        };
        match &value {
            serde_json::Value::String(date) if key == "date" && is_timestamp(date) => {
                write(&mut out, &run, yaml_11())?;
                run.clear();
                let one: serde_json::Map<String, serde_json::Value> =
                    [(key, value)].into_iter().collect();
                write(&mut out, &one, yaml_12())?;
            }
            _ => {
                run.insert(key, value);
            }
        }
    }
    write(&mut out, &run, yaml_11())?;
    Ok(out)
}

/// A string as one YAML scalar, as it fits after `key: ` (quoted where any YAML reader would
/// take it for another type); a date under `date` stays a plain timestamp.
pub fn scalar(key: &str, value: &str) -> String {
    let options = if key == "date" && is_timestamp(value) {
        yaml_12()
    } else {
        yaml_11()
    };
    let mut out = String::new();
    match serde_saphyr::to_fmt_writer_with_options(&mut out, &value, options) {
        Ok(()) => out.trim_end().to_owned(),
        Err(_) => serde_json::to_string(value).unwrap_or_default(),
    }
}

/// Appends a mapping's YAML, if it has entries.
fn write(
    out: &mut String,
    map: &serde_json::Map<String, serde_json::Value>,
    options: SerializerOptions,
) -> Result<()> {
    if map.is_empty() {
        return Ok(());
    }
    serde_saphyr::to_fmt_writer_with_options(out, map, options)
        .map_err(|e| Error::YamlOut(e.to_string()))
}

/// YAML whose strings every reader reads as strings: YAML 1.1's implicit types quoted; each
/// value on one line.
fn yaml_11() -> SerializerOptions {
    let mut options = SerializerOptions::default();
    options.prefer_block_scalars = false;
    options
}

/// YAML 1.2's rules (no directive written): for a date, which YAML 1.1 readers are meant to
/// read as a timestamp.
fn yaml_12() -> SerializerOptions {
    let mut options = yaml_11();
    options.yaml_12 = true;
    options.no_lang_directive = true;
    options
}

/// Whether a value is a date or date-time YAML 1.1 resolves as a timestamp (`2025-03-12`,
/// `2025-03-12T10:45:00Z`, `2025-03-12 10:45:00 +01:00`), and nothing else: only such a value
/// is written plain under `date`.
fn is_timestamp(value: &str) -> bool {
    let bytes = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10))
    {
        return false;
    }
    let rest = &value[10..];
    rest.is_empty()
        || chrono::DateTime::parse_from_rfc3339(value).is_ok()
        || chrono::DateTime::parse_from_str(value, "%Y-%m-%d %H:%M:%S %:z").is_ok()
}

/// Every string of a value escaped as Markdown, for pandoc.
fn markdown_strings(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::String(s) => serde_json::Value::String(super::markdown::escape(&s)),
        serde_json::Value::Array(items) => items.into_iter().map(markdown_strings).collect(),
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, markdown_strings(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The metadata alone, as one YAML document.
pub struct FrontMatter;

/// What the frontmatter writer is, for the table.
const ABOUT: super::About = super::About {
    name: "frontmatter",
    aliases: &["yaml", "front-matter"],
    description: "The metadata alone, as one YAML document",
    extension: "yaml",
    media_type: "application/yaml",
    template: Some(include_str!("../../templates/frontmatter.yaml.j2")),
    prints_quotations: false,
};

impl super::Writer for FrontMatter {
    fn about(&self) -> &'static super::About {
        &ABOUT
    }
    fn write(
        &self,
        doc: &Document,
        opts: &WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        super::render(OutputFormat::of(self), context(doc, opts)?, opts, out)
    }
}

/// The template context: the whole YAML, and each value as a YAML scalar or flow sequence.
pub fn context<'a>(doc: &'a Document<'a>, opts: &WriteOptions) -> Result<Context<'a>> {
    let meta = serde_json::to_value(&doc.meta)?;
    let mut vars = super::metadata_vars(&doc.meta, &meta, &|s| scalar("", s));
    vars.insert("yaml".into(), super::yaml_vars(&meta));
    let front_matter = yaml(&doc.meta, opts.flavor)?;
    vars.insert("front_matter".into(), Value::from(front_matter.clone()));
    // An article without metadata is an empty mapping, not an empty document (YAML's null).
    let body = if front_matter.is_empty() {
        "{}\n".to_owned()
    } else {
        front_matter
    };
    Ok(Context {
        vars,
        body: Body::text(body),
    })
}
