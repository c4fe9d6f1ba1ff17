//! Readers: each turns one input format into a [`Document`](crate::Document).
//! A reader knows nothing of the writers.

mod body;
pub mod plain;
mod quotes;

use crate::decode::decode_owned;
use crate::document::Document;
use crate::error::Result;
use crate::format::InputFormat;

/// Reads an article's bytes in the given format.
pub fn read(bytes: &[u8], format: InputFormat) -> Result<Document> {
    read_owned(bytes.to_vec(), format)
}

/// Reads an article's bytes in the given format, reusing their buffer.
pub fn read_owned(bytes: Vec<u8>, format: InputFormat) -> Result<Document> {
    let decoded = decode_owned(bytes)?;
    Ok(match format {
        InputFormat::Plain => plain::parse(decoded.text),
    })
}
