//! Scores quotation speakers against `speakers.jsonl` (labels by reading; rules in
//! `speakers.README.md` beside it).
//!
//! Each labelled quotation is looked up in the tree by the first 30 characters after its
//! opening mark (whitespace folded), in reading order, so a summary-box quote and the same
//! words in the body are two quotations. A speaker is right when it is the labelled name with
//! case and spacing folded, or that name misspelt by one or two letters ("Zelesnkyy" for
//! "Zelenskyy"); a partial name ("Psaki" for "Jen Psaki") is wrong.

use copydesk::{Document, Inline};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One labelled quotation.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    /// The article, relative to the corpus folder.
    pub file: String,
    /// Up to 40 characters after the opening mark.
    pub quote_start: String,
    /// The speaker's full name, role or organisation; `None` when nothing says.
    pub speaker: Option<String>,
    /// `named`, `pronoun`, `org` or `none`.
    pub kind: String,
    /// The attribution as printed, for people reading misses.
    pub how: String,
}

/// What the reader made of one labelled quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// No quotation of the tree starts with the label's words.
    NotFound,
    /// The right speaker (or, for a `none` label, no speaker).
    Right,
    /// A speaker other than the labelled one.
    Wrong(String),
    /// No speaker where the label has one.
    Missing,
}

/// Counts of outcomes over a set of labels.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    pub labelled: usize,
    pub found: usize,
    pub right: usize,
    pub wrong: usize,
    pub missing: usize,
    /// Right answers that name someone (a `none` label answered with no speaker is not one).
    pub right_given: usize,
}

impl Score {
    fn add(&mut self, label: &Label, outcome: &Outcome) {
        self.labelled += 1;
        match outcome {
            Outcome::NotFound => {}
            Outcome::Right => {
                self.found += 1;
                self.right += 1;
                self.right_given += usize::from(label.speaker.is_some());
            }
            Outcome::Wrong(_) => {
                self.found += 1;
                self.wrong += 1;
            }
            Outcome::Missing => {
                self.found += 1;
                self.missing += 1;
            }
        }
    }

    fn merge(&mut self, other: &Score) {
        self.labelled += other.labelled;
        self.found += other.found;
        self.right += other.right;
        self.wrong += other.wrong;
        self.missing += other.missing;
        self.right_given += other.right_given;
    }

    /// Share of labelled quotations found in the tree.
    pub fn found_rate(&self) -> f64 {
        ratio(self.found, self.labelled)
    }

    /// Share of labelled quotations given the right speaker.
    pub fn right_rate(&self) -> f64 {
        ratio(self.right, self.labelled)
    }

    /// Share of the speakers given that are wrong.
    pub fn wrong_rate(&self) -> f64 {
        ratio(self.wrong, self.right_given + self.wrong)
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// Every label of a `speakers.jsonl`.
pub fn labels(path: &Path) -> Vec<Label> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}: {l}", path.display())))
        .collect()
}

/// Runs of whitespace folded to one space.
pub fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every quotation of a document in reading order (the summary box's, then the body's), each
/// as (text after its opening mark, whitespace folded; speaker).
pub fn quotations(doc: &Document) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let mut take = |inlines: &[Inline]| {
        for inline in inlines {
            if let Inline::Quote { text, speaker } = inline {
                let words = text.trim_start_matches(['"', '“', '‘', '\'', '«', '„']);
                found.push((fold(words), speaker.clone()));
            }
        }
    };
    for index in 0..doc.meta.highlights.len() {
        take(&doc.highlight_content(index));
    }
    for block in &doc.blocks {
        block.runs().for_each(&mut take);
    }
    found
}

/// Whether two names are the same person's: equal with case and spacing folded, or the same
/// number of words and at most two letters apart (a misspelling), in names of six letters or
/// more.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a).to_lowercase(), fold(b).to_lowercase());
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let words = |s: &[char]| s.iter().filter(|&&c| c == ' ').count();
    a.len().min(b.len()) >= 6 && words(&a) == words(&b) && edit_distance(&a, &b) <= 2
}

/// Edits (insertion, deletion, substitution, swap of neighbours) from one word to another.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// The outcome of each of an article's labels, in order: each label takes the first quotation
/// not yet taken that starts with its first 30 characters.
pub fn outcomes(doc: &Document, labels: &[&Label]) -> Vec<Outcome> {
    let quotations = quotations(doc);
    let mut taken = vec![false; quotations.len()];
    labels
        .iter()
        .map(|label| {
            let key: String = fold(&label.quote_start).chars().take(30).collect();
            let Some(at) =
                (0..quotations.len()).find(|&i| !taken[i] && quotations[i].0.starts_with(&key))
            else {
                return Outcome::NotFound;
            };
            taken[at] = true;
            match (&label.speaker, &quotations[at].1) {
                (Some(expected), Some(got)) if same_name(expected, got) => Outcome::Right,
                (None, None) => Outcome::Right,
                (Some(_), None) => Outcome::Missing,
                (_, Some(got)) => Outcome::Wrong(got.clone()),
            }
        })
        .collect()
}

/// The scores of a corpus: per kind, per folder, and over all labels; with each miss.
#[derive(Debug, Default)]
pub struct Report {
    pub by_kind: BTreeMap<String, Score>,
    pub by_folder: BTreeMap<String, Score>,
    pub all: Score,
    /// Quotations said by people: `named` and `pronoun` together.
    pub people: Score,
    pub misses: Vec<String>,
}

/// Scores every label, reading each article with `read` (its path relative to the corpus).
pub fn evaluate(
    corpus: &Path,
    labels: &[Label],
    read: impl Fn(&Path) -> Document<'static>,
) -> Report {
    let mut by_file: BTreeMap<&str, Vec<&Label>> = BTreeMap::new();
    let mut order = Vec::new();
    for label in labels {
        if !by_file.contains_key(label.file.as_str()) {
            order.push(label.file.as_str());
        }
        by_file.entry(&label.file).or_default().push(label);
    }
    let mut report = Report::default();
    for file in order {
        let doc = read(&corpus.join(file));
        let labels = &by_file[file];
        let folder = match file.split_once('/') {
            Some(("..", _)) | None => "example".to_owned(),
            Some((folder, _)) => folder.to_owned(),
        };
        for (label, outcome) in labels.iter().zip(outcomes(&doc, labels)) {
            report
                .by_kind
                .entry(label.kind.clone())
                .or_default()
                .add(label, &outcome);
            report
                .by_folder
                .entry(folder.clone())
                .or_default()
                .add(label, &outcome);
            report.all.add(label, &outcome);
            if matches!(label.kind.as_str(), "named" | "pronoun") {
                report.people.add(label, &outcome);
            }
            let expected = label.speaker.as_deref().unwrap_or("(none)");
            let got = match &outcome {
                Outcome::Right => continue,
                Outcome::NotFound => "NOT FOUND".to_owned(),
                Outcome::Missing => "no speaker".to_owned(),
                Outcome::Wrong(got) => format!("WRONG {got:?}"),
            };
            report.misses.push(format!(
                "{file}: “{}…” [{}; {}] expected {expected:?}, got {got}",
                label.quote_start, label.kind, label.how
            ));
        }
    }
    report
}

impl Report {
    /// The printout: a row per kind and per folder, then the totals the floors are set on.
    pub fn print(&self) {
        let header = format!(
            "{:<16} {:>5} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
            "", "n", "found", "right", "wrong", "missing", "right%", "wrong%"
        );
        let row = |name: &str, s: &Score| {
            println!(
                "{name:<16} {:>5} {:>6} {:>6} {:>6} {:>7} {:>6.1}% {:>6.1}%",
                s.labelled,
                s.found,
                s.right,
                s.wrong,
                s.missing,
                100.0 * s.right_rate(),
                100.0 * s.wrong_rate()
            );
        };
        println!("quotation speakers (right% of labelled; wrong% of the speakers given)\n");
        println!("{header}");
        for (kind, score) in &self.by_kind {
            row(kind, score);
        }
        row("named+pronoun", &self.people);
        row("ALL", &self.all);
        println!("\n{header}");
        let mut total = Score::default();
        for (folder, score) in &self.by_folder {
            row(folder, score);
            total.merge(score);
        }
        println!(
            "\nfound {:.1}% of {} quotations; people right {:.1}%; org right {:.1}%; wrong {:.1}% of {} speakers given",
            100.0 * self.all.found_rate(),
            self.all.labelled,
            100.0 * self.people.right_rate(),
            100.0 * self.by_kind.get("org").map_or(0.0, Score::right_rate),
            100.0 * self.all.wrong_rate(),
            self.all.right_given + self.all.wrong,
        );
    }
}
