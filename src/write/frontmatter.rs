//! The metadata alone, as one YAML document. serde_yaml does all quoting.

use super::{Body, Context};
use crate::document::Document;
use crate::error::Result;
use minijinja::Value;

/// The metadata as YAML, keys in the contract's order, empty keys left out.
pub fn yaml(doc: &Document) -> Result<String> {
    let yaml = serde_yaml::to_string(&doc.meta)?;
    Ok(if yaml == "{}\n" { String::new() } else { yaml })
}

/// The template context: the whole YAML, and each value as a YAML scalar or flow sequence.
pub fn context(doc: &Document) -> Result<Context<'_>> {
    let meta = serde_json::to_value(&doc.meta)?;
    let mut vars = super::metadata_vars(&doc.meta, &meta, &|s| {
        serde_yaml::to_string(s)
            .map(|y| y.trim_end().to_owned())
            .unwrap_or_default()
    });
    vars.insert("yaml".into(), super::yaml_vars(&meta));
    vars.insert("front_matter".into(), Value::from(yaml(doc)?));
    let body = Body::text(serde_yaml::to_string(&doc.meta)?);
    Ok(Context { vars, body })
}
