//! `copydesk check` as editors and CI run it: findings at the input's own lines and columns,
//! in every input format; exit 0, 1 or 2; JSON Lines; rules chosen; the batch report.

mod common;

use std::path::Path;
use std::process::Output;

fn copydesk(args: &[&str], stdin: &[u8]) -> Output {
    common::run(args, stdin)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A short article with one slip of each kind the rules catch on their own.
const SLIPS: &str = "Council approves cycle lanes\n\nBy Jane Doe\n\n\
BRISTOL (AP) — The council voted to to build protected cycle lanes on Tuesday..\n\n\
“We have waited long enough for this,” said councillor Anna Whitfield. “Now we build.\n\n\
Whitfield said the work starts in May. Whitfield thanked the residents.\n\n\
Witfield said the lanes would be finished by the end of the year.\n";

#[test]
fn the_example_article_shows_the_variant_and_the_doubled_stop_and_nothing_else() {
    let example = common::example();
    let output = copydesk(&["check", example.to_str().unwrap()], b"");
    assert_eq!(output.status.code(), Some(1), "findings exit 1");
    let text = stdout(&output);
    let path = example.display().to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            format!("{path}:18:45: name-variant: \"Zelenskyy\" is spelt \"Zelesnkyy\" elsewhere, 2 times (lines 1, 6)"),
            format!("{path}:34:225: doubled-punctuation: \"..\": a full stop typed twice"),
        ]
    );
    // The columns point at what they name, in the file as it is.
    let source = std::fs::read_to_string(&example).unwrap();
    let at = |line: usize, column: usize| -> String {
        source
            .lines()
            .nth(line - 1)
            .unwrap()
            .chars()
            .skip(column - 1)
            .take(9)
            .collect()
    };
    assert_eq!(at(18, 45), "Zelenskyy");
    assert_eq!(at(34, 225), "..");
}

#[test]
fn each_finding_points_at_its_slip_in_every_input_format() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("slips.txt");
    std::fs::write(&plain, SLIPS).unwrap();
    let mut inputs = vec![plain.clone()];
    for (format, extension) in [
        ("markdown", "md"),
        ("newsml", "xml"),
        ("nitf", "nitf"),
        ("json", "json"),
    ] {
        let converted = dir.path().join(format!("slips.{extension}"));
        let run = copydesk(
            &[
                plain.to_str().unwrap(),
                "-t",
                format,
                "-o",
                converted.to_str().unwrap(),
            ],
            b"",
        );
        assert!(run.status.success());
        inputs.push(converted);
    }
    for input in inputs {
        let output = copydesk(&["check", "--format", "json", input.to_str().unwrap()], b"");
        assert_eq!(output.status.code(), Some(1));
        let source = std::fs::read_to_string(&input).unwrap();
        let findings: Vec<serde_json::Value> = stdout(&output)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let rules: Vec<&str> = findings
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        assert_eq!(
            rules,
            [
                "repeated-word",
                "doubled-punctuation",
                "unbalanced-quote",
                "name-variant"
            ],
            "{}",
            input.display()
        );
        for finding in &findings {
            assert_eq!(finding["path"], input.to_str().unwrap());
            let (line, column) = (
                finding["line"].as_u64().unwrap(),
                finding["column"].as_u64().unwrap(),
            );
            let there: String = source
                .lines()
                .nth(line as usize - 1)
                .unwrap()
                .chars()
                .skip(column as usize - 1)
                .collect();
            let expected = match finding["rule"].as_str().unwrap() {
                "repeated-word" => "to to",
                // As the format spells it: Markdown escapes the second dot.
                "doubled-punctuation" => {
                    if there.starts_with(".\\.") {
                        ".\\."
                    } else {
                        ".."
                    }
                }
                "unbalanced-quote" => "“Now",
                _ => "Witfield",
            };
            assert!(
                there.starts_with(expected),
                "{}: {finding} points at {there:?}",
                input.display()
            );
        }
        let repeated = &findings[0];
        assert_eq!(repeated["suggestion"], "to");
        assert!(repeated["message"].as_str().unwrap().contains("\"to\""));
    }
}

#[test]
fn a_clean_article_exits_0_and_prints_nothing() {
    let output = copydesk(
        &["check"],
        b"Council approves lanes\n\nThe council voted on Tuesday.\n",
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "");
}

#[test]
fn rules_are_chosen_and_skipped_by_id() {
    let only = copydesk(
        &["check", "--rule", "doubled-punctuation"],
        SLIPS.as_bytes(),
    );
    assert_eq!(stdout(&only).lines().count(), 1);
    assert!(stdout(&only).contains(": doubled-punctuation: "));
    let skipped = copydesk(
        &[
            "check",
            "--skip",
            "doubled-punctuation",
            "--skip",
            "name-variant",
            "--skip",
            "unbalanced-quote",
        ],
        SLIPS.as_bytes(),
    );
    assert_eq!(
        stdout(&skipped).lines().collect::<Vec<_>>(),
        ["<stdin>:5:34: repeated-word: \"to\" printed twice"]
    );
    let none = copydesk(&["check", "--rule", "box-drift"], SLIPS.as_bytes());
    assert_eq!(none.status.code(), Some(0));
}

#[test]
fn a_usage_error_or_an_unreadable_input_exits_2_and_the_rest_are_checked() {
    let bad_rule = copydesk(&["check", "--rule", "spelling"], SLIPS.as_bytes());
    assert_eq!(bad_rule.status.code(), Some(2));
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, SLIPS).unwrap();
    let missing = dir.path().join("missing.txt");
    let output = copydesk(
        &["check", missing.to_str().unwrap(), good.to_str().unwrap()],
        b"",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains(&format!("{}: no such file", missing.display())));
    assert_eq!(
        stdout(&output).lines().count(),
        4,
        "the readable input is still checked"
    );
}

#[test]
fn a_directory_is_checked_file_by_file_in_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.txt"), SLIPS).unwrap();
    std::fs::write(dir.path().join("a.txt"), "A clean article.\n").unwrap();
    std::fs::write(
        dir.path().join("c.md"),
        "---\ntitle: T\n---\n\nIt it was late.\n",
    )
    .unwrap();
    let output = copydesk(&["check", dir.path().to_str().unwrap()], b"");
    let files: Vec<String> = stdout(&output)
        .lines()
        .map(|l| {
            Path::new(l.split(':').next().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(files, ["b.txt", "b.txt", "b.txt", "b.txt", "c.md"]);
    assert!(stdout(&output).contains("c.md:5:1: repeated-word"));
}

#[test]
fn a_checking_batch_lists_each_article_s_findings_in_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let (articles, out) = (dir.path().join("in"), dir.path().join("out"));
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("slips.txt"), SLIPS).unwrap();
    std::fs::write(articles.join("clean.txt"), "A clean article.\n").unwrap();
    let report = dir.path().join("report.json");
    let run = copydesk(
        &[
            articles.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--check",
            "--report",
            report.to_str().unwrap(),
            "-q",
        ],
        b"",
    );
    assert!(run.status.success(), "findings do not fail a conversion");
    let records: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    let findings = |name: &str| -> Vec<String> {
        let record = records
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(name))
            .unwrap();
        record["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        findings("slips.txt"),
        [
            "repeated-word",
            "doubled-punctuation",
            "unbalanced-quote",
            "name-variant"
        ]
    );
    assert_eq!(findings("clean.txt"), Vec::<String>::new());
    assert!(out.join("slips.md").is_file());
}
