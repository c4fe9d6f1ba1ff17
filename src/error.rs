//! The library's error type: typed here, turned into friendly one-line messages by the CLI.

use std::path::PathBuf;

/// Everything that can go wrong while reading, converting or writing an article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The input holds NUL bytes in an encoding that has none: not an article.
    #[error("binary file (NUL byte at offset {offset}), not text")]
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// The input holds no text at all.
    #[error("no text: the article is empty")]
    Empty,
    /// The input is larger than the configured limit.
    #[error("input is {size} bytes, over the {limit}-byte limit (--max-input-size)")]
    TooLarge {
        /// The input's size.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Reading the input would take more memory than its size allows: text made of little but
    /// line breaks, quotation marks or tags, not an article.
    #[error(
        "not read: would take about {} MB of memory, over the budget of {} MB ({}x its size plus {} MB); \
         the text is mostly line breaks, quotation marks or markup",
        estimate >> 20, budget >> 20, crate::read::budget::PER_INPUT_BYTE, crate::read::budget::ALLOWANCE >> 20
    )]
    OverBudget {
        /// The memory reading it is estimated to take, in bytes.
        estimate: usize,
        /// The memory allowed for it, in bytes.
        budget: usize,
    },
    /// The input is not well-formed in its format.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong there.
        message: String,
    },
    /// The input is XML, but not NewsML-G2.
    #[error("not NewsML-G2: {0}")]
    NotNewsml(String),
    /// The input holds several articles where one was expected.
    #[error("holds {0} articles; write them to a directory (-o DIR), one file each")]
    SeveralArticles(usize),
    /// A format name that copydesk does not know.
    #[error("unknown format `{0}`")]
    UnknownFormat(String),
    /// A template failed to parse or render; minijinja's message carries the line.
    #[error("template {name}: {message}")]
    Template {
        /// The template's file name or built-in name.
        name: String,
        /// What went wrong, with the line.
        message: String,
    },
    /// A defaults file could not be used.
    #[error("defaults file {path}: {message}")]
    Defaults {
        /// The file.
        path: PathBuf,
        /// What went wrong, with the line where YAML gives one.
        message: String,
    },
    /// A value given on the command line or in a defaults file is not usable.
    #[error("{0}")]
    InvalidOption(String),
    /// YAML could not be read.
    #[error("YAML: {0}")]
    Yaml(#[from] serde_yaml::Error),
    /// YAML could not be written.
    #[error("YAML: {0}")]
    YamlOut(String),
    /// JSON could not be written or read.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// XML could not be written.
    #[error("XML: {0}")]
    Xml(String),
    /// copydesk failed on this input through a bug of its own; the batch goes on without it.
    #[error("internal error, a bug in copydesk (please report it with this input): {0}")]
    Internal(String),
}

/// Runs the conversion of one input of a batch so that a bug that panics on it fails that
/// input alone, with an error that says so, rather than stopping the batch.
pub(crate) fn one_input<T>(convert: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(convert)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panicked".to_owned());
        Err(Error::Internal(message))
    })
}

impl Error {
    /// A syntax error at a byte offset of a text, with its line and column.
    pub fn syntax_at(text: &str, offset: usize, message: impl Into<String>) -> Error {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error::Syntax {
            line,
            column,
            message: message.into(),
        }
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_one_input_becomes_that_inputs_error() {
        let failed = one_input::<()>(|| panic!("index out of range at {}", 7));
        match failed {
            Err(Error::Internal(message)) => assert_eq!(message, "index out of range at 7"),
            other => panic!("expected an internal error, got {other:?}"),
        }
        let failed = one_input::<()>(|| panic!("a static message"));
        assert!(matches!(failed, Err(Error::Internal(m)) if m == "a static message"));
        // What does not panic passes through, error or not.
        assert!(matches!(one_input(|| Ok(5)), Ok(5)));
        assert!(matches!(
            one_input::<()>(|| Err(Error::Empty)),
            Err(Error::Empty)
        ));
    }
}
