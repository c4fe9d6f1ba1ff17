//! Any format to any format: for every corpus article, plain -> X -> tree gives the tree
//! plain -> tree gives, for X in Markdown, NewsML-G2, JSON and NITF. NewsML items that copydesk did
//! not write read to sensible trees. Bad input gets an error with its position, and nothing
//! hostile (entity bombs, endless nesting) is expanded or followed.

mod common;

use copydesk::{parse, Error, InputFormat, OutputFormat, ReadOptions};

#[test]
fn plain_to_any_format_and_back_is_the_same_tree() {
    let mut checked = 0;
    for path in common::corpus().into_iter().chain([common::example()]) {
        let doc = common::parse(&path);
        for (to, from) in [
            (OutputFormat::Markdown, InputFormat::Markdown),
            (OutputFormat::Newsml, InputFormat::Newsml),
            (OutputFormat::Json, InputFormat::Json),
            ("nitf".parse().unwrap(), InputFormat::Nitf),
            // NITF in a .xml file goes to the NewsML reader, which reads it too.
            ("nitf".parse().unwrap(), InputFormat::Newsml),
        ] {
            let written = common::write(&doc, to);
            let back = parse(written.as_bytes(), from, &ReadOptions::default())
                .unwrap_or_else(|e| panic!("{} via {to}: {e}", path.display()));
            // An item read keeps its guid (the one copydesk minted from the tree).
            let mut expected = doc.clone();
            if matches!(from, InputFormat::Newsml | InputFormat::Nitf) {
                let minted = format!("urn:newsml:copydesk:{}", doc.content_hash().unwrap());
                expected.meta.extra.insert("guid".into(), minted.into());
            }
            assert_eq!(back, expected, "{} via {to}", path.display());
            checked += 1;
        }
    }
    assert!(checked > 1500);
}

/// An item keeps its identity when written again: NewsML from elsewhere (an agency's guid and
/// version) becomes NewsML, NITF and ninjs with its own guid (and NewsML with its version), also
/// by way of Markdown's front matter; a guid given in front matter is the guid; copydesk's own
/// NewsML, read and written again, is the same bytes.
#[test]
fn an_items_guid_and_version_survive_being_written_again() {
    let item = std::fs::read(
        common::shared().join("schemas/examples/LISTING_22_Sports_story_in_NewsML-G2NITF.xml"),
    )
    .unwrap();
    fn read(bytes: &[u8], from: InputFormat) -> copydesk::Document<'_> {
        copydesk::parse_all(bytes, from, &ReadOptions::default())
            .unwrap()
            .documents
            .remove(0)
    }
    let guid = "tag:xmlteam.com,2016:xt.5932656-preview";
    let envelope = format!(r#"guid="{guid}" version="11""#);
    let doc = read(&item, InputFormat::Newsml);
    assert!(common::write(&doc, OutputFormat::Newsml).contains(&envelope));
    let nitf = common::write(&doc, "nitf".parse().unwrap());
    assert!(nitf.contains(&format!(r#"id-string="{guid}""#)), "{nitf}");
    let ninjs: serde_json::Value =
        serde_json::from_str(&common::write(&doc, "ninjs".parse().unwrap())).unwrap();
    assert_eq!(ninjs["uri"], guid);
    let markdown = common::write(&doc, OutputFormat::Markdown);
    let again = read(markdown.as_bytes(), InputFormat::Markdown);
    assert!(common::write(&again, OutputFormat::Newsml).contains(&envelope));

    let given = "---\ntitle: Cycle lanes\nguid: urn:newsml:news.example.com:lanes\n---\n\nThe council voted.\n";
    let doc = read(given.as_bytes(), InputFormat::Markdown);
    assert!(common::write(&doc, OutputFormat::Newsml)
        .contains(r#"guid="urn:newsml:news.example.com:lanes" version="1""#));

    let minted = common::write(&common::parse(&common::example()), OutputFormat::Newsml);
    let doc = read(minted.as_bytes(), InputFormat::Newsml);
    assert_eq!(doc.meta.extra.get("version"), None, "version 1 is no news");
    assert_eq!(common::write(&doc, OutputFormat::Newsml), minted);
}

#[test]
fn newsml_that_copydesk_did_not_write_reads_to_a_sensible_tree() {
    let examples = common::shared().join("schemas/examples");
    let read = |name: &str| {
        let bytes = std::fs::read(examples.join(name)).unwrap();
        copydesk::parse_all(bytes, InputFormat::Newsml, &ReadOptions::default()).unwrap()
    };
    let sports = read("LISTING_22_Sports_story_in_NewsML-G2NITF.xml");
    let doc = &sports.documents[0];
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.")
    );
    assert!(doc.blocks.len() >= 3, "{:?}", doc.blocks);
    let markdown = common::write(doc, OutputFormat::Markdown);
    let front: serde_yaml::Value = serde_yaml::from_str(
        markdown
            .split("\n---\n")
            .next()
            .unwrap()
            .trim_start_matches("---\n"),
    )
    .unwrap();
    assert_eq!(front["title"], doc.meta.title.clone().unwrap().as_str());
    assert!(markdown.contains(
        "The Phillies picked up some momentum with a three-game sweep of the Atlanta Braves"
    ));

    let text = read("LISTING_2_NewsML-G2_Text_Document.xml");
    assert!(text.documents[0].meta.title.is_some());
    let body = common::write(&text.documents[0], OutputFormat::Markdown);
    assert!(
        body.split("\n---\n")
            .nth(1)
            .is_some_and(|b| b.trim().len() > 50),
        "{body}"
    );

    for name in ["newsitem-text-nitf.xml", "newsitem-text-xhtml.xml"] {
        let doc = &read(name).documents[0];
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Council approves 12 km of protected cycle lanes"),
            "{name}"
        );
        assert!(
            doc.blocks
                .iter()
                .any(|b| matches!(b, copydesk::Block::Paragraph { .. })),
            "{name}"
        );
    }
}

fn error(text: &str, from: InputFormat) -> Error {
    parse(text.as_bytes(), from, &ReadOptions::default()).unwrap_err()
}

#[test]
fn bad_input_gets_an_error_with_its_position() {
    let e = error("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n <contentMeta>\n  <headline>x</headline>\n</newsItem>\n", InputFormat::Newsml);
    assert!(matches!(e, Error::Syntax { line: 4, .. }), "{e}");
    let e = error("<html><body><p>x</p></body></html>", InputFormat::Newsml);
    assert!(e.to_string().starts_with("not NewsML-G2"), "{e}");
    let e = error(
        "---\ntitle: one\nauthors: [a, b\n---\nBody.\n",
        InputFormat::Markdown,
    );
    assert!(matches!(e, Error::Syntax { line: 4 | 5, .. }), "{e}");
    let e = error(
        "---\ntitle: one\n\nBody that never closes the front matter.\n",
        InputFormat::Markdown,
    );
    assert!(e.to_string().contains("never closed"), "{e}");
    let e = error(
        "{\"meta\": {\"title\": \"x\"},\n \"blocks\": [}\n",
        InputFormat::Json,
    );
    assert!(matches!(e, Error::Syntax { line: 2, .. }), "{e}");
}

#[test]
fn entity_bombs_and_endless_nesting_are_refused() {
    // Refused, not expanded: how long hostile input takes is bench/hostile.sh's to measure.
    let bomb = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n{}]>\n<newsItem>&lol9;</newsItem>",
        (1..10)
            .map(|n| format!("<!ENTITY lol{n} \"{}\">\n", format!("&lol{};", n - 1).repeat(10)))
            .collect::<String>()
    );
    let e = error(&bomb, InputFormat::Newsml);
    assert!(
        e.to_string().contains("entity declarations are refused"),
        "{e}"
    );
    let external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]><newsItem>&ext;</newsItem>";
    assert!(error(external, InputFormat::Newsml)
        .to_string()
        .contains("refused"));
    let undeclared = "<newsItem><contentMeta><headline>&nbsp;</headline></contentMeta></newsItem>";
    assert!(matches!(
        error(undeclared, InputFormat::Newsml),
        Error::Syntax { .. }
    ));
    let deep = |depth: usize| {
        format!(
            "<newsItem>{}{}</newsItem>",
            "<x>".repeat(depth),
            "</x>".repeat(depth)
        )
    };
    assert!(matches!(
        error(&deep(20_000), InputFormat::Newsml),
        Error::Syntax { .. }
    ));
    // Deeper still, the tags alone are over the memory budget: refused before parsing.
    assert!(matches!(
        error(&deep(100_000), InputFormat::Newsml),
        Error::OverBudget { .. }
    ));
}

#[test]
fn the_format_is_detected_when_not_given() {
    let dir = tempfile::tempdir().unwrap();
    let doc = common::parse(&common::example());
    for format in [
        OutputFormat::Markdown,
        OutputFormat::Newsml,
        OutputFormat::Json,
    ] {
        let path = dir.path().join(format!("article.{}", format.extension()));
        std::fs::write(&path, common::write(&doc, format)).unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .args([
                path.to_str().unwrap(),
                "-t",
                "json",
                "--created",
                "2025-01-01T00:00:00Z",
            ])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let mut back: copydesk::Document = serde_json::from_slice(&output.stdout).unwrap();
        // An item read keeps its guid.
        if matches!(format, OutputFormat::Newsml) {
            assert!(back.meta.extra.shift_remove("guid").is_some());
        }
        assert_eq!(back, doc, "{format}");
    }
}

#[test]
fn a_news_message_of_several_items_gives_one_output_per_item() {
    let dir = tempfile::tempdir().unwrap();
    let message = dir.path().join("wire.xml");
    std::fs::write(
        &message,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2025-03-12T10:45:00Z</sent></header>
  <itemSet>
    <newsItem guid="a" standard="NewsML-G2" standardversion="2.35"><contentMeta><headline>First</headline></contentMeta>
      <contentSet><inlineData contenttype="text/plain">First story text.</inlineData></contentSet></newsItem>
    <newsItem guid="b" standard="NewsML-G2" standardversion="2.35"><contentMeta><headline>Second</headline></contentMeta>
      <contentSet><inlineData contenttype="text/plain">Second story text.</inlineData></contentSet></newsItem>
  </itemSet>
</newsMessage>"#,
    )
    .unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .args(args)
            .output()
            .unwrap()
    };
    let single = run(&[message.to_str().unwrap(), "-t", "markdown"]);
    assert_eq!(single.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&single.stderr).contains("holds 2 articles"));
    let out = dir.path().join("out");
    let batch = run(&[
        message.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "-t",
        "markdown",
    ]);
    assert!(
        batch.status.success(),
        "{}",
        String::from_utf8_lossy(&batch.stderr)
    );
    let first = std::fs::read_to_string(out.join("wire-1.md")).unwrap();
    let second = std::fs::read_to_string(out.join("wire-2.md")).unwrap();
    assert!(first.contains("title: First") && first.contains("First story text."));
    assert!(second.contains("title: Second") && second.contains("Second story text."));
}
