//! The JSON reader: the document tree as `-t json` writes it (one object), or an array of them.

use super::Reading;
use crate::document::Document;
use crate::error::{Error, Result};

/// Reads the JSON of one document tree, or of an array of them.
pub fn parse(text: &str) -> Result<Reading> {
    let documents = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Array(_)) => serde_json::from_str::<Vec<Document>>(text),
        _ => serde_json::from_str::<Document>(text).map(|d| vec![d]),
    }
    .map_err(|e| Error::Syntax {
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned(),
    })?;
    Ok(Reading {
        documents,
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_have_a_position() {
        let err = parse("{\n  \"meta\": {\"title\": 3}\n}").unwrap_err();
        assert!(matches!(err, Error::Syntax { line: 2, .. }), "{err}");
        let err = parse("{\"blocks\": [{\"type\": \"poem\"}]}").unwrap_err();
        assert!(err.to_string().contains("poem"), "{err}");
    }

    #[test]
    fn one_tree_or_several() {
        assert_eq!(parse("{}").unwrap().documents.len(), 1);
        assert_eq!(parse("[{}, {}]").unwrap().documents.len(), 2);
    }
}
