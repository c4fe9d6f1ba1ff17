//! Paragraphs that are not running text, known by their label whatever the format: editors'
//! notes, corrections, photo captions.

use crate::document::NoteKind;
use regex_lite::Regex;
use std::sync::LazyLock;

/// Which kind of editorial note a paragraph is, from its label.
pub fn note_kind(text: &str) -> Option<NoteKind> {
    // Every label starts with one of these (in any case): most paragraphs are let go here.
    let mut head = [0u8; 4];
    if text.len() < head.len() {
        return None;
    }
    head.copy_from_slice(&text.as_bytes()[..4]);
    head.make_ascii_lowercase();
    if ![
        b"edit", b"ed. ", b"note", b"corr", b"clar", b"this", b"an e",
    ]
    .contains(&&head)
    {
        return None;
    }
    let c = NOTE.captures(text)?;
    if c.name("ed").is_some() {
        let label_end = c.get(0)?.end();
        // "Editor's note" must be a label: followed by a colon or dash.
        let label = &text[..label_end];
        if label.contains([':', '—', '–', '-']) {
            return Some(NoteKind::EditorsNote);
        }
        return None;
    }
    if c.name("cor").is_some() {
        let label = c.get(0)?.as_str();
        return label
            .contains([':', '—', '–'])
            .then_some(NoteKind::Correction);
    }
    Some(NoteKind::Correction)
}

/// Whether a paragraph is a photo caption the copy marks: "… Image: Jane Doe.",
/// "Photo: …", "(Photo by …)".
pub fn is_caption(text: &str) -> bool {
    if text.len() > 1600 {
        return false;
    }
    let mut tail_start = text.len().saturating_sub(100);
    while !text.is_char_boundary(tail_start) {
        tail_start -= 1;
    }
    let tail = &text[tail_start..];
    // Start the tail at a word, so that `^` there means a word start.
    let tail = match tail_start {
        0 => tail,
        _ => tail.find(char::is_whitespace).map_or("", |at| &tail[at..]),
    };
    // What each pattern needs is tested first: most paragraphs have neither.
    let labelled = may_open_with_caption_label(text);
    let credited = may_end_in_caption_credit(tail);
    (labelled || credited)
        && text.chars().count() <= 400
        && (labelled && CAPTION_LABEL.is_match(text) || credited && CAPTION_CREDIT.is_match(tail))
}

/// Whether a paragraph may open with a caption's label: each starts with one of these letters.
pub(crate) fn may_open_with_caption_label(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(b'c' | b'C' | b'p' | b'P' | b'i' | b'I')
    )
}

/// Whether a paragraph's last words may be a caption's credit: a credit word right before a
/// colon ("Image:"), or a closing bracket at the end ("(Photo by …)").
pub(crate) fn may_end_in_caption_credit(tail: &str) -> bool {
    const CREDIT_WORDS: [&str; 5] = ["Image", "Photo", "Picture", "Photograph", "Credit"];
    tail.strip_suffix('.').unwrap_or(tail).ends_with(')')
        || memchr::memchr_iter(b':', tail.as_bytes())
            .any(|colon| CREDIT_WORDS.iter().any(|w| tail[..colon].ends_with(w)))
}

/// Unicode's White_Space, spelt out for a character class (regex-lite's `\s` is ASCII's):
/// the readers' patterns mean by a space what the text layer does.
pub(crate) const SPACE: &str =
    r"\t\n\x0B\x0C\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

static NOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&note_pattern()).expect("note pattern"));

/// An editor's note or a correction, by its label.
pub(crate) fn note_pattern() -> String {
    format!(
        r"(?i)^(?:(?P<ed>editor['’]?s['’]? note|ed\. note|note to editors|editor['’]s note)|(?P<cor>corrections?|clarification|correction appended)|(?P<cor2>this (?:story|article|report) (?:has been|was) (?:corrected|updated to correct|amended)|an earlier version of this (?:story|article|report)))[{SPACE}]*(?::|—|–|-|\.|,|$)?"
    )
}

static CAPTION_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&caption_label_pattern()).expect("caption label pattern"));

/// A caption's label: "Photo:".
pub(crate) fn caption_label_pattern() -> String {
    format!(r"^(?i:caption|photo|picture|image)[{SPACE}]*:")
}

static CAPTION_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&caption_credit_pattern()).expect("caption credit pattern"));

/// A caption's credit, which ends it: only its last words are searched.
pub(crate) fn caption_credit_pattern() -> String {
    format!(
        r"(?:^|[{SPACE}])(?:Image|Photo|Picture|Photograph|Credit):[{SPACE}]+[^{SPACE}][^.]{{0,60}}\.?$|\((?i:photo|picture|image)(?: by|:)[^)]{{0,60}}\)\.?$"
    )
}

/// Compiles this module's patterns now rather than on first use.
pub(crate) fn compile_patterns() {
    for pattern in [&NOTE, &CAPTION_LABEL, &CAPTION_CREDIT] {
        LazyLock::force(pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes() {
        assert_eq!(
            note_kind("Editor's note: In our Behind the Scenes series"),
            Some(NoteKind::EditorsNote)
        );
        assert_eq!(
            note_kind("EDITOR’S NOTE — This story"),
            Some(NoteKind::EditorsNote)
        );
        assert_eq!(
            note_kind("Correction: An earlier version misspelt"),
            Some(NoteKind::Correction)
        );
        assert_eq!(
            note_kind("CORRECTION: The vote was 41 to 19"),
            Some(NoteKind::Correction)
        );
        assert_eq!(note_kind("Corrections officers said the inmates"), None);
        assert_eq!(note_kind("Editors noted the change"), None);
    }

    #[test]
    fn captions() {
        assert!(is_caption("Playstation VR demo Image: Nick Moreau."));
        assert!(is_caption("An example of severe eczema. Image: Jambula."));
        assert!(is_caption("Photo: Jane Doe/Reuters"));
        assert!(!is_caption("The image was clear, he said."));
    }
}
