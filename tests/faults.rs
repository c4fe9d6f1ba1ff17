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
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
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
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
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
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
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
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
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
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
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
