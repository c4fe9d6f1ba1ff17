//! CommonMark with YAML front matter.
//!
//! Every character of the copy shows as printed in any CommonMark renderer: text that means
//! something in Markdown is backslash-escaped (in [`escape`] alone), so raw HTML, entities,
//! emphasis, links and line-start markers in an article stay text.

use super::frontmatter;
use super::{Body, Context, Windows};
use crate::document::{plain_text, Block, Document, Inline};
use crate::error::Result;
use minijinja::Value;
use std::fmt::Write as _;

/// The template context: the front matter as YAML, each metadata value escaped for
/// Markdown, and the body.
pub fn context(doc: &Document) -> Result<Context<'_>> {
    let meta = serde_json::to_value(&doc.meta)?;
    let mut vars = super::metadata_vars(&doc.meta, &meta, &|s| escape(s));
    vars.insert("yaml".into(), super::yaml_vars(&meta));
    vars.insert("front_matter".into(), Value::from(frontmatter::yaml(doc)?));
    Ok(Context {
        vars,
        body: Body {
            before: String::new(),
            windows: Windows::ToRender(
                &doc.blocks,
                Box::new(|window, first| Ok(window_text(window, first))),
            ),
            after: String::new(),
            trim_end: true,
        },
    })
}

/// A window of the body: blocks separated by blank lines.
pub(super) fn window_text(window: &[Block], first: bool) -> String {
    // Sized up front: a window is not copied from buffer to doubled buffer.
    let text: usize = window.iter().map(Block::text_len).sum();
    let mut out = String::with_capacity(text + text / 32 + window.len() * 4);
    for (index, block) in window.iter().enumerate() {
        if !first || index > 0 {
            out.push('\n');
        }
        write_block(&mut out, block);
    }
    out
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Paragraph { content } | Block::Note { content, .. } | Block::Caption { content } => {
            inlines_into(out, content);
            out.push('\n');
        }
        Block::Subhead { content } => {
            let text = inlines(content);
            // A heading's trailing `#`s would be read as its closing sequence.
            match text.strip_suffix('#') {
                Some(head) => {
                    let _ = writeln!(out, "## {head}\\#");
                }
                None => {
                    let _ = writeln!(out, "## {text}");
                }
            }
        }
        Block::List {
            ordered,
            start,
            items,
        } => {
            for (n, item) in items.iter().enumerate() {
                if *ordered {
                    let _ = write!(out, "{}. ", *start as usize + n);
                } else {
                    out.push_str("- ");
                }
                inlines_into(out, item);
                out.push('\n');
            }
        }
        Block::Preformatted { text } => {
            // A fence longer than any run of backticks inside cannot be closed by the text.
            let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
            let fence = "`".repeat(longest.max(2) + 1);
            let _ = writeln!(out, "{fence}\n{text}\n{fence}");
        }
        Block::BlockQuote { content } => {
            for (n, paragraph) in content.iter().enumerate() {
                if n > 0 {
                    out.push_str(">\n");
                }
                out.push_str("> ");
                inlines_into(out, paragraph);
                out.push('\n');
            }
        }
    }
}

/// Inlines as Markdown: quotations keep their marks as printed, everything is escaped.
fn inlines(content: &[Inline]) -> String {
    let mut out = String::new();
    inlines_into(&mut out, content);
    out
}

/// Inlines as Markdown, escaped straight into the output, piece by piece: the pieces of a
/// paragraph with quotations are not joined first.
fn inlines_into(out: &mut String, content: &[Inline]) {
    let is_blank = |piece: &&Inline| piece.as_str().trim_matches(char::is_whitespace).is_empty();
    let first = content.iter().position(|p| !is_blank(&p));
    let last = content.iter().rposition(|p| !is_blank(&p));
    let (Some(first), Some(last)) = (first, last) else {
        return;
    };
    let opening = content[first]
        .as_str()
        .trim_start_matches(char::is_whitespace);
    // What opens a block is read from the text's first bytes (at most nine digits and a
    // dot): a shorter opening piece is joined with the rest instead.
    if first == last || opening.len() > 10 {
        for (index, inline) in content.iter().enumerate().take(last + 1).skip(first) {
            let mut text = inline.as_str();
            if index == last {
                text = text.trim_end_matches(char::is_whitespace);
            }
            if index == first {
                text = escape_line_start(out, text.trim_start_matches(char::is_whitespace));
            }
            escape_within_line(out, text);
        }
    } else {
        escape_into(out, &plain_text(content));
    }
}

/// Bytes that a CommonMark renderer may read as markup anywhere in a line, and line ends.
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let specials = b"\\`*_[]<&~\n\r";
    let mut i = 0;
    while i < specials.len() {
        table[specials[i] as usize] = true;
        i += 1;
    }
    table
};

/// Escapes text so that a CommonMark renderer shows it exactly: ASCII punctuation with a
/// meaning anywhere in a line (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `&`, `~`) is backslash-escaped; so is what would open a block at the start of a line
/// (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`). Line ends become spaces: a block is one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appending to a string.
fn escape_into(out: &mut String, text: &str) {
    let text = text.trim_matches(char::is_whitespace);
    out.reserve(text.len());
    let rest = escape_line_start(out, text);
    escape_within_line(out, rest);
}

/// Escapes what would open a block at the start of a text (its only line start, since line
/// ends become spaces): writes the digits of `1.` and a backslash, or a backslash before
/// `#`, `>`, `-`, `+`, `=`, and returns the text still to escape.
fn escape_line_start<'t>(out: &mut String, text: &'t str) -> &'t str {
    let bytes = text.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=9).contains(&digits) && matches!(bytes.get(digits), Some(b'.' | b')')) {
        out.push_str(&text[..digits]);
        out.push('\\');
        return &text[digits..];
    }
    if matches!(bytes.first(), Some(b'#' | b'>' | b'-' | b'+' | b'=')) {
        out.push('\\');
    }
    text
}

/// Escapes what means something anywhere in a line, and turns line ends into spaces.
fn escape_within_line(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    // Jump to the next byte that needs a look; most bytes do not.
    while let Some(skip) = bytes[i..].iter().position(|&b| SPECIAL[b as usize]) {
        i += skip;
        out.push_str(&text[copied..i]);
        match bytes[i] {
            b'\n' | b'\r' => {
                out.push(' ');
                copied = i + 1;
            }
            _ => {
                out.push('\\');
                copied = i;
            }
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specials_are_escaped() {
        assert_eq!(escape("a*b_c`d"), r"a\*b\_c\`d");
        assert_eq!(
            escape("<script>alert(1)</script>"),
            r"\<script>alert(1)\</script>"
        );
        assert_eq!(escape("AT&amp;T [x](y)"), r"AT\&amp;T \[x\](y)");
        assert_eq!(escape(r"back\slash"), r"back\\slash");
    }

    #[test]
    fn pieces_are_escaped_as_their_joined_text_would_be() {
        let texts = [
            "  1986. A year ",
            "12",
            ") x",
            " ",
            "# *hot* ",
            "“Quoted_text,”",
            " said <b> & \n more\r",
            "- item",
            "\u{A0}",
        ];
        for a in texts {
            for b in texts {
                for c in texts {
                    let content = [Inline::text(a), Inline::text(b), Inline::text(c)];
                    let mut pieced = String::new();
                    inlines_into(&mut pieced, &content);
                    assert_eq!(pieced, escape(&plain_text(&content)), "{a:?} {b:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn line_starts_are_escaped() {
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("- not a list"), r"\- not a list");
        assert_eq!(escape("1986. A year"), r"1986\. A year");
        assert_eq!(escape("2) Hello"), r"2\) Hello");
        assert_eq!(escape("=== rule"), r"\=== rule");
        assert_eq!(escape("in-line - dash 3. x"), "in-line - dash 3. x");
    }
}
