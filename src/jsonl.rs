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

/// Lines converted together (in parallel) before their results are written, at most.
const LINES_PER_ROUND: usize = 256;

/// What a stream run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Lines converted.
    pub converted: usize,
    /// Lines that failed (each got an `error` result line).
    pub failed: usize,
    /// The run stopped before the end of its input, as `stop` asked.
    pub stopped: bool,
}

/// How a stream run reads and stops.
#[derive(Debug, Clone, Copy)]
pub struct StreamOptions {
    /// A line longer than this many bytes fails alone, without being held in memory.
    pub max_line: u64,
}

impl Default for StreamOptions {
    fn default() -> Self {
        StreamOptions {
            max_line: 256 << 20,
        }
    }
}

/// A line read, or why it could not be.
type Line = std::result::Result<String, Error>;

/// Converts a JSON Lines stream. Each result line holds the `id`, one key per format (the
/// output text; for `json`, the tree itself) and `"status": "converted"`, or `"status":
/// "failed"` and `error`. Lines are read on their own thread: whatever has arrived is
/// converted (on all cores, up to a round of lines) and written, in order, at once, so a
/// request/response pipe gets each answer as soon as it is ready. `stop` is asked between
/// rounds; when it says so, the run ends after the round under way.
pub fn convert_stream(
    input: impl BufRead + Send + 'static,
    mut output: impl Write,
    from: InputFormat,
    formats: &[OutputFormat],
    options: &Options,
    stream: StreamOptions,
    stop: impl Fn() -> bool,
) -> Result<Summary> {
    let mut summary = Summary::default();
    let (lines, received) = std::sync::mpsc::sync_channel::<(usize, Line)>(LINES_PER_ROUND * 2);
    // Not joined: a reader blocked on its input must not keep a stopped run waiting.
    std::thread::spawn(move || read_lines(input, stream.max_line, lines));
    loop {
        let first = match received.recv_timeout(std::time::Duration::from_millis(100)) {
            Ok(first) => first,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) if stop() => {
                summary.stopped = true;
                break;
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => continue,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let mut round = vec![first];
        round.extend(received.try_iter().take(LINES_PER_ROUND - 1));
        let results: Vec<Option<Value>> = round
            .into_par_iter()
            .map(|(index, line)| match line {
                Ok(line) if line.trim().is_empty() => None,
                Ok(line) => Some(convert_line(&line, index, from, formats, options)),
                Err(error) => Some(failure(Value::Null, index, &error)),
            })
            .collect();
        for result in results.into_iter().flatten() {
            if result["status"] == "converted" {
                summary.converted += 1;
            } else {
                summary.failed += 1;
            }
            serde_json::to_writer(&mut output, &result).map_err(Error::from)?;
            output.write_all(b"\n")?;
        }
        output.flush()?;
        if stop() {
            summary.stopped = true;
            break;
        }
    }
    Ok(summary)
}

/// Reads lines into a channel, in order, each numbered; a line over `max_line` bytes is
/// skipped to its end, never held, and sent as an error.
fn read_lines(
    mut input: impl BufRead,
    max_line: u64,
    lines: std::sync::mpsc::SyncSender<(usize, Line)>,
) {
    for index in 0.. {
        let mut buffer = Vec::new();
        let read = std::io::Read::take(&mut input, max_line + 1).read_until(b'\n', &mut buffer);
        let line: Line = match read {
            Ok(0) => return,
            Err(e) => Err(Error::Io(e)),
            Ok(n) if n as u64 > max_line && !buffer.ends_with(b"\n") => {
                let skipped = skip_line(&mut input);
                Err(Error::TooLarge {
                    size: n as u64 + skipped,
                    limit: max_line,
                })
            }
            Ok(_) => String::from_utf8(buffer).map_err(|e| {
                Error::InvalidOption(format!(
                    "not UTF-8 at byte {}",
                    e.utf8_error().valid_up_to()
                ))
            }),
        };
        let failed_to_read = matches!(line, Err(Error::Io(_)));
        if lines.send((index, line)).is_err() || failed_to_read {
            return;
        }
    }
}

/// Reads and drops the rest of a line; returns how many bytes.
fn skip_line(input: &mut impl BufRead) -> u64 {
    let mut skipped = 0;
    loop {
        let Ok(buffer) = input.fill_buf() else {
            return skipped;
        };
        if buffer.is_empty() {
            return skipped;
        }
        match memchr::memchr(b'\n', buffer) {
            Some(at) => {
                input.consume(at + 1);
                return skipped + at as u64 + 1;
            }
            None => {
                let len = buffer.len();
                input.consume(len);
                skipped += len as u64;
            }
        }
    }
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
    let read = options.read.for_outputs(formats);
    let converted = crate::error::one_input(|| {
        crate::parse(text.as_bytes(), from, &read).and_then(|doc| {
            formats
                .iter()
                .map(|&format| {
                    let value = match format.writer().json(&doc, &options.write) {
                        Some(json) => json?,
                        None => Value::String(crate::write::write(&doc, format, &options.write)?),
                    };
                    Ok((format.name().to_owned(), value))
                })
                .collect::<Result<Vec<_>>>()
        })
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
            std::io::Cursor::new(input.as_bytes().to_vec()),
            &mut out,
            InputFormat::Plain,
            formats,
            &Options::at(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
            StreamOptions { max_line: 1000 },
            || false,
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
                failed: 2,
                stopped: false
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

    #[test]
    fn a_line_over_the_limit_fails_alone_and_the_next_converts() {
        let long = format!("{{\"id\": 1, \"text\": \"{}\"}}\n", "word ".repeat(400));
        let input = format!("{long}{{\"id\": 2, \"text\": \"Body.\"}}\n");
        let (lines, summary) = run(&input, &[OutputFormat::Markdown]);
        assert_eq!((summary.converted, summary.failed), (1, 1));
        assert!(
            lines[0]["error"]
                .as_str()
                .unwrap()
                .contains("over the 1000-byte limit"),
            "{}",
            lines[0]
        );
        assert_eq!(lines[1]["id"], 2);
    }
}
