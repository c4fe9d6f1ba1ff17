//! The README's scale-out paths, run for real: the corpus as JSON Lines through GNU parallel
//! (`parallel --pipe -k … copydesk --jsonl`) and through Apache Spark in local mode
//! (`RDD.pipe`, bench/scale-out/spark.py), every article back converted, in order, and the
//! lines planted to fail reported failed, each with its error.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

/// The corpus's articles as JSON Lines, every tenth with no text (it must fail), and each
/// line's id with whether it must fail.
fn archive() -> (String, Vec<(String, bool)>) {
    let mut archive = String::new();
    let mut expected = Vec::new();
    for (n, path) in common::corpus().iter().enumerate() {
        let bytes = std::fs::read(path).unwrap();
        let text = copydesk::decode::decode(&bytes).unwrap().text.into_owned();
        let must_fail = n % 10 == 9;
        let id = format!("{n:04}");
        let line =
            serde_json::json!({"id": id, "text": if must_fail { "" } else { text.as_str() }});
        archive.push_str(&line.to_string());
        archive.push('\n');
        expected.push((id, must_fail));
    }
    (archive, expected)
}

/// Every article back once, in the archive's order, converted to NewsML and Markdown, and the
/// planted failures failed with their error.
fn assert_all_back_in_order(results: &str, expected: &[(String, bool)]) {
    let results: Vec<serde_json::Value> = results
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let ids: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let expected_ids: Vec<&str> = expected.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids, expected_ids,
        "every article back once, in the archive's order"
    );
    for (result, (id, must_fail)) in results.iter().zip(expected) {
        if *must_fail {
            assert_eq!(result["status"], "failed", "{id}");
            assert!(
                result["error"].as_str().is_some_and(|e| !e.is_empty()),
                "{id}"
            );
        } else {
            assert_eq!(result["status"], "converted", "{id}: {result}");
            assert!(
                result["newsml"].as_str().unwrap().starts_with("<?xml"),
                "{id}"
            );
            assert!(
                result["markdown"].as_str().is_some_and(|m| !m.is_empty()),
                "{id}"
            );
        }
    }
}

#[test]
fn gnu_parallel_converts_every_article_of_the_corpus_in_order() {
    if !common::have("parallel", "--version") {
        return;
    }
    let (archive, expected) = archive();
    let copydesk = env!("CARGO_BIN_EXE_copydesk");
    let mut child = Command::new("parallel")
        .args([
            "--will-cite",
            "--pipe",
            "-k",
            "-j",
            "2",
            "--block",
            "64k",
            copydesk,
        ])
        .args(["--jsonl", "-t", "newsml", "-t", "markdown"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parallel runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(archive.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    // copydesk exits 1 in each job that met a failed line, and parallel counts those jobs.
    assert_ne!(
        output.status.code(),
        Some(0),
        "the planted failures fail their jobs"
    );
    assert_all_back_in_order(&String::from_utf8(output.stdout).unwrap(), &expected);
}

#[test]
fn spark_local_mode_converts_every_article_of_the_corpus_in_order() {
    let has_spark = Command::new("python3")
        .args(["-c", "import pyspark"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
        && common::have("java", "-version");
    if !has_spark {
        assert!(
            std::env::var("CI").is_err(),
            "pyspark is not installed (.ci/run installs it)"
        );
        eprintln!("skipped: pyspark is not installed");
        return;
    }
    let (archive, expected) = archive();
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (
        dir.path().join("archive.jsonl"),
        dir.path().join("results.jsonl"),
    );
    std::fs::write(&input, archive).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/scale-out/spark.py");
    let run = Command::new("python3")
        .arg(script)
        .args([&input, &output])
        .args(["2", env!("CARGO_BIN_EXE_copydesk"), "newsml", "markdown"])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_all_back_in_order(&std::fs::read_to_string(&output).unwrap(), &expected);
}
