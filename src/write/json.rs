//! The document tree itself, as pretty JSON: for pipelines and debugging (pandoc's `-t json`).

use crate::document::Document;
use crate::error::Result;

/// The document tree itself.
pub struct Json;

impl super::Writer for Json {
    fn name(&self) -> &'static str {
        "json"
    }
    fn description(&self) -> &'static str {
        "The document tree itself"
    }
    fn extension(&self) -> &'static str {
        "json"
    }
    fn media_type(&self) -> &'static str {
        "application/json"
    }
    fn write(
        &self,
        doc: &Document,
        _opts: &crate::options::WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        write_to(doc, out)
    }
    fn json(
        &self,
        doc: &Document,
        _opts: &crate::options::WriteOptions,
    ) -> Option<Result<serde_json::Value>> {
        Some(serde_json::to_value(doc).map_err(Into::into))
    }
}

/// The tree as JSON, with a final newline.
pub fn write_to(doc: &Document, out: &mut dyn std::io::Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    out.write_all(b"\n")?;
    Ok(())
}
