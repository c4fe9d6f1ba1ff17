//! How much memory reading an input will take, estimated before it is read from what costs
//! memory in the tree and the analysis: paragraphs, quotation marks, elements. (Names, whose
//! cost depends on how many differ, are bounded where they are learnt.) Ordinary
//! copy costs a few times its size; text made of nothing but line breaks or quotation marks
//! costs a hundred times. An input whose estimate is over the budget is refused before it is
//! read, so a hostile article fails alone instead of taking the process (and a batch) down.

use crate::format::InputFormat;

/// Memory allowed per byte of input.
pub const PER_INPUT_BYTE: usize = 16;
/// Memory allowed to any input whatever its size, over the process's own: every article of
/// ordinary length fits in it, whatever its shape.
pub const ALLOWANCE: usize = 32 << 20;

// What each thing costs at most, measured on inputs made of nothing else (bench/hostile.sh)
// and checked against the process's peak in tests/memory.rs.
/// Per byte: the text, its tree and the output under way.
const PER_BYTE: usize = 6;
/// Per line of text: a paragraph, its analysis and its block.
const PER_LINE: usize = 512;
/// Per quotation mark: a quotation, its speaker and its inline.
const PER_QUOTE_MARK: usize = 128;
/// Per XML tag: its events and attributes.
const PER_TAG: usize = 480;
/// Per JSON object: an inline or block of the tree.
const PER_OBJECT: usize = 400;

/// The most memory reading `text` may take: [`PER_INPUT_BYTE`] times its size plus the
/// [`ALLOWANCE`].
pub fn budget(text: &str) -> usize {
    text.len()
        .saturating_mul(PER_INPUT_BYTE)
        .saturating_add(ALLOWANCE)
}

/// The memory reading `text` in `format` is estimated to take at most.
pub fn estimate(text: &str, format: InputFormat) -> usize {
    let bytes = text.as_bytes();
    let running_text = lines(bytes) * PER_LINE
        // '"' and the lead bytes of “ ” ‘ ’ and « »: an upper bound on marks.
        + memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes).count() * PER_QUOTE_MARK;
    let structure = match format {
        InputFormat::Plain | InputFormat::Markdown => running_text,
        InputFormat::Newsml | InputFormat::Nitf => {
            running_text + memchr::memchr_iter(b'<', bytes).count() * PER_TAG
        }
        InputFormat::Json => memchr::memchr_iter(b'{', bytes).count() * PER_OBJECT,
    };
    bytes.len() * PER_BYTE + structure
}

/// Lines with text on them: blank lines cost nothing.
fn lines(bytes: &[u8]) -> usize {
    let mut start = 0;
    let mut lines = 0;
    for end in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
        lines += usize::from(bytes[start..end].iter().any(|b| !b.is_ascii_whitespace()));
        start = end + 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_cost_nothing() {
        assert_eq!(lines(b"One\n\nTwo\r\n\r\n \t\nThree"), 3);
        assert_eq!(lines(b""), 0);
    }

    #[test]
    fn ordinary_copy_is_well_within_its_budget_however_long() {
        let article = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/examples/biden-zelenskyy-call.txt"
        ))
        .unwrap();
        let long = article.repeat(1000);
        for format in [InputFormat::Plain, InputFormat::Markdown] {
            let per_byte = estimate(&long, format) as f64 / long.len() as f64;
            assert!(per_byte < 0.75 * PER_INPUT_BYTE as f64, "{per_byte}");
        }
    }

    #[test]
    fn lines_of_one_quotation_mark_are_over_budget_from_a_few_hundred_kilobytes() {
        let small = "\"\n".repeat(1000);
        assert!(estimate(&small, InputFormat::Plain) <= budget(&small));
        let hostile = "\"\n".repeat(200_000);
        assert!(estimate(&hostile, InputFormat::Plain) > budget(&hostile));
    }
}
