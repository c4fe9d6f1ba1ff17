//! Lines to chunks: the paragraph-level units of plain copy, before any meaning is given to them.
//!
//! Copy separates paragraphs in three ways, all handled here: blank lines (which in scraped text
//! may hold spaces, tabs, no-break or zero-width spaces), a deeper indent on the first line (hard-
//! wrapped wire copy, whose lines ~65 columns wide are joined back), and a marker (bullet lines).

use crate::decode::is_blank_char;
use std::borrow::Cow;
use std::sync::LazyLock;

/// One paragraph-level unit of the copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk<'a> {
    /// The text, lines joined by one space, trimmed, marker removed: a slice of the copy
    /// when it is one line, so most paragraphs are not copied.
    pub text: Cow<'a, str>,
    /// Set when the chunk is a list item.
    pub marker: Option<Marker>,
    /// How many source lines the chunk spans.
    pub lines: usize,
    /// Set for a table laid out in columns of spaces: its lines are kept as they are.
    pub preformatted: bool,
}

/// A list item's marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// `•`, `-`, `*`, `–`, `·` and the like.
    Bullet,
    /// `1.`, `2)`, `(3)`, with its number.
    Number(u32),
}

/// Characters that mark a bullet line when followed by a space.
const BULLETS: &[char] = &[
    '•', '·', '-', '*', '–', '—', '▪', '●', '◦', '‣', '►', '■', '+',
];

/// The width under which a line cannot be part of a hard-wrapped paragraph.
const MIN_WRAPPED_WIDTH: usize = 40;
/// The width above which a line is a whole paragraph, not a wrapped piece of one.
const MAX_WRAPPED_WIDTH: usize = 100;

/// How much copy one core chunks at a time: long copy is cut at blank lines into segments of
/// about this size, chunked on all cores. Short copy is one segment.
const SEGMENT: usize = 256 * 1024;

/// Splits copy into chunks. Blank lines end every chunk, so segments cut at blank lines chunk
/// independently.
pub fn chunks(text: &str) -> Vec<Chunk<'_>> {
    chunks_in_segments(text, SEGMENT)
}

/// [`chunks`], with segments of about `size` bytes.
fn chunks_in_segments(text: &str, size: usize) -> Vec<Chunk<'_>> {
    use rayon::prelude::*;
    let cuts = segment_starts(text, size);
    if cuts.len() == 1 {
        return segment_chunks(text);
    }
    let ends = cuts.iter().skip(1).copied().chain([text.len()]);
    let segments: Vec<&str> = cuts.iter().zip(ends).map(|(&s, e)| &text[s..e]).collect();
    let parts: Vec<Vec<Chunk>> = segments.par_iter().map(|s| segment_chunks(s)).collect();
    let mut out = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    parts.into_iter().for_each(|mut part| out.append(&mut part));
    out
}

/// Where segments of about `size` bytes start: 0, then the start of the first blank line at
/// or after each multiple of `size`. Copy without blank lines stays one segment.
fn segment_starts(text: &str, size: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut from = size;
    while from < bytes.len() {
        let Some(cut) = next_blank_line(text, from) else {
            break;
        };
        starts.push(cut);
        from = cut + size;
    }
    starts
}

/// The start of the first blank line that starts at or after `from`.
fn next_blank_line(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(newline) = memchr::memchr(b'\n', &bytes[at..]) {
        let start = at + newline + 1;
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |n| start + n);
        if text[start..end].chars().all(is_blank_char) {
            return Some(start);
        }
        at = start;
    }
    None
}

/// Splits one segment of copy into chunks.
fn segment_chunks(text: &str) -> Vec<Chunk<'_>> {
    let mut out = Vec::new();
    let mut group: Vec<&str> = Vec::new();
    // The lines, found by memchr (SIMD).
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in ends {
        let line = &text[start..end];
        start = end + 1;
        if line.chars().all(is_blank_char) {
            split_group(&group, &mut out);
            group.clear();
        } else {
            group.push(line);
        }
    }
    split_group(&group, &mut out);
    out
}

/// Leading whitespace width, a tab counting as four columns.
fn indent(line: &str) -> usize {
    let mut width = 0;
    for c in line.chars() {
        match c {
            '\t' => width += 4,
            c if is_blank_char(c) => width += 1,
            _ => break,
        }
    }
    width
}

/// Whether a line is a table row: words separated by a column gap of three spaces or a tab.
fn is_tabular(line: &str) -> bool {
    // Built once: every line of the copy is asked.
    static COLUMN_GAP: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"   "));
    let inner = line.trim_matches(is_blank_char).as_bytes();
    memchr::memchr(b'\t', inner).is_some() || COLUMN_GAP.find(inner).is_some()
}

/// Splits one run of non-blank lines into chunks: tables (two or more table rows in a row)
/// apart, the rest as paragraphs and list items.
fn split_group<'a>(group: &[&'a str], out: &mut Vec<Chunk<'a>>) {
    let mut start = 0;
    let mut index = 0;
    while index < group.len() {
        let rows = group[index..].iter().take_while(|l| is_tabular(l)).count();
        if rows >= 2 {
            split_text(&group[start..index], out);
            out.push(table(&group[index..index + rows]));
            index += rows;
            start = index;
        } else {
            index += rows.max(1);
        }
    }
    split_text(&group[start..], out);
}

/// A table's lines as printed, common indentation removed.
fn table<'a>(rows: &[&'a str]) -> Chunk<'a> {
    let common = rows.iter().map(|l| indent(l)).min().unwrap_or(0);
    let text = rows
        .iter()
        .map(|l| {
            let skip = l.char_indices().nth(common).map_or(l.len(), |(i, _)| i);
            l[skip..].trim_end_matches(is_blank_char)
        })
        .collect::<Vec<_>>()
        .join("\n");
    Chunk {
        text: Cow::Owned(text),
        marker: None,
        lines: rows.len(),
        preformatted: true,
    }
}

/// Splits lines of running text into paragraphs and list items.
fn split_text<'a>(group: &[&'a str], out: &mut Vec<Chunk<'a>>) {
    if group.is_empty() {
        return;
    }
    let min_indent = group.iter().map(|l| indent(l)).min().unwrap_or(0);
    // Wire layout: some lines indented deeper than others mark paragraph starts.
    let indent_marks_paragraphs = group.len() > 1
        && group.iter().any(|l| indent(l) > min_indent)
        && group.iter().skip(1).any(|l| indent(l) == min_indent);
    // The chunk being built, with the index of its first line in the group.
    let mut current: Option<(Chunk, usize)> = None;
    let mut previous = "";
    for (index, &line) in group.iter().enumerate() {
        let trimmed = line.trim_matches(is_blank_char);
        let (marker, rest) = match list_marker(trimmed) {
            Some((marker, rest)) => (Some(marker), rest),
            None => (None, trimmed),
        };
        let starts_new = match &current {
            None => true,
            Some((chunk, _)) => {
                marker.is_some()
                    || (indent_marks_paragraphs && indent(line) > min_indent)
                    || (!indent_marks_paragraphs
                        && chunk.marker.is_none()
                        && !is_wrapped_width(previous))
                    || (chunk.marker.is_some() && indent(line) <= min_indent)
            }
        };
        if starts_new {
            if let Some((chunk, first)) = current.take() {
                out.push(join_lines(chunk, &group[first + 1..index]));
            }
            current = Some((
                Chunk {
                    text: Cow::Borrowed(rest),
                    marker,
                    lines: 1,
                    preformatted: false,
                },
                index,
            ));
        } else if let Some((chunk, _)) = current.as_mut() {
            chunk.lines += 1;
        }
        previous = trimmed;
    }
    if let Some((chunk, first)) = current {
        out.push(join_lines(chunk, &group[first + 1..]));
    }
}

/// A chunk with the lines that go on from its first joined to it by spaces: its own text,
/// allocated once at its length (a string grown line by line keeps up to twice that, for as
/// long as the tree lives). A one-line chunk stays a slice of the copy.
fn join_lines<'a>(chunk: Chunk<'a>, more: &[&'a str]) -> Chunk<'a> {
    if more.is_empty() {
        return chunk;
    }
    let lines = || more.iter().map(|line| line.trim_matches(is_blank_char));
    let len = chunk.text.len() + lines().map(|line| 1 + line.len()).sum::<usize>();
    let mut text = String::with_capacity(len);
    text.push_str(&chunk.text);
    for line in lines() {
        text.push(' ');
        text.push_str(line);
    }
    Chunk {
        text: Cow::Owned(text),
        ..chunk
    }
}

/// Whether a line is as wide as the lines of hard-wrapped copy, in characters. Bytes bound
/// the count first (a character is one to four bytes), so most lines are not counted.
fn is_wrapped_width(line: &str) -> bool {
    (MIN_WRAPPED_WIDTH..=4 * MAX_WRAPPED_WIDTH).contains(&line.len())
        && (MIN_WRAPPED_WIDTH..=MAX_WRAPPED_WIDTH).contains(&line.chars().count())
}

/// The list marker at the start of a trimmed line, and the text after it.
pub fn list_marker(line: &str) -> Option<(Marker, &str)> {
    let first = line.chars().next()?;
    if BULLETS.contains(&first) {
        let rest = &line[first.len_utf8()..];
        let starts_with_space = rest.starts_with([' ', '\t', '\u{A0}']);
        // "•text" is a bullet too; "-text" or "*text" is not (hyphenated words, emphasis).
        if starts_with_space || (first == '•' && !rest.is_empty()) {
            let text = rest.trim_start_matches(is_blank_char);
            if !text.is_empty() {
                return Some((Marker::Bullet, text));
            }
        }
        return None;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, after) = if digits == 0 && line.starts_with('(') {
        let inner = line[1..].bytes().take_while(u8::is_ascii_digit).count();
        if inner == 0 || !line[1 + inner..].starts_with(')') {
            return None;
        }
        (inner, &line[inner + 2..])
    } else {
        if digits == 0 || !line[digits..].starts_with(['.', ')']) {
            return None;
        }
        (digits, &line[digits + 1..])
    };
    if digits > 2 || !after.starts_with([' ', '\t']) {
        return None;
    }
    let number_start = usize::from(line.starts_with('('));
    let number: u32 = line[number_start..number_start + digits].parse().ok()?;
    let text = after.trim_start_matches(is_blank_char);
    // "3. 5 million" is not a list item; an item starts with a letter or a quotation mark.
    if text.starts_with(|c: char| c.is_alphabetic() || "\"“‘'(".contains(c)) {
        Some((Marker::Number(number), text))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        chunks(text)
            .into_iter()
            .map(|c| c.text.into_owned())
            .collect()
    }

    #[test]
    fn one_line_chunks_are_slices_of_the_copy_and_joined_lines_are_copies() {
        let copy = "One line.\n\n• An item\n\nA line wrapped at about sixty-five columns, as wire\ncopy is.";
        let kinds: Vec<bool> = chunks(copy)
            .iter()
            .map(|c| matches!(c.text, Cow::Borrowed(_)))
            .collect();
        assert_eq!(kinds, [true, true, false]);
    }

    #[test]
    fn joined_lines_take_no_more_memory_than_their_text() {
        let line = "A line wrapped at about sixty-five columns, as wire copy is, and on";
        let copy = format!("{line}\n{line} \n{line}\t\n{line}");
        let chunks = chunks(&copy);
        assert_eq!(chunks.len(), 1);
        let Cow::Owned(text) = &chunks[0].text else {
            panic!("joined lines are a copy");
        };
        assert_eq!(*text, [line; 4].join(" "));
        assert_eq!(text.capacity(), text.len());
    }

    #[test]
    fn blank_lines_of_spaces_and_no_break_spaces_separate_paragraphs() {
        assert_eq!(
            texts("One.\n \u{A0}\t\nTwo.\n\u{A0}\nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn wire_paragraphs_marked_by_indent_are_joined() {
        let wire = "    LONDON, March 1 - Talks on the possibility of reintroducing\n\
                    global coffee export quotas have been extended.\n\
                    \x20   The special meeting of the International Coffee\n\
                    Organization council was called.";
        assert_eq!(
            texts(wire),
            [
                "LONDON, March 1 - Talks on the possibility of reintroducing global coffee export quotas have been extended.",
                "The special meeting of the International Coffee Organization council was called."
            ]
        );
    }

    #[test]
    fn tab_indented_wire_paragraphs() {
        let wire = "\tCARACAS, MARCH 27 - Venezuela will shortly send creditor\nbanks a term sheet.\n\tAzpurua told reporters yesterday the document is in its\nfinal phase.";
        assert_eq!(chunks(wire).len(), 2);
    }

    #[test]
    fn bullets_without_blank_lines_are_items() {
        let c = chunks("Story highlights\n• One thing\n• Another thing");
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].marker, None);
        assert_eq!(c[1].marker, Some(Marker::Bullet));
        assert_eq!(c[2].text, "Another thing");
    }

    #[test]
    fn short_lines_are_not_joined() {
        assert_eq!(
            texts("HEADLINE\nBy Jane Doe\n"),
            ["HEADLINE", "By Jane Doe"]
        );
    }

    #[test]
    fn long_unwrapped_lines_are_paragraphs_each() {
        let long = "x".repeat(150);
        assert_eq!(chunks(&format!("{long}\n{long}")).len(), 2);
    }

    #[test]
    fn tables_keep_their_columns() {
        let c = chunks("Sales rose.\nSEARS          4.9     1.8 BILL\nK MART         13.1    1.5 BILL\nThe end.");
        assert_eq!(c.len(), 3);
        assert!(c[1].preformatted);
        assert_eq!(
            c[1].text,
            "SEARS          4.9     1.8 BILL\nK MART         13.1    1.5 BILL"
        );
    }

    #[test]
    fn segments_chunk_as_the_whole_does() {
        let copy = "HEADLINE\nBy Jane Doe\n \u{A0}\n    LONDON, March 1 - Talks on reintroducing global\ncoffee export quotas were extended on Monday.\n    The council met.\n\n\
                    • One\n• Two\n\t\nSEARS    4.9\nK MART   13.1\n\n1. First\n2. Second\nlast words";
        let whole = chunks_in_segments(copy, usize::MAX);
        assert!(whole.len() > 6);
        for size in [1, 7, 20, 64] {
            assert_eq!(chunks_in_segments(copy, size), whole, "segments of {size}");
        }
        assert_eq!(segment_starts(copy, 1).len(), 5, "cut at every blank line");
    }

    #[test]
    fn markers() {
        assert_eq!(list_marker("- item"), Some((Marker::Bullet, "item")));
        assert_eq!(list_marker("1. First"), Some((Marker::Number(1), "First")));
        assert_eq!(
            list_marker("(2) Second"),
            Some((Marker::Number(2), "Second"))
        );
        assert_eq!(list_marker("-5 degrees"), None);
        assert_eq!(list_marker("2004. A year"), None);
        assert_eq!(list_marker("3. 5 million"), None);
        assert_eq!(list_marker("*emphasis*"), None);
    }
}
