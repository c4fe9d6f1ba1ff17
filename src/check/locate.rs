//! Finds the tree's texts in the input as given, so that a finding's line and column are the
//! file's own.
//!
//! A reader changes how text is laid out (wrapped lines joined, runs of spaces folded) and, in
//! a markup format, how it is spelt (`&amp;`, `\"`, `\*`, tags between words). Both sides are
//! therefore folded the same way — whitespace runs to one space, the format's escapes decoded,
//! XML tags dropped — keeping, for every folded byte, the offset it came from. A text is then
//! found whole in the folded input, searching on from the previous text (the tree keeps the
//! input's order) and, failing that, from the start; a text the reader rewrote is placed by the
//! words around the finding instead.

use crate::format::InputFormat;

/// Text with its whitespace folded and escapes decoded, and where each byte came from.
#[derive(Debug, Clone, Default)]
struct Folded {
    text: String,
    /// For each byte of `text`, the offset in the original of the character it came from.
    origin: Vec<u32>,
}

impl Folded {
    fn push(&mut self, c: char, from: usize) {
        let origin = u32::try_from(from).unwrap_or(u32::MAX);
        if c.is_whitespace() {
            if self.text.is_empty() || self.text.ends_with(' ') {
                return;
            }
            self.text.push(' ');
            self.origin.push(origin);
            return;
        }
        self.text.push(c);
        self.origin.resize(self.text.len(), origin);
    }

    /// The folded offset of the first byte that came from at or after `byte`.
    fn index_of(&self, byte: usize) -> usize {
        self.origin.partition_point(|&o| (o as usize) < byte)
    }
}

/// Where one of the tree's texts was found in the input.
#[derive(Debug, Clone)]
pub struct Placed {
    folded: Folded,
    /// The folded input's offset of the text's first folded byte, when found whole.
    at: Option<usize>,
}

/// The input, folded once, and how far the texts placed so far reach into it.
pub struct Locator<'s> {
    source: &'s str,
    folded: Folded,
    line_starts: Vec<usize>,
    cursor: usize,
}

impl<'s> Locator<'s> {
    /// Folds an input of a format for searching.
    pub fn new(source: &'s str, format: InputFormat) -> Locator<'s> {
        // Lines end as editors end them: at `\n`, `\r\n` or a lone `\r`.
        let bytes = source.as_bytes();
        let line_starts = std::iter::once(0)
            .chain(
                memchr::memchr2_iter(b'\n', b'\r', bytes)
                    .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
                    .map(|i| i + 1),
            )
            .collect();
        Locator {
            source,
            folded: fold(source, format),
            line_starts,
            cursor: 0,
        }
    }

    /// Finds a text of the tree in the input: after the text placed before it, else anywhere.
    pub fn place(&mut self, text: &str) -> Placed {
        let folded = fold(text, InputFormat::Plain);
        let needle = folded.text.trim_end();
        let lead = usize::from(needle.starts_with(' '));
        let needle = &needle[lead..];
        let found = if needle.is_empty() {
            None
        } else {
            self.folded.text[self.cursor..]
                .find(needle)
                .map(|i| i + self.cursor)
                .or_else(|| self.folded.text.find(needle))
        };
        if let Some(start) = found {
            self.cursor = start + needle.len();
        }
        Placed {
            at: found.map(|start| start - lead),
            folded,
        }
    }

    /// The 1-based line and column (in characters) of a byte of a placed text.
    pub fn position(&self, placed: &Placed, byte: usize) -> (usize, usize) {
        let index = placed.folded.index_of(byte);
        let offset = match placed.at {
            Some(start) => self.origin(start + index),
            None => self.by_context(&placed.folded.text, index),
        };
        self.line_column(offset)
    }

    /// The input offset of a folded byte (the end of the input past the last).
    fn origin(&self, index: usize) -> usize {
        self.folded
            .origin
            .get(index)
            .map_or(self.source.len(), |&o| o as usize)
    }

    /// Where a byte of a text the reader rewrote is: the text around it, shorter and shorter,
    /// found in the input.
    fn by_context(&self, text: &str, index: usize) -> usize {
        for reach in [32, 12, 0] {
            let start = floor_boundary(text, index.saturating_sub(reach));
            let end = floor_boundary(text, (index + reach.max(4)).min(text.len()));
            let window = &text[start..end];
            if window.trim().is_empty() {
                continue;
            }
            if let Some(found) = self.folded.text.find(window) {
                return self.origin(found + index - start);
            }
        }
        self.origin(self.cursor.min(self.folded.text.len()))
    }

    fn line_column(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = self.source[start..floor_boundary(self.source, offset)]
            .chars()
            .count();
        (line, column + 1)
    }
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// An entity (`&amp;`, `&#233;`) as the reader of `format` decodes it: a Markdown reader
/// knows every HTML5 name, an XML one only XML's five and numbers. `None` where the reader
/// keeps the characters as printed.
fn decode_entity(entity: &str, format: InputFormat) -> Option<String> {
    let decoded: String = if format == InputFormat::Markdown {
        let mut text = String::new();
        for event in pulldown_cmark::Parser::new(entity) {
            if let pulldown_cmark::Event::Text(piece) = event {
                text.push_str(&piece);
            }
        }
        text
    } else {
        quick_xml::escape::unescape(entity).ok()?.into_owned()
    };
    (decoded != entity).then_some(decoded)
}

/// Folds a text as a format spells it: whitespace runs to one space, escapes decoded, and in
/// XML the tags dropped.
fn fold(text: &str, format: InputFormat) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let xml = matches!(format, InputFormat::Newsml | InputFormat::Nitf);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '<' if xml => {
                for (_, c) in chars.by_ref() {
                    if c == '>' {
                        break;
                    }
                }
            }
            '&' if xml || format == InputFormat::Markdown => {
                let entity = text[i..]
                    .find(';')
                    .filter(|&end| end <= 10)
                    .map(|end| &text[i..=i + end]);
                match entity.and_then(|e| Some((e, decode_entity(e, format)?))) {
                    Some((raw, decoded)) => {
                        decoded.chars().for_each(|d| folded.push(d, i));
                        while chars.peek().is_some_and(|&(j, _)| j < i + raw.len()) {
                            chars.next();
                        }
                    }
                    _ => folded.push(c, i),
                }
            }
            '\\' if format == InputFormat::Markdown => match chars.peek() {
                Some(&(_, next)) if next.is_ascii_punctuation() => {}
                _ => folded.push(c, i),
            },
            '\\' if format == InputFormat::Json => match chars.next() {
                Some((_, 'n' | 't' | 'r')) => folded.push(' ', i),
                Some((j, 'u')) => {
                    let hex = text
                        .get(j + 1..j + 5)
                        .and_then(|h| u32::from_str_radix(h, 16).ok());
                    if let Some(decoded) = hex.and_then(char::from_u32) {
                        folded.push(decoded, i);
                    }
                    for _ in 0..4 {
                        chars.next();
                    }
                }
                Some((_, escaped)) => folded.push(escaped, i),
                None => {}
            },
            c => folded.push(c, i),
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locate(
        source: &str,
        format: InputFormat,
        texts: &[&str],
        spot: (usize, &str),
    ) -> (usize, usize) {
        let mut locator = Locator::new(source, format);
        let placed: Vec<Placed> = texts.iter().map(|t| locator.place(t)).collect();
        let text = texts[spot.0];
        let byte = text.find(spot.1).unwrap();
        locator.position(&placed[spot.0], byte)
    }

    #[test]
    fn a_wrapped_paragraph_is_found_across_its_lines() {
        let source = "Headline\n\n    The council voted\n  on Tuesday to build lanes.\n";
        let texts = ["Headline", "The council voted on Tuesday to build lanes."];
        assert_eq!(
            locate(source, InputFormat::Plain, &texts, (1, "Tuesday")),
            (4, 6)
        );
    }

    #[test]
    fn lines_end_at_a_lone_carriage_return_too() {
        let source = "Title\r\rThe vote\rwent on, on Tuesday.\r\n\r\nEnd.";
        let texts = ["Title", "The vote went on, on Tuesday.", "End."];
        assert_eq!(
            locate(source, InputFormat::Plain, &texts, (1, "on, on")),
            (4, 6)
        );
        assert_eq!(
            locate(source, InputFormat::Plain, &texts, (2, "End")),
            (6, 1)
        );
    }

    #[test]
    fn a_repeated_text_is_the_one_after_the_text_before() {
        let source = "Same words.\n\nOther.\n\nSame words.\n";
        let texts = ["Same words.", "Other.", "Same words."];
        assert_eq!(
            locate(source, InputFormat::Plain, &texts, (2, "words")),
            (5, 6)
        );
        assert_eq!(
            locate(source, InputFormat::Plain, &texts, (0, "words")),
            (1, 6)
        );
    }

    #[test]
    fn escapes_and_tags_are_read_through() {
        let xml = "<nitf>\n<p>Fish &amp; chips, <q>“said”</q> the the man</p>\n</nitf>";
        let texts = ["Fish & chips, “said” the the man"];
        assert_eq!(
            locate(xml, InputFormat::Nitf, &texts, (0, "the the")),
            (2, 36)
        );
        let json = r#"{"text": "He said \"yes\" \u00e9t\u00e9 then then"}"#;
        let texts = ["He said \"yes\" été then then"];
        assert_eq!(
            locate(json, InputFormat::Json, &texts, (0, "then then")),
            (1, 41)
        );
        let markdown = "He said \\*yes\\* to to it";
        let texts = ["He said *yes* to to it"];
        assert_eq!(
            locate(markdown, InputFormat::Markdown, &texts, (0, "to to")),
            (1, 17)
        );
        // Each format's entities, as its reader decodes them.
        let markdown = "Caf&eacute; &amp; bar bar";
        let texts = ["Café & bar bar"];
        assert_eq!(
            locate(markdown, InputFormat::Markdown, &texts, (0, "bar bar")),
            (1, 19)
        );
        let xml = "<nitf>\n<p>Caf&#233; bar bar</p>\n</nitf>";
        let texts = ["Café bar bar"];
        assert_eq!(
            locate(xml, InputFormat::Nitf, &texts, (0, "bar bar")),
            (2, 14)
        );
    }

    #[test]
    fn a_rewritten_text_is_placed_by_the_words_around_the_finding() {
        let source = "Line one.\n\nHe -- said it it twice.\n";
        let texts = ["Line one.", "He — said it it twice."];
        assert_eq!(
            locate(source, InputFormat::Plain, &texts, (1, "it it")),
            (3, 12)
        );
    }
}
