//! Golden files: for each article named in `tests/golden/MANIFEST`, the output of every writer
//! must equal `tests/golden/NAME.{md,yaml,xml,json}` byte for byte. Inputs are read from
//! `../shared`. After a deliberate change, `COPYDESK_BLESS=1 cargo test --test golden`
//! rewrites the goldens; review the diff before committing it.

mod common;

use copydesk::OutputFormat;
use std::path::Path;

#[test]
fn every_writer_matches_its_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let manifest = std::fs::read_to_string(dir.join("MANIFEST")).unwrap();
    let bless = std::env::var_os("COPYDESK_BLESS").is_some();
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in manifest
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (name, input) = line.split_once(char::is_whitespace).unwrap();
        let doc = common::parse(&common::shared().join(input.trim()));
        for &format in OutputFormat::all() {
            let got = common::write(&doc, format);
            let path = dir.join(format!("{name}.{}", format.extension()));
            if bless {
                std::fs::write(&path, &got).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!("{}: {e} (COPYDESK_BLESS=1 creates it)", path.display())
            });
            checked += 1;
            if got != expected {
                let line = got
                    .lines()
                    .zip(expected.lines())
                    .position(|(g, e)| g != e)
                    .map_or(0, |n| n + 1);
                failures.push(format!("{} differs from line {line}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(bless || checked >= 24, "only {checked} goldens checked");
}
