//! Golden files a reviewer can read, in two kinds. Reader goldens: for each article named in
//! `tests/golden/MANIFEST`, the tree read from its text (`../shared`) must equal
//! `tests/golden/NAME.json`. Writer goldens: the tree in `NAME.json` written by every other
//! writer must equal `NAME.{md,yaml,xml,…}` byte for byte; they start from the tree, so a
//! change of the reader changes only the `.json` files. A failing golden shows a unified diff.
//! After a deliberate change, `COPYDESK_BLESS=1 cargo test --test golden` rewrites them;
//! review the diff before committing it.

mod common;

use copydesk::{InputFormat, OutputFormat};
use std::path::{Path, PathBuf};

/// The golden directory and its cases: name and input path.
fn cases() -> (PathBuf, Vec<(String, PathBuf)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let manifest = std::fs::read_to_string(dir.join("MANIFEST")).unwrap();
    let cases = manifest
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (name, input) = line.split_once(char::is_whitespace).unwrap();
            (name.to_owned(), common::shared().join(input.trim()))
        })
        .collect();
    (dir, cases)
}

/// Compares output with its golden file (or rewrites the file when blessing); a difference
/// is described as a unified diff.
fn compare(path: &Path, got: &str, failures: &mut Vec<String>) {
    if std::env::var_os("COPYDESK_BLESS").is_some() {
        std::fs::write(path, got).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (COPYDESK_BLESS=1 creates it)", path.display()));
    if got != expected {
        let diff = similar::TextDiff::from_lines(expected.as_str(), got);
        failures.push(format!(
            "{}\n{}",
            path.display(),
            diff.unified_diff()
                .context_radius(2)
                .header("golden", "written now")
        ));
    }
}

#[test]
fn every_reader_golden_is_the_tree_read_from_its_text() {
    let (dir, cases) = cases();
    let mut failures = Vec::new();
    for (name, input) in &cases {
        let tree = common::write(&common::parse(input), OutputFormat::Json);
        compare(&dir.join(format!("{name}.json")), &tree, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(cases.len() >= 8, "only {} cases", cases.len());
}

#[test]
fn every_writer_golden_is_written_from_its_tree() {
    let (dir, cases) = cases();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, input) in &cases {
        // The tree from the reader golden; when blessing, from the text as it reads now.
        let tree = match std::env::var_os("COPYDESK_BLESS") {
            Some(_) => common::write(&common::parse(input), OutputFormat::Json),
            None => std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap(),
        };
        let doc = copydesk::parse(tree.as_bytes(), InputFormat::Json, &Default::default())
            .unwrap_or_else(|e| panic!("{name}.json: {e}"));
        for &format in OutputFormat::all() {
            if format == OutputFormat::Json {
                continue;
            }
            let got = common::write(&doc, format);
            compare(
                &dir.join(format!("{name}.{}", format.extension())),
                &got,
                &mut failures,
            );
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 24, "only {checked} goldens checked");
}
