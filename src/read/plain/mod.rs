//! The plain-text reader: news copy as wires, scrapers and editors produce it.
//!
//! Reading is total: every text is an article. The copy is cut into chunks (paragraph-level
//! units, see `chunks.rs`); the head of the article is searched for headline, byline, date line,
//! summary box and dateline; the tail for contributor lines and the wire sign-off; what remains
//! becomes the body, with notes, captions, subheads and lists recognised, and quotations
//! attributed to their speakers.

mod chunks;
pub(crate) mod classify;

use crate::document::{Block, Document, Inline, Metadata};
use crate::options::Quotations;
use crate::text::body::{self, Draft};
use crate::text::labels;
use chunks::{Chunk, Marker};
use std::borrow::Cow;
use std::ops::Range;

/// How many chunks from the top the head (byline, date line, summary box, dateline) may reach.
const HEAD_REACH: usize = 8;

/// Reads plain news copy (already decoded to text) into a document. Chunks are slices of
/// the text where they can be, and the document's paragraphs those slices: a long article's
/// text is not copied.
pub fn parse(text: &str, quotations: Quotations) -> Document<'_> {
    let mut chunks = chunks::chunks(text);
    let mut meta = Metadata::default();

    take_story_highlights(&mut chunks, &mut meta);
    take_headline(&mut chunks, &mut meta);
    take_byline(&mut chunks, &mut meta);
    take_date_line(&mut chunks, &mut meta);
    take_summary_box(&mut chunks, &mut meta);
    take_contributor_lines(&mut chunks, &mut meta);
    take_wire_signoff(&mut chunks, &mut meta);
    take_dateline(&mut chunks, &mut meta);

    body(chunks, meta, quotations)
}

/// Adds a credit unless it is there already.
fn add_credit(meta: &mut Metadata, credit: &str) {
    if !meta.credits.iter().any(|c| c == credit) {
        meta.credits.push(credit.to_owned());
    }
}

/// CNN/DailyMail `.story` files: each `@highlight` line is followed by one highlight.
fn take_story_highlights(chunks: &mut Vec<Chunk>, meta: &mut Metadata) {
    if !chunks
        .iter()
        .any(|c| classify::is_highlight_marker(&c.text))
    {
        return;
    }
    let mut kept = Vec::with_capacity(chunks.len());
    let mut iter = std::mem::take(chunks).into_iter().peekable();
    while let Some(chunk) = iter.next() {
        if classify::is_highlight_marker(&chunk.text) {
            if let Some(next) = iter.next_if(|n| !classify::is_highlight_marker(&n.text)) {
                meta.highlights.push(next.text.into_owned());
            }
        } else {
            kept.push(chunk);
        }
    }
    *chunks = kept;
}

fn take_headline(chunks: &mut Vec<Chunk>, meta: &mut Metadata) {
    if chunks.len() < 2 {
        return;
    }
    let first = &chunks[0];
    if first.marker.is_none()
        && !first.preformatted
        && classify::is_headline(&first.text, first.lines)
    {
        meta.title = Some(collapse_spaces(&chunks.remove(0).text));
    }
}

fn take_byline(chunks: &mut Vec<Chunk>, meta: &mut Metadata) {
    let reach = chunks.len().min(3);
    let found = chunks[..reach]
        .iter()
        .position(|c| c.marker.is_none() && c.lines == 1 && classify::byline(&c.text).is_some());
    if let Some(index) = found {
        let chunk = chunks.remove(index);
        if let Some(byline) = classify::byline(&chunk.text) {
            meta.authors = byline.authors;
            for credit in &byline.credits {
                add_credit(meta, credit);
            }
            meta.byline = Some(byline.text);
        }
    }
}

fn take_date_line(chunks: &mut Vec<Chunk>, meta: &mut Metadata) {
    let reach = chunks.len().min(4);
    if let Some((index, date)) = chunks[..reach]
        .iter()
        .enumerate()
        .find_map(|(i, c)| classify::date_line(&c.text).map(|d| (i, d)))
    {
        chunks.remove(index);
        meta.date = Some(date);
    }
}

/// A box title followed by bullet items, near the top: the summary box. A title copydesk
/// does not know counts too when it is a short label over at least two bullets.
fn take_summary_box(chunks: &mut Vec<Chunk>, meta: &mut Metadata) {
    let reach = chunks.len().min(HEAD_REACH);
    let over_items = |i: usize, count: usize| {
        chunks[i].marker.is_none()
            && chunks[i + 1..]
                .iter()
                .take(count)
                .filter(|c| c.marker.is_some())
                .count()
                == count
    };
    let known = (0..reach).find(|&i| classify::is_box_title(&chunks[i].text) && over_items(i, 1));
    // An unknown label only at the very top: before or right after the lede.
    let top = reach.min(2);
    let Some(title_index) = known.or_else(|| {
        (0..top)
            .find(|&i| classify::is_box_label(&chunks[i].text, chunks[i].lines) && over_items(i, 2))
    }) else {
        return;
    };
    let items_end = chunks[title_index + 1..]
        .iter()
        .position(|c| c.marker.is_none())
        .map_or(chunks.len(), |p| title_index + 1 + p);
    let title = chunks[title_index]
        .text
        .trim()
        .trim_end_matches(':')
        .to_owned();
    let items: Vec<Chunk> = chunks.drain(title_index..items_end).skip(1).collect();
    if meta.highlights.is_empty() {
        meta.highlights = items
            .into_iter()
            // Inner spacing as printed: one CNN highlight holds three, two spaces apart.
            .map(|c| c.text.trim().to_owned())
            .collect();
    }
    meta.highlights_title = Some(title);
}

/// Contributor lines at the end become credits.
fn take_contributor_lines(chunks: &mut Vec<Chunk>, meta: &mut Metadata) {
    let from = chunks.len().saturating_sub(3);
    let mut index = from;
    while index < chunks.len() {
        if chunks[index].marker.is_none() && classify::is_contributor_line(&chunks[index].text) {
            let chunk = chunks.remove(index);
            add_credit(meta, &chunk.text);
        } else {
            index += 1;
        }
    }
}

/// The wire's sign-off at the very end ("… 13.82 billion dlrs. Reuter", or alone on its
/// line after a table) is a credit.
fn take_wire_signoff(chunks: &mut Vec<Chunk>, meta: &mut Metadata) {
    if chunks.len() > 1
        && chunks
            .last()
            .is_some_and(|c| c.text.eq_ignore_ascii_case("reuter"))
    {
        chunks.pop();
        add_credit(meta, "Reuters");
        return;
    }
    let Some(last) = chunks.last_mut() else {
        return;
    };
    for signoff in [" Reuter", " REUTER", " Reuters", " REUTERS"] {
        if let Some(rest) = last.text.strip_suffix(signoff) {
            if rest.ends_with(['.', '"', '”', ')']) {
                let len = rest.len();
                keep_only(&mut last.text, 0..len);
                add_credit(meta, "Reuters");
                return;
            }
        }
    }
}

/// The dateline opens one of the first paragraphs; it moves to the metadata.
fn take_dateline(chunks: &mut [Chunk], meta: &mut Metadata) {
    let candidates = chunks
        .iter_mut()
        .take(HEAD_REACH)
        .filter(|c| c.marker.is_none() && !c.preformatted && labels::note_kind(&c.text).is_none())
        .take(3);
    for chunk in candidates {
        if let Some(dateline) = classify::dateline(&chunk.text) {
            if let Some(place) = dateline.place {
                meta.dateline = Some(collapse_spaces(&place));
            }
            if let Some(agency) = dateline.agency {
                add_credit(meta, &agency);
            }
            let len = chunk.text.len();
            keep_only(&mut chunk.text, dateline.len..len);
            return;
        }
    }
}

/// Builds the body from the chunks left once the metadata is taken. Each chunk is classified
/// on its own (on all cores); consecutive list items are then joined in order.
fn body<'a>(chunks: Vec<Chunk<'a>>, meta: Metadata, quotations: Quotations) -> Document<'a> {
    use rayon::prelude::*;
    let count = chunks.len();
    // A subhead sits between paragraphs: after the first chunk with text, before the last.
    let first_with_text = chunks.iter().position(|c| !c.text.is_empty());
    let classify = |(index, chunk): (usize, Chunk<'a>)| -> Option<Draft<'a>> {
        let between_paragraphs = first_with_text.is_some_and(|f| f < index) && index + 1 < count;
        (!chunk.text.is_empty()).then(|| draft(chunk, between_paragraphs))
    };
    // A short article is classified on this thread: no thread pool is started for it.
    let classified: Vec<Option<Draft>> = if count >= crate::text::body::PARALLEL_FROM {
        chunks.into_par_iter().enumerate().map(classify).collect()
    } else {
        chunks.into_iter().enumerate().map(classify).collect()
    };
    let mut drafts: Vec<Draft> = Vec::with_capacity(classified.len());
    for draft in classified.into_iter().flatten() {
        match (draft, drafts.last_mut()) {
            // Consecutive items of one kind make one list; a numbered item that skips a
            // number starts another, so the numbers printed are kept.
            (
                Draft::Block(Block::List {
                    ordered,
                    start,
                    mut items,
                }),
                Some(Draft::Block(Block::List {
                    ordered: previous_ordered,
                    start: previous_start,
                    items: previous,
                })),
            ) if ordered == *previous_ordered
                && (!ordered
                    || Some(start) == previous_start.checked_add(previous.len() as u32)) =>
            {
                previous.append(&mut items)
            }
            (draft, _) => drafts.push(draft),
        }
    }
    body::finish(drafts, meta, quotations)
}

/// What a body chunk is: a table, a list item, a subhead, or a paragraph.
fn draft(chunk: Chunk<'_>, between_paragraphs: bool) -> Draft<'_> {
    let text = chunk.text;
    if chunk.preformatted {
        return Draft::Block(Block::Preformatted {
            text: text.into_owned(),
        });
    }
    if let Some(marker) = chunk.marker {
        let (ordered, start) = match marker {
            Marker::Number(n) => (true, n),
            Marker::Bullet => (false, 1),
        };
        return Draft::Block(Block::List {
            ordered,
            start,
            items: vec![vec![Inline::text(text)]],
        });
    }
    // The cheap subhead test first: most chunks fail it, and skip the label tests.
    if between_paragraphs
        && classify::is_subhead(&text, chunk.lines)
        && labels::note_kind(&text).is_none()
        && !labels::is_caption(&text)
    {
        return Draft::Block(Block::Subhead {
            content: vec![Inline::text(text)],
        });
    }
    Draft::paragraph(text)
}

/// Keeps a byte range of a chunk's text; a slice of the copy stays a slice.
fn keep_only(text: &mut Cow<'_, str>, range: Range<usize>) {
    match text {
        Cow::Borrowed(slice) => *slice = &slice[range],
        Cow::Owned(owned) => {
            owned.truncate(range.end);
            owned.drain(..range.start);
        }
    }
}

/// Collapses runs of whitespace to one space, for one-line metadata values.
fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
