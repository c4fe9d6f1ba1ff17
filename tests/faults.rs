//! The faults a migration meets, each a test named after what it protects (issue 15): no two
//! inputs written to one output, nothing that is not a regular file replaced, …

mod common;

use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::Output;

fn copydesk(args: &[&str]) -> Output {
    common::run(args, b"")
}

fn article(path: &Path, words: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        path,
        format!("{words}\n\nBy Jane Doe\n\nLONDON (Reuters) - {words} said the council.\n"),
    )
    .unwrap();
}

/// Asserts that a run succeeded, showing what it said if not.
fn succeeded(run: &Output) {
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// Whether a path is a symbolic link (itself, not what it points to).
fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path)
        .unwrap()
        .file_type()
        .is_symlink()
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn two_directories_with_namesakes_never_write_one_output() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, out) = (
        dir.path().join("A"),
        dir.path().join("B"),
        dir.path().join("out"),
    );
    article(&a.join("x.txt"), "Alpha council vote");
    article(&b.join("x.txt"), "Beta council vote");
    let report = dir.path().join("report.json");
    let run = copydesk(&[
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-q",
        "--report",
        report.to_str().unwrap(),
    ]);
    succeeded(&run);
    assert!(text(&out.join("A/x.md")).contains("Alpha"));
    assert!(text(&out.join("B/x.md")).contains("Beta"));
    // Every output the report lists holds its own input's article.
    let records: serde_json::Value = serde_json::from_str(&text(&report)).unwrap();
    for record in records.as_array().unwrap() {
        let input = text(Path::new(record["path"].as_str().unwrap()));
        let output = text(Path::new(record["outputs"][0].as_str().unwrap()));
        assert!(output.contains(input.lines().next().unwrap()), "{record}");
    }
}

#[test]
fn inputs_that_would_share_an_output_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (first, second) = (dir.path().join("2019/news"), dir.path().join("2020/news"));
    article(&first.join("a.txt"), "First");
    article(&second.join("a.txt"), "Second");
    let run = copydesk(&[
        first.to_str().unwrap(),
        second.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    let message = String::from_utf8_lossy(&run.stderr);
    assert!(
        message.contains("2019/news") && message.contains("2020/news"),
        "{message}"
    );
    assert!(!out.exists(), "nothing written");
    let run = copydesk(&[
        first.join("a.txt").to_str().unwrap(),
        second.join("a.txt").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(!out.exists(), "nothing written");
}

#[test]
fn an_output_through_a_link_to_a_device_leaves_link_and_device_alone() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    article(&input, "Council vote");
    let link = dir.path().join("null");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    let run = copydesk(&[input.to_str().unwrap(), "-o", link.to_str().unwrap()]);
    succeeded(&run);
    assert!(is_symlink(&link));
    assert!(std::fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
}

#[test]
fn an_output_into_a_fifo_is_written_into_it_not_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    article(&input, "Council vote");
    let fifo = dir.path().join("fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let run = copydesk(&[
        input.to_str().unwrap(),
        "-t",
        "markdown",
        "-o",
        fifo.to_str().unwrap(),
    ]);
    succeeded(&run);
    assert!(reader.join().unwrap().contains("Council vote"));
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
}

#[test]
fn an_output_through_a_link_to_a_file_replaces_the_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    article(&input, "Council vote");
    let target = dir.path().join("real.md");
    std::fs::write(&target, "old").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let run = copydesk(&[input.to_str().unwrap(), "-o", link.to_str().unwrap()]);
    succeeded(&run);
    assert!(is_symlink(&link));
    assert!(text(&target).contains("Council vote"));
}

#[test]
fn one_bad_byte_does_not_turn_utf8_copy_into_mojibake() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    // UTF-8 throughout but for one Windows-1252 apostrophe (0x92).
    std::fs::write(
        &input,
        b"Caf\xc3\xa9 prices rise\n\nThe caf\xc3\xa9 charged \xc2\xa35 and it\x92s dear.\n",
    )
    .unwrap();
    let run = copydesk(&[input.to_str().unwrap(), "-t", "markdown"]);
    assert!(run.status.success());
    let markdown = String::from_utf8(run.stdout).unwrap();
    assert!(markdown.contains("title: Café prices rise"), "{markdown}");
    assert!(
        markdown.contains("The café charged £5 and it’s dear."),
        "{markdown}"
    );
    let warning = String::from_utf8_lossy(&run.stderr);
    assert!(
        warning.contains("1 byte not UTF-8") && warning.contains("offset 47"),
        "{warning}"
    );
    // NewsML that declares UTF-8, with the same byte.
    let xml = dir.path().join("a.xml");
    let item = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\" version=\"1\"><contentMeta><headline>Caf\xc3\xa9 \xc2\xa35</headline></contentMeta><contentSet><inlineXML contenttype=\"application/nitf+xml\"><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content><p>It\x92s the caf\xc3\xa9.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>";
    std::fs::write(&xml, item).unwrap();
    let run = copydesk(&[xml.to_str().unwrap(), "-t", "markdown"]);
    let markdown = String::from_utf8(run.stdout).unwrap();
    assert!(
        markdown.contains("title: Café £5") && markdown.contains("It’s the café."),
        "{markdown}"
    );
    // Copy in Windows-1252 throughout is read as such, without a warning.
    std::fs::write(&input, b"Caf\xe9 prices\n\nIt\x92s \xa35.\n").unwrap();
    let run = copydesk(&[input.to_str().unwrap(), "-t", "markdown"]);
    let markdown = String::from_utf8(run.stdout).unwrap();
    assert!(markdown.contains("It’s £5."), "{markdown}");
    assert!(
        run.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_markdown_quotation_or_list_inside_another_keeps_every_word() {
    let markdown = "> outer one\n>\n> > inner\n>\n> outer two\n\n- parent\n  - child\n- item\n\n  second para\n";
    let run = common::run(&["-f", "markdown", "-t", "json"], markdown.as_bytes());
    let json = String::from_utf8(run.stdout).unwrap();
    let mut from = 0;
    for word in [
        "outer one",
        "inner",
        "outer two",
        "parent",
        "child",
        "item second para",
    ] {
        let at = json[from..]
            .find(word)
            .unwrap_or_else(|| panic!("{word} lost:\n{json}"));
        from += at;
    }
}

#[test]
fn a_news_message_of_a_thousand_items_writes_every_item_within_a_small_limit_of_open_files() {
    let dir = tempfile::tempdir().unwrap();
    let items: String = (0..1100)
        .map(|i| format!("<newsItem guid=\"g{i}\" version=\"1\"><contentMeta><headline>Item {i}</headline></contentMeta><contentSet><inlineXML contenttype=\"application/nitf+xml\"><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content><p>Body of item {i}.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>"))
        .collect();
    let message = dir.path().join("message.xml");
    std::fs::write(&message, format!("<?xml version=\"1.0\"?><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>{items}</itemSet></newsMessage>")).unwrap();
    let out = dir.path().join("out");
    // The usual limit of open files, lowered below the number of items.
    let run = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "ulimit -n 256 && exec {} {} -t markdown -o {}",
            env!("CARGO_BIN_EXE_copydesk"),
            message.display(),
            out.display()
        ))
        .output()
        .unwrap();
    succeeded(&run);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1100);
    assert!(text(&out.join("message-1100.md")).contains("Body of item 1099."));
    assert!(String::from_utf8_lossy(&run.stderr).contains("(1100 articles)"));
    // A batch where something failed exits 1, also when a newsMessage made it a batch.
    let broken = dir.path().join("broken.xml");
    std::fs::write(&broken, b"<?xml version=\"1.0\"?><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet><newsItem guid=\"a\"><contentMeta><headline>A</headline></contentMeta></newsItem><newsItem guid=\"b\"><contentMeta><headline>B</headline></contentMeta></newsItem></itemSet></newsMessage>").unwrap();
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "a file where a directory is needed").unwrap();
    let run = copydesk(&[
        broken.to_str().unwrap(),
        "-t",
        "markdown",
        "-o",
        blocked.join("sub").to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// Sends a signal to a process.
fn signal(child: &std::process::Child, name: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// The temporary files under a directory.
fn temporaries(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .map(|e| e.path().to_owned())
        .collect()
}

#[test]
fn sigterm_stops_a_batch_like_ctrl_c_leaving_complete_outputs_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    let body = "word ".repeat(800);
    for n in 0..3000 {
        article(
            &input.join(format!("a{n:04}.txt")),
            &format!("Story {n} {body}"),
        );
    }
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-t",
            "newsml",
            "-j",
            "1",
            "-q",
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    signal(&child, "TERM");
    let status = child.wait_with_output().unwrap().status;
    assert_eq!(status.code(), Some(143));
    assert!(temporaries(&out).is_empty(), "{:?}", temporaries(&out));
    let written = std::fs::read_dir(&out).map_or(0, |d| d.count());
    assert!(
        written < 3000,
        "the batch stopped before its end ({written} written)"
    );
    for entry in std::fs::read_dir(&out).into_iter().flatten() {
        let xml = text(&entry.unwrap().path());
        assert!(
            xml.trim_end().ends_with("</newsItem>"),
            "every output left is complete"
        );
    }
}

#[test]
fn an_interrupted_single_conversion_exits_130_with_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("long.txt");
    let paragraph = "“We were not consulted,” said trader Sam Patel. ".repeat(20);
    std::fs::write(&input, format!("{paragraph}\n\n").repeat(30_000)).unwrap();
    let output = dir.path().join("long.xml");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([
            input.to_str().unwrap(),
            "-t",
            "newsml",
            "-o",
            output.to_str().unwrap(),
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    signal(&child, "INT");
    let status = child.wait_with_output().unwrap().status;
    assert_eq!(status.code(), Some(130));
    assert!(!output.exists());
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn temporary_files_a_killed_run_left_are_removed_by_the_next_run_into_the_same_directory() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    article(&input.join("sub/a.txt"), "Council vote");
    std::fs::create_dir_all(out.join("sub")).unwrap();
    // One left by a process that is gone, one by a process that runs (init, pid 1).
    let stale = out.join("sub/.copydesk-999999999-AbCdEf.tmp");
    let live = out.join("sub/.copydesk-1-AbCdEf.tmp");
    std::fs::write(&stale, "half an article").unwrap();
    std::fs::write(&live, "another run's work").unwrap();
    let run = copydesk(&[input.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    succeeded(&run);
    assert!(!stale.exists());
    assert!(
        live.exists(),
        "a running process's temporary file is left alone"
    );
    assert!(out.join("sub/a.md").exists());
}

#[test]
fn a_closed_standard_output_is_an_error_not_a_silent_success() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    article(&input, "Council vote");
    let run = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "{} {} >&-",
            env!("CARGO_BIN_EXE_copydesk"),
            input.display()
        ))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("standard output is closed"));
}

/// A parent that discards the output by giving `/dev/null` read-write (Python's
/// `subprocess.DEVNULL`, Go's `exec`, systemd) gets a success: only a closed descriptor fails.
/// (On Linux, where descriptor 1 is looked at before the Rust runtime opens anything on it.)
#[cfg(target_os = "linux")]
#[test]
fn a_null_output_opened_read_write_is_not_a_closed_one() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    article(&input, "Council vote");
    let null = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
        .unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .arg(&input)
        .stdout(null)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn json_lines_answer_each_line_as_it_comes_and_a_line_over_the_limit_fails_alone() {
    use std::io::{BufRead, BufReader, Write};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["--jsonl", "-t", "markdown", "--max-input-size", "2K"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut results = BufReader::new(child.stdout.take().unwrap());
    // One line, and the input left open: the answer comes without waiting for more.
    writeln!(
        stdin,
        "{{\"id\": 1, \"text\": \"Council vote\\n\\nThe council voted.\"}}"
    )
    .unwrap();
    stdin.flush().unwrap();
    let mut answer = String::new();
    results.read_line(&mut answer).unwrap();
    assert!(
        answer.contains("\"id\":1") && answer.contains("converted"),
        "{answer}"
    );
    writeln!(
        stdin,
        "{{\"id\": 2, \"text\": \"{}\"}}",
        "word ".repeat(1000)
    )
    .unwrap();
    writeln!(stdin, "{{\"id\": 3, \"text\": \"Body.\"}}").unwrap();
    drop(stdin);
    let rest: Vec<String> = results.lines().map(Result::unwrap).collect();
    assert!(
        rest[0].contains("\"id\":null") && rest[0].contains("limit"),
        "{rest:?}"
    );
    assert!(
        rest[1].contains("\"id\":3") && rest[1].contains("converted"),
        "{rest:?}"
    );
    assert_eq!(child.wait().unwrap().code(), Some(1), "a line failed");
}

#[test]
fn json_lines_stop_quietly_when_their_reader_goes_and_on_ctrl_c() {
    use std::io::{BufRead, BufReader, Write};
    // The reader goes away (`| head -1`): a quiet exit, no blame on the input.
    let line = "{\"id\": 1, \"text\": \"Council vote\\n\\nThe council voted.\"}\n";
    let run = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "yes '{}' | head -5000 | {} --jsonl -t markdown | head -1 >/dev/null; echo ${{PIPESTATUS[2]}}",
            line.trim_end(),
            env!("CARGO_BIN_EXE_copydesk")
        ))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stdout).trim(), "0");
    assert!(
        !String::from_utf8_lossy(&run.stderr).contains("stdin"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // Ctrl-C with the input still open.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["--jsonl", "-t", "markdown"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(line.as_bytes()).unwrap();
    stdin.flush().unwrap();
    let mut answer = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut answer)
        .unwrap();
    signal(&child, "INT");
    assert_eq!(child.wait().unwrap().code(), Some(130));
    drop(stdin);
}

#[test]
fn smaller_faults_each_get_a_clear_answer() {
    let dir = tempfile::tempdir().unwrap();
    // The output directory is the input directory.
    let same = dir.path().join("same");
    article(&same.join("a.txt"), "Council vote");
    let run = copydesk(&[same.to_str().unwrap(), "-o", same.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("both the input and the output directory")
    );
    // A key of one's own given twice in JSON metadata is an error, as a known key is.
    let run = common::run(&["-f", "json"], br#"{"meta": {"desk": "a", "desk": "b"}}"#);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("duplicate field `desk`"));
    // Vertical tab, form feed, lone CR, U+2028 inside a sentence are spaces, not breaks.
    let run = common::run(
        &["-t", "json"],
        "Council vote\n\nThe council\u{b}voted on\u{c}tuesday and the\u{2028}mayor\rsaid yes.\n"
            .as_bytes(),
    );
    let doc: copydesk::Document = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(
        doc.blocks,
        [copydesk::Block::paragraph(
            "The council voted on tuesday and the mayor said yes."
        )]
    );
}

#[test]
fn deep_front_matter_and_absurd_attribute_counts_are_refused_before_the_parsers_work() {
    let deep = format!(
        "---\ntitle: x\ndeep: {}{}\n---\n\nBody.\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    let run = common::run(&["-f", "markdown", "-t", "json"], deep.as_bytes());
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr)
            .contains("line 3, column 71: front matter: nested more than 64 deep"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let indented: String = (0..200)
        .map(|n| format!("{}k{n}:\n", " ".repeat(n)))
        .collect();
    let run = common::run(
        &["-f", "markdown", "-t", "json"],
        format!("---\n{indented}---\nBody.\n").as_bytes(),
    );
    assert!(String::from_utf8_lossy(&run.stderr).contains("nested more than 64 deep"));
    // Legitimate nesting is read.
    let run = common::run(
        &["-f", "markdown", "-t", "json"],
        b"---\ntitle: \"[[[ not nesting\"\nplace: {city: {name: Kyiv}}\n---\n\nBody.\n",
    );
    succeeded(&run);
    let attributes: String = (0..100_000).map(|i| format!(" a{i}=\"v\"")).collect();
    let xml = format!("<?xml version=\"1.0\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"{attributes}><contentMeta/></newsItem>");
    let run = common::run(&["-f", "newsml", "-t", "json"], xml.as_bytes());
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("<newsItem> has more than 1000 attributes")
    );
    let twice = "<?xml version=\"1.0\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"a\" guid=\"b\"><contentMeta/></newsItem>";
    let run = common::run(&["-f", "newsml", "-t", "json"], twice.as_bytes());
    assert!(String::from_utf8_lossy(&run.stderr).contains("attribute guid twice"));
}

#[test]
fn an_article_over_the_memory_budget_fails_alone_in_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    article(&input.join("good.txt"), "Council vote");
    std::fs::write(input.join("hostile.txt"), "\"\n".repeat(1_000_000)).unwrap();
    article(&input.join("later.txt"), "Later council vote");
    let run = copydesk(&[input.to_str().unwrap(), "-o", out.to_str().unwrap(), "-q"]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("hostile.txt: not read: would take about"),
        "{stderr}"
    );
    assert!(text(&out.join("good.md")).contains("Council vote"));
    assert!(text(&out.join("later.md")).contains("Later council vote"));
    assert!(!out.join("hostile.md").exists());
}

#[test]
fn a_numbered_list_that_skips_numbers_keeps_them() {
    // The numbers a renderer shows, in order.
    let shown = |markdown: &[u8]| -> Vec<u64> {
        let markdown = String::from_utf8_lossy(markdown);
        let mut numbers = Vec::new();
        let mut next = None;
        for event in pulldown_cmark::Parser::new(&markdown) {
            match event {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::List(start)) => next = start,
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Item) => {
                    if let Some(n) = next.as_mut() {
                        numbers.push(*n);
                        *n += 1;
                    }
                }
                _ => {}
            }
        }
        numbers
    };
    let plain = b"Marathon results\n\nLONDON (Reuters) - The marathon ended on Sunday in heavy rain.\n\nThe top finishers were these runners.\n\n1. Ann Lee\n2. Bo Chan\n5. Cy Diaz\n6. Di Ross\n\nThe race resumes next year.\n";
    let markdown = common::run(&["-f", "plain", "-t", "markdown"], plain);
    assert_eq!(shown(&markdown.stdout), [1, 2, 5, 6]);
    // And from Markdown, where CommonMark itself would keep only the first number.
    let source = b"---\ntitle: Results\n---\n\n1. Ann Lee\n2. Bo Chan\n5. Cy Diaz\n\n- a\n\n* b\n";
    let again = common::run(&["-f", "markdown", "-t", "markdown"], source);
    assert_eq!(shown(&again.stdout), [1, 2, 5]);
    let text = String::from_utf8_lossy(&again.stdout);
    assert!(text.contains("- a\n\n* b"), "{text}");
}

#[test]
fn a_full_disk_is_reported_once_and_the_batch_stops_saying_what_was_not_attempted() {
    let dir = tempfile::tempdir().unwrap();
    let (input, small) = (dir.path().join("in"), dir.path().join("small"));
    std::fs::create_dir_all(&small).unwrap();
    // A 64 KB file system: needs the right to mount, which containers often withhold.
    let mounted = std::process::Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=64k",
            "tmpfs",
            small.to_str().unwrap(),
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    for n in 0..40 {
        std::fs::create_dir_all(&input).unwrap();
        std::fs::copy(common::example(), input.join(format!("a{n}.txt"))).unwrap();
    }
    let out = small.join("out");
    let run = copydesk(&[
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-t",
        "newsml",
    ]);
    let _ = std::process::Command::new("umount").arg(&small).status();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("No space left").count(), 1, "{stderr}");
    let (converted, failed) = stderr
        .lines()
        .find_map(|l| {
            let rest = l.strip_prefix("copydesk: ")?;
            let (converted, rest) = rest.split_once(" converted, ")?;
            let (failed, _) = rest.split_once(" failed")?;
            Some((
                converted.parse::<usize>().ok()?,
                failed.parse::<usize>().ok()?,
            ))
        })
        .unwrap_or_else(|| panic!("{stderr}"));
    let not_attempted: usize = stderr
        .split_once("stopped, ")
        .and_then(|(_, rest)| rest.split(' ').next()?.parse().ok())
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(converted > 0 && failed > 0, "{stderr}");
    // Every input is accounted for.
    assert_eq!(converted + failed + not_attempted, 40, "{stderr}");
}
