//! CommonMark with YAML front matter.
//!
//! Every character of the copy shows as printed in any CommonMark renderer: text that means
//! something in Markdown is backslash-escaped (in [`escape`] alone), so raw HTML, entities,
//! emphasis, links and line-start markers in an article stay text.

use super::frontmatter;
use super::{Body, Context, Windows};
use crate::document::{plain_text, Block, Document, Inline};
use crate::error::Result;
use crate::format::OutputFormat;
use crate::options::WriteOptions;
use minijinja::Value;
use std::fmt::Write as _;

/// CommonMark with YAML front matter.
pub struct Markdown;

/// What the markdown writer is, for the table.
const ABOUT: super::About = super::About {
    name: "markdown",
    aliases: &["md"],
    description: "CommonMark with YAML front matter",
    extension: "md",
    media_type: "text/markdown; charset=utf-8",
    template: Some(include_str!("../../templates/markdown.md.j2")),
    prints_quotations: false,
};

impl super::Writer for Markdown {
    fn about(&self) -> &'static super::About {
        &ABOUT
    }
    fn write(
        &self,
        doc: &Document,
        opts: &WriteOptions,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        super::render(OutputFormat::of(self), context(doc, opts)?, opts, out)
    }
}

/// The template context: the front matter as YAML, each metadata value escaped for
/// Markdown, and the body.
pub fn context<'a>(doc: &'a Document<'a>, opts: &WriteOptions) -> Result<Context<'a>> {
    let meta = serde_json::to_value(&doc.meta)?;
    let mut vars = super::metadata_vars(&doc.meta, &meta, &|s| escape(s));
    vars.insert("yaml".into(), super::yaml_vars(&meta));
    vars.insert(
        "front_matter".into(),
        Value::from(frontmatter::yaml(&doc.meta, opts.flavor)?),
    );
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
    let mut other_marker = false;
    for (index, block) in window.iter().enumerate() {
        if !first || index > 0 {
            out.push('\n');
        }
        // Two lists of one kind in a row would be read as one (renumbered): the second takes
        // the other marker, which starts a new list.
        other_marker = match (index.checked_sub(1).map(|i| &window[i]), block) {
            (Some(Block::List { ordered: a, .. }), Block::List { ordered: b, .. }) if a == b => {
                !other_marker
            }
            _ => false,
        };
        write_block(&mut out, block, other_marker);
    }
    out
}

/// Writes a block; a list with `other_marker` uses `)` for `.` and `*` for `-`.
fn write_block(out: &mut String, block: &Block, other_marker: bool) {
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
                match (*ordered, other_marker) {
                    (true, false) => {
                        let _ = write!(out, "{}. ", *start as usize + n);
                    }
                    (true, true) => {
                        let _ = write!(out, "{}) ", *start as usize + n);
                    }
                    (false, false) => out.push_str("- "),
                    (false, true) => out.push_str("* "),
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
        let pieces = &content[first..=last];
        for (index, inline) in pieces.iter().enumerate() {
            let mut text = inline.as_str();
            if index == pieces.len() - 1 {
                text = text.trim_end_matches(char::is_whitespace);
            }
            if index == 0 {
                text = escape_line_start(out, text.trim_start_matches(char::is_whitespace));
            }
            let before = *out.as_bytes().last().unwrap_or(&b' ');
            // The escapes that look ahead see the next piece's start.
            let after = pieces
                .get(index + 1)
                .map_or(&b""[..], |p| p.as_str().as_bytes());
            escape_within_line(out, text, before, after);
        }
    } else {
        escape_into(out, &plain_text(content));
    }
}

/// Bytes that some renderer may read as markup anywhere in a line, and line ends: each gets a
/// closer look in [`escape_within_line`].
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let specials = b"\\`*_[]<>&~^@|${}.-\"\n\r";
    let mut i = 0;
    while i < specials.len() {
        table[specials[i] as usize] = true;
        i += 1;
    }
    table
};

/// Escapes text so that the renderers people use show it exactly: CommonMark and GFM
/// (cmark-gfm, pulldown-cmark, markdown-it), Goldmark with Hugo's extensions (typographer,
/// definition lists, tables), kramdown as Jekyll runs it, and pandoc's markdown (smart
/// punctuation, citations, sub- and superscripts, math, fancy lists).
///
/// - `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `|`, `$`, `{`, `}` are backslash-escaped (an escape
///   all of them read);
/// - `~`, `^` and `@` before a word are written as character references (`&#126;`…):
///   kramdown shows a backslash before them;
/// - `&` is written `&amp;` where it would start an entity (`&amp;`, `&#233;`), and left alone
///   elsewhere (`R&B`): kramdown shows `\&` as printed;
/// - the second and later of `..`, `--` and `>>` are backslash-escaped, so no typographer turns
///   them into an ellipsis, a dash or a guillemet;
/// - at the start of a line, what would open a block: `#`, `>`, `-`, `+`, `=`, `:`, `%`, `1.`,
///   `1)`, `a.`, `(a)`.
///
/// Line ends become spaces: a block is one line.
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
    escape_within_line(out, rest, b' ', b"");
}

/// Escapes what would open a block at the start of a text (its only line start, since line
/// ends become spaces), and returns the text still to escape.
fn escape_line_start<'t>(out: &mut String, text: &'t str) -> &'t str {
    let bytes = text.as_bytes();
    // A list marker: digits, one letter, or a roman numeral, then `.` or `)` (pandoc's fancy
    // lists read letters too), before a space or the end.
    let marker = bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let roman = bytes[..marker]
        .iter()
        .all(|b| b"ivxlcdmIVXLCDM".contains(b));
    let digits = bytes[..marker].iter().all(u8::is_ascii_digit);
    let list_like = (1..=9).contains(&marker) && (digits || marker == 1 || roman);
    if list_like
        && matches!(bytes.get(marker), Some(b'.' | b')'))
        && bytes
            .get(marker + 1)
            .is_none_or(|b| b.is_ascii_whitespace())
    {
        out.push_str(&text[..marker]);
        out.push('\\');
        return &text[marker..];
    }
    match bytes.first() {
        Some(b'#' | b'>' | b'-' | b'+' | b'=' | b':' | b'(') => out.push('\\'),
        // pandoc reads a title block from a first line that starts with `%`; kramdown shows
        // `\%` as printed.
        Some(b'%') => {
            out.push_str("&#37;");
            return &text[1..];
        }
        _ => {}
    }
    text
}

/// Escapes what means something anywhere in a line, and turns line ends into spaces. `before`
/// is the byte written just before the text, `after` the text that follows it (the next
/// piece of the same line), for the escapes that depend on their neighbours.
fn escape_within_line(out: &mut String, text: &str, before: u8, after: &[u8]) {
    let bytes = text.as_bytes();
    let byte_at = |i: usize| -> u8 {
        match i.checked_sub(bytes.len()) {
            None => bytes[i],
            Some(past) => after.get(past).copied().unwrap_or(b' '),
        }
    };
    let previous = |i: usize| if i == 0 { before } else { bytes[i - 1] };
    let mut copied = 0;
    let mut i = 0;
    // Jump to the next byte that needs a look; most bytes do not.
    while let Some(skip) = bytes[i..].iter().position(|&b| SPECIAL[b as usize]) {
        i += skip;
        let b = bytes[i];
        let escape: Option<&str> = match b {
            b'\n' | b'\r' => Some(" "),
            b'~' => Some("&#126;"),
            b'^' => Some("&#94;"),
            b'@' if byte_at(i + 1).is_ascii_alphanumeric()
                || matches!(byte_at(i + 1), b'_' | b'{') =>
            {
                Some("&#64;")
            }
            b'&' if starts_entity(bytes, after, i + 1) => Some("&amp;"),
            b'.' | b'-' | b'>' if previous(i) == b => Some("\\"),
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'|' | b'$' | b'{' | b'}' | b'"' => {
                Some("\\")
            }
            _ => None,
        };
        match escape {
            // A replacement: the byte itself is not copied.
            Some(replacement) if replacement != "\\" => {
                out.push_str(&text[copied..i]);
                out.push_str(replacement);
                copied = i + 1;
            }
            // A backslash before the byte.
            Some(_) => {
                out.push_str(&text[copied..i]);
                out.push('\\');
                copied = i;
            }
            None => {}
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
}

/// Whether the bytes from `at` (in `bytes`, then `after`) make `&` the start of a character
/// reference a renderer would decode: a name or `#` and digits, then `;`.
fn starts_entity(bytes: &[u8], after: &[u8], at: usize) -> bool {
    let rest = bytes.get(at..).unwrap_or(&[]).iter().chain(after);
    for (body, &b) in rest.take(33).enumerate() {
        match b {
            b';' => return body > 0,
            b'#' if body == 0 => {}
            b if b.is_ascii_alphanumeric() => {}
            _ => return false,
        }
    }
    false
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
        assert_eq!(escape("AT&amp;T [x](y)"), r"AT&amp;amp;T \[x\](y)");
        assert_eq!(
            escape("R&B & soul"),
            "R&B & soul",
            "kramdown shows \\& as printed"
        );
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
            // Escapes that look at their neighbours: `..`, `--`, `&name;`, `@word`.
            ".",
            "-.",
            "&amp",
            "; @",
            "x>",
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
    fn what_jekyll_hugo_and_pandoc_read_as_markup_is_escaped_in_a_form_all_of_them_read() {
        // kramdown shows `\~`, `\^`, `\@` as printed: character references instead.
        assert_eq!(
            escape("H~2~O 2^10^ @POTUS a@b.c a @ b"),
            "H&#126;2&#126;O 2&#94;10&#94; &#64;POTUS a&#64;b.c a @ b"
        );
        // Tables, math, attribute lists.
        assert_eq!(escape("a | b $5 {:x}"), r"a \| b \$5 \{:x\}");
        // Typographers: no ellipsis, dash or guillemet.
        assert_eq!(
            escape("wait... -- yes --- >> no"),
            r"wait.\.\. -\- yes -\-\- >\> no"
        );
        // pandoc's smart quotes pair straight ones, and may drop a space.
        assert_eq!(escape(r#"end. "Next"#), r#"end. \"Next"#);
        // Definition lists, fancy lists, title blocks at a line's start.
        assert_eq!(escape(": def"), r"\: def");
        assert_eq!(escape("a. b"), r"a\. b");
        assert_eq!(escape("iv) b"), r"iv\) b");
        assert_eq!(escape("(a) b"), r"\(a) b");
        assert_eq!(escape("% title"), "&#37; title");
        assert_eq!(escape("Mr. Smith"), "Mr. Smith");
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
