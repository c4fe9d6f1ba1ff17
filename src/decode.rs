//! Bytes to text: byte-order marks, UTF-16, Windows-1252, line ends and control characters.
//!
//! Archives hold copy in every encoding. The rule: a BOM wins (UTF-8, UTF-16LE, UTF-16BE); else
//! valid UTF-8 is UTF-8; else the bytes are Windows-1252 (a superset of Latin-1's printable
//! characters, and what "Latin-1" files almost always are). A file that is UTF-8 but for a few
//! bytes (an editor pasted `\x92` for ’) keeps its UTF-8, and only those bytes are read as
//! Windows-1252, with a warning that gives their offset. Line ends become `\n`; form feeds and
//! vertical tabs become line ends; other control characters (wire framing such as STX/ETX, and all
//! characters XML 1.0 forbids) are dropped.

use crate::error::{Error, Result};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// Text decoded from bytes, with the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The normalised text: `\n` line ends, no BOM, no control characters but tab and newline.
    /// It borrows the bytes when they were clean UTF-8 already.
    pub text: Cow<'a, str>,
    /// The encoding the bytes were read as (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
    pub encoding: &'static str,
    /// What the reader should know: bytes that were not UTF-8 in UTF-8 text, and where.
    pub warning: Option<String>,
}

/// Decodes an article's bytes, borrowed (`&[u8]`) or owned (`Vec<u8>`). Fails on binary data
/// (NUL bytes outside UTF-16) and empty text. Clean UTF-8 (the usual case) is not copied: the
/// text borrows the bytes, or reuses their buffer, so a long article is not held twice.
pub fn decode<'a>(bytes: impl Into<Cow<'a, [u8]>>) -> Result<Decoded<'a>> {
    let mut decoded = transcode(bytes)?;
    decoded.text = normalize(decoded.text);
    if decoded.text.chars().all(is_blank_char) {
        return Err(Error::Empty);
    }
    Ok(decoded)
}

/// Decodes bytes into the file's own characters, line ends and control characters left as
/// they are: the text whose lines and columns an editor shows (`copydesk check` counts in it).
/// Fails on binary data, as [`decode`] does.
pub fn transcode<'a>(bytes: impl Into<Cow<'a, [u8]>>) -> Result<Decoded<'a>> {
    let bytes = bytes.into();
    let bom = Encoding::for_bom(&bytes);
    let (declared, start) = bom.map_or((None, 0), |(e, len)| (Some(e), len));
    if declared != Some(UTF_16LE) && declared != Some(UTF_16BE) {
        if let Some(offset) = memchr_nul(&bytes[start..]) {
            return Err(Error::Binary {
                offset: offset + start,
            });
        }
    }
    let mut warning = None;
    let (text, encoding): (Cow<str>, _) = match declared {
        Some(encoding) if encoding != UTF_8 => (
            Cow::Owned(
                encoding
                    .decode_without_bom_handling(&bytes[start..])
                    .0
                    .into_owned(),
            ),
            encoding,
        ),
        _ => {
            let fallback = declared.unwrap_or(WINDOWS_1252);
            let text = match bytes {
                Cow::Borrowed(bytes) => std::str::from_utf8(&bytes[start..])
                    .map(Cow::Borrowed)
                    .map_err(|_| Cow::Borrowed(&bytes[start..])),
                Cow::Owned(mut bytes) => {
                    bytes.drain(..start);
                    String::from_utf8(bytes)
                        .map(Cow::Owned)
                        .map_err(|e| Cow::Owned(e.into_bytes()))
                }
            };
            match text {
                Ok(text) => (text, UTF_8),
                Err(bytes) => match mostly_utf8(bytes.as_ref()) {
                    // UTF-8 but for a few bytes: those alone are read as Windows-1252.
                    Some(mixed) => {
                        warning = Some(mixed.warning());
                        (Cow::Owned(mixed.text), UTF_8)
                    }
                    // Marked UTF-8 by its BOM but not valid: keep what is readable; else the
                    // bytes are Windows-1252.
                    None => (
                        Cow::Owned(
                            fallback
                                .decode_without_bom_handling(bytes.as_ref())
                                .0
                                .into_owned(),
                        ),
                        fallback,
                    ),
                },
            }
        }
    };
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        warning,
    })
}

/// UTF-8 text with bytes that are not UTF-8 in it, those read as Windows-1252.
struct Mixed {
    text: String,
    /// Where each stretch of bytes that were not UTF-8 starts.
    offsets: Vec<usize>,
    /// How many bytes were not UTF-8.
    bytes: usize,
}

impl Mixed {
    fn warning(&self) -> String {
        let shown: Vec<String> = self.offsets.iter().take(5).map(usize::to_string).collect();
        let more = if self.offsets.len() > 5 { ", …" } else { "" };
        format!(
            "{} byte{} not UTF-8, read as Windows-1252, at byte offset{} {}{more}",
            self.bytes,
            if self.bytes == 1 { "" } else { "s" },
            if self.offsets.len() == 1 { "" } else { "s" },
            shown.join(", ")
        )
    }
}

/// Reads bytes that are not valid UTF-8 as UTF-8 where they are, and Windows-1252 where they
/// are not, when the text is UTF-8 at heart: it holds characters beyond ASCII in UTF-8, and
/// more of them than bytes that are not. None for text that is Windows-1252 throughout (its
/// bytes beyond ASCII are mostly not UTF-8).
fn mostly_utf8(bytes: &[u8]) -> Option<Mixed> {
    let mut mixed = Mixed {
        text: String::with_capacity(bytes.len() + bytes.len() / 8),
        offsets: Vec::new(),
        bytes: 0,
    };
    let mut utf8_beyond_ascii = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        let (valid, bad) = match std::str::from_utf8(&bytes[at..]) {
            Ok(all) => (all, 0),
            Err(e) => {
                let valid = e.valid_up_to();
                let bad = e.error_len().unwrap_or(bytes.len() - at - valid);
                // Safe: `valid_up_to` bytes were checked just now.
                (
                    std::str::from_utf8(&bytes[at..at + valid]).unwrap_or_default(),
                    bad,
                )
            }
        };
        utf8_beyond_ascii += valid.chars().filter(|c| !c.is_ascii()).count();
        mixed.text.push_str(valid);
        at += valid.len();
        if bad > 0 {
            mixed.offsets.push(at);
            mixed.bytes += bad;
            let decoded = WINDOWS_1252
                .decode_without_bom_handling(&bytes[at..at + bad])
                .0;
            mixed.text.push_str(&decoded);
            at += bad;
        }
    }
    (utf8_beyond_ascii > mixed.bytes).then_some(mixed)
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

/// Whitespace as scraped copy has it: spaces, tabs, no-break and zero-width spaces, BOMs.
pub fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Line ends to `\n`, form feeds to line ends, control characters dropped. Clean runs are
/// copied whole; only the bytes that may start a special character are looked at closely.
fn normalize(raw: Cow<'_, str>) -> Cow<'_, str> {
    let bytes = raw.as_bytes();
    let mut out = String::new();
    let mut clean_from = 0;
    let mut i = 0;
    while let Some(found) = next_suspicious(bytes, i) {
        i = found;
        let c = raw[i..].chars().next().unwrap_or_default();
        let replacement = match c {
            '\r' if bytes.get(i + 1) == Some(&b'\n') => Some(""),
            // Inside a sentence (after a word or a comma, before a lower-case word) a line
            // break of these kinds is a space: it must not end a paragraph or make a subhead.
            '\r' | '\u{0B}' | '\u{0C}' | '\u{2028}' if inside_sentence(&raw, i, c.len_utf8()) => {
                Some(" ")
            }
            '\r' | '\u{0B}' | '\u{0C}' | '\u{2028}' => Some("\n"),
            '\u{2029}' => Some("\n\n"),
            c if is_dropped(c) => Some(""),
            _ => None,
        };
        if let Some(replacement) = replacement {
            if out.capacity() == 0 {
                out.reserve(raw.len());
            }
            out.push_str(&raw[clean_from..i]);
            out.push_str(replacement);
            clean_from = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    if clean_from == 0 {
        return raw;
    }
    out.push_str(&raw[clean_from..]);
    Cow::Owned(out)
}

/// Whether the character at byte `at` (`len` bytes) sits inside a sentence: a letter, digit or
/// comma before it, a lower-case letter after it (spaces aside).
fn inside_sentence(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']).chars().next_back();
    let after = text[at + len..]
        .trim_start_matches([' ', '\t'])
        .chars()
        .next();
    before.is_some_and(|c| c.is_alphanumeric() || c == ',') && after.is_some_and(char::is_lowercase)
}

/// Whether a byte may start a character [`normalize`] changes: a C0 control but tab and
/// newline, DEL, or the lead byte of C1 controls (`C2`), U+2028/2029 (`E2`) and U+FFFE/F (`EF`).
fn is_suspicious(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') || matches!(b, 0x7F | 0xC2 | 0xE2 | 0xEF)
}

/// The first suspicious byte at or after `from`. Blocks of 32 bytes are tested at once (the
/// compiler vectorises the fold), so clean copy is skipped at memory speed.
fn next_suspicious(bytes: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 32;
    let mut at = from;
    while at + BLOCK <= bytes.len() {
        let block = &bytes[at..at + BLOCK];
        if block.iter().fold(false, |any, &b| any | is_suspicious(b)) {
            return block.iter().position(|&b| is_suspicious(b)).map(|p| at + p);
        }
        at += BLOCK;
    }
    bytes[at..]
        .iter()
        .position(|&b| is_suspicious(b))
        .map(|p| at + p)
}

/// Control characters that carry no text (C0 but tab and newline, DEL, C1) and the
/// noncharacters XML 1.0 forbids.
fn is_dropped(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => true,
        '\u{FFFE}' | '\u{FFFF}' => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFCaf\xC3\xA9\n").unwrap();
        assert_eq!(d.text, "Café\n");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn windows_1252_bytes_are_read_as_windows_1252() {
        let d = decode(b"\x93Quote\x94 costs \xA323\r\n").unwrap();
        assert_eq!(d.text, "\u{201C}Quote\u{201D} costs £23\n");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn utf16le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "£5\r\nx".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "£5\nx");
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn cr_only_and_mixed_line_ends_and_control_chars() {
        let d = decode(b"\x02A\rB\r\nC\nD\x0cE\x03").unwrap();
        assert_eq!(d.text, "A\nB\nC\nD\nE");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(matches!(decode(b"ab\0c"), Err(Error::Binary { offset: 2 })));
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert!(matches!(decode(b" \n\t\xC2\xA0\n"), Err(Error::Empty)));
        assert!(matches!(decode(b""), Err(Error::Empty)));
    }
}
