//! `copydesk check`: an editorial lint that reads the article as the tree holds it and reports
//! what only its structure reveals — a name spelt two ways, a summary box that disagrees with
//! the body, a quotation left open — besides the slips a reader's eye skips ("the the",
//! "optimism..").
//!
//! Each rule ([`RULES`]) reads an article (the tree's texts, each with its role) and
//! returns hits: which text, which bytes of it. [`locate`] then finds those bytes in the
//! input as given, so a finding's line and column are the file's own.

mod box_drift;
pub mod locate;
mod quotes;
mod typos;
mod variants;

use crate::document::{Block, Document, Inline};
use crate::error::Result;
use crate::format::InputFormat;
use serde::Serialize;
use std::ops::Range;

/// One thing a copy editor should look at, where the input has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// 1-based line in the input.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The rule's id ([`Rule::id`]).
    pub rule: &'static str,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What the text should probably say there, when the rule can tell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

/// A rule: its stable id, what it catches, and the check itself.
pub struct Rule {
    /// The id findings carry and `--rule`/`--skip` take.
    pub id: &'static str,
    /// What the rule catches, in a line.
    pub description: &'static str,
    check: fn(&Article) -> Vec<Hit>,
}

/// Every rule, in the order `copydesk check --help` lists them.
pub static RULES: &[Rule] = &[
    Rule {
        id: "name-variant",
        description: "a name spelt two ways that differ by a letter or a swap (Zelenskyy/Zelesnkyy)",
        check: variants::check,
    },
    Rule {
        id: "repeated-word",
        description: "a word printed twice in a row (\"the the\"), not where grammar repeats it (\"had had\")",
        check: typos::repeated_words,
    },
    Rule {
        id: "doubled-punctuation",
        description: "\"..\", \",,\", \";;\" or \"::\" (never an ellipsis)",
        check: typos::doubled_punctuation,
    },
    Rule {
        id: "unbalanced-quote",
        description: "a quotation opened and never closed, where the next paragraph does not go on with it",
        check: quotes::unbalanced,
    },
    Rule {
        id: "box-drift",
        description: "a number in the summary box that the body gives differently ($650 million / $560 million)",
        check: box_drift::check,
    },
    Rule {
        id: "unattributed-quote",
        description: "a quoted sentence that opens a paragraph with no speaker in the copy before or after it",
        check: quotes::unattributed,
    },
];

/// The rule of an id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

/// Which rules run.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The ids of the rules to run.
    pub rules: Vec<&'static str>,
}

impl Default for CheckOptions {
    /// Every rule.
    fn default() -> Self {
        CheckOptions {
            rules: RULES.iter().map(|rule| rule.id).collect(),
        }
    }
}

/// Reads an input's text in a format and checks every article it holds; the findings' lines
/// and columns are the text's, sorted by position. Give the file's own characters
/// ([`crate::decode::transcode`]): line ends as the file has them, so that lines are an
/// editor's.
pub fn check(source: &str, format: InputFormat, options: &CheckOptions) -> Result<Vec<Finding>> {
    let reading = crate::read::read(source.as_bytes(), format, crate::Quotations::Attributed)?;
    Ok(check_documents(&reading.documents, source, format, options))
}

/// Checks articles already read from `source` (which holds them in this order), placing each
/// finding in the source.
pub fn check_documents(
    documents: &[Document],
    source: &str,
    format: InputFormat,
    options: &CheckOptions,
) -> Vec<Finding> {
    let mut locator = locate::Locator::new(source, format);
    let mut findings = Vec::new();
    for doc in documents {
        let article = Article::of(doc);
        let placed: Vec<locate::Placed> = article
            .units
            .iter()
            .map(|unit| locator.place(&unit.text))
            .collect();
        let at = |unit: usize, byte: usize| locator.position(&placed[unit], byte);
        for rule in RULES.iter().filter(|r| options.rules.contains(&r.id)) {
            for hit in (rule.check)(&article) {
                let (line, column) = at(hit.unit, hit.range.start);
                let mut message = hit.message;
                if !hit.see.is_empty() {
                    let mut lines: Vec<usize> = hit.see.iter().map(|&(u, b)| at(u, b).0).collect();
                    lines.sort_unstable();
                    lines.dedup();
                    let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
                    let word = if lines.len() == 1 { "line" } else { "lines" };
                    message = format!("{message} ({word} {})", lines.join(", "));
                }
                findings.push(Finding {
                    line,
                    column,
                    rule: rule.id,
                    message,
                    suggestion: hit.suggestion,
                });
            }
        }
    }
    findings.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    findings.dedup();
    findings
}

/// What a rule found: which text of the article, which bytes of it, and what to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The index of the text in [`Article::units`].
    pub unit: usize,
    /// The bytes of that text at fault.
    pub range: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// What it should probably say.
    pub suggestion: Option<String>,
    /// Other places the message refers to (unit, byte): their lines are appended to it.
    pub see: Vec<(usize, usize)>,
}

/// What a text is in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The headline.
    Headline,
    /// A bullet of the summary box.
    Highlight,
    /// A paragraph of running text (a block quote's or a list item's too).
    Body,
    /// A subhead, note or caption: text, but not a paragraph a quotation runs on from.
    Aside,
}

/// One text of the article, with the quotations the reader found in it.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    pub role: Role,
    pub text: String,
    /// Each quotation's bytes in `text`, and its speaker when the copy names one.
    pub quotes: Vec<(Range<usize>, Option<String>)>,
}

/// The article as the rules read it: its texts in reading order.
#[derive(Debug, Clone)]
pub(crate) struct Article {
    pub units: Vec<Unit>,
}

impl Article {
    /// The texts of a document: headline, summary box, then the body's blocks.
    pub fn of(doc: &Document) -> Article {
        let mut units = Vec::new();
        let plain = |role, text: &str| Unit {
            role,
            text: text.to_owned(),
            quotes: Vec::new(),
        };
        if let Some(title) = &doc.meta.title {
            units.push(plain(Role::Headline, title));
        }
        for highlight in &doc.meta.highlights {
            units.push(plain(Role::Highlight, highlight));
        }
        let inlines = |role, content: &[Inline]| {
            let mut text = String::new();
            let mut quotes = Vec::new();
            for inline in content {
                let start = text.len();
                text.push_str(inline.as_str());
                if let Inline::Quote { speaker, .. } = inline {
                    quotes.push((start..text.len(), speaker.clone()));
                }
            }
            Unit { role, text, quotes }
        };
        for block in &doc.blocks {
            match block {
                Block::Paragraph { content } => units.push(inlines(Role::Body, content)),
                Block::List { items, .. } => {
                    units.extend(items.iter().map(|item| inlines(Role::Body, item)));
                }
                Block::BlockQuote { content } => {
                    units.extend(content.iter().map(|p| inlines(Role::Body, p)));
                }
                Block::Subhead { content }
                | Block::Note { content, .. }
                | Block::Caption { content } => units.push(inlines(Role::Aside, content)),
                // A table's columns are not prose.
                Block::Preformatted { .. } => {}
            }
        }
        Article { units }
    }

    /// The article's texts of one role, with their indexes.
    pub fn texts(&self, role: Role) -> impl Iterator<Item = (usize, &Unit)> {
        self.units
            .iter()
            .enumerate()
            .filter(move |(_, u)| u.role == role)
    }
}

#[cfg(test)]
impl Article {
    /// An article of body paragraphs without quotations found, for the rules' tests.
    pub fn of_body(texts: &[&str]) -> Article {
        let unit = |text: &&str| Unit {
            role: Role::Body,
            text: (*text).to_owned(),
            quotes: Vec::new(),
        };
        Article {
            units: texts.iter().map(unit).collect(),
        }
    }
}

/// The words of a text: maximal runs of letters, digits and the apostrophes and hyphens
/// inside them, as byte ranges.
pub(crate) fn words(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joins = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && chars
                .peek()
                .is_some_and(|&(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(s..i);
        }
    }
    if let Some(s) = start {
        words.push(s..text.len());
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_plain(text: &str) -> Vec<Finding> {
        check(text, InputFormat::Plain, &CheckOptions::default()).unwrap()
    }

    #[test]
    fn words_keep_their_inner_apostrophes_and_hyphens() {
        let text = "Ukraine’s de-escalation, 'quoted' -- end";
        let found: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["Ukraine’s", "de-escalation", "quoted", "end"]);
    }

    #[test]
    fn findings_are_sorted_by_position_with_the_file_s_lines() {
        let text = "Headline here\n\nThe council voted voted on Tuesday..\n\nIt met at at noon.\n";
        let findings = check_plain(text);
        let places: Vec<(usize, usize, &str)> = findings
            .iter()
            .map(|f| (f.line, f.column, f.rule))
            .collect();
        assert_eq!(
            places,
            [
                (3, 13, "repeated-word"),
                (3, 35, "doubled-punctuation"),
                (5, 8, "repeated-word")
            ]
        );
    }

    #[test]
    fn only_the_chosen_rules_run() {
        let text = "The council voted voted on Tuesday..\n";
        let options = CheckOptions {
            rules: vec!["doubled-punctuation"],
        };
        let findings = check(text, InputFormat::Plain, &options).unwrap();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule, "doubled-punctuation");
    }

    #[test]
    fn every_rule_has_a_distinct_id_in_kebab_case() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert!(ids
            .iter()
            .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }
}
