//! Dates for articles whose copy has none, so a static-site generator does not date them
//! 0001-01-01: from the path an archive files them under (`2019/03/12/slug.txt`,
//! `20190312-slug.txt`, `2019-03-12-slug.txt`), or from the file's modification time. Off
//! unless asked for (`--date-from`): a guess is metadata the copy never gave.

use crate::document::Metadata;
use chrono::{DateTime, NaiveDate, Utc};
use std::path::Path;
use std::time::SystemTime;

/// The months' names in lower case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Where a missing date is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum DateFrom {
    /// The last date the input's path spells: `2019/03/12/`, `20190312-`, `2019-03-12-`.
    Path,
    /// The input file's modification time (UTC).
    Mtime,
}

/// Gives an article without a date one, from its file's path or modification time.
pub fn fill(meta: &mut Metadata, from: DateFrom, path: &Path, modified: Option<SystemTime>) {
    if meta.date.is_some() {
        return;
    }
    meta.date = match from {
        DateFrom::Path => from_path(path).map(|d| d.format("%Y-%m-%d").to_string()),
        DateFrom::Mtime => modified.map(|m| {
            DateTime::<Utc>::from(m)
                .format("%Y-%m-%dT%H:%M:%SZ")
                .to_string()
        }),
    };
}

/// The last date a path spells out: four digits of year, then month and day, either apart
/// (`/` or `-` between) or together (`20190312`), not inside a longer run of digits.
pub fn from_path(path: &Path) -> Option<NaiveDate> {
    let text = path.to_string_lossy();
    let bytes = text.as_bytes();
    let digits_at = |at: usize, n: usize| {
        bytes
            .get(at..at + n)
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|d| std::str::from_utf8(d).ok()?.parse::<u32>().ok())
    };
    let bounded = |start: usize, end: usize| {
        (start == 0 || !bytes[start - 1].is_ascii_digit())
            && bytes.get(end).is_none_or(|b| !b.is_ascii_digit())
    };
    let mut found = None;
    for at in 0..bytes.len() {
        let Some(year) = digits_at(at, 4) else {
            continue;
        };
        let apart = matches!(bytes.get(at + 4), Some(b'/' | b'-' | b'\\'))
            && bytes.get(at + 7) == bytes.get(at + 4);
        let (month, day, end) = if apart {
            (digits_at(at + 5, 2), digits_at(at + 8, 2), at + 10)
        } else {
            (digits_at(at + 4, 2), digits_at(at + 6, 2), at + 8)
        };
        if let (Some(month), Some(day), true) = (month, day, bounded(at, end)) {
            if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
                found = Some(date);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_from_the_paths_archives_use() {
        let date = |p: &str| from_path(Path::new(p)).map(|d| d.to_string());
        assert_eq!(
            date("archive/2019/03/12/slug.txt").as_deref(),
            Some("2019-03-12")
        );
        assert_eq!(
            date("archive/20190312-slug.txt").as_deref(),
            Some("2019-03-12")
        );
        assert_eq!(
            date("2019-03-12-council-vote.md").as_deref(),
            Some("2019-03-12")
        );
        assert_eq!(date("reuters-20190312.txt").as_deref(), Some("2019-03-12"));
        assert_eq!(
            date("2018/old/2019/01/31/x.txt").as_deref(),
            Some("2019-01-31"),
            "the last"
        );
        assert_eq!(date("story-123456789.txt"), None, "a longer run of digits");
        assert_eq!(date("2019/13/40/x.txt"), None, "no such day");
        assert_eq!(date("reuters-1836.txt"), None);
    }

    #[test]
    fn a_date_the_copy_gives_is_kept() {
        let mut meta = Metadata {
            date: Some("2025-03-12".into()),
            ..Metadata::default()
        };
        fill(
            &mut meta,
            DateFrom::Path,
            Path::new("2019/01/01/x.txt"),
            None,
        );
        assert_eq!(meta.date.as_deref(), Some("2025-03-12"));
        let mut meta = Metadata::default();
        fill(
            &mut meta,
            DateFrom::Mtime,
            Path::new("x.txt"),
            Some(SystemTime::UNIX_EPOCH),
        );
        assert_eq!(meta.date.as_deref(), Some("1970-01-01T00:00:00Z"));
    }
}
