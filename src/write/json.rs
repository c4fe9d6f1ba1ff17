//! The document tree itself, as pretty JSON: for pipelines and debugging (pandoc's `-t json`).

use crate::document::Document;
use crate::error::Result;
use std::io::Write;

/// The document tree itself.
pub struct Json;

/// What the json writer is, for the table.
const ABOUT: super::About = super::About {
    name: "json",
    aliases: &[],
    description: "The document tree itself",
    extension: "json",
    media_type: "application/json",
    template: None,
    prints_quotations: true,
};

impl super::Writer for Json {
    fn about(&self) -> &'static super::About {
        &ABOUT
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
    // The serializer writes a token at a time: into a buffer whose type it knows, each write
    // is a copy, where through `dyn Write` it is a call.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, doc)?;
    buffered.write_all(b"\n")?;
    buffered.flush()?;
    Ok(())
}
