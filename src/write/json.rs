//! The document tree itself, as pretty JSON: for pipelines and debugging (pandoc's `-t json`).

use crate::document::Document;
use crate::error::Result;

/// The tree as JSON, with a final newline.
pub fn write(doc: &Document) -> Result<String> {
    let mut json = serde_json::to_string_pretty(doc)?;
    json.push('\n');
    Ok(json)
}
