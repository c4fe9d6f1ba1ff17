//! Batch conversion through the command line: directories in, one output per article and
//! format out; bad files reported and skipped; a report; re-runs that skip finished work;
//! Ctrl-C that leaves only complete outputs; and JSON Lines streaming.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn copydesk(args: &[&str]) -> Output {
    common::run(args, b"")
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = dir.exists().then(|| dir.to_owned()).into_iter().collect();
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn temporaries(dir: &Path) -> Vec<PathBuf> {
    files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
        .collect()
}

/// A copy of a few corpus folders, with a binary, an empty and an unreadable file mixed in.
fn corpus_with_bad_files(dir: &Path) -> (PathBuf, usize) {
    let input = dir.join("archive");
    let mut good = 0;
    for folder in ["bbc", "reuters-wire", "cnn-stories", "messy"] {
        let from = common::shared().join("corpus").join(folder);
        std::fs::create_dir_all(input.join(folder)).unwrap();
        for entry in std::fs::read_dir(&from).unwrap() {
            let path = entry.unwrap().path();
            if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("txt" | "story")
            ) {
                std::fs::copy(&path, input.join(folder).join(path.file_name().unwrap())).unwrap();
                good += 1;
            }
        }
    }
    std::fs::write(
        input.join("bbc/photo.txt"),
        b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\0",
    )
    .unwrap();
    std::fs::write(input.join("bbc/empty.txt"), b"").unwrap();
    // Unreadable even for root: a link to nothing.
    std::os::unix::fs::symlink(dir.join("gone.txt"), input.join("bbc/unreadable.txt")).unwrap();
    (input, good)
}

#[test]
fn a_batch_converts_everything_else_and_reports_the_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let (input, good) = corpus_with_bad_files(dir.path());
    let out = dir.path().join("out");
    let report = dir.path().join("report.json");
    let output = copydesk(&[
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-t",
        "markdown",
        "-t",
        "newsml",
        "--report",
        report.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for bad in [
        "photo.txt: binary file",
        "empty.txt: no text",
        "unreadable.txt: ",
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(bad)),
            "{bad} not reported:\n{stderr}"
        );
    }
    assert!(
        stderr.contains(&format!("{good} converted, 3 failed")),
        "{stderr}"
    );
    let outputs = files_under(&out);
    assert_eq!(
        outputs.len(),
        good * 2,
        "one .md and one .xml per good article"
    );
    assert!(
        outputs
            .iter()
            .any(|p| p.ends_with("reuters-wire/reuters-10080.xml")),
        "the tree is mirrored"
    );
    assert!(temporaries(dir.path()).is_empty());
    let records: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(records.len(), good + 3);
    let failed: Vec<&serde_json::Value> =
        records.iter().filter(|r| r["status"] == "failed").collect();
    assert_eq!(failed.len(), 3);
    assert!(failed
        .iter()
        .all(|r| r["error"].is_string() && r["outputs"].as_array().unwrap().is_empty()));
    let converted = records.iter().find(|r| r["status"] == "converted").unwrap();
    assert_eq!(converted["outputs"].as_array().unwrap().len(), 2);

    // A re-run does no work for what is done; a touched article is converted again.
    let rerun = || {
        let output = copydesk(&[
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-t",
            "markdown",
            "-t",
            "newsml",
            "--skip-existing",
        ]);
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let stderr = rerun();
    assert!(
        stderr.contains(&format!("0 converted, 3 failed, {good} skipped")),
        "{stderr}"
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    let touched = input.join("reuters-wire/reuters-10080.txt");
    let text = std::fs::read(&touched).unwrap();
    std::fs::write(&touched, text).unwrap();
    let stderr = rerun();
    assert!(
        stderr.contains(&format!("1 converted, 3 failed, {} skipped", good - 1)),
        "{stderr}"
    );
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("a-bad.txt"), b"\0").unwrap();
    for n in 0..200 {
        std::fs::write(input.join(format!("b{n:03}.txt")), "Some copy.\n").unwrap();
    }
    let out = dir.path().join("out");
    let output = copydesk(&[
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--fail-fast",
        "-j",
        "1",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        files_under(&out).len() < 200,
        "the run went on after the failure"
    );
}

#[test]
fn the_output_directory_inside_the_input_tree_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Some copy.\n").unwrap();
    let out = dir.path().join("out");
    for _ in 0..2 {
        let output = copydesk(&[
            dir.path().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-t",
            "json",
            "-t",
            "markdown",
        ]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert_eq!(files_under(&out), [out.join("a.json"), out.join("a.md")]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.txt")).unwrap(),
        "Some copy.\n"
    );
}

#[test]
fn a_directory_walk_reads_every_input_format_by_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let example = common::example();
    for (format, extension) in [
        ("newsml", "xml"),
        ("nitf", "nitf"),
        ("markdown", "md"),
        ("json", "json"),
    ] {
        let to = input.join(format!("{format}.{extension}"));
        let run = copydesk(&[
            example.to_str().unwrap(),
            "-t",
            format,
            "-o",
            to.to_str().unwrap(),
        ]);
        assert!(run.status.success());
    }
    let out = dir.path().join("out");
    let run = copydesk(&[
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-t",
        "json",
        "-q",
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let names: Vec<String> = files_under(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["json.json", "markdown.json", "newsml.json", "nitf.json"]
    );
}

#[test]
fn interrupting_a_batch_leaves_only_complete_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let article = std::fs::read(common::example()).unwrap();
    for n in 0..4000 {
        std::fs::write(input.join(format!("a{n:04}.txt")), &article).unwrap();
    }
    let out = dir.path().join("out");
    let child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-t",
            "newsml",
            "-t",
            "markdown",
            "-j",
            "1",
            "--created",
            "2025-01-01T00:00:00Z",
        ])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let code = output.status.code();
    assert!(
        code == Some(130) || code == Some(0),
        "{code:?} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        temporaries(dir.path()).is_empty(),
        "temporary files left behind"
    );
    let expected_xml = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            common::example().to_str().unwrap(),
            "-t",
            "newsml",
            "--created",
            "2025-01-01T00:00:00Z",
        ])
        .output()
        .unwrap()
        .stdout;
    let outputs = files_under(&out);
    for path in outputs
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
    {
        assert_eq!(
            std::fs::read(path).unwrap(),
            expected_xml,
            "{} is incomplete",
            path.display()
        );
    }
    if code == Some(130) {
        assert!(
            outputs.len() < 8000,
            "interrupted, yet everything converted"
        );
    }
}

#[test]
fn jsonl_streams_one_result_per_line() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            "--jsonl",
            "-t",
            "newsml",
            "-t",
            "frontmatter",
            "-M",
            "language=en",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let article = std::fs::read_to_string(common::example()).unwrap();
    let mut input = String::new();
    for n in 0..600 {
        let line = serde_json::json!({"id": n, "text": if n == 3 { "" } else { &article }, "desk": "world"});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(output.status.code(), Some(1), "one line failed");
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 600);
    for (n, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], n, "order kept");
    }
    assert_eq!(lines[3]["status"], "failed");
    assert!(lines[0]["newsml"]
        .as_str()
        .unwrap()
        .contains("<language tag=\"en\"/>"));
    assert!(lines[0]["frontmatter"]
        .as_str()
        .unwrap()
        .contains("desk: world"));
}

#[test]
fn several_inputs_need_an_output_directory() {
    let example = common::example();
    let output = copydesk(&[example.to_str().unwrap(), example.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let output = copydesk(&[example.to_str().unwrap(), "-t", "json", "-t", "newsml"]);
    assert_eq!(output.status.code(), Some(2));
}
