//! Where a paragraph's quotations are: “…” and "…" pairs, a quotation left open at the
//! paragraph's end (it goes on in the next paragraph), and the closing mark of one that came
//! from the paragraph before without a fresh opening mark.

/// A quotation's byte range in its paragraph, marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Where the opening mark starts.
    pub start: usize,
    /// Where the closing mark ends, or the paragraph's end when `open`.
    pub end: usize,
    /// No closing mark in the paragraph: the quotation runs on into the next one.
    pub open: bool,
}

/// The quotations of a paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quotations {
    /// The quotations, in order.
    pub spans: Vec<Span>,
    /// Where a closing mark that comes before any opening mark ends: the paragraph may finish
    /// a quotation the one before left open.
    pub leading_close: Option<usize>,
}

/// The quotation marks of a text, where they are: `"`, and “ and ” (E2 80 9C, E2 80 9D),
/// found by memchr (SIMD).
fn marks(bytes: &[u8]) -> impl Iterator<Item = (usize, char)> + '_ {
    memchr::memchr2_iter(b'"', 0xE2, bytes).filter_map(|i| match bytes[i] {
        b'"' => Some((i, '"')),
        _ => match bytes.get(i + 1..i + 3) {
            Some([0x80, 0x9C]) => Some((i, '“')),
            Some([0x80, 0x9D]) => Some((i, '”')),
            _ => None,
        },
    })
}

/// Whether a text holds a quotation mark: without one, [`find`] finds nothing.
pub fn has_marks(text: &str) -> bool {
    marks(text.as_bytes()).next().is_some()
}

/// Finds the quotations of a paragraph: “…” pairs, and "…" pairs whose marks sit at word
/// edges (so the apostrophes of wire copy, `Brazil"s`, are not taken for quotation marks).
/// A mark that opens again inside an open quotation (BBC copy runs a quotation's paragraphs
/// together: `… end. "Next …`) does not end it.
pub fn find(text: &str) -> Quotations {
    let bytes = text.as_bytes();
    let mut found = Quotations::default();
    let mut open: Option<(usize, char)> = None;
    // The closing mark of a nickname, passed over.
    let mut skip_to = 0;
    let close_before_any = |found: &mut Quotations, at: usize| {
        if found.spans.is_empty() && found.leading_close.is_none() {
            found.leading_close = Some(at);
        }
    };
    for (i, c) in marks(bytes) {
        // A nickname inside a name is no quotation: C.J. "Pete" Silas.
        if open.is_none() && matches!(c, '"' | '“') {
            if let Some(end) = nickname_at(text, i) {
                skip_to = end;
                continue;
            }
        }
        if i < skip_to {
            continue;
        }
        match (c, open) {
            ('“', None) => open = Some((i, '”')),
            ('“', Some(_)) => {}
            ('”', Some((start, '”'))) => {
                found.spans.push(Span {
                    start,
                    end: i + c.len_utf8(),
                    open: false,
                });
                open = None;
            }
            ('”', None) => close_before_any(&mut found, i + c.len_utf8()),
            ('"', None) => {
                let before_word = text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after = text[i + 1..].chars().next();
                if !before_word && after.is_some_and(|a| !a.is_whitespace()) {
                    open = Some((i, '"'));
                } else if !after.is_some_and(char::is_alphanumeric) {
                    close_before_any(&mut found, i + 1);
                }
            }
            ('"', Some((start, '"')))
                if bytes.get(i + 1).is_none_or(|&b| !b.is_ascii_alphanumeric()) =>
            {
                found.spans.push(Span {
                    start,
                    end: i + 1,
                    open: false,
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some((start, _)) = open {
        found.spans.push(Span {
            start,
            end: text.trim_end().len().max(start + 1),
            open: true,
        });
    }
    found
}

/// Where the nickname ends whose opening mark is at byte `at`, if it is one between a name's words: a capitalised word
/// in quotation marks after a capitalised word or initial and before one ("C.J. "Pete" Silas").
fn nickname_at(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end_matches(' ');
    let after = &text[at..];
    let word_end = after.find(' ').unwrap_or(after.len());
    let next = after[word_end..].trim_start_matches(' ');
    let nickname = before.len() < at
        && before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && super::names::is_nickname(&after[..word_end])
        && next.starts_with(char::is_uppercase);
    nickname.then_some(at + word_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text)
            .spans
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn pairs_of_either_kind() {
        assert_eq!(
            quoted("He said “yes” and \"no\" twice."),
            ["“yes”", "\"no\""]
        );
    }

    #[test]
    fn wire_apostrophes_are_not_quotation_marks() {
        assert!(quoted("Brazil\"s output fell and it isn\"t fair, he said.").is_empty());
    }

    #[test]
    fn a_quotation_left_open_runs_to_the_paragraphs_end() {
        let text = "Gomez said, \"I think we have learned a lot.";
        let found = find(text);
        assert_eq!(quoted(text), ["\"I think we have learned a lot."]);
        assert!(found.spans[0].open);
    }

    #[test]
    fn a_mark_that_opens_again_inside_an_open_quotation_does_not_close_it() {
        let text = "\"The world's poorest pay. \"2005 offers a chance,\" the director added.";
        assert_eq!(
            quoted(text),
            ["\"The world's poorest pay. \"2005 offers a chance,\""]
        );
        let curly = "“The world's poorest pay. “2005 offers a chance,” she added.";
        assert_eq!(
            quoted(curly),
            ["“The world's poorest pay. “2005 offers a chance,”"]
        );
    }

    #[test]
    fn a_closing_mark_before_any_opening_one_ends_the_last_paragraphs_quotation() {
        let text = "It was a very emotional day.\" Then \"more\" came.";
        let found = find(text);
        assert_eq!(found.leading_close, Some(29));
        assert_eq!(quoted(text), ["\"more\""]);
        assert_eq!(find("Plain “text”").leading_close, None);
        assert_eq!(find("and so on.” He left.").leading_close, Some(13));
    }
}
