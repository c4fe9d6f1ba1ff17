//! Options: one typed value per phase, explicit, with defaults.

use chrono::{DateTime, FixedOffset};
use std::borrow::Cow;

/// Everything a conversion needs to know besides the input.
#[derive(Debug, Clone)]
pub struct Options {
    /// How to read the input.
    pub read: ReadOptions,
    /// How to write the outputs.
    pub write: WriteOptions,
}

/// How to read an article.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Metadata that sets or overrides what the reader found (`-M key=value`), in order given.
    /// `title`, `dateline`, `date`, `language`, `byline` replace; `authors`, `highlights` and
    /// `credits` take every value given for them as the list; other keys are user metadata.
    pub metadata: Vec<(String, String)>,
    /// Metadata used only where the article has none (defaults file: language, authors…).
    pub default_metadata: Vec<(String, String)>,
    /// Where an input file without a date in its copy takes one from (batch and the command
    /// line, which know the file; `None`: it has none).
    pub date_from: Option<crate::dates::DateFrom>,
    /// Whether quotations are found and their speakers named. Every conversion to known
    /// formats ([`crate::convert`], [`crate::batch`], [`crate::jsonl`], the command line)
    /// leaves them unmarked when none of its formats prints them ([`ReadOptions::for_outputs`]).
    pub quotations: Quotations,
}

/// Whether a reader finds the quotations of running text and names their speakers: the work
/// that costs most in reading long copy, wasted on an output that prints none apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Quotations {
    /// Found, each with its speaker where the copy names one: what JSON, NewsML, NITF, ninjs
    /// and HTML carry.
    #[default]
    Attributed,
    /// Left in their paragraphs' text: Markdown and front matter print them as text.
    Unmarked,
}

impl ReadOptions {
    /// These options for a conversion to `formats`: quotations left unmarked if none of them
    /// prints quotations apart (the output is the same, the reading faster), else as they are.
    pub fn for_outputs(&self, formats: &[crate::OutputFormat]) -> Cow<'_, ReadOptions> {
        let printed = formats.iter().any(|f| f.writer().about().prints_quotations);
        if printed || self.quotations == Quotations::Unmarked {
            return Cow::Borrowed(self);
        }
        Cow::Owned(ReadOptions {
            quotations: Quotations::Unmarked,
            ..self.clone()
        })
    }
}

/// How to write an article.
#[derive(Debug, Clone)]
pub struct WriteOptions {
    /// A template that replaces the built-in one for the output format, compiled where the
    /// run starts.
    pub template: Option<crate::template::Template>,
    /// When the conversion happens: NewsML `versionCreated` when the article has no date.
    /// Pin it (`--created`) for reproducible output; writers never read the clock.
    pub conversion_time: DateTime<FixedOffset>,
    /// Who publishes: NewsML provider, guid scheme and rights.
    pub publisher: Publisher,
    /// Which program reads the output, where that changes what must be written.
    pub flavor: Flavor,
}

/// Which program reads the output, where that changes what must be written: Markdown front
/// matter for pandoc, NITF for Superdesk. A Markdown body is written for every common renderer
/// alike.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Flavor {
    /// Static-site generators and CMSs (Jekyll, Hugo, Eleventy…): values are plain strings.
    #[default]
    Common,
    /// pandoc, which reads every front-matter string as Markdown: values are escaped as
    /// Markdown, and the authors are `author`, pandoc's variable.
    Pandoc,
    /// Superdesk's ingest, whose NITF parser reads NITF without its namespace (as wires send
    /// it): `-t nitf` leaves the namespace out.
    Superdesk,
}

impl Options {
    /// Options for a conversion at a given time (the caller reads the clock, or pins it), with
    /// every other setting at its default.
    pub fn at(conversion_time: DateTime<FixedOffset>) -> Options {
        Options {
            read: ReadOptions::default(),
            write: WriteOptions::at(conversion_time),
        }
    }
}

impl WriteOptions {
    /// Write options for a conversion at a given time, every other setting at its default.
    pub fn at(conversion_time: DateTime<FixedOffset>) -> WriteOptions {
        WriteOptions {
            template: None,
            conversion_time,
            publisher: Publisher::default(),
            flavor: Flavor::default(),
        }
    }
}

/// A publisher's settings for NewsML-G2 output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    /// NewsML `provider`: a QCode (`nprov:REUTERS`) or a literal name.
    pub provider: String,
    /// Prefix of the item guid; the rest is a hash of the content, so the guid is stable.
    pub guid_prefix: String,
    /// Copyright holder (NewsML `rightsInfo/copyrightHolder`).
    pub copyright_holder: Option<String>,
    /// Copyright notice (NewsML `rightsInfo/copyrightNotice`).
    pub copyright_notice: Option<String>,
    /// Usage terms (NewsML `rightsInfo/usageTerms`).
    pub usage_terms: Option<String>,
}

impl Default for Publisher {
    fn default() -> Self {
        Publisher {
            provider: "copydesk".to_owned(),
            guid_prefix: "urn:newsml:copydesk:".to_owned(),
            copyright_holder: None,
            copyright_notice: None,
            usage_terms: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OutputFormat;

    #[test]
    fn quotations_are_found_when_one_output_prints_them() {
        let quotations =
            |read: &ReadOptions, formats: &[OutputFormat]| read.for_outputs(formats).quotations;
        let attributed = ReadOptions {
            metadata: vec![("desk".to_owned(), "Metro".to_owned())],
            ..ReadOptions::default()
        };
        let markdown = [OutputFormat::Markdown, OutputFormat::Frontmatter];
        let unmarked = attributed.for_outputs(&markdown);
        assert_eq!(unmarked.quotations, Quotations::Unmarked);
        assert_eq!(unmarked.metadata, attributed.metadata, "the rest is kept");
        for format in [OutputFormat::Json, OutputFormat::Newsml] {
            let both = [OutputFormat::Markdown, format];
            assert_eq!(quotations(&attributed, &both), Quotations::Attributed);
        }
        // A caller who asked for none gets none.
        let none = unmarked.into_owned();
        assert_eq!(
            quotations(&none, &[OutputFormat::Json]),
            Quotations::Unmarked
        );
    }
}
