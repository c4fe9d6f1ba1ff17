//! The JSON reader: the document tree as `-t json` writes it (one object), or an array of them.

use super::Reading;
use crate::document::Document;
use crate::error::{Error, Result};
use serde_json::value::RawValue;

/// Reads the JSON of one document tree, or of an array of them. A key given twice in a
/// document's metadata is an error, whether it is a known key or one of the user's (serde
/// would keep the last of the user's silently).
pub fn parse(text: &str) -> Result<Reading<'static>> {
    // The documents are read straight into the tree: an intermediate `serde_json::Value`
    // would take many times the input's size.
    let (checked, documents) = if text.trim_start().starts_with('[') {
        let checked = serde_json::from_str::<Vec<MetaOnly>>(text).map_err(syntax)?;
        (checked, serde_json::from_str::<Vec<Document>>(text))
    } else {
        let checked = serde_json::from_str::<MetaOnly>(text).map_err(syntax)?;
        (
            vec![checked],
            serde_json::from_str::<Document>(text).map(|d| vec![d]),
        )
    };
    let mut documents = documents.map_err(syntax)?;
    let mut warnings = Vec::new();
    for (doc, checked) in documents.iter_mut().zip(checked) {
        for (key, exact) in checked.meta.map(|m| m.0).unwrap_or_default() {
            if let Some(value) = doc.meta.extra.get_mut(&key) {
                *value = exact;
                warnings.push(format!(
                    "metadata `{key}`: an integer beyond 64 bits is kept as text, every digit"
                ));
            }
        }
    }
    for doc in &mut documents {
        keep_fitting_highlight_quotes(doc, &mut warnings);
    }
    Ok(Reading {
        documents,
        warnings,
    })
}

/// Sorts the summary box's quotations into reading order and drops, with a warning, any that
/// is not a piece of its bullet (past its end, cutting a character, overlapping another), so
/// that every writer marks each one it keeps.
fn keep_fitting_highlight_quotes(doc: &mut Document, warnings: &mut Vec<String>) {
    let highlights = &doc.meta.highlights;
    doc.highlight_quotes
        .sort_by_key(|q| (q.highlight, q.range.start, q.range.end));
    let mut end_of_last = None;
    doc.highlight_quotes.retain(|q| {
        let fits = highlights
            .get(q.highlight)
            .and_then(|text| text.get(q.range.clone()))
            .is_some_and(|quoted| !quoted.is_empty())
            && end_of_last.is_none_or(|(h, end)| h != q.highlight || q.range.start >= end);
        if fits {
            end_of_last = Some((q.highlight, q.range.end));
        } else {
            warnings.push(format!(
                "highlight_quotes: {}..{} of highlight {} is not a piece of it: left out",
                q.range.start, q.range.end, q.highlight
            ));
        }
        fits
    });
}

/// A JSON value with every integer beyond 64 bits as a string of its digits (serde_json
/// would round it to a float), or `None` when it holds none.
fn exact(raw: &RawValue) -> Option<serde_json::Value> {
    use serde_json::Value;
    let text = raw.get().trim();
    // An integer beyond 64 bits has at least 19 digits in a row.
    let longest_digits = text
        .split(|c: char| !c.is_ascii_digit())
        .map(str::len)
        .max()
        .unwrap_or(0);
    if longest_digits < 19 {
        return None;
    }
    let big = |text: &str| {
        let digits = text.strip_prefix('-').unwrap_or(text);
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && text.parse::<i64>().is_err()
            && text.parse::<u64>().is_err()
    };
    match text.as_bytes().first()? {
        b'[' => {
            let items: Vec<Box<RawValue>> = serde_json::from_str(text).ok()?;
            let exact: Vec<Option<Value>> = items.iter().map(|item| exact(item)).collect();
            exact.iter().any(Option::is_some).then(|| {
                let pairs = items.iter().zip(exact);
                Value::Array(
                    pairs
                        .map(|(item, exact)| {
                            exact.unwrap_or_else(|| {
                                serde_json::from_str(item.get()).unwrap_or_default()
                            })
                        })
                        .collect(),
                )
            })
        }
        b'{' => {
            let entries: indexmap::IndexMap<String, Box<RawValue>> =
                serde_json::from_str(text).ok()?;
            let exact: Vec<Option<Value>> = entries.values().map(|v| exact(v)).collect();
            exact.iter().any(Option::is_some).then(|| {
                Value::Object(
                    entries
                        .iter()
                        .zip(exact)
                        .map(|((key, value), exact)| {
                            let value = exact.unwrap_or_else(|| {
                                serde_json::from_str(value.get()).unwrap_or_default()
                            });
                            (key.clone(), value)
                        })
                        .collect(),
                )
            })
        }
        _ if big(text) => Some(Value::String(text.to_owned())),
        _ => None,
    }
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

/// What the first pass reads of a document: only the metadata, to check its keys and keep
/// its integers beyond 64 bits.
#[derive(serde::Deserialize)]
struct MetaOnly {
    #[serde(default)]
    meta: Option<UniqueKeys>,
}

/// An object whose keys are each given once, with the values that hold an integer beyond
/// 64 bits, each as [`exact`] gives it.
struct UniqueKeys(Vec<(String, serde_json::Value)>);

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
                let mut exact_values = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value::<Box<RawValue>>()?;
                    if let Some(value) = exact(&value) {
                        exact_values.push((key.clone(), value));
                    }
                    if !seen.insert(key.clone()) {
                        return Err(serde::de::Error::custom(format!("duplicate field `{key}`")));
                    }
                }
                Ok(UniqueKeys(exact_values))
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
    fn integers_beyond_64_bits_keep_every_digit() {
        let json = r#"{"meta": {"title": "T", "story_id": 123456789012345678901234567890,
            "ids": [1, -99999999999999999999], "small": 12345678901234567,
            "nested": {"n": 18446744073709551616}}}"#;
        let reading = parse(json).unwrap();
        let extra = &reading.documents[0].meta.extra;
        assert_eq!(extra["story_id"], "123456789012345678901234567890");
        assert_eq!(
            extra["ids"],
            serde_json::json!([1, "-99999999999999999999"])
        );
        assert_eq!(extra["small"], 12345678901234567_u64);
        assert_eq!(
            extra["nested"],
            serde_json::json!({"n": "18446744073709551616"})
        );
        assert_eq!(reading.warnings.len(), 3, "{:?}", reading.warnings);
        // u64::MAX still fits.
        let reading = parse(r#"{"meta": {"n": 18446744073709551615}}"#).unwrap();
        assert_eq!(reading.documents[0].meta.extra["n"], u64::MAX);
        assert!(reading.warnings.is_empty());
    }

    #[test]
    fn one_tree_or_several() {
        assert_eq!(parse("{}").unwrap().documents.len(), 1);
        assert_eq!(parse("[{}, {}]").unwrap().documents.len(), 2);
    }

    #[test]
    fn summary_box_quotations_that_are_no_piece_of_their_bullet_are_left_out_with_a_warning() {
        let quote = |h: usize, start: usize, end: usize| {
            format!(
                r#"{{"highlight": {h}, "range": {{"start": {start}, "end": {end}}}, "speaker": "S"}}"#
            )
        };
        // In the wrong order; past the end; cutting "é"; overlapping; of no bullet.
        let text = format!(
            r#"{{"meta": {{"highlights": ["“Ré” and “x”"]}}, "highlight_quotes": [{}, {}, {}, {}, {}, {}]}}"#,
            quote(0, 14, 21),
            quote(0, 0, 9),
            quote(0, 0, 99),
            quote(0, 0, 5),
            quote(0, 3, 12),
            quote(1, 0, 1),
        );
        let reading = parse(&text).unwrap();
        let kept: Vec<_> = reading.documents[0]
            .highlight_quotes
            .iter()
            .map(|q| q.range.clone())
            .collect();
        assert_eq!(kept, [0..9, 14..21]);
        assert_eq!(reading.warnings.len(), 4, "{:?}", reading.warnings);
        let content = reading.documents[0].highlight_content(0);
        assert_eq!(content[0].as_str(), "“Ré”");
        assert_eq!(content[2].as_str(), "“x”");
    }
}
