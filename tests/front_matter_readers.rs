//! Front matter reads back as the same strings in the YAML readers site generators use: Ruby's
//! Psych (Jekyll) and PyYAML, both YAML 1.1. Every value of every corpus article, and values a
//! YAML 1.1 reader would take for a boolean, number, null or date, come back as strings equal
//! to the metadata; a real `date` comes back as a date. Needs `ruby` and `python3` with PyYAML
//! (`.ci/run` installs them): skipped, saying so, without them outside CI.

mod common;

use copydesk::{InputFormat, OutputFormat};
use serde_json::Value;

/// Values YAML 1.1 resolves to something other than a string.
const TYPED: &[&str] = &[
    "yes",
    "no",
    "Yes",
    "NO",
    "on",
    "Off",
    "y",
    "N",
    "true",
    "False",
    "null",
    "~",
    "",
    "0o17",
    "0x1F",
    "017",
    "1_000",
    "1:20",
    "190:20:30",
    "1.5e3",
    ".inf",
    "-.Inf",
    ".NaN",
    "=",
    "<<",
    "2026-11-25",
    "2001-12-14t21:59:43.10-05:00",
    "2002-12-14 21:59:43 +1",
    "@x",
    "`x`",
    "- x",
    "? x",
    "a: b",
    "# x",
    "x #y",
    "'q'",
    "\"q\"",
    "%x",
    "!x",
    "&x",
    "*x",
    "|",
    ">",
];

/// The front matter of every corpus article, and of the example with each typed value as its
/// title, language and a key of its own; with the metadata each must read back as.
fn documents() -> Vec<(String, Value)> {
    let mut docs = Vec::new();
    for path in common::corpus() {
        let doc = common::parse(&path);
        docs.push((
            common::write(&doc, OutputFormat::Frontmatter),
            serde_json::to_value(&doc.meta).unwrap(),
        ));
    }
    let example = std::fs::read(common::example()).unwrap();
    for value in TYPED {
        let mut options = common::pinned();
        options.read.metadata = vec![
            ("title".into(), (*value).into()),
            ("language".into(), (*value).into()),
            ("authors".into(), (*value).into()),
            ("slug".into(), (*value).into()),
        ];
        let doc = copydesk::parse(&example[..], InputFormat::Plain, &options.read).unwrap();
        docs.push((
            common::write(&doc, OutputFormat::Frontmatter),
            serde_json::to_value(&doc.meta).unwrap(),
        ));
    }
    docs
}

/// Checks what a reader gave for each document: every value a string equal to the
/// metadata's (lists item by item), and `date` a date or date-time of the same value.
fn check(reader: &str, read: Vec<Value>, docs: &[(String, Value)]) {
    assert_eq!(read.len(), docs.len());
    let mut wrong = Vec::new();
    for (got, (yaml, meta)) in read.iter().zip(docs) {
        let Value::Object(meta) = meta else {
            unreachable!()
        };
        for (key, expected) in meta {
            let value = &got[key];
            let ok = match (key.as_str(), expected) {
                ("date", Value::String(date)) => {
                    value["type"] == "date"
                        && value["text"]
                            .as_str()
                            .is_some_and(|t| t.starts_with(&date[..10]))
                }
                (_, Value::String(text)) => {
                    value["type"] == "str" && value["text"] == text.as_str()
                }
                (_, Value::Array(items)) => {
                    value["type"] == "list"
                        && value["items"].as_array().is_some_and(|got| {
                            got.len() == items.len()
                                && got
                                    .iter()
                                    .zip(items)
                                    .all(|(g, e)| g["type"] == "str" && g["text"] == *e)
                        })
                }
                _ => true,
            };
            if !ok {
                wrong.push(format!("{key}: {expected} read as {value}\n{yaml}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{reader}: {} values read otherwise:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn psych_reads_every_value_as_written() {
    if !common::have("ruby", "--version") {
        return;
    }
    let docs = documents();
    let script = r#"
        require "json"; require "yaml"; require "date"
        def typed(v)
          case v
          when String then {"type" => "str", "text" => v}
          when Array then {"type" => "list", "items" => v.map { |i| typed(i) }}
          when Date, Time then {"type" => "date", "text" => v.strftime("%Y-%m-%d")}
          else {"type" => v.class.name, "text" => v.to_s}
          end
        end
        docs = JSON.parse(STDIN.read)
        puts JSON.generate(docs.map { |y| (YAML.safe_load(y, permitted_classes: [Date, Time]) || {}).transform_values { |v| typed(v) } })
    "#;
    let yaml: Vec<&str> = docs.iter().map(|(y, _)| y.as_str()).collect();
    let out = common::pipe(
        "ruby",
        &["-e", script],
        &serde_json::to_string(&yaml).unwrap(),
    );
    check("Psych", serde_json::from_str(&out).unwrap(), &docs);
}

#[test]
fn pyyaml_reads_every_value_as_written() {
    if !common::have("python3", "--version") {
        return;
    }
    let pyyaml = std::process::Command::new("python3")
        .args(["-c", "import yaml"])
        .status()
        .is_ok_and(|s| s.success());
    if !pyyaml {
        assert!(
            std::env::var("CI").is_err(),
            "PyYAML is not installed (.ci/run installs it)"
        );
        eprintln!("skipped: PyYAML is not installed");
        return;
    }
    let docs = documents();
    let script = r#"
import datetime, json, sys, yaml
def typed(v):
    if isinstance(v, str): return {"type": "str", "text": v}
    if isinstance(v, list): return {"type": "list", "items": [typed(i) for i in v]}
    if isinstance(v, (datetime.date, datetime.datetime)): return {"type": "date", "text": v.isoformat()}
    return {"type": type(v).__name__, "text": str(v)}
docs = json.load(sys.stdin)
print(json.dumps([{k: typed(v) for k, v in (yaml.safe_load(y) or {}).items()} for y in docs]))
"#;
    let yaml: Vec<&str> = docs.iter().map(|(y, _)| y.as_str()).collect();
    let out = common::pipe(
        "python3",
        &["-c", script],
        &serde_json::to_string(&yaml).unwrap(),
    );
    check("PyYAML", serde_json::from_str(&out).unwrap(), &docs);
}
