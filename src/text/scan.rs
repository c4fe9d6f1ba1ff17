//! Copy read 64 bytes at a time: each block of bytes becomes bit masks of the byte classes
//! the readers look for (word bytes, lower-case letters, digits, spaces), computed eight bytes
//! at a time without a branch (SWAR). Finding the words of a paragraph then costs a few bit
//! operations per word, not a branch on every byte, which mispredicts at most word edges.

/// Bit i of each mask stands for byte i of a block of up to 64 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Masks {
    /// ASCII word bytes, as `\b` sees them: letters, digits and `_`.
    pub word: u64,
    /// ASCII lower-case letters.
    pub lower: u64,
    /// ASCII digits.
    pub digit: u64,
    /// Spaces (U+0020 alone).
    pub space: u64,
}

/// The blocks of a text, 64 bytes each (the last may be shorter): where each starts, and its
/// masks.
pub fn blocks(bytes: &[u8]) -> impl Iterator<Item = (usize, Masks)> + '_ {
    bytes
        .chunks(64)
        .zip((0..).step_by(64))
        .map(|(block, base)| (base, masks(block)))
}

/// The masks of a block of up to 64 bytes.
pub fn masks(block: &[u8]) -> Masks {
    let mut masks = Masks::default();
    let mut eights = block.chunks_exact(8);
    for (k, eight) in eights.by_ref().enumerate() {
        let eight = masks8(u64::from_le_bytes(eight.try_into().unwrap_or_default()));
        masks.word |= eight.word << (8 * k);
        masks.lower |= eight.lower << (8 * k);
        masks.digit |= eight.digit << (8 * k);
        masks.space |= eight.space << (8 * k);
    }
    let at = block.len() - eights.remainder().len();
    for (i, &b) in eights.remainder().iter().enumerate() {
        masks.word |= u64::from(is_word_byte(b)) << (at + i);
        masks.lower |= u64::from(b.is_ascii_lowercase()) << (at + i);
        masks.digit |= u64::from(b.is_ascii_digit()) << (at + i);
        masks.space |= u64::from(b == b' ') << (at + i);
    }
    masks
}

/// The masks of eight bytes read as a little-endian number.
fn masks8(eight: u64) -> Masks {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte whose low seven bits lie in lo..=hi (no carry crosses bytes).
    let within = |low7: u64, lo: u8, hi: u8| {
        let at_least_lo = low7 + ONES * u64::from(0x80 - lo);
        let above_hi = low7 + ONES * u64::from(0x7F - hi);
        at_least_lo & !above_hi & HIGHS
    };
    let ascii = !eight & HIGHS;
    let low7 = eight & !HIGHS;
    let lower = within(low7, b'a', b'z') & ascii;
    let digit = within(low7, b'0', b'9') & ascii;
    let word = (lower | digit | within(low7, b'A', b'Z') | within(low7, b'_', b'_')) & ascii;
    let space = within(low7, b' ', b' ') & ascii;
    // Gather the high bits of the eight bytes into the low eight bits.
    let gather = |highs: u64| (highs >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    Masks {
        word: gather(word),
        lower: gather(lower),
        digit: gather(digit),
        space: gather(space),
    }
}

/// An ASCII word character, as `\b` sees them: a letter, a digit or `_`.
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The offset of the first space at or after `from`, or the length. Eight bytes are tested at
/// once: most words are shorter, so a word costs one test rather than one per letter.
pub fn next_space(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(eight) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        let spaces = word ^ (ONES * u64::from(b' '));
        // The high bit of each byte that was a space (exact up to the first one).
        let found = spaces.wrapping_sub(ONES) & !spaces & HIGHS;
        if found != 0 {
            return at + found.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b == b' ')
        .map_or(bytes.len(), |n| at + n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_classify_every_byte_as_the_byte_tests_do() {
        let all: Vec<u8> = (0..=255).collect();
        for block in all.chunks(64).chain([&all[3..50], &all[200..203]]) {
            let masks = masks(block);
            for (i, &b) in block.iter().enumerate() {
                let bit = |mask: u64| mask >> i & 1 == 1;
                assert_eq!(bit(masks.word), is_word_byte(b), "word {b}");
                assert_eq!(bit(masks.lower), b.is_ascii_lowercase(), "lower {b}");
                assert_eq!(bit(masks.digit), b.is_ascii_digit(), "digit {b}");
                assert_eq!(bit(masks.space), b == b' ', "space {b}");
            }
            assert_eq!(masks.word >> block.len().min(63) >> 1, 0);
        }
    }

    #[test]
    fn spaces_are_found_eight_bytes_at_a_time() {
        let text = "a bcdefghijklmnop q  \u{A0}xyz \u{2020}r";
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            let expected = bytes[from..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(bytes.len(), |n| from + n);
            assert_eq!(next_space(bytes, from), expected, "from {from}");
        }
    }
}
