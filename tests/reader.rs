//! The plain-text reader, convention by convention, on excerpts of real copy from the corpus
//! (and the example article), together with the cases that must not fire.

mod common;

use copydesk::document::plain_text;
use copydesk::{Block, Document, InputFormat, NoteKind, OutputFormat};

fn read(text: &str) -> Document<'_> {
    copydesk::parse(text.as_bytes(), InputFormat::Plain, &Default::default()).unwrap()
}

fn texts(doc: &Document) -> Vec<(String, String)> {
    doc.blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => ("p".into(), plain_text(content)),
            Block::Subhead { content } => ("subhead".into(), plain_text(content)),
            Block::Caption { content } => ("caption".into(), plain_text(content)),
            Block::Note { kind, content } => (format!("{kind:?}"), plain_text(content)),
            Block::List { ordered, items, .. } => (
                if *ordered { "ol" } else { "ul" }.into(),
                items
                    .iter()
                    .map(|i| plain_text(i))
                    .collect::<Vec<_>>()
                    .join(" | "),
            ),
            Block::BlockQuote { content } => {
                ("bq".into(), content.iter().map(|p| plain_text(p)).collect())
            }
            Block::Preformatted { text } => ("pre".into(), text.clone()),
        })
        .collect()
}

fn kinds(doc: &Document) -> Vec<String> {
    texts(doc).into_iter().map(|(k, _)| k).collect()
}

// reuters/reuters-232.txt: capitals headline, byline with agency, indented hard-wrapped paragraphs.
const REUTERS_WRAPPED: &str = "PRODUCER SPLIT HEATS UP COFFEE QUOTA TALKS

By Lisa Vaughan, Reuters

    LONDON, March 1 - Talks on the possibility of reintroducing
global coffee export quotas have been extended into today, with
sparks flying yesterday when a dissident group of exporters was
not included in a key negotiating forum.
    The special meeting of the International Coffee
Organization (ICO) council was called to find a way to stop a
prolonged slide in coffee prices.
";

#[test]
fn wire_copy_headline_byline_dateline_and_wrapped_paragraphs() {
    let doc = read(REUTERS_WRAPPED);
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("PRODUCER SPLIT HEATS UP COFFEE QUOTA TALKS")
    );
    assert_eq!(doc.meta.authors, ["Lisa Vaughan"]);
    assert_eq!(doc.meta.credits, ["Reuters"]);
    assert_eq!(doc.meta.dateline.as_deref(), Some("LONDON, March 1"));
    assert_eq!(
        texts(&doc),
        [
            ("p".into(), "Talks on the possibility of reintroducing global coffee export quotas have been extended into today, with sparks flying yesterday when a dissident group of exporters was not included in a key negotiating forum.".into()),
            ("p".into(), "The special meeting of the International Coffee Organization (ICO) council was called to find a way to stop a prolonged slide in coffee prices.".into()),
        ]
    );
}

#[test]
fn the_wire_sign_off_is_a_credit() {
    let doc = read(
        "OIL PRICES RISE\n\n    NEW YORK, March 3 - Prices rose.\n    Traders said so. Reuter\n",
    );
    assert_eq!(doc.meta.credits, ["Reuters"]);
    assert_eq!(texts(&doc)[1].1, "Traders said so.");
    let doc = read("SALES\n\nSales rose.\n\nSEARS     4.9\nK MART    13.1\n\nReuter\n");
    assert_eq!(doc.meta.credits, ["Reuters"]);
    assert_eq!(kinds(&doc), ["p", "pre"]);
}

#[test]
fn bylines_in_every_form() {
    for (line, authors, credits) in [
        (
            "By PATTI DOMM, Reuters",
            vec!["PATTI DOMM"],
            vec!["Reuters"],
        ),
        (
            "By Norma Cohen and Dominique Jackson, Reuters",
            vec!["Norma Cohen", "Dominique Jackson"],
            vec!["Reuters"],
        ),
        ("by Janie Gabbett", vec!["Janie Gabbett"], vec![]),
        (
            "By Jane Doe and John Roe, Associated Press",
            vec!["Jane Doe", "John Roe"],
            vec!["The Associated Press"],
        ),
        ("By Jane Doe | Reuters", vec!["Jane Doe"], vec!["Reuters"]),
        ("By JANE DOE", vec!["JANE DOE"], vec![]),
    ] {
        let copy = format!("A HEADLINE\n\n{line}\n\nThe story begins here, as stories do.\n");
        let doc = read(&copy);
        assert_eq!(doc.meta.authors, authors, "{line}");
        assert_eq!(doc.meta.credits, credits, "{line}");
        assert_eq!(doc.meta.byline.as_deref(), Some(line));
    }
}

#[test]
fn by_at_the_start_of_a_body_sentence_is_not_a_byline() {
    let doc = read("Talks collapse\n\nThe talks began on Monday.\n\nBy Thursday, officials said the talks had failed.\n");
    assert!(doc.meta.authors.is_empty() && doc.meta.byline.is_none());
    assert_eq!(
        texts(&doc)[1].1,
        "By Thursday, officials said the talks had failed."
    );
    let doc = read("Talks collapse\n\nBy Thursday, officials said\n\nthe talks had failed.\n");
    assert!(doc.meta.authors.is_empty());
}

#[test]
fn datelines_of_each_agency_are_cut_from_the_lede() {
    for (lede, dateline, credit) in [
        (
            "KYIV, Ukraine (AP) — Russia said on Monday",
            Some("KYIV, Ukraine"),
            Some("The Associated Press"),
        ),
        (
            "LONDON (Reuters) - Shares fell on Monday",
            Some("LONDON"),
            Some("Reuters"),
        ),
        (
            "WASHINGTON — The Senate voted on Monday",
            Some("WASHINGTON"),
            None,
        ),
        (
            "WASHINGTON (CNN) -- As he awaits a crucial progress report",
            Some("WASHINGTON"),
            Some("CNN"),
        ),
        (
            "MINNEAPOLIS, Minnesota (CNN) -- Drivers who were on the bridge",
            Some("MINNEAPOLIS, Minnesota"),
            Some("CNN"),
        ),
        (
            "(CNN)For the first time in eight years, a TV legend returned",
            None,
            Some("CNN"),
        ),
        (
            "ROCHESTER, N.Y., March 5 - Eastman Kodak Co said it has",
            Some("ROCHESTER, N.Y., March 5"),
            None,
        ),
        (
            "Taipei, Taiwan — The island's legislature voted",
            Some("Taipei, Taiwan"),
            None,
        ),
    ] {
        let copy = format!("{lede}.\n\nA second paragraph.\n");
        let doc = read(&copy);
        assert_eq!(doc.meta.dateline.as_deref(), dateline, "{lede}");
        assert_eq!(
            doc.meta.credits.first().map(String::as_str),
            credit,
            "{lede}"
        );
        let first = &texts(&doc)[0].1;
        assert!(
            !first.contains("(CNN)") && !first.starts_with(['—', '-', ' ']),
            "{first}"
        );
    }
}

#[test]
fn a_place_name_starting_a_normal_sentence_is_not_a_dateline() {
    for lede in [
        "Paris is preparing for the summit, officials said.",
        "London - based lenders cut their rates on Monday.",
        "Aston - whose cars were famously used by James Bond - will unveil the Vantage.",
        "Washington said on Monday that it would respond.",
    ] {
        let copy = format!("{lede}\n\nMore text follows here.\n");
        let doc = read(&copy);
        assert_eq!(doc.meta.dateline, None, "{lede}");
        assert_eq!(texts(&doc)[0].1, lede);
    }
}

#[test]
fn headlines_and_their_absence() {
    assert_eq!(read("Games win for Blu-ray DVD format\n\nThe next-generation DVD format Blu-ray is winning more supporters.\n").meta.title.as_deref(), Some("Games win for Blu-ray DVD format"));
    assert_eq!(
        read("What's next for next-gen consoles?\n\nThe next generation is coming.\n")
            .meta
            .title
            .as_deref(),
        Some("What's next for next-gen consoles?")
    );
    // lede-first/business-102.txt opens with a short lede: no headline may be invented.
    let doc = read("Laura Ashley is parting company with its chief executive Ainum Mohd-Saaid.\n\nThe retailer said on Thursday that she would leave.\n");
    assert_eq!(doc.meta.title, None);
    let doc = read("Stocks fell.\n\nThe market closed lower.\n");
    assert_eq!(
        doc.meta.title, None,
        "a lede that happens to be short is not a headline"
    );
}

#[test]
fn summary_boxes_with_every_title_and_bullet() {
    for (title, bullet, blank) in [
        ("What You Need To Know", "•", true),
        ("Story highlights", "•", false),
        ("Key points", "*", false),
        ("Highlights", "·", false),
        ("What you need to know", "–", false),
        ("Story highlights", "-", true),
    ] {
        let sep = if blank { "\n\n" } else { "\n" };
        let text = format!(
            "Hitachi unveils 'fastest robot'\n\n{title}\n\n  {bullet} Hitachi has unveiled its first humanoid robot.{sep}  {bullet} The robots will be guests at the World Expo.\n\nHitachi said the Emiew was the quickest robot yet.\n"
        );
        let doc = read(&text);
        assert_eq!(
            doc.meta.highlights,
            [
                "Hitachi has unveiled its first humanoid robot.",
                "The robots will be guests at the World Expo."
            ],
            "{title} {bullet}"
        );
        assert_eq!(doc.meta.highlights_title.as_deref(), Some(title));
        assert_eq!(doc.blocks.len(), 1);
    }
}

#[test]
fn a_box_with_an_unknown_title_is_a_box_when_it_heads_two_bullets() {
    let doc = read("Hitachi unveils robot\n\nBriefing notes\n\n• First point of the story.\n• Second point of the story.\n\nThe body begins here, as bodies do.\n");
    assert_eq!(doc.meta.highlights_title.as_deref(), Some("Briefing notes"));
    assert_eq!(doc.meta.highlights.len(), 2);
    // A subhead over a list later in the article is not a box.
    let doc = read("Lede sentence of the story.\n\nSecond paragraph.\n\nThird paragraph.\n\nFourth paragraph.\n\nFifth paragraph.\n\nSixth paragraph.\n\nSeventh paragraph.\n\nEighth paragraph.\n\nSources\n\n- One\n- Two\n");
    assert!(doc.meta.highlights.is_empty());
}

#[test]
fn cnn_story_files_carry_highlights_after_the_body() {
    let doc = read("WASHINGTON (CNN) -- Doctors removed five small polyps.\n\nResults are expected in two days.\n\n@highlight\n\nFive small polyps found during procedure\n\n@highlight\n\nBush undergoes routine colonoscopy\n");
    assert_eq!(
        doc.meta.highlights,
        [
            "Five small polyps found during procedure",
            "Bush undergoes routine colonoscopy"
        ]
    );
    assert_eq!(doc.blocks.len(), 2);
    assert_eq!(doc.meta.dateline.as_deref(), Some("WASHINGTON"));
}

#[test]
fn subheads_lists_notes_corrections_captions_and_contributor_lines() {
    let doc = read(
        "Editor's note: In our Behind the Scenes series, CNN correspondents share their experiences.\n\n\
         Correction: An earlier version of this story misspelt the judge's name.\n\n\
         The first paragraph of the story is here.\n\n\
         Group F — Sweden 1 – 0 Korea Republic\n\n\
         In the first game of the day, Sweden faced South Korea.\n\n\
         The far end of the convention floor, shortly after opening Friday. Image: Nick Moreau.\n\n\
         Sources\n\n\
         - \"Sensitive government document found\" — CBC.ca, August 15, 2008\n\
         - \"Document found on street not secret, say feds\" — The Canadian Press\n\n\
         1) Regular price reviews will be held every 15 months.\n\
         2) The floor price will not be breached.\n\n\
         CNN's Vasco Cotovio and Faith Karimi contributed to this report.\n",
    );
    assert_eq!(
        kinds(&doc),
        [
            "EditorsNote",
            "Correction",
            "p",
            "subhead",
            "p",
            "caption",
            "subhead",
            "ul",
            "ol"
        ]
    );
    assert_eq!(
        doc.meta.credits,
        ["CNN's Vasco Cotovio and Faith Karimi contributed to this report."]
    );
    assert!(matches!(
        doc.blocks[0],
        Block::Note {
            kind: NoteKind::EditorsNote,
            ..
        }
    ));
}

#[test]
fn a_one_sentence_paragraph_is_not_a_subhead() {
    let doc =
        read("The judge spoke.\n\nHe declined to comment.\n\nThe case continues on Monday.\n");
    assert_eq!(kinds(&doc), ["p", "p", "p"]);
    let doc =
        read("First paragraph here.\n\nAnd then the lights went out\n\nLast paragraph here.\n");
    assert_eq!(
        kinds(&doc),
        ["p", "p", "p"],
        "a lower-case line is a sentence, not a subhead"
    );
}

#[test]
fn quotations_and_who_said_them_in_json_and_newsml() {
    let doc = read("White House press secretary Jen Psaki was circumspect.\n\n“We hope not,” Psaki said.\n\n\"The sequencing is everything,\" said Lena Novak, a senior adviser.\n\nThe ninth floor is dubbed the “forgotten floor.”\n");
    let json = common::write(&doc, OutputFormat::Json);
    assert!(
        json.contains("\"speaker\": \"Jen Psaki\"") && json.contains("\"speaker\": \"Lena Novak\"")
    );
    let newsml = common::write(&doc, OutputFormat::Newsml);
    assert!(newsml.contains("<q quote-source=\"Jen Psaki\">“We hope not,”</q> Psaki said."));
    assert!(
        newsml.contains("<q>“forgotten floor.”</q>"),
        "no speaker named, none given"
    );
    let markdown = common::write(&doc, OutputFormat::Markdown);
    assert!(
        markdown.contains("“We hope not,” Psaki said."),
        "Markdown keeps the text as written"
    );
}

#[test]
fn blank_lines_of_spaces_and_no_break_spaces_and_crlf() {
    let doc = read("First paragraph.\r\n \u{A0} \r\nSecond paragraph.\r\n\u{A0}\r\nThird.\r\n");
    assert_eq!(kinds(&doc), ["p", "p", "p"]);
}

#[test]
fn archive_encodings_read_to_the_same_tree_as_the_clean_copy() {
    // messy/ holds real articles re-encoded as archives store them; `base` names the clean copy.
    let root = common::shared().join("corpus");
    let labels = std::fs::read_to_string(root.join("messy/labels.jsonl")).unwrap();
    let mut compared = 0;
    for line in labels.lines() {
        let label: serde_json::Value = serde_json::from_str(line).unwrap();
        let base = label["base"].as_str().unwrap();
        if !base.ends_with(".txt") {
            continue;
        }
        let messy = common::parse(&root.join("messy").join(label["file"].as_str().unwrap()));
        let clean = common::parse(&root.join(base));
        assert_eq!(messy, clean, "{} ({})", label["file"], label["variant"]);
        compared += 1;
    }
    assert!(compared >= 5, "only {compared} compared");
}

#[test]
fn utf16_big_endian_and_latin1() {
    let mut be = vec![0xFE, 0xFF];
    for u in "Caf\u{e9} \u{201C}ok\u{201D} £5".encode_utf16() {
        be.extend_from_slice(&u.to_be_bytes());
    }
    let doc = copydesk::parse(&be, InputFormat::Plain, &Default::default()).unwrap();
    assert_eq!(texts(&doc)[0].1, "Café “ok” £5");
    let latin1 = b"Caf\xe9 co\xfbte \xa35.";
    let doc = copydesk::parse(latin1, InputFormat::Plain, &Default::default()).unwrap();
    assert_eq!(texts(&doc)[0].1, "Café coûte £5.");
}
