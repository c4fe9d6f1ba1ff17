//! Shared helpers for the integration tests: where the corpus is, and conversion with pinned
//! options so outputs are reproducible.
#![allow(dead_code)]

use copydesk::{Document, InputFormat, Options, OutputFormat};
use std::path::{Path, PathBuf};

/// `../shared` beside the checkout, where CI has it.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The example article the project started from.
pub fn example() -> PathBuf {
    shared().join("examples/biden-zelenskyy-call.txt")
}

/// Every article of the development corpus (`.txt` and `.story` files), sorted.
pub fn corpus() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let root = shared().join("corpus");
    for dir in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display())) {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            if matches!(
                file.extension().and_then(|e| e.to_str()),
                Some("txt" | "story")
            ) {
                files.push(file);
            }
        }
    }
    files.sort();
    assert!(
        files.len() > 300,
        "the corpus at {} looks incomplete",
        root.display()
    );
    files
}

/// Options with the conversion time pinned, as the goldens need.
pub fn pinned() -> Options {
    Options::at(chrono::DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z").unwrap())
}

/// Reads a file into a document.
pub fn parse(path: &Path) -> Document<'static> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    copydesk::parse(bytes, InputFormat::Plain, &Default::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes a document in a format with pinned options.
pub fn write(doc: &Document, format: OutputFormat) -> String {
    copydesk::write::write(doc, format, &pinned().write).unwrap()
}

/// The decoded text of a file, whitespace folded.
pub fn source_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    fold(&copydesk::decode::decode(&bytes).unwrap().text)
}

/// Runs of whitespace folded to one space.
pub fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `xmllint` is on the PATH.
pub fn have_xmllint() -> bool {
    std::process::Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether a program runs (`program flag` succeeds). A test that needs a missing program
/// fails under `CI=true`, where `.ci/run` installs it, and skips elsewhere, saying so.
pub fn have(program: &str, flag: &str) -> bool {
    let found = std::process::Command::new(program)
        .arg(flag)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var("CI").is_err(),
            "{program} is not installed (.ci/run installs it)"
        );
        eprintln!("skipped: {program} is not installed");
    }
    found
}

/// Runs a program with standard input, returning its standard output; a failure fails.
pub fn pipe(program: &str, args: &[&str], input: &str) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success(), "{program} {args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

/// Runs the `copydesk` binary with arguments and standard input.
pub fn run(args: &[&str], stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A process that exits early (usage errors) closes its stdin: that is not a failure here.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}
