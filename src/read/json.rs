//! The JSON reader: the document tree as `-t json` writes it (one object), or an array of them.

use super::Reading;
use crate::document::Document;
use crate::error::{Error, Result};

/// Reads the JSON of one document tree, or of an array of them. A key given twice in a
/// document's metadata is an error, whether it is a known key or one of the user's (serde
/// would keep the last of the user's silently).
pub fn parse(text: &str) -> Result<Reading> {
    // The documents are read straight into the tree: an intermediate `serde_json::Value`
    // would take many times the input's size.
    let documents = if text.trim_start().starts_with('[') {
        serde_json::from_str::<Vec<MetaOnly>>(text).map_err(syntax)?;
        serde_json::from_str::<Vec<Document>>(text)
    } else {
        serde_json::from_str::<MetaOnly>(text).map_err(syntax)?;
        serde_json::from_str::<Document>(text).map(|d| vec![d])
    }
    .map_err(syntax)?;
    Ok(Reading {
        documents,
        warnings: Vec::new(),
    })
}

/// A serde_json error with its line and column.
fn syntax(e: serde_json::Error) -> Error {
    Error::Syntax {
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned(),
    }
}

/// What the duplicate check reads of a document: only the metadata's keys.
#[derive(serde::Deserialize)]
struct MetaOnly {
    #[serde(default)]
    #[allow(dead_code)]
    meta: Option<UniqueKeys>,
}

/// An object whose keys are each given once.
struct UniqueKeys;

impl<'de> serde::Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = UniqueKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<UniqueKeys, A::Error> {
                let mut seen = std::collections::HashSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    if !seen.insert(key.clone()) {
                        return Err(serde::de::Error::custom(format!("duplicate field `{key}`")));
                    }
                }
                Ok(UniqueKeys)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
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
    fn a_key_given_twice_in_the_metadata_is_an_error_known_or_not() {
        for json in [
            "{\"meta\": {\"title\": \"a\", \"title\": \"b\"}}",
            "{\"meta\": {\"desk\": \"a\", \"desk\": \"b\"}}",
            "[{}, {\"meta\": {\"desk\": 1,\n \"desk\": 2}}]",
        ] {
            let err = parse(json).unwrap_err();
            assert!(err.to_string().contains("duplicate field"), "{json}: {err}");
        }
        assert!(parse("{\"meta\": {\"desk\": \"a\", \"slug\": \"a\"}}").is_ok());
    }

    #[test]
    fn one_tree_or_several() {
        assert_eq!(parse("{}").unwrap().documents.len(), 1);
        assert_eq!(parse("[{}, {}]").unwrap().documents.len(), 2);
    }
}
