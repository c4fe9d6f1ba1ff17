//! Hostile and odd text: every case converts to every writer with valid output and its text
//! kept (the invariants of tests/invariants), or gets a clear error where the input is truly
//! unusable. Also the corpus read as every format, as the fuzz targets read their seeds.

mod common;
#[path = "invariants/mod.rs"]
mod invariants;

use copydesk::{InputFormat, OutputFormat, ReadOptions};

const FORMATS: [InputFormat; 4] = [
    InputFormat::Plain,
    InputFormat::Markdown,
    InputFormat::Newsml,
    InputFormat::Json,
];

#[test]
fn the_corpus_read_as_every_format_keeps_the_invariants() {
    for path in common::corpus() {
        let bytes = std::fs::read(&path).unwrap();
        for format in FORMATS {
            invariants::check(&bytes, format);
        }
    }
}

fn plain(text: &str) -> copydesk::Document<'_> {
    copydesk::parse(text.as_bytes(), InputFormat::Plain, &ReadOptions::default()).unwrap()
}

fn check(text: &str) -> copydesk::Document<'static> {
    let doc = plain(text);
    invariants::check_document(&doc, &common::pinned().write);
    doc.into_owned()
}

fn all_text(doc: &copydesk::Document) -> String {
    invariants::tree_texts(doc).join(" ")
}

#[test]
fn every_control_character_is_dropped_or_refused_never_written() {
    let controls = (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32);
    for c in controls {
        let text = format!("Before{c}after the control character.\n\nSecond paragraph.\n");
        match copydesk::parse(text.as_bytes(), InputFormat::Plain, &ReadOptions::default()) {
            Ok(doc) => {
                invariants::check_document(&doc, &common::pinned().write);
                let shown = all_text(&doc);
                let title = doc.meta.title.clone().unwrap_or_default();
                assert!(
                    !shown.contains(c) && !title.contains(c) || c == '\t',
                    "{c:?} kept"
                );
                // A tab is a space; line breaks (LF, CR, VT, FF) end a line; the rest vanish.
                if !matches!(c, '\t' | '\n' | '\r' | '\u{B}' | '\u{C}') {
                    assert!(
                        shown.contains("Beforeafter the control character."),
                        "{c:?}: {shown}"
                    );
                }
            }
            Err(e) => assert_eq!(c, '\0', "only NUL makes a file binary, not {c:?}: {e}"),
        }
        // Inside JSON strings they reach the tree; every writer must still be valid.
        let json = serde_json::json!({"meta": {"title": format!("T{c}")}, "blocks": [{"type": "paragraph", "content": [{"type": "text", "text": format!("a{c}b")}]}]});
        invariants::check(json.to_string().as_bytes(), InputFormat::Json);
    }
}

#[test]
fn markup_and_entities_in_copy_stay_text() {
    for text in [
        "<script>alert('x')</script> and <b>bold</b> <!-- comment -->",
        "The CDATA end ]]> and <![CDATA[ start",
        "Literal entities: &amp; &lt; &gt; &quot; &#x41; &#65; &nbsp; &copy;",
        "Template syntax {{ title }} {% if x %} {# c #} ${var} $var$",
        "Backslashes \\ \\\\ and `ticks` and *stars* and _unders_ and ~~strike~~",
        "Brackets [link](http://example.com) ![img](x.png) [ref]: http://x <http://auto.link>",
    ] {
        let doc = check(&format!(
            "The lede comes first.\n\n{text}\n\nAnother paragraph.\n"
        ));
        assert_eq!(invariants::tree_texts(&doc)[1], text);
    }
}

#[test]
fn line_start_markers_stay_text() {
    for line in [
        "---",
        "...",
        "***",
        "___",
        "# Not a heading",
        "## Nor this",
        "> Not a quote",
        "- Not a list",
        "+ Nor this",
        "* Nor this",
        "1. Not numbered",
        "1) Nor this",
        "=== Underline",
        "| a | b |",
        "[ref]: http://example.com",
        "<div>block html</div>",
        "```",
        "~~~",
        "    four spaces",
        "\tA tab first",
        "%YAML 1.2",
        "--- !tag",
        "#!/bin/sh",
    ] {
        let doc = check(&format!(
            "First paragraph here.\n\n{line}\n\nLast paragraph here.\n"
        ));
        // A bullet or a number at a line start makes a list item in plain copy: its words stay.
        let words = line
            .trim()
            .trim_start_matches(['-', '+', '*', '1', '.', ')'])
            .trim();
        assert!(
            all_text(&doc).contains(words),
            "{line:?} lost: {:?}",
            doc.blocks
        );
    }
}

#[test]
fn yaml_significant_values_survive_the_front_matter() {
    for value in [
        "yes",
        "no",
        "null",
        "~",
        "true",
        "False",
        "on",
        "1e3",
        "0x10",
        "0o17",
        "2025-01-01",
        ".inf",
        "key: value",
        "# comment",
        "&anchor",
        "*alias",
        "!tag",
        "@at",
        "%percent",
        "`tick",
        "| block",
        "> folded",
        "- dash",
        "[a, b]",
        "{a: b}",
        "'single'",
        "\"double\"",
        "tab\there",
        " leading",
        "trailing ",
        "multi\nline",
        "---",
        "...",
        "? question",
        ": colon",
        "",
    ] {
        let options = ReadOptions {
            metadata: vec![
                ("title".to_owned(), value.to_owned()),
                ("authors".to_owned(), value.to_owned()),
                ("custom".to_owned(), value.to_owned()),
            ],
            ..ReadOptions::default()
        };
        let doc = copydesk::parse(b"Body text.\n", InputFormat::Plain, &options).unwrap();
        assert_eq!(doc.meta.title.as_deref(), Some(value));
        invariants::check_document(&doc, &common::pinned().write);
    }
}

#[test]
fn scripts_marks_emoji_and_invisible_spaces_are_kept() {
    for text in [
        "مرحبا بالعالم — שלום עולם — mixed RTL and LTR text.",
        "Cafe\u{301} with a combining accent and Z\u{335}\u{32F}algo text.",
        "A family 👨\u{200D}👩\u{200D}👧 and a flag 🇺🇦 and skin tone 👍🏽.",
        "No\u{A0}break and zero\u{200B}width and word\u{2060}joiner and soft\u{AD}hyphen.",
        "Byte order mark \u{FEFF} inside a line.",
    ] {
        let doc = check(&format!(
            "The lede comes first.\n\n{text}\n\nAnother paragraph.\n"
        ));
        let Some(copydesk::Block::Paragraph { content }) = doc.blocks.get(1) else {
            panic!("{:?}", doc.blocks)
        };
        // Every character kept, as typed.
        assert_eq!(copydesk::document::plain_text(content), text);
    }
}

#[test]
fn a_100_mb_single_line_converts_and_keeps_its_text() {
    // Words, with a quotation every kilobyte: the reader's per-quotation work must not grow
    // with the length of the line.
    let chunk = format!("{}“Quoted,” he said. ", "word ".repeat(200));
    let line = chunk.repeat(100 * 1024 * 1024 / chunk.len());
    let doc = plain(&line);
    assert_eq!(doc.blocks.len(), 1);
    let words = line.split_whitespace().count();
    for &format in OutputFormat::all() {
        let out = common::write(&doc, format);
        match format {
            OutputFormat::Markdown => assert_eq!(out.split_whitespace().count(), words),
            OutputFormat::Newsml => invariants::check_xml(&out),
            _ => {}
        }
    }
}

#[test]
fn tens_of_thousands_of_one_word_paragraphs_convert_and_a_million_are_refused_unread() {
    let text = "Word.\n\n".repeat(50_000);
    let doc = check(&text);
    assert_eq!(doc.blocks.len(), 50_000);
    // A million would take some 70 times the input's size (tests/memory.rs measures it).
    let text = "Word.\n\n".repeat(1_000_000);
    let refused = copydesk::parse(text.as_bytes(), InputFormat::Plain, &ReadOptions::default());
    assert!(
        matches!(refused, Err(copydesk::Error::OverBudget { .. })),
        "{refused:?}"
    );
}

#[test]
fn inputs_over_the_size_limit_get_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "x".repeat(2048)).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args([big.to_str().unwrap(), "--max-input-size", "1K"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("big.txt") && message.contains("over the 1024-byte limit"),
        "{message}"
    );
    assert!(output.stdout.is_empty());
}
