//! The document tree itself, as pretty JSON: for pipelines and debugging (pandoc's `-t json`).

use crate::document::Document;
use crate::error::Result;

/// The tree as JSON, with a final newline.
pub fn write_to(doc: &Document, out: &mut dyn std::io::Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    out.write_all(b"\n")?;
    Ok(())
}
