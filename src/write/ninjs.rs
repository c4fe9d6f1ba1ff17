//! IPTC ninjs 3.1 (News in JSON), the format news APIs serve: the headline, the byline and
//! the people who wrote it, the dateline as `located`, the summary box as descriptions, the
//! body as HTML (the HTML writer's), dates, language and a `uri` (the NewsML guid).

use super::html::{blocks_html, Quotes};
use crate::document::{credit_name, Document};
use crate::error::Result;
use crate::options::WriteOptions;
use serde_json::{json, Map, Value};

/// ninjs 3.1 JSON.
pub struct Ninjs;

/// What the ninjs writer is, for the table.
const ABOUT: super::About = super::About {
    name: "ninjs",
    aliases: &[],
    description: "IPTC ninjs 3.1 JSON, as news APIs serve articles",
    extension: "ninjs.json",
    media_type: "application/json",
    template: None,
    prints_quotations: true,
};

impl super::Writer for Ninjs {
    fn about(&self) -> &'static super::About {
        &ABOUT
    }
    fn write(
        &self,
        doc: &Document,
        opts: &WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        serde_json::to_writer_pretty(&mut *out, &ninjs(doc, opts)?)?;
        out.write_all(b"\n")?;
        Ok(())
    }
    fn json(&self, doc: &Document, opts: &WriteOptions) -> Option<Result<Value>> {
        Some(ninjs(doc, opts))
    }
}

/// The ninjs object of a document.
fn ninjs(doc: &Document, opts: &WriteOptions) -> Result<Value> {
    let meta = &doc.meta;
    let mut ninjs = Map::new();
    let mut set = |key: &str, value: Value| {
        ninjs.insert(key.to_owned(), value);
    };
    set(
        "uri",
        super::newsml::guid(doc, &opts.publisher.guid_prefix)?.into(),
    );
    set(
        "standard",
        json!({
            "name": "ninjs",
            "version": "3.1",
            "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
        }),
    );
    set("type", "text".into());
    set(
        "versionCreated",
        super::newsml::version_created(doc, opts).into(),
    );
    if let Some(date) = meta.date.as_deref().filter(|d| is_date_time(d)) {
        set("contentCreated", date.into());
    }
    if let Some(language) = &meta.language {
        set("language", language.as_str().into());
    }
    if let Some(title) = &meta.title {
        set("headlines", json!([{ "role": "main", "value": title }]));
    }
    if let Some(by) = super::nitf::byline_text(doc) {
        set("by", by.into());
    }
    if !meta.authors.is_empty() {
        let people: Vec<Value> = meta
            .authors
            .iter()
            .map(|name| json!({ "name": name, "rel": "author" }))
            .collect();
        set("people", people.into());
    }
    if let Some(dateline) = &meta.dateline {
        set("located", dateline.as_str().into());
    }
    if !meta.highlights.is_empty() {
        let descriptions: Vec<Value> = meta
            .highlights
            .iter()
            .map(|highlight| json!({ "role": "summary", "value": highlight }))
            .collect();
        set("descriptions", descriptions.into());
    }
    if !meta.credits.is_empty() {
        let sources: Vec<Value> = meta
            .credits
            .iter()
            .map(|credit| json!({ "name": credit_name(credit), "role": "source" }))
            .collect();
        set("infoSources", sources.into());
    }
    if let Some(slugline) = meta.extra.get("slugline").and_then(Value::as_str) {
        set("slugline", slugline.into());
    }
    let body = blocks_html(&doc.blocks, Quotes::Span);
    set(
        "bodies",
        json!([{
            "role": "main",
            "contentType": "text/html",
            "wordCount": super::nitf::word_count(&doc.blocks),
            "value": body,
        }]),
    );
    Ok(Value::Object(ninjs))
}

/// Whether a date is a date-time with its zone, as ninjs dates must be.
fn is_date_time(date: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(date).is_ok()
}
