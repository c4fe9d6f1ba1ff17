//! Templates and defaults files: built-ins printed with `-D`, custom templates and publisher
//! defaults as golden files (and valid NewsML), flags winning over defaults, and errors that
//! name the bad file and line. `COPYDESK_BLESS=1` rewrites the goldens in tests/golden/custom.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn custom(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/custom")
        .join(name)
}

fn copydesk(args: &[&str]) -> Output {
    common::run(args, b"")
}

fn example() -> String {
    common::example().to_str().unwrap().to_owned()
}

/// Runs copydesk and compares its stdout with a golden file.
fn golden(name: &str, args: &[&str]) -> String {
    let output = copydesk(args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let got = String::from_utf8(output.stdout).unwrap();
    let path = custom(name);
    if std::env::var_os("COPYDESK_BLESS").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(got, expected, "{} differs", path.display());
    got
}

fn validate(xml: &str) {
    if !common::have_xmllint() {
        assert!(std::env::var_os("CI").is_none(), "CI must install xmllint");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("item.xml");
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint")
        .args(["--nonet", "--noout", "--schema"])
        .arg(common::shared().join("schemas/newsml-g2-with-nitf.xsd"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn print_default_template_prints_the_built_ins() {
    for (format, file) in [
        ("markdown", "markdown.md.j2"),
        ("newsml", "newsml.xml.j2"),
        ("frontmatter", "frontmatter.yaml.j2"),
    ] {
        let output = copydesk(&["-D", format]);
        let builtin = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("templates")
                .join(file),
        )
        .unwrap();
        assert_eq!(output.stdout, builtin, "{format}");
    }
    let json = copydesk(&["-D", "json"]);
    assert_eq!(json.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&json.stderr).contains("no template"));
}

#[test]
fn a_template_sees_the_metadata_and_the_body() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("t.txt");
    std::fs::write(
        &template,
        "{{ title }}|{{ highlights | length }}|{{ body | length > 0 }}",
    )
    .unwrap();
    let output = copydesk(&[
        &example(),
        "-t",
        "markdown",
        "-M",
        "title=X",
        "--template",
        template.to_str().unwrap(),
    ]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "X|4|true");
}

#[test]
fn values_reach_templates_escaped_for_their_format() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Body text.\n").unwrap();
    let hostile = "title=<b>A & B</b>: \"yes\" # *not* emphasis";
    let template = dir.path().join("x.j2");
    std::fs::write(&template, "<t a=\"{{ title }}\">{{ title }}</t>").unwrap();
    let xml = copydesk(&[
        article.to_str().unwrap(),
        "-t",
        "newsml",
        "-M",
        hostile,
        "--template",
        template.to_str().unwrap(),
    ]);
    let xml = String::from_utf8(xml.stdout).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("invalid XML from a template variable: {e}\n{xml}"),
        }
    }
    std::fs::write(&template, "title: {{ yaml.title }}\nplain: {{ title }}\n").unwrap();
    let yaml = copydesk(&[
        article.to_str().unwrap(),
        "-t",
        "frontmatter",
        "-M",
        hostile,
        "--template",
        template.to_str().unwrap(),
    ]);
    let value: serde_yaml::Value = serde_yaml::from_slice(&yaml.stdout).unwrap();
    assert_eq!(value["title"], "<b>A & B</b>: \"yes\" # *not* emphasis");
    let markdown = copydesk(&[
        article.to_str().unwrap(),
        "-t",
        "markdown",
        "-M",
        hostile,
        "--template",
        template.to_str().unwrap(),
    ]);
    let markdown = String::from_utf8(markdown.stdout).unwrap();
    assert!(
        markdown.contains(r#"plain: \<b>A & B\</b>: \"yes\" # \*not\* emphasis"#),
        "{markdown}"
    );
}

#[test]
fn custom_templates_and_defaults_files_golden() {
    let created = ["--created", "2025-01-01T00:00:00Z"];
    let hugo = custom("hugo.md.j2");
    let mut args = vec![
        example(),
        "--template".into(),
        hugo.to_str().unwrap().into(),
        "-M".into(),
        "slugline=US: Ukraine".into(),
    ];
    args.extend(created.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let markdown = golden("example-hugo.md", &refs);
    let (front, _) = markdown
        .strip_prefix("---\n")
        .unwrap()
        .split_once("\n---\n")
        .unwrap();
    let front: serde_yaml::Value = serde_yaml::from_str(front).unwrap();
    assert_eq!(front["slugline"], "US: Ukraine");
    assert_eq!(front["summary"].as_sequence().unwrap().len(), 4);

    let publisher = custom("publisher.yaml");
    let xml = golden(
        "example-publisher.xml",
        &[
            &example(),
            "-d",
            publisher.to_str().unwrap(),
            created[0],
            created[1],
        ],
    );
    assert!(xml.contains("<provider qcode=\"nprov:EXAMPLE\"/>"));
    assert!(xml.contains(
        "<copyrightNotice>Copyright 2025 Example News Ltd. All rights reserved.</copyrightNotice>"
    ));
    assert!(xml.contains("guid=\"urn:newsml:news.example.com:"));
    assert!(
        xml.contains("<creator role=\"crol:author\"><name>Example News staff</name></creator>"),
        "default author used: the article has none"
    );
    validate(&xml);

    let house = custom("house.yaml");
    let xml = golden(
        "example-house.xml",
        &[
            &example(),
            "-d",
            house.to_str().unwrap(),
            created[0],
            created[1],
        ],
    );
    assert!(
        xml.contains("<edNote>") && xml.contains("<provider uri=\"https://news.example.com/\"/>")
    );
    validate(&xml);
}

#[test]
fn flags_win_over_the_defaults_file() {
    let publisher = custom("publisher.yaml");
    let output = copydesk(&[
        &example(),
        "-d",
        publisher.to_str().unwrap(),
        "-t",
        "frontmatter",
        "-M",
        "language=fr",
        "-M",
        "authors=Jane Doe",
    ]);
    let meta: serde_yaml::Value = serde_yaml::from_slice(&output.stdout).unwrap();
    assert_eq!(meta["language"], "fr");
    assert_eq!(meta["authors"][0], "Jane Doe");
    // Default metadata fills only what the article lacks.
    let reuters = common::shared().join("corpus/reuters/reuters-232.txt");
    let output = copydesk(&[
        reuters.to_str().unwrap(),
        "-d",
        publisher.to_str().unwrap(),
        "-t",
        "frontmatter",
    ]);
    let meta: serde_yaml::Value = serde_yaml::from_slice(&output.stdout).unwrap();
    assert_eq!(meta["authors"][0], "Lisa Vaughan");
}

#[test]
fn bad_templates_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, what) in [
        (
            "syntax.j2",
            "line one\n{% if title %}\nno end",
            "syntax error",
        ),
        ("unknown.j2", "line one\nline two\n{{ titel }}", "undefined"),
    ] {
        let template = dir.path().join(name);
        std::fs::write(&template, text).unwrap();
        let out = dir.path().join("out.md");
        let output = copydesk(&[
            &example(),
            "--template",
            template.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        let message = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{message}");
        assert!(
            message.contains(template.to_str().unwrap())
                && message.contains("line ")
                && message.contains(what),
            "{message}"
        );
        assert!(!out.exists());
    }
}

#[test]
fn bad_defaults_files_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let malformed = dir.path().join("malformed.yaml");
    std::fs::write(
        &malformed,
        "to: newsml\npublisher:\n  provider: [unclosed\n",
    )
    .unwrap();
    let missing = dir.path().join("missing.yaml");
    let unknown = dir.path().join("unknown.yaml");
    std::fs::write(&unknown, "to: newsml\npublsher:\n  provider: x\n").unwrap();
    for (file, what) in [
        (&malformed, "line "),
        (&missing, "No such file"),
        (&unknown, "line 2"),
    ] {
        let output = copydesk(&[&example(), "-d", file.to_str().unwrap()]);
        let message = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{message}");
        assert!(
            message.contains(file.to_str().unwrap()) && message.contains(what),
            "{message}"
        );
        assert!(output.stdout.is_empty());
    }
}
