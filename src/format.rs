//! Format names: what `-f/--from` and `-t/--to` accept, and the file extension of each.

use crate::error::Error;
use std::fmt;
use std::str::FromStr;

/// A format copydesk can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum InputFormat {
    /// Plain-text news copy: wire copy, scraped article text, an editor's draft.
    Plain,
}

/// A format copydesk can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum OutputFormat {
    /// CommonMark with YAML front matter.
    Markdown,
    /// The metadata alone, as one YAML document.
    #[cfg_attr(feature = "cli", value(alias = "yaml"))]
    Frontmatter,
    /// One IPTC NewsML-G2 newsItem with a NITF 3.6 body.
    #[cfg_attr(feature = "cli", value(alias = "newsml-g2"))]
    Newsml,
    /// The document tree itself.
    Json,
}

impl OutputFormat {
    /// Every output format, in a stable order.
    pub const ALL: [OutputFormat; 4] = [
        OutputFormat::Markdown,
        OutputFormat::Frontmatter,
        OutputFormat::Newsml,
        OutputFormat::Json,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Markdown => "markdown",
            OutputFormat::Frontmatter => "frontmatter",
            OutputFormat::Newsml => "newsml",
            OutputFormat::Json => "json",
        }
    }

    /// The extension of an output file in this format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Markdown => "md",
            OutputFormat::Frontmatter => "yaml",
            OutputFormat::Newsml => "xml",
            OutputFormat::Json => "json",
        }
    }
}

impl fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for OutputFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.to_ascii_lowercase().as_str() {
            "markdown" | "md" => Ok(OutputFormat::Markdown),
            "frontmatter" | "front-matter" | "yaml" => Ok(OutputFormat::Frontmatter),
            "newsml" | "newsml-g2" | "xml" => Ok(OutputFormat::Newsml),
            "json" => Ok(OutputFormat::Json),
            _ => Err(Error::UnknownFormat(s.to_owned())),
        }
    }
}
