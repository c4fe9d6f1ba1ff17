//! JSON Lines streaming, for engines that already distribute the work (GNU parallel, Spark's
//! `RDD.pipe`, Hadoop streaming, a queue worker): one article per input line
//! (`{"id": …, "text": …}`, other fields taken as metadata), one result per output line, in
//! the same order, in memory bounded by a batch of lines.

use crate::error::{Error, Result};
use crate::format::{InputFormat, OutputFormat};
use crate::options::Options;
use rayon::prelude::*;
use serde_json::{Map, Value};
use std::io::{BufRead, Write};

/// Lines converted together (in parallel) before their results are written.
const LINES_PER_ROUND: usize = 256;

/// What a stream run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Lines converted.
    pub converted: usize,
    /// Lines that failed (each got an `error` result line).
    pub failed: usize,
}

/// Converts a JSON Lines stream. Each result line holds the `id`, one key per format (the
/// output text; for `json`, the tree itself) and `"status": "converted"`, or `"status":
/// "failed"` and `error`.
pub fn convert_stream(
    input: impl BufRead,
    mut output: impl Write,
    from: InputFormat,
    formats: &[OutputFormat],
    options: &Options,
) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut lines = input.lines().enumerate();
    loop {
        let round: Vec<(usize, std::io::Result<String>)> =
            lines.by_ref().take(LINES_PER_ROUND).collect();
        if round.is_empty() {
            break;
        }
        let results: Vec<Option<Value>> = round
            .into_par_iter()
            .map(|(index, line)| {
                let line = match line {
                    Ok(line) if line.trim().is_empty() => return None,
                    Ok(line) => line,
                    Err(e) => return Some(failure(Value::Null, index, &Error::Io(e))),
                };
                Some(convert_line(&line, index, from, formats, options))
            })
            .collect();
        for result in results.into_iter().flatten() {
            if result["status"] == "converted" {
                summary.converted += 1;
            } else {
                summary.failed += 1;
            }
            serde_json::to_writer(&mut output, &result)?;
            output.write_all(b"\n")?;
        }
        output.flush()?;
    }
    Ok(summary)
}

/// Converts one input line to its result object.
fn convert_line(
    line: &str,
    index: usize,
    from: InputFormat,
    formats: &[OutputFormat],
    options: &Options,
) -> Value {
    let mut fields: Map<String, Value> = match serde_json::from_str(line) {
        Ok(Value::Object(map)) => map,
        Ok(_) => {
            let error = Error::InvalidOption("a line must be a JSON object".to_owned());
            return failure(Value::Null, index, &error);
        }
        Err(e) => return failure(Value::Null, index, &Error::Json(e)),
    };
    let id = fields.remove("id").unwrap_or(Value::Null);
    let Some(Value::String(text)) = fields.remove("text") else {
        let error = Error::InvalidOption("the line has no \"text\" string".to_owned());
        return failure(id, index, &error);
    };
    let mut options = options.clone();
    // The line's own fields come before -M flags, which win.
    let mut metadata = metadata_pairs(fields);
    metadata.append(&mut options.read.metadata);
    options.read.metadata = metadata;
    let converted = crate::parse(text.as_bytes(), from, &options.read).and_then(|doc| {
        formats
            .iter()
            .map(|&format| {
                let value = match format {
                    OutputFormat::Json => serde_json::to_value(&doc)?,
                    _ => Value::String(crate::write::write(&doc, format, &options.write)?),
                };
                Ok((format.name().to_owned(), value))
            })
            .collect::<Result<Vec<_>>>()
    });
    match converted {
        Ok(outputs) => {
            let mut result = Map::new();
            result.insert("id".to_owned(), id);
            result.extend(outputs);
            result.insert("status".to_owned(), Value::from("converted"));
            Value::Object(result)
        }
        Err(error) => failure(id, index, &error),
    }
}

/// A line's extra fields as metadata: strings as they are, lists as several values, anything
/// else as its JSON text.
fn metadata_pairs(fields: Map<String, Value>) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (key, value) in fields {
        match value {
            Value::String(s) => pairs.push((key, s)),
            Value::Array(items) => {
                for item in items {
                    let text = match item {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    pairs.push((key.clone(), text));
                }
            }
            Value::Null => {}
            other => pairs.push((key, other.to_string())),
        }
    }
    pairs
}

fn failure(id: Value, index: usize, error: &Error) -> Value {
    serde_json::json!({
        "id": id,
        "status": "failed",
        "error": format!("line {}: {error}", index + 1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, formats: &[OutputFormat]) -> (Vec<Value>, Summary) {
        let mut out = Vec::new();
        let summary = convert_stream(
            input.as_bytes(),
            &mut out,
            InputFormat::Plain,
            formats,
            &Options::default(),
        )
        .unwrap();
        let lines = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (lines, summary)
    }

    #[test]
    fn one_result_per_line_in_order_with_fields_as_metadata() {
        let input =
            "{\"id\": 7, \"text\": \"Headline here\\n\\nBody text.\", \"slugline\": \"X\"}\n\
                     \n\
                     {\"id\": \"b\", \"text\": \"\"}\n\
                     not json\n\
                     {\"id\": \"c\", \"text\": \"Body only.\", \"authors\": [\"A B\", \"C D\"]}\n";
        let (lines, summary) = run(input, &[OutputFormat::Frontmatter, OutputFormat::Json]);
        assert_eq!(
            summary,
            Summary {
                converted: 2,
                failed: 2
            }
        );
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["id"], 7);
        assert!(lines[0]["frontmatter"]
            .as_str()
            .unwrap()
            .contains("slugline: X"));
        assert_eq!(lines[0]["json"]["meta"]["title"], "Headline here");
        assert_eq!(lines[1]["id"], "b");
        assert_eq!(lines[1]["status"], "failed");
        assert!(lines[2]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 4: JSON"));
        assert_eq!(lines[3]["json"]["meta"]["authors"][1], "C D");
    }
}
