//! NewsML-G2 (IPTC, 2.35, power conformance): one `newsItem` whose body is NITF 3.6 inside
//! `contentSet/inlineXML`. quick-xml builds every element and escapes every value; the envelope
//! (namespaces, catalog, item metadata) is the template `templates/newsml.xml.j2`.

use super::nitf::{
    byline_text, character_data, collapse, escape, fragment, newline, text_element, Layout,
    XmlWriter,
};
use super::Context;
use crate::document::{credit_name, Document};
use crate::error::Result;
use crate::format::OutputFormat;
use crate::options::WriteOptions;
use chrono::{DateTime, NaiveDate};
use minijinja::Value;

/// One IPTC NewsML-G2 newsItem with a NITF 3.6 body.
pub struct NewsMl;

/// What the newsml writer is, for the table.
const ABOUT: super::About = super::About {
    name: "newsml",
    aliases: &["newsml-g2"],
    description: "One IPTC NewsML-G2 newsItem with a NITF 3.6 body",
    extension: "xml",
    media_type: "application/vnd.iptc.g2.newsitem+xml",
    template: Some(include_str!("../../templates/newsml.xml.j2")),
    prints_quotations: true,
};

impl super::Writer for NewsMl {
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

/// The template context: envelope values and XML fragments, every value escaped for XML.
pub fn context<'a>(doc: &'a Document<'a>, opts: &WriteOptions) -> Result<Context<'a>> {
    let meta = serde_json::to_value(&doc.meta)?;
    let mut vars = super::metadata_vars(&doc.meta, &meta, &|s| escape(s));
    let publisher = &opts.publisher;
    let set = |vars: &mut std::collections::BTreeMap<String, Value>, key: &str, value: String| {
        vars.insert(key.to_owned(), Value::from_safe_string(value));
    };
    // The guid hashes the whole tree; a long body's words are counted meanwhile, a short
    // one's after (for it, starting rayon's threads costs more than both). The body itself
    // is rendered as it is written.
    let hash = || guid(doc, &publisher.guid_prefix);
    let count = || super::nitf::word_count(&doc.blocks);
    let (guid, words) = if super::is_long(&doc.blocks) {
        rayon::join(hash, count)
    } else {
        (hash(), count())
    };
    set(&mut vars, "guid", escape(&guid?));
    set(&mut vars, "version", version(doc).to_string());
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
    set(&mut vars, "wordcount", words.to_string());
    let layout = Layout {
        indent: 6,
        namespace: true,
        attributes: Vec::new(),
        block: true,
        standalone: false,
    };
    let no_head: Option<fn(&mut XmlWriter) -> std::io::Result<()>> = None;
    let body = super::nitf::document(doc, &layout, no_head, 6)?;
    Ok(Context { vars, body })
}

/// The item's guid: the article's own when it has one ([`Document::given_guid`]), else the
/// prefix and a hash of the document, so the same input gives the same guid.
pub(super) fn guid(doc: &Document, prefix: &str) -> Result<String> {
    if let Some(given) = doc.given_guid() {
        return Ok(given.to_owned());
    }
    Ok(format!("{prefix}{}", doc.content_hash()?))
}

/// The item's version: the article's own when its metadata gives one (a NewsML item's, read
/// back with its guid), else 1.
fn version(doc: &Document) -> u64 {
    let given = doc.meta.extra.get("version").and_then(|v| match v {
        serde_json::Value::String(s) => s.trim().parse::<u64>().ok(),
        v => v.as_u64(),
    });
    given.filter(|&v| v >= 1).unwrap_or(1)
}

/// `versionCreated`: the article's date when it has one, else the conversion time.
pub(super) fn version_created(doc: &Document, opts: &WriteOptions) -> String {
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
pub(super) fn keywords(meta: &crate::document::Metadata) -> Vec<String> {
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
