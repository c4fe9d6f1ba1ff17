//! Format names: what `-f/--from` and `-t/--to` accept, and the file extension of each.

use crate::error::Error;
use crate::write::{Writer, WRITERS};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// A format copydesk can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum InputFormat {
    /// Plain-text news copy: wire copy, scraped article text, an editor's draft.
    #[cfg_attr(feature = "cli", value(alias = "text", alias = "txt"))]
    Plain,
    /// Markdown with YAML front matter.
    #[cfg_attr(feature = "cli", value(alias = "md"))]
    Markdown,
    /// NewsML-G2: a newsItem, or a newsMessage of several, with a NITF or XHTML body.
    #[cfg_attr(feature = "cli", value(alias = "newsml-g2", alias = "xml"))]
    Newsml,
    /// The document tree as copydesk writes it (`-t json`).
    Json,
    /// A standalone NITF document (NITF 3.x, with or without its namespace).
    Nitf,
}

impl InputFormat {
    /// The format a file's extension names, if any.
    pub fn from_extension(path: &std::path::Path) -> Option<InputFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "text" | "story" => Some(InputFormat::Plain),
            "md" | "markdown" => Some(InputFormat::Markdown),
            // A NITF document in a .xml file is read by the NewsML reader, which takes both.
            "xml" | "newsml" => Some(InputFormat::Newsml),
            "nitf" => Some(InputFormat::Nitf),
            "json" => Some(InputFormat::Json),
            _ => None,
        }
    }

    /// The format an input is in: from its extension, else from how it starts (`---` front
    /// matter, `<?xml` or `<newsItem`, `{`), else plain text.
    pub fn detect(path: Option<&std::path::Path>, bytes: &[u8]) -> InputFormat {
        if let Some(format) = path.and_then(InputFormat::from_extension) {
            return format;
        }
        let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let start = &start[start.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        if start.starts_with(b"---\n") || start.starts_with(b"---\r\n") {
            InputFormat::Markdown
        } else if start.starts_with(b"<nitf") {
            InputFormat::Nitf
        } else if start.starts_with(b"<?xml")
            || start.starts_with(b"<newsItem")
            || start.starts_with(b"<newsMessage")
        {
            InputFormat::Newsml
        } else if start.starts_with(b"{") {
            InputFormat::Json
        } else {
            InputFormat::Plain
        }
    }

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Plain => "plain",
            InputFormat::Markdown => "markdown",
            InputFormat::Newsml => "newsml",
            InputFormat::Json => "json",
            InputFormat::Nitf => "nitf",
        }
    }
}

/// A format copydesk can write: a row of [`WRITERS`], by name.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct OutputFormat(&'static str);

#[allow(non_upper_case_globals)]
impl OutputFormat {
    /// CommonMark with YAML front matter.
    pub const Markdown: OutputFormat = OutputFormat("markdown");
    /// The metadata alone, as one YAML document.
    pub const Frontmatter: OutputFormat = OutputFormat("frontmatter");
    /// One IPTC NewsML-G2 newsItem with a NITF 3.6 body.
    pub const Newsml: OutputFormat = OutputFormat("newsml");
    /// The document tree itself.
    pub const Json: OutputFormat = OutputFormat("json");
}

impl OutputFormat {
    /// Every output format, in the table's order.
    pub fn all() -> &'static [OutputFormat] {
        static ALL: LazyLock<Vec<OutputFormat>> =
            LazyLock::new(|| WRITERS.iter().map(|w| OutputFormat(w.name())).collect());
        &ALL
    }

    /// The format a writer writes.
    pub fn of(writer: &dyn Writer) -> OutputFormat {
        OutputFormat(writer.name())
    }

    /// Its writer.
    pub fn writer(self) -> &'static dyn Writer {
        WRITERS
            .iter()
            .copied()
            .find(|w| w.name() == self.0)
            .expect("an OutputFormat names a row of WRITERS")
    }

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        self.0
    }

    /// The extension of an output file in this format, without the dot.
    pub fn extension(self) -> &'static str {
        self.writer().extension()
    }

    /// Its place in the table, for ordering.
    fn position(self) -> usize {
        WRITERS
            .iter()
            .position(|w| w.name() == self.0)
            .unwrap_or(usize::MAX)
    }
}

impl PartialOrd for OutputFormat {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OutputFormat {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.position().cmp(&other.position())
    }
}

impl fmt::Debug for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(feature = "cli")]
impl clap::ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        OutputFormat::all()
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let writer = self.writer();
        Some(
            clap::builder::PossibleValue::new(writer.name())
                .help(writer.description())
                .aliases(writer.aliases().iter().copied()),
        )
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
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
        let name = s.to_ascii_lowercase();
        WRITERS
            .iter()
            .find(|w| w.name() == name || w.aliases().contains(&name.as_str()))
            .map(|w| OutputFormat(w.name()))
            .ok_or_else(|| Error::UnknownFormat(s.to_owned()))
    }
}

impl FromStr for InputFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.to_ascii_lowercase().as_str() {
            "plain" | "text" | "txt" => Ok(InputFormat::Plain),
            "markdown" | "md" => Ok(InputFormat::Markdown),
            "newsml" | "newsml-g2" | "xml" => Ok(InputFormat::Newsml),
            "json" => Ok(InputFormat::Json),
            "nitf" => Ok(InputFormat::Nitf),
            _ => Err(Error::UnknownFormat(s.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn detection_by_extension_then_content() {
        let detect = |p: Option<&str>, b: &[u8]| InputFormat::detect(p.map(Path::new), b);
        assert_eq!(detect(Some("a.md"), b"plain"), InputFormat::Markdown);
        assert_eq!(detect(Some("a.story"), b"{"), InputFormat::Plain);
        assert_eq!(detect(None, b"---\ntitle: x\n---\n"), InputFormat::Markdown);
        assert_eq!(
            detect(None, b"\xEF\xBB\xBF<?xml version=\"1.0\"?>"),
            InputFormat::Newsml
        );
        assert_eq!(
            detect(Some("a.dat"), b"  {\"meta\": {}}"),
            InputFormat::Json
        );
        assert_eq!(detect(None, b"Headline\n\nBody."), InputFormat::Plain);
        assert_eq!(detect(None, b"<nitf version=\"x\">"), InputFormat::Nitf);
        assert_eq!(detect(Some("a.nitf"), b"<?xml"), InputFormat::Nitf);
    }

    #[test]
    fn every_writer_is_named_and_has_an_extension_of_its_own() {
        let all = OutputFormat::all();
        assert_eq!(all.len(), WRITERS.len());
        let mut extensions: Vec<&str> = all.iter().map(|f| f.extension()).collect();
        extensions.sort_unstable();
        extensions.dedup();
        assert_eq!(extensions.len(), all.len(), "{extensions:?}");
        for &format in all {
            assert_eq!(format.name().parse::<OutputFormat>().unwrap(), format);
            for alias in format.writer().aliases() {
                assert_eq!(alias.parse::<OutputFormat>().unwrap(), format);
            }
        }
        for (format, name) in [
            (OutputFormat::Markdown, "markdown"),
            (OutputFormat::Frontmatter, "frontmatter"),
            (OutputFormat::Newsml, "newsml"),
            (OutputFormat::Json, "json"),
        ] {
            assert_eq!(format.writer().name(), name);
        }
    }
}
