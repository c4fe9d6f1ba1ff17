//! The `copydesk` command as users run it: stdin and files in, stdout and files out, and a
//! one-line error naming the path, a non-zero exit and no output for each kind of bad input.

mod common;

use std::path::Path;
use std::process::Output;

fn copydesk(args: &[&str], stdin: &[u8]) -> Output {
    common::run(args, stdin)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A bad input: one line on stderr naming the path, exit 1, nothing on stdout, no file.
fn assert_fails_cleanly(input: &Path, reason: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.xml");
    let output = copydesk(
        &[
            input.to_str().unwrap(),
            "-t",
            "newsml",
            "-o",
            out.to_str().unwrap(),
        ],
        b"",
    );
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.contains(input.to_str().unwrap()) && message.contains(reason),
        "{message}"
    );
    assert!(output.stdout.is_empty());
    assert!(!out.exists(), "an output file was written for a bad input");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "a temporary file was left behind"
    );
    let to_stdout = copydesk(&[input.to_str().unwrap(), "-t", "markdown"], b"");
    assert_eq!(to_stdout.status.code(), Some(1));
    assert!(to_stdout.stdout.is_empty());
}

#[test]
fn bad_inputs_get_a_clear_error_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    assert_fails_cleanly(&dir.path().join("missing.txt"), "no such file");
    let subdir = dir.path().join("a-directory");
    std::fs::create_dir(&subdir).unwrap();
    assert_fails_cleanly(&subdir, "is a directory");
    let binary = dir.path().join("photo.jpg.txt");
    std::fs::write(&binary, b"\xFF\xD8\xFF\xE0\0\x10JFIF\0").unwrap();
    assert_fails_cleanly(&binary, "binary file");
    // A long file is mapped rather than read: the same checks hold.
    let long_binary = dir.path().join("long-binary.txt");
    std::fs::write(
        &long_binary,
        [&b"copy "[..], b"\0"].concat().repeat(1 << 20),
    )
    .unwrap();
    assert_fails_cleanly(&long_binary, "binary file");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, " \n\u{A0}\n\t\n".as_bytes()).unwrap();
    assert_fails_cleanly(&empty, "no text");
}

#[test]
fn stdin_to_stdout_and_file_to_file_give_the_same_output() {
    let example = common::example();
    let bytes = std::fs::read(&example).unwrap();
    let from_stdin = copydesk(
        &["-t", "newsml", "--created", "2025-01-01T00:00:00Z"],
        &bytes,
    );
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    let dash = copydesk(
        &["-", "-t", "newsml", "--created", "2025-01-01T00:00:00Z"],
        &bytes,
    );
    assert_eq!(dash.stdout, from_stdin.stdout);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("item.xml");
    let to_file = copydesk(
        &[
            example.to_str().unwrap(),
            "-t",
            "newsml",
            "-o",
            out.to_str().unwrap(),
            "--created",
            "2025-01-01T00:00:00Z",
        ],
        b"",
    );
    assert!(to_file.status.success() && to_file.stdout.is_empty());
    assert_eq!(std::fs::read(&out).unwrap(), from_stdin.stdout);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the output is left"
    );
}

#[test]
fn a_long_file_mapped_gives_what_the_same_copy_read_from_stdin_gives() {
    // Files from 4 MiB are mapped, not read; stdin is always read.
    let article = std::fs::read(common::example()).unwrap();
    let long_utf8: Vec<u8> = [
        &b"\xEF\xBB\xBF"[..],
        &article.repeat((5 << 20) / article.len()),
    ]
    .concat();
    let long_1252: Vec<u8> =
        b"\x93Caf\xE9\x94 opens on Monday after a year of building work, the owner said.\r\n\r\n"
            .repeat(60_000);
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [("utf8.txt", long_utf8), ("cp1252.txt", long_1252)] {
        assert!(bytes.len() >= 4 << 20);
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let args = ["-t", "json", "--created", "2025-01-01T00:00:00Z"];
        let from_file = copydesk(&[&[path.to_str().unwrap()][..], &args].concat(), b"");
        let from_stdin = copydesk(&args, &bytes);
        assert!(from_file.status.success(), "{}", stderr(&from_file));
        assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
        assert!(
            from_file.stdout.len() > 4 << 20,
            "{name}: the whole copy is converted"
        );
        assert!(
            from_file.stdout == from_stdin.stdout,
            "{name}: file and stdin differ"
        );
    }
}

#[test]
fn the_input_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "Some copy.\n").unwrap();
    let output = copydesk(
        &[input.to_str().unwrap(), "-o", input.to_str().unwrap()],
        b"",
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&input).unwrap(), "Some copy.\n");
}

#[test]
fn metadata_flags_set_and_override() {
    let bytes = std::fs::read(common::example()).unwrap();
    let output = copydesk(
        &[
            "-t",
            "frontmatter",
            "-M",
            "title=X: a title",
            "-M",
            "authors=Jane Doe",
            "-M",
            "authors=John Roe",
            "-M",
            "slugline=US-Ukraine",
        ],
        &bytes,
    );
    let meta: serde_yaml::Value = serde_yaml::from_slice(&output.stdout).unwrap();
    assert_eq!(meta["title"], "X: a title");
    assert_eq!(meta["authors"][1], "John Roe");
    assert_eq!(meta["slugline"], "US-Ukraine");
    assert_eq!(meta["highlights"].as_sequence().unwrap().len(), 4);
}

#[test]
fn same_input_same_guid_and_pinned_time_same_bytes() {
    let bytes = std::fs::read(common::example()).unwrap();
    let a = copydesk(
        &["-t", "newsml", "--created", "2025-01-01T00:00:00Z"],
        &bytes,
    );
    let b = copydesk(
        &["-t", "newsml", "--created", "2025-01-01T00:00:00Z"],
        &bytes,
    );
    assert_eq!(a.stdout, b.stdout);
    let guid = |o: &Output| {
        let xml = String::from_utf8_lossy(&o.stdout).into_owned();
        xml.split("guid=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned()
    };
    let unpinned = copydesk(&["-t", "newsml"], &bytes);
    assert_eq!(
        guid(&a),
        guid(&unpinned),
        "the guid depends on the content only"
    );
    let xml = String::from_utf8_lossy(&a.stdout);
    assert!(xml.contains("<versionCreated>2025-01-01T00:00:00Z</versionCreated>"));
    let other = copydesk(&["-t", "newsml"], b"Another article entirely.\n");
    assert_ne!(guid(&a), guid(&other));
}

#[test]
fn help_shows_examples() {
    let output = copydesk(&["--help"], b"");
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(
        help.contains("Examples:") && help.contains("-t newsml"),
        "{help}"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(copydesk(&["-t", "docx"], b"x").status.code(), Some(2));
}

/// One short article per process, as a CMS hook runs copydesk, starts no thread in any output
/// format: starting rayon's pool costs more than converting such an article. Seen with strace
/// (every clone the process makes).
#[test]
fn a_short_article_starts_no_thread_in_any_format() {
    if !common::have("strace", "-V") {
        return;
    }
    let example = common::example();
    for format in copydesk::OutputFormat::all() {
        let output = std::process::Command::new("strace")
            .args(["-f", "-e", "trace=clone,clone3", "-o", "/dev/stderr"])
            .arg(env!("CARGO_BIN_EXE_copydesk"))
            .arg(&example)
            .args(["-t", format.name()])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        let trace = stderr(&output);
        assert!(
            !trace.contains("clone(") && !trace.contains("clone3("),
            "-t {format} started a thread:\n{trace}"
        );
    }
}

#[test]
fn markdown_beside_json_leaves_the_json_its_speakers() {
    // Markdown alone skips naming speakers; asked for with JSON in one run, the JSON has them.
    let dir = tempfile::tempdir().unwrap();
    let example = common::example();
    let output = copydesk(
        &[
            example.to_str().unwrap(),
            "-t",
            "markdown",
            "-t",
            "json",
            "-o",
            dir.path().to_str().unwrap(),
        ],
        b"",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let json = std::fs::read_to_string(dir.path().join("biden-zelenskyy-call.json")).unwrap();
    let doc: copydesk::Document = serde_json::from_str(&json).unwrap();
    let speakers: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|block| match block {
            copydesk::Block::Paragraph { content } => Some(content),
            _ => None,
        })
        .flatten()
        .filter_map(|inline| match inline {
            copydesk::Inline::Quote { speaker, .. } => speaker.clone(),
            copydesk::Inline::Text { .. } => None,
        })
        .collect();
    // The copy misspells Zelenskyy where it introduces him; the speaker is as printed.
    for name in ["Volodymyr Zelesnkyy", "Dmitry Peskov", "Jen Psaki"] {
        assert!(speakers.iter().any(|s| s == name), "{name}: {speakers:?}");
    }
    let markdown = dir.path().join("biden-zelenskyy-call.md");
    assert!(std::fs::read_to_string(markdown).unwrap().contains("Psaki"));
}
