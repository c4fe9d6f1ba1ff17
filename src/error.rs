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
    /// YAML could not be written or read.
    #[error("YAML: {0}")]
    Yaml(#[from] serde_yaml::Error),
    /// JSON could not be written or read.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// XML could not be written.
    #[error("XML: {0}")]
    Xml(String),
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
