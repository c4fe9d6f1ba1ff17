//! What the example article must show in every format: the four bullets are the summary, The
//! Associated Press a contributor, no headline is invented, every body paragraph is there in
//! order and none is empty, and the quotations carry their speakers' full names.

mod common;

use copydesk::{Block, Inline, OutputFormat};

/// The speakers in full, as the article introduces them: it introduces "Volodymyr Zelesnkyy"
/// (sic) and attributes to "Zelenskyy"; a speaker is given as first printed in full
/// (`../shared/corpus/speakers.README.md`, rule 11), and the misspelling is the editor's to fix.
const SPEAKERS: [&str; 3] = ["Volodymyr Zelesnkyy", "Dmitry Peskov", "Jen Psaki"];

#[test]
fn the_example_article_in_every_format() {
    let doc = common::parse(&common::example());
    assert_eq!(
        doc.meta.title, None,
        "the article opens with its lede: no headline"
    );
    assert_eq!(doc.meta.highlights.len(), 4);
    assert_eq!(
        doc.meta.highlights_title.as_deref(),
        Some("What You Need To Know")
    );
    assert_eq!(
        doc.meta.credits,
        ["The Associated Press contributed to this report."]
    );

    // Every paragraph of the copy after the box, in order, none empty.
    let source = std::fs::read_to_string(common::example()).unwrap();
    let paragraphs: Vec<String> = source
        .split("\n\n")
        .map(common::fold)
        .filter(|p| !p.is_empty() && !p.starts_with('•') && p != "What You Need To Know")
        .filter(|p| !p.ends_with("contributed to this report."))
        .collect();
    let body: Vec<String> = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => common::fold(&copydesk::document::plain_text(content)),
            other => panic!("unexpected block {other:?}"),
        })
        .collect();
    assert_eq!(body, paragraphs);

    let newsml = common::write(&doc, OutputFormat::Newsml);
    assert!(!newsml.contains("<headline>") && !newsml.contains("<hl1>"));
    assert!(newsml.contains("<contributor><name>The Associated Press</name></contributor>"));
    assert_eq!(newsml.matches("<li>").count(), 4);
    for bullet in &doc.meta.highlights {
        assert!(newsml.contains(bullet.as_str()), "summary lacks {bullet}");
    }
    assert!(newsml.contains("<tagline>The Associated Press contributed to this report.</tagline>"));
    assert_eq!(newsml.matches("<p>").count(), body.len());

    let yaml = common::write(&doc, OutputFormat::Frontmatter);
    let meta: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
    assert_eq!(meta["highlights"].as_sequence().unwrap().len(), 4);
    assert!(meta.get("title").is_none());
    let markdown = common::write(&doc, OutputFormat::Markdown);
    assert!(markdown.starts_with(&format!("---\n{yaml}---\n\n")));
}

#[test]
fn quotations_carry_their_speakers_full_names() {
    let doc = common::parse(&common::example());
    let speakers: Vec<String> = doc
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph { content } => content.clone(),
            _ => Vec::new(),
        })
        .filter_map(|i| match i {
            Inline::Quote { speaker, .. } => speaker,
            Inline::Text { .. } => None,
        })
        .collect();
    for name in SPEAKERS {
        assert!(
            speakers.iter().any(|s| s == name),
            "{name} missing from {speakers:?}"
        );
    }
    let json = common::write(&doc, OutputFormat::Json);
    let newsml = common::write(&doc, OutputFormat::Newsml);
    for name in SPEAKERS {
        assert!(
            json.contains(&format!("\"speaker\": \"{name}\"")),
            "JSON lacks {name}"
        );
        assert!(
            newsml.contains(&format!("<q quote-source=\"{name}\">")),
            "NewsML lacks {name}"
        );
    }
}
