//! Properties that hold for every article of the development corpus and the example article:
//! the Markdown renders back to the tree's text with no raw HTML, the front matter and the
//! JSON parse back to the same data, the body neither invents nor reorders text, and every
//! NewsML output is valid against the IPTC schemas.

mod common;
#[path = "invariants/mod.rs"]
mod invariants;

use copydesk::{
    Block, Document, Inline, InputFormat, Metadata, OutputFormat, Quotations, ReadOptions,
};
use pulldown_cmark::Options;
use std::path::PathBuf;

fn articles() -> Vec<PathBuf> {
    let mut all = common::corpus();
    all.push(common::example());
    all
}

use invariants::{block_texts as tree_texts, rendered_blocks as rendered_texts};

#[test]
fn markdown_renders_back_to_the_articles_text_block_for_block() {
    for path in articles() {
        let doc = common::parse(&path);
        let markdown = common::write(&doc, OutputFormat::Markdown);
        let (_, body) = markdown
            .strip_prefix("---\n")
            .and_then(|m| m.split_once("\n---\n"))
            .unwrap_or(("", &markdown));
        let expected = tree_texts(&doc);
        assert!(
            expected.iter().all(|t| !t.trim().is_empty()),
            "{}: an empty block",
            path.display()
        );
        // Pure CommonMark and with the GitHub extensions: the text must show the same.
        for options in [
            Options::empty(),
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS,
        ] {
            assert_eq!(
                rendered_texts(body, options),
                expected,
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn the_body_invents_nothing_and_keeps_the_order_of_the_copy() {
    for path in articles() {
        let doc = common::parse(&path);
        let source = common::source_text(&path);
        let mut from = 0;
        for text in tree_texts(&doc) {
            let text = common::fold(&text);
            match source[from..].find(&text) {
                Some(at) => from += at + text.len(),
                None => panic!(
                    "{}: not in the copy, or out of order: {text:?}",
                    path.display()
                ),
            }
        }
    }
}

#[test]
fn nothing_is_lost_every_word_of_the_copy_is_in_the_output() {
    for path in articles() {
        let doc = common::parse(&path);
        let markdown = common::write(&doc, OutputFormat::Markdown);
        let source = common::source_text(&path);
        let mut output: Vec<String> = words(&markdown.replace('\\', ""));
        output.sort();
        for word in words(&source) {
            let known_removal = word == "highlight" // CNN .story markers
                || word.eq_ignore_ascii_case("reuter") // wire sign-off, credited as Reuters
                || doc.meta.date.is_some() && (is_date_word(&word)); // date line read as ISO date
            if !known_removal {
                assert!(
                    output.binary_search(&word).is_ok(),
                    "{}: the word {word:?} of the copy is missing from the Markdown",
                    path.display()
                );
            }
        }
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn is_date_word(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
        || [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Published",
            "Updated",
        ]
        .contains(&word)
}

#[test]
fn front_matter_and_json_parse_back_to_the_same_data() {
    for path in articles() {
        let doc = common::parse(&path);
        let yaml = common::write(&doc, OutputFormat::Frontmatter);
        let meta: Metadata = serde_yaml::from_str(&yaml)
            .unwrap_or_else(|e| panic!("{}: {e}\n{yaml}", path.display()));
        assert_eq!(meta, doc.meta, "{}", path.display());
        let markdown = common::write(&doc, OutputFormat::Markdown);
        let front = markdown
            .strip_prefix("---\n")
            .and_then(|m| m.split_once("\n---\n"))
            .map(|(f, _)| f);
        let meta: Metadata = serde_yaml::from_str(front.unwrap_or("{}")).unwrap();
        assert_eq!(meta, doc.meta, "{}: Markdown front matter", path.display());
        let json = common::write(&doc, OutputFormat::Json);
        assert_eq!(
            serde_json::from_str::<Document>(&json).unwrap(),
            doc,
            "{}",
            path.display()
        );
    }
}

#[test]
fn outputs_that_print_no_quotation_apart_are_the_same_when_the_reader_skips_them() {
    // A run that writes only these formats reads with quotations unmarked: its bytes must be
    // what the attributed tree gives, whatever the input format.
    let unprinted: Vec<OutputFormat> = OutputFormat::all()
        .iter()
        .copied()
        .filter(|f| !f.writer().about().prints_quotations)
        .collect();
    assert_eq!(
        unprinted,
        [OutputFormat::Markdown, OutputFormat::Frontmatter]
    );
    fn read(bytes: &[u8], from: InputFormat, quotations: Quotations) -> copydesk::Document<'_> {
        let opts = ReadOptions {
            quotations,
            ..ReadOptions::default()
        };
        copydesk::parse(bytes, from, &opts).unwrap()
    }
    let mut quotations_skipped = 0;
    for path in articles() {
        let plain = std::fs::read(&path).unwrap();
        let attributed = read(&plain, InputFormat::Plain, Quotations::Attributed);
        let sources = [
            (plain.clone(), InputFormat::Plain),
            (
                common::write(&attributed, OutputFormat::Markdown).into_bytes(),
                InputFormat::Markdown,
            ),
            (
                common::write(&attributed, OutputFormat::Newsml).into_bytes(),
                InputFormat::Newsml,
            ),
        ];
        for (bytes, from) in sources {
            let attributed = read(&bytes, from, Quotations::Attributed);
            let unmarked = read(&bytes, from, Quotations::Unmarked);
            let quotes = |doc: &Document| {
                doc.blocks
                    .iter()
                    .filter_map(|b| match b {
                        Block::Paragraph { content } => Some(content),
                        _ => None,
                    })
                    .flatten()
                    .filter(|i| matches!(i, Inline::Quote { .. }))
                    .count()
            };
            assert_eq!(quotes(&unmarked), 0, "{}", path.display());
            quotations_skipped += quotes(&attributed);
            for &format in &unprinted {
                assert_eq!(
                    common::write(&unmarked, format),
                    common::write(&attributed, format),
                    "{} read as {from}, written as {format}",
                    path.display()
                );
            }
        }
    }
    // The property is about something: the corpus is full of quotations.
    assert!(quotations_skipped > 1000, "{quotations_skipped}");
}

/// Validates every corpus article written in `format` against an IPTC schema with xmllint.
fn validate_corpus(format: OutputFormat, schema: &str) -> Vec<std::path::PathBuf> {
    let dir = tempfile::tempdir().unwrap().keep();
    let mut files = Vec::new();
    for (n, path) in articles().iter().enumerate() {
        let xml = common::write(&common::parse(path), format);
        let out = dir.join(format!("{n:04}.xml"));
        std::fs::write(&out, xml).unwrap();
        files.push(out);
    }
    let output = std::process::Command::new("xmllint")
        .args(["--nonet", "--noout", "--schema"])
        .arg(common::shared().join("schemas").join(schema))
        .args(&files)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let valid = stderr.lines().filter(|l| l.ends_with(" validates")).count();
    assert!(
        output.status.success() && valid == files.len(),
        "{format}: {valid}/{} valid:\n{stderr}",
        files.len()
    );
    files
}

/// Whether xmllint is here; CI must have it.
fn xmllint_or_skip() -> bool {
    if common::have_xmllint() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install xmllint (libxml2-utils)"
    );
    eprintln!("xmllint not installed: skipping schema validation (apt-get install libxml2-utils)");
    false
}

#[test]
fn every_newsml_output_validates_against_the_iptc_schemas() {
    if !xmllint_or_skip() {
        return;
    }
    let files = validate_corpus(OutputFormat::Newsml, "newsml-g2-with-nitf.xsd");
    // The body must be NITF in its namespace, or the schema's lax check would skip it.
    let namespace = std::process::Command::new("xmllint")
        .args(["--xpath", "namespace-uri(//*[local-name()='inlineXML']/*)"])
        .arg(&files[0])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&namespace.stdout).trim(),
        "http://iptc.org/std/NITF/2006-10-18/"
    );
    let _ = std::fs::remove_dir_all(files[0].parent().unwrap());
}

#[test]
fn every_nitf_output_validates_against_the_nitf_schema() {
    if !xmllint_or_skip() {
        return;
    }
    let nitf: OutputFormat = "nitf".parse().unwrap();
    let files = validate_corpus(nitf, "nitf-3-6.xsd");
    let _ = std::fs::remove_dir_all(files[0].parent().unwrap());
}

#[test]
fn encodings_read_with_every_character_right() {
    for dir in ["encodings", "messy"] {
        let root = common::shared().join("corpus").join(dir);
        let labels = std::fs::read_to_string(root.join("labels.jsonl")).unwrap();
        for line in labels.lines() {
            let label: serde_json::Value = serde_json::from_str(line).unwrap();
            let Some(word) = label["contains"].as_str() else {
                continue;
            };
            let doc = common::parse(&root.join(label["file"].as_str().unwrap()));
            let markdown = common::write(&doc, OutputFormat::Markdown);
            assert!(
                markdown.contains(word),
                "{dir}/{}: {word:?} missing",
                label["file"]
            );
            assert!(
                !markdown.contains('\u{FFFD}'),
                "{dir}/{}: a replacement character",
                label["file"]
            );
        }
    }
}

#[test]
fn every_ninjs_output_validates_against_the_ninjs_schema() {
    let validates = "import jsonschema";
    let have_jsonschema = std::process::Command::new("python3")
        .args(["-c", validates])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_jsonschema {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install python3-jsonschema"
        );
        eprintln!(
            "skipped: python3's jsonschema is not installed (apt-get install python3-jsonschema)"
        );
        return;
    }
    let ninjs: OutputFormat = "ninjs".parse().unwrap();
    let outputs: Vec<serde_json::Value> = articles()
        .iter()
        .map(|path| serde_json::from_str(&common::write(&common::parse(path), ninjs)).unwrap())
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let all = dir.path().join("ninjs.json");
    std::fs::write(&all, serde_json::to_string(&outputs).unwrap()).unwrap();
    // Every error of every document, with its path in the document.
    let script = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
documents = json.load(open(sys.argv[2]))
errors = [f"{n}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for n, d in enumerate(documents) for e in validator.iter_errors(d)]
print("\n".join(errors[:20]))
print(f"{len(documents) - len({e.split(':')[0] for e in errors})} of {len(documents)} valid")
sys.exit(1 if errors else 0)
"#;
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(common::shared().join("schemas/ninjs-schema_3.1.json"))
        .arg(&all)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains(&format!("{0} of {0} valid", outputs.len())),
        "{stdout}"
    );
    // What the schema cannot say: the body and headline are the article's.
    for (path, value) in articles().iter().zip(&outputs) {
        let doc = common::parse(path);
        assert_eq!(
            value["headlines"][0]["value"].as_str(),
            doc.meta.title.as_deref()
        );
        assert_eq!(value["located"].as_str(), doc.meta.dateline.as_deref());
        // The body's text: tags dropped, entities decoded.
        let html = value["bodies"][0]["value"].as_str().unwrap();
        let mut tagless = String::new();
        for piece in html.split('<') {
            tagless.push_str(piece.split_once('>').map_or(piece, |(_, text)| text));
        }
        let body = html_escape::decode_html_entities(&tagless);
        for block in &doc.blocks {
            if let copydesk::Block::Paragraph { content } = block {
                let text = copydesk::document::plain_text(content);
                assert!(body.contains(&text), "{}: {text}", path.display());
            }
        }
    }
}
