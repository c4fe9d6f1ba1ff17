//! Measures the plain-text reader against the labelled corpus.
//!
//! `cargo run --release --example evaluate -- ../shared/corpus` reads every folder's
//! `labels.jsonl`, reads each labelled article with copydesk, and prints per field and per source
//! the exact-match rate, precision and recall (after whitespace folding) of headline, authors,
//! dateline and highlights. A label of `null` (or an absent field where the source labels that
//! field) means the article has none, so anything copydesk finds there counts against precision.
//! `--misses` also lists every article a field got wrong.
//!
//! `--speakers` scores quotation speakers instead, against `speakers.jsonl` (see
//! [`speakers`]); `--misses` then lists each quotation not found or not given its speaker.

mod speakers;

use copydesk::{parse, Document, InputFormat, Metadata, ReadOptions};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const FIELDS: [&str; 4] = ["headline", "authors", "dateline", "highlights"];

#[derive(Default, Clone, Copy)]
struct Tally {
    articles: usize,
    exact: usize,
    true_positive: usize,
    false_positive: usize,
    false_negative: usize,
}

impl Tally {
    fn add(&mut self, expected: &[String], got: &[String]) {
        self.articles += 1;
        let equal = expected == got;
        self.exact += equal as usize;
        match (expected.is_empty(), got.is_empty(), equal) {
            (_, false, true) => self.true_positive += 1,
            (_, false, false) => {
                self.false_positive += 1;
                if !expected.is_empty() {
                    self.false_negative += 1;
                }
            }
            (false, true, _) => self.false_negative += 1,
            (true, true, _) => {}
        }
    }

    fn percent(n: usize, d: usize) -> String {
        if d == 0 {
            "    –".to_owned()
        } else {
            format!("{:5.1}", 100.0 * n as f64 / d as f64)
        }
    }

    fn row(&self) -> String {
        format!(
            "{:>4} {} {} {}",
            self.articles,
            Self::percent(self.exact, self.articles),
            Self::percent(self.true_positive, self.true_positive + self.false_positive),
            Self::percent(self.true_positive, self.true_positive + self.false_negative),
        )
    }
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => vec![fold(s)],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).map(fold).collect(),
        _ => Vec::new(),
    }
}

fn got(meta: &Metadata, field: &str) -> Vec<String> {
    match field {
        "headline" => meta.title.iter().map(|s| fold(s)).collect(),
        "authors" => meta.authors.iter().map(|s| fold(s)).collect(),
        "dateline" => meta.dateline.iter().map(|s| fold(s)).collect(),
        "highlights" => meta.highlights.iter().map(|s| fold(s)).collect(),
        _ => unreachable!(),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut corpus = PathBuf::from("../shared/corpus");
    let mut show_misses = false;
    let mut score_speakers = false;
    for arg in args.by_ref() {
        if arg == "--misses" {
            show_misses = true;
        } else if arg == "--speakers" {
            score_speakers = true;
        } else {
            corpus = PathBuf::from(arg);
        }
    }
    if score_speakers {
        let labels = speakers::labels(&corpus.join("speakers.jsonl"));
        let report = speakers::evaluate(&corpus, &labels, read_document);
        report.print();
        if show_misses {
            println!();
            for miss in &report.misses {
                println!("{miss}");
            }
        }
        return;
    }
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap_or_else(|e| panic!("{}: {e}", corpus.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("labels.jsonl").is_file())
        .collect();
    folders.sort();
    let mut by_source: BTreeMap<(String, &str), Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut invented_on_lede_first = 0;
    for folder in &folders {
        let source = folder.file_name().unwrap().to_string_lossy().into_owned();
        let labels = std::fs::read_to_string(folder.join("labels.jsonl")).unwrap();
        for line in labels.lines().filter(|l| !l.trim().is_empty()) {
            let label: Value = serde_json::from_str(line).unwrap();
            let file = label["file"].as_str().unwrap();
            let meta = read(&folder.join(file));
            for field in FIELDS {
                let expected = strings(label.get(field));
                let got = got(&meta, field);
                by_source
                    .entry((source.clone(), field))
                    .or_default()
                    .add(&expected, &got);
                if expected != got {
                    misses.push(format!(
                        "{source}/{file} {field}: expected {expected:?}, got {got:?}"
                    ));
                    if field == "headline" && expected.is_empty() && source == "lede-first" {
                        invented_on_lede_first += 1;
                    }
                }
            }
        }
    }
    println!(
        "copydesk reader on {} ({} sources)",
        corpus.display(),
        folders.len()
    );
    println!("exact = whole value equal (after whitespace folding); P/R over articles that have or get one\n");
    for field in FIELDS {
        println!(
            "{field:<12} {:>4} {:>5} {:>5} {:>5}",
            "n", "exact", "P", "R"
        );
        let mut total = Tally::default();
        for ((source, f), tally) in &by_source {
            if *f == field {
                println!("  {source:<14} {}", tally.row());
                total.articles += tally.articles;
                total.exact += tally.exact;
                total.true_positive += tally.true_positive;
                total.false_positive += tally.false_positive;
                total.false_negative += tally.false_negative;
            }
        }
        println!("  {:<14} {}\n", "ALL", total.row());
    }
    println!("headlines invented on lede-first articles: {invented_on_lede_first}");
    if show_misses {
        println!();
        for miss in misses {
            println!("{miss}");
        }
    }
}

fn read(path: &Path) -> Metadata {
    read_document(path).meta
}

/// Reads a plain-text article; an unreadable one is reported and read as empty.
fn read_document(path: &Path) -> Document<'static> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse(bytes, InputFormat::Plain, &ReadOptions::default()).unwrap_or_else(|e| {
        eprintln!("{}: {e}", path.display());
        Document::default()
    })
}
