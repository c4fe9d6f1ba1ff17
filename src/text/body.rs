//! What every reader of running text shares: paragraphs that are editor's notes, corrections
//! or captions by their label, and quotations attributed to their speakers across the article.
//!
//! A reader hands over drafts in reading order; [`finish`] analyses the paragraphs'
//! quotations (on all cores for long documents). A surname refers to the first full name
//! before it, and each paragraph knows where every surname was first met, so names resolve on
//! all cores too; "he" and "she" are followed in reading order.

use super::labels;
use super::quotes;
use crate::document::{Block, Document, HighlightQuote, Inline, Metadata};
use crate::options::Quotations;
use rayon::prelude::*;
use std::borrow::Cow;
use std::ops::Range;

/// Paragraph count from which quotations are analysed on all cores.
pub(crate) const PARALLEL_FROM: usize = 64;

/// How many paragraphs' resolutions are held at once: enough to keep every core busy.
const RESOLVE_WINDOW: usize = 1024;

/// Quotations a producer marked in a paragraph: byte ranges and speakers.
pub type Marks = Vec<(Range<usize>, Option<String>)>;

/// A block of the body, or a paragraph whose quotations are still to be found.
pub enum Draft<'a> {
    /// A finished block.
    Block(Block<'a>),
    /// The text of a paragraph of running text: a slice of the copy where the reader could
    /// leave it there, and then the document's text is that slice.
    Paragraph(Cow<'a, str>),
    /// A paragraph whose producer marked its quotations (byte ranges, speakers): the marks
    /// win over what the analysis finds.
    Marked {
        /// The paragraph's text.
        text: String,
        /// Each marked quotation and, when given, its speaker.
        quotes: Marks,
    },
}

impl<'a> Draft<'a> {
    /// A paragraph of the copy: an editor's note or a correction by its label, a caption by
    /// its photo credit, else running text.
    pub fn paragraph(text: impl Into<Cow<'a, str>>) -> Draft<'a> {
        let text = text.into();
        if let Some(kind) = labels::note_kind(&text) {
            return Draft::Block(Block::Note {
                kind,
                content: vec![Inline::text(text)],
            });
        }
        if labels::is_caption(&text) {
            return Draft::Block(Block::Caption {
                content: vec![Inline::text(text)],
            });
        }
        Draft::Paragraph(text)
    }
}

/// The document of `meta` and these drafts: quotations found and their speakers named, in
/// the body and the summary box, unless `quotations` says to leave them unmarked.
pub fn finish(drafts: Vec<Draft<'_>>, meta: Metadata, quotations: Quotations) -> Document<'_> {
    if quotations == Quotations::Unmarked {
        // Collected into the drafts' own allocation, which is larger than the blocks need:
        // what is left over goes back rather than living as long as the tree.
        let mut blocks: Vec<Block> = drafts.into_iter().map(unmarked).collect();
        blocks.shrink_to_fit();
        return Document {
            meta,
            blocks,
            ..Document::default()
        };
    }
    let (blocks, boxed) = attributed_blocks(drafts, &meta);
    let highlight_quotes = highlight_quotes(&meta.highlights, boxed, &blocks);
    Document {
        meta,
        blocks,
        highlight_quotes,
    }
}

/// The body's blocks, quotations found and their speakers named, and the quotations of each
/// of the summary box's bullets as the bullet's own words attribute them. Paragraphs are
/// analysed, their names resolved and split on all cores; only following who is spoken of
/// and who spoke last runs in reading order.
fn attributed_blocks<'a>(drafts: Vec<Draft<'a>>, meta: &Metadata) -> (Vec<Block<'a>>, Vec<Found>) {
    let mut slots = Vec::with_capacity(drafts.len());
    let mut paragraphs: Vec<Cow<str>> = Vec::with_capacity(drafts.len());
    let mut marks: Vec<Option<Marks>> = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let (text, marked) = match draft {
            Draft::Block(block) => {
                // A list's items and a block quote's paragraphs are read as paragraphs too
                // ("- Bolton boss Sam Allardyce “I am bitterly disappointed…”").
                let slot = match block {
                    Block::List {
                        ordered,
                        start,
                        items,
                    } if items.iter().all(|item| is_plain(item)) => {
                        let count = items.len();
                        paragraphs.extend(items.into_iter().map(plain));
                        Slot::List {
                            ordered,
                            start,
                            items: count,
                        }
                    }
                    Block::BlockQuote { content } if content.iter().all(|p| is_plain(p)) => {
                        let count = content.len();
                        paragraphs.extend(content.into_iter().map(plain));
                        Slot::Quoted { paragraphs: count }
                    }
                    block => Slot::Block(block),
                };
                let read = match &slot {
                    Slot::List { items: n, .. } | Slot::Quoted { paragraphs: n } => *n,
                    _ => 0,
                };
                marks.extend(std::iter::repeat_n(None, read));
                slots.push(slot);
                continue;
            }
            Draft::Paragraph(text) => (text, None),
            Draft::Marked { text, quotes } => (Cow::Owned(text), Some(quotes)),
        };
        slots.push(Slot::Paragraph);
        paragraphs.push(text);
        marks.push(marked);
    }
    // Names printed in captions are known from the start, like the headline's.
    let captions: Vec<String> = slots
        .iter()
        .filter_map(|slot| match slot {
            Slot::Block(Block::Caption { content }) => Some(crate::document::plain_text(content)),
            _ => None,
        })
        .collect();
    let (quotations, boxed) = attribute(&paragraphs, meta, &captions);
    let content = |((text, quotations), marked): Attributed<'a>| -> Vec<Inline<'a>> {
        let found = quotes::split(text, quotations);
        match marked {
            Some(marked) => apply_marks(found, marked),
            None => found,
        }
    };
    // With the speakers known, paragraphs are split into text and quotations on all cores,
    // the lists zipped in place rather than copied into one.
    let contents: Vec<Vec<Inline>> = if paragraphs.len() >= PARALLEL_FROM {
        paragraphs
            .into_par_iter()
            .zip(quotations)
            .zip(marks)
            .map(content)
            .collect()
    } else {
        paragraphs
            .into_iter()
            .zip(quotations)
            .zip(marks)
            .map(content)
            .collect()
    };
    let mut contents = contents.into_iter();
    let mut next = |n: usize| (&mut contents).take(n).collect::<Vec<_>>();
    let blocks = slots
        .into_iter()
        .map(|slot| match slot {
            Slot::Block(block) => block,
            Slot::Paragraph => Block::Paragraph {
                content: next(1).pop().unwrap_or_default(),
            },
            Slot::List {
                ordered,
                start,
                items,
            } => Block::List {
                ordered,
                start,
                items: next(items),
            },
            Slot::Quoted { paragraphs } => Block::BlockQuote {
                content: next(paragraphs),
            },
        })
        .collect();
    (blocks, boxed)
}

/// Where each block of the body comes from once the paragraphs are attributed.
enum Slot<'a> {
    /// A block as its reader made it.
    Block(Block<'a>),
    /// The next paragraph.
    Paragraph,
    /// A list whose items are the next `items` paragraphs.
    List {
        ordered: bool,
        start: u32,
        items: usize,
    },
    /// A block quote whose paragraphs are the next `paragraphs`.
    Quoted { paragraphs: usize },
}

/// Whether a run of inlines is one piece of text, as readers hand list items over.
fn is_plain(inlines: &[Inline]) -> bool {
    matches!(inlines, [Inline::Text { .. }])
}

/// The text of a run [`is_plain`] accepts.
fn plain(mut inlines: Vec<Inline<'_>>) -> Cow<'_, str> {
    match inlines.pop() {
        Some(Inline::Text { text }) => text,
        _ => Cow::Borrowed(""),
    }
}

/// The summary box's quotations with their speakers. A bullet restates the body, naming in
/// a word whom the body names in full ("Driver: “I probably had a 30-, 35-foot free fall”"
/// for "…,” survivor Gary Babineau told CNN"): a quotation whose words the body quotes gets
/// the body's speaker when that is a name; else the bullet's own attribution ("patient
/// shouts:" where the body has "one man shouts"), else the body's.
fn highlight_quotes(
    highlights: &[String],
    boxed: Vec<Found>,
    blocks: &[Block],
) -> Vec<HighlightQuote> {
    if boxed.iter().all(Vec::is_empty) {
        return Vec::new();
    }
    let body: Vec<(&str, &Option<String>)> = blocks
        .iter()
        .flat_map(Block::runs)
        .flatten()
        .filter_map(|inline| match inline {
            Inline::Quote { text, speaker } => Some((&**text, speaker)),
            Inline::Text { .. } => None,
        })
        .collect();
    let mut quotes = Vec::new();
    for (highlight, (text, found)) in highlights.iter().zip(boxed).enumerate() {
        for (range, own) in found {
            let quoted = &text[range.clone()];
            let words = words_of(quoted);
            // Only a body quotation holding the bullet's longest word, as printed, is read
            // word by word: a long article quotes thousands.
            let longest = quoted
                .split(|c: char| !c.is_alphanumeric())
                .max_by_key(|w| w.len())
                .unwrap_or_default();
            let in_body = body
                .iter()
                .filter(|_| words.len() >= 2)
                .filter(|(body_quote, _)| body_quote.contains(longest))
                .find(|(body_quote, _)| restates(&words, &words_of(body_quote)))
                .and_then(|(_, speaker)| speaker.as_ref());
            let named = |s: &&String| s.starts_with(char::is_uppercase);
            let speaker = in_body.filter(named).or(own.as_ref()).or(in_body).cloned();
            quotes.push(HighlightQuote {
                highlight,
                range,
                speaker,
            });
        }
    }
    quotes
}

/// A quotation's words, lower-cased, without punctuation.
fn words_of(quoted: &str) -> Vec<String> {
    quoted
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_matches(['\'', '’']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a bullet's quoted words (two or more) restate a quotation of the body: they come
/// in it in order, within a stretch at most twice as long as they are ("none worrisome" for
/// "none appeared worrisome").
fn restates(words: &[String], quoted: &[String]) -> bool {
    if words.len() < 2 {
        return false;
    }
    (0..quoted.len()).any(|start| {
        if quoted[start] != words[0] {
            return false;
        }
        let mut at = start + 1;
        for word in &words[1..] {
            let Some(skip) = quoted[at..].iter().position(|q| q == word) else {
                return false;
            };
            if at + skip > start + 2 * words.len() {
                return false;
            }
            at += skip + 1;
        }
        true
    })
}

/// A draft as a block whose paragraph text is one piece, quotations unmarked.
fn unmarked(draft: Draft<'_>) -> Block<'_> {
    let text = match draft {
        Draft::Block(block) => return block,
        Draft::Paragraph(text) => text,
        Draft::Marked { text, .. } => Cow::Owned(text),
    };
    Block::Paragraph {
        content: vec![Inline::text(text)],
    }
}

/// The quotations of each paragraph with their speakers (on all cores for a long article),
/// and those of each of the summary box's bullets.
fn attribute<'a>(
    paragraphs: &'a [Cow<'_, str>],
    meta: &'a Metadata,
    captions: &'a [String],
) -> (Vec<Found>, Vec<Found>) {
    let parallel = paragraphs.len() >= PARALLEL_FROM;
    attribute_with(paragraphs, meta, captions, parallel, RESOLVE_WINDOW)
}

/// [`attribute`], on all cores or on this thread alone, resolving `window` paragraphs at a
/// time: all give the same.
fn attribute_with<'a>(
    paragraphs: &'a [Cow<'_, str>],
    meta: &'a Metadata,
    captions: &'a [String],
    parallel: bool,
    window: usize,
) -> (Vec<Found>, Vec<Found>) {
    // Copy without a quotation mark has no quotation to attribute (a tenth of wire copy).
    if !paragraphs.iter().any(|p| quotes::has_marks(p))
        && !meta.highlights.iter().any(|h| quotes::has_marks(h))
    {
        return (
            vec![Found::new(); paragraphs.len()],
            vec![Found::new(); meta.highlights.len()],
        );
    }
    // Paragraph 0 is the headline, the summary box and the captions; the body's paragraphs
    // count from 1.
    let text_len = paragraphs.iter().map(|p| p.len()).sum::<usize>();
    let room = quotes::Names::room_for(text_len);
    let mut names = quotes::Names::with_room(room);
    for known in meta.title.iter().chain(&meta.highlights).chain(captions) {
        names.learn(quotes::pos(0, 0), known);
    }
    let (stretches, names) = if parallel {
        analyse_on_all_cores(paragraphs, names, room)
    } else {
        let analyses = (1..)
            .zip(paragraphs)
            .map(|(at, p)| quotes::analyse(p, at, &mut names))
            .collect();
        (vec![(0, analyses)], names)
    };
    let people = quotes::People::new(names);
    // Paragraphs are resolved a window at a time (on all cores for a long article) and each
    // window's quotations read in order before the next is resolved: only one window's
    // resolutions are held, not the whole article's.
    let mut discourse = quotes::Discourse::default();
    let mut body: Vec<Found> = Vec::with_capacity(paragraphs.len());
    for (mut first, analyses) in stretches {
        let mut analyses = analyses.into_iter();
        loop {
            let window: Vec<_> = (first..).zip(analyses.by_ref().take(window)).collect();
            if window.is_empty() {
                break;
            }
            first += window.len();
            let resolve = |(index, analysis): (usize, quotes::Analysis<'a>)| {
                quotes::resolve(analysis, index + 1, &people, &paragraphs[index])
            };
            let resolved: Vec<quotes::Resolved> = if parallel {
                window.into_par_iter().map(resolve).collect()
            } else {
                window.into_iter().map(resolve).collect()
            };
            body.extend(resolved.into_iter().map(|r| discourse.paragraph(r)));
        }
    }
    quotes::credit_back(paragraphs, &mut body);
    // Each bullet on its own, every name of the article known: a bullet sums up the body.
    let after_body = paragraphs.len() + 1;
    let boxed = meta
        .highlights
        .iter()
        .map(|text| {
            if !quotes::has_marks(text) {
                return Found::new();
            }
            let analysis = quotes::analyse(text, after_body, &mut quotes::Names::with_room(0));
            let resolved = quotes::resolve(analysis, after_body, &people, text);
            quotes::Discourse::default().paragraph(resolved)
        })
        .collect();
    (body, boxed)
}

/// A stretch of paragraphs' analyses, with the index of its first paragraph.
type Stretch<'a> = (usize, Vec<quotes::Analysis<'a>>);

/// Analyses paragraphs on all cores, each stretch of them gathering the names it mentions;
/// the stretches' names are then merged, the first mention of each form of a name kept.
/// Stretches are long: an article names the same people throughout, so each stretch's names
/// are about all of them, and merging costs a lookup per name per stretch. The analyses stay
/// in their stretches (each list sized once), not copied into one list.
fn analyse_on_all_cores<'a>(
    paragraphs: &'a [Cow<'_, str>],
    known: quotes::Names<'a>,
    room: usize,
) -> (Vec<Stretch<'a>>, quotes::Names<'a>) {
    let stretches = 2 * rayon::current_num_threads();
    let stretch = paragraphs.len().div_ceil(stretches).max(1);
    let analysed: Vec<(Stretch, quotes::Names)> = paragraphs
        .par_chunks(stretch)
        .enumerate()
        .map(|(k, texts)| {
            let first = k * stretch;
            let mut names = quotes::Names::with_room(room / stretches);
            let analyses = (first + 1..)
                .zip(texts)
                .map(|(at, text)| quotes::analyse(text, at, &mut names))
                .collect();
            ((first, analyses), names)
        })
        .collect();
    let mut names = known;
    let mut analyses = Vec::with_capacity(analysed.len());
    for (stretch, stretch_names) in analysed {
        analyses.push(stretch);
        names = names.merge(stretch_names);
    }
    (analyses, names)
}

/// A paragraph's quotations: byte ranges and speakers.
type Found = Vec<(Range<usize>, Option<String>)>;

/// A paragraph with its quotations and speakers, and the quotations its producer marked.
type Attributed<'a> = ((Cow<'a, str>, Found), Option<Marks>);

/// The inlines of a paragraph whose quotations a producer marked: the marked ranges are the
/// quotations; a marked speaker wins, else the one the analysis found for the same words.
fn apply_marks(found: Vec<Inline<'_>>, marked: Marks) -> Vec<Inline<'static>> {
    let text = crate::document::plain_text(&found);
    let mut found_speakers = Vec::new();
    let mut at = 0;
    for inline in &found {
        let len = inline.as_str().len();
        if let Inline::Quote { speaker, .. } = inline {
            found_speakers.push((at..at + len, speaker.clone()));
        }
        at += len;
    }
    let mut found_speakers = found_speakers.into_iter().peekable();
    let quotes = marked.into_iter().map(|(range, speaker)| {
        // Both lists run in reading order: one pass over the found quotations.
        while found_speakers
            .peek()
            .is_some_and(|(r, _)| r.start < range.start)
        {
            found_speakers.next();
        }
        let speaker = speaker.or_else(|| {
            found_speakers
                .peek()
                .filter(|(r, _)| *r == range)
                .and_then(|(_, s)| s.clone())
        });
        (range, speaker)
    });
    crate::document::with_quotations(&text, quotes)
        .into_iter()
        .map(Inline::into_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The speakers of a body's quotations, in order.
    fn speakers<'a>(blocks: &'a [Block<'a>]) -> Vec<Option<&'a str>> {
        blocks
            .iter()
            .flat_map(Block::runs)
            .flatten()
            .filter_map(|inline| match inline {
                Inline::Quote { speaker, .. } => Some(speaker.as_deref()),
                Inline::Text { .. } => None,
            })
            .collect()
    }

    #[test]
    fn speakers_found_on_all_cores_a_few_at_a_time_are_those_found_on_one_at_once() {
        // Corpus articles one after the other: hundreds of paragraphs, names met in one
        // stretch and resolved in another.
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/bbc");
        let mut files: Vec<_> = std::fs::read_dir(folder)
            .expect("the shared corpus")
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let copy = files
            .iter()
            .map(|path| std::fs::read_to_string(path).unwrap())
            .collect::<Vec<_>>()
            .join("\n\n");
        let paragraphs: Vec<Cow<str>> = copy
            .split("\n\n")
            .map(|p| Cow::Borrowed(p.trim()))
            .filter(|p| !p.is_empty())
            .collect();
        assert!(paragraphs.len() > 4 * PARALLEL_FROM, "{}", paragraphs.len());
        let meta = Metadata::default();
        // On one core, all resolved at once; on all, seven at a time within each stretch.
        let on_one = attribute_with(&paragraphs, &meta, &[], false, paragraphs.len()).0;
        let on_all = attribute_with(&paragraphs, &meta, &[], true, 7).0;
        assert_eq!(on_one, on_all);
        let named = on_one.iter().flatten().filter(|(_, s)| s.is_some()).count();
        assert!(named > 100, "{named} quotations given a speaker");
    }

    #[test]
    fn copy_without_quotation_marks_keeps_what_its_producer_marked() {
        // No mark anywhere: nothing is analysed, but a NewsML producer's <q> stays a quotation.
        let drafts = vec![
            Draft::paragraph("Jen Psaki spoke on Thursday."),
            Draft::Marked {
                text: "Talks went well, Psaki said.".to_owned(),
                quotes: vec![(0..15, Some("Jen Psaki".to_owned()))],
            },
        ];
        let blocks = finish(drafts, Metadata::default(), Quotations::Attributed).blocks;
        assert_eq!(speakers(&blocks), [Some("Jen Psaki")]);
        let Block::Paragraph { content } = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(content[0].as_str(), "Talks went well");
        assert_eq!(
            crate::document::plain_text(content),
            "Talks went well, Psaki said."
        );
    }

    #[test]
    fn speakers_are_named_from_what_the_article_said_hundreds_of_paragraphs_before() {
        // Quotations whose speakers were named many paragraphs earlier, analysed on all cores.
        let mut paragraphs = vec!["Jen Psaki said the talks had gone well.".to_owned()];
        paragraphs.extend((1..768).map(|n| match n % 100 {
            0 => "“We are ready,” Psaki said.".to_owned(),
            50 => "“Not yet,” she said.".to_owned(),
            _ => format!("Paragraph {n} of background."),
        }));
        let drafts = paragraphs.into_iter().map(Draft::paragraph).collect();
        let blocks = finish(drafts, Metadata::default(), Quotations::Attributed).blocks;
        assert_eq!(blocks.len(), 768);
        let named = speakers(&blocks);
        assert_eq!(named.len(), 15);
        assert!(named.iter().all(|s| *s == Some("Jen Psaki")), "{named:?}");
    }

    #[test]
    fn a_name_is_known_from_its_first_mention_on_whatever_core_read_it() {
        // The full name comes in the middle: quotes before it keep the surname as printed,
        // quotes after it get the full name as introduced (misspelling and all).
        let paragraphs = (0..1000).map(|n| match n {
            500 => "President Volodymyr Zelesnkyy spoke on Thursday.".to_owned(),
            n if n % 100 == 50 => "“We are ready,” Zelenskyy said.".to_owned(),
            n => format!("Paragraph {n} of background."),
        });
        let drafts = paragraphs.map(Draft::paragraph).collect();
        let blocks = finish(drafts, Metadata::default(), Quotations::Attributed).blocks;
        let named = speakers(&blocks);
        let expected: Vec<Option<&str>> = (0..10)
            .map(|n| {
                Some(if n < 5 {
                    "Zelenskyy"
                } else {
                    "Volodymyr Zelesnkyy"
                })
            })
            .collect();
        assert_eq!(named, expected);
    }

    /// The speakers of a document's summary-box quotations, bullet by bullet.
    fn box_speakers<'a>(doc: &'a Document<'a>) -> Vec<(usize, Option<&'a str>)> {
        doc.highlight_quotes
            .iter()
            .map(|q| (q.highlight, q.speaker.as_deref()))
            .collect()
    }

    #[test]
    fn a_summary_box_quotation_gets_the_name_the_body_gives_its_words() {
        // From cnn-stories/06352019…, 24521a2a…, ee8871b1…, 5e22bbfc….
        let meta = Metadata {
            highlights: vec![
                "Driver: “I probably had a 30-, 35-foot free fall”".into(),
                "Five small polyps found; “none worrisome,” spokesman says".into(),
                "While CNN tours facility, patient shouts: “I am the son of the president”".into(),
                "Job of press secretary “has been a dream for me,” Snow says".into(),
                "Inmates are housed on the “forgotten floor”".into(),
                "No quotation here".into(),
            ],
            ..Metadata::default()
        };
        let drafts = [
            "“The whole bridge just gave way,” survivor Gary Babineau told CNN. “I probably had a 30-, 35-foot free fall. The whole bridge is down.”",
            "Doctors removed five small polyps, and “none appeared worrisome,” a White House spokesman said.",
            "“I am the son of the president. You need to get me out of here!” one man shouts at me.",
            "White House press secretary Tony Snow will step down.",
            "The ninth floor is dubbed the “forgotten floor.”",
        ]
        .map(Draft::paragraph)
        .into();
        let doc = finish(drafts, meta, Quotations::Attributed);
        assert_eq!(
            box_speakers(&doc),
            [
                (0, Some("Gary Babineau")),
                (1, Some("White House")),
                // The body's "one man" is no more a name than the box's "patient".
                (2, Some("patient")),
                // Named in full only in the body, after the box.
                (3, Some("Tony Snow")),
                (4, None),
            ]
        );
        assert_eq!(
            doc.highlight_content(0)[1].as_str(),
            "“I probably had a 30-, 35-foot free fall”"
        );
        // Markdown prints no quotation: nothing is looked for.
        let meta = doc.meta.clone();
        let drafts = vec![Draft::paragraph("“Fine,” Snow said.")];
        assert!(finish(drafts, meta, Quotations::Unmarked)
            .highlight_quotes
            .is_empty());
    }

    #[test]
    fn box_words_restate_a_body_quotation_in_order_with_few_left_out() {
        let words = |s: &str| words_of(s);
        let body = words("“I knew the deck was going down, and I thought I was going to die,”");
        assert!(restates(&words("“I thought I was going to die,”"), &body));
        assert!(restates(
            &words("“none worrisome”"),
            &words("“none appeared worrisome”")
        ));
        // Out of order, too far apart, or one word: not the same words.
        assert!(!restates(&words("“die thought”"), &body));
        assert!(!restates(&words("“knew die”"), &body));
        assert!(!restates(&words("“deck”"), &body));
    }

    #[test]
    fn the_article_credits_a_quotation_of_several_paragraphs_to_whom_its_end_names() {
        // The body's quotations go through `quotes::credit_back` (its rules are tested there).
        let drafts = vec![
            Draft::paragraph("Dr John Carpenter spoke at the conference."),
            Draft::paragraph("“The technology is ready."),
            Draft::paragraph("“There are no practical limits,” said Dr Carpenter."),
        ];
        let doc = finish(drafts, Metadata::default(), Quotations::Attributed);
        assert_eq!(
            speakers(&doc.blocks),
            [Some("John Carpenter"), Some("John Carpenter")]
        );
    }

    #[test]
    fn a_lists_items_and_a_block_quotes_paragraphs_are_attributed_in_reading_order() {
        // bbc/sport-105: reactions as list items.
        let drafts = vec![
            Draft::paragraph("Kieron Dyer smashed home the winner."),
            Draft::Block(Block::List {
                ordered: false,
                start: 1,
                items: vec![
                    vec![Inline::text(
                        "Bolton boss Sam Allardyce “I am bitterly disappointed.”",
                    )],
                    vec![Inline::text(
                        "Newcastle boss Graeme Souness “We deserved the win.”",
                    )],
                ],
            }),
            Draft::paragraph("“It was a fair result,” he said."),
            Draft::Block(Block::BlockQuote {
                content: vec![vec![Inline::text("“We go on,” said Alan Shearer.")]],
            }),
        ];
        let doc = finish(drafts, Metadata::default(), Quotations::Attributed);
        assert_eq!(
            speakers(&doc.blocks),
            [
                Some("Sam Allardyce"),
                Some("Graeme Souness"),
                Some("Graeme Souness"),
                Some("Alan Shearer")
            ]
        );
        assert!(matches!(&doc.blocks[1], Block::List { items, .. } if items.len() == 2));
        assert!(matches!(&doc.blocks[3], Block::BlockQuote { content } if content.len() == 1));
    }
}
