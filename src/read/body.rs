//! What every reader of running text shares: paragraphs that are editor's notes, corrections
//! or captions by their label, and quotations attributed to their speakers across the article.
//!
//! A reader hands over drafts in reading order; [`finish`] analyses the paragraphs'
//! quotations (on all cores for long documents) and resolves speakers in reading order, since
//! a surname refers to the first full name before it.

use super::plain::classify;
use super::quotes;
use crate::document::{Block, Inline, Metadata};

/// Paragraph count from which quotations are analysed on all cores.
const PARALLEL_FROM: usize = 64;

/// A block of the body, or a paragraph whose quotations are still to be found.
pub enum Draft {
    /// A finished block.
    Block(Block),
    /// The text of a paragraph of running text.
    Paragraph(String),
}

impl Draft {
    /// A paragraph of the copy: an editor's note or a correction by its label, a caption by
    /// its photo credit, else running text.
    pub fn paragraph(text: String) -> Draft {
        if let Some(kind) = classify::note_kind(&text) {
            return Draft::Block(Block::Note {
                kind,
                content: vec![Inline::text(text)],
            });
        }
        if classify::is_caption(&text) {
            return Draft::Block(Block::Caption {
                content: vec![Inline::text(text)],
            });
        }
        Draft::Paragraph(text)
    }
}

/// Turns drafts into blocks: quotations found and their speakers named.
pub fn finish(drafts: Vec<Draft>, meta: &Metadata) -> Vec<Block> {
    let mut blocks_and_paragraphs = Vec::with_capacity(drafts.len());
    let mut paragraphs: Vec<String> = Vec::new();
    for draft in drafts {
        match draft {
            Draft::Block(block) => blocks_and_paragraphs.push(Ok(block)),
            Draft::Paragraph(text) => {
                blocks_and_paragraphs.push(Err(paragraphs.len()));
                paragraphs.push(text);
            }
        }
    }
    let analyses: Vec<quotes::Analysis> = if paragraphs.len() >= PARALLEL_FROM {
        use rayon::prelude::*;
        paragraphs.par_iter().map(|p| quotes::analyse(p)).collect()
    } else {
        paragraphs.iter().map(|p| quotes::analyse(p)).collect()
    };
    let mut people = quotes::People::default();
    if let Some(title) = &meta.title {
        people.learn(title);
    }
    for highlight in &meta.highlights {
        people.learn(highlight);
    }
    let mut analyses = analyses.into_iter();
    blocks_and_paragraphs
        .into_iter()
        .map(|entry| match entry {
            Ok(block) => block,
            Err(index) => {
                let analysis = analyses.next().unwrap_or_default();
                let text = std::mem::take(&mut paragraphs[index]);
                Block::Paragraph {
                    content: quotes::resolve(text, analysis, &mut people),
                }
            }
        })
        .collect()
}
