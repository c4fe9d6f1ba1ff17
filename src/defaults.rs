//! Defaults files (`-d/--defaults FILE.yaml`, pandoc's name): a publisher's settings and default
//! options in one YAML file, so each newsroom gets its own envelope without touching the code.
//! Command-line flags win over the file.
//!
//! ```yaml
//! to: newsml                      # default output format
//! template: newsml-house.xml.j2   # relative to this file
//! metadata:                       # used where the article has none
//!   language: en-GB
//!   credits: [Example News]
//! publisher:
//!   provider: nprov:EXAMPLE       # a QCode, a URI or a name
//!   guid_prefix: "urn:newsml:news.example.com:"
//!   copyright_holder: Example News Ltd
//!   copyright_notice: Copyright 2025 Example News Ltd. All rights reserved.
//!   usage_terms: Not for redistribution.
//! ```

use crate::error::{Error, Result};
use crate::format::{InputFormat, OutputFormat};
use crate::options::{Options, Publisher};
use indexmap::IndexMap;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The contents of a defaults file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Defaults {
    /// Default input format name.
    pub from: Option<String>,
    /// Default output format name.
    pub to: Option<String>,
    /// Template for the output format, relative to the defaults file.
    pub template: Option<PathBuf>,
    /// Metadata used where the article has none: a string, or a list for list keys.
    pub metadata: IndexMap<String, MetadataValue>,
    /// NewsML publisher settings.
    pub publisher: PublisherSettings,
}

/// One metadata value in a defaults file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum MetadataValue {
    /// A single value.
    One(String),
    /// Several values, for `authors`, `highlights`, `credits` or a key of your own.
    Many(Vec<String>),
}

/// The `publisher:` section; each key left out keeps copydesk's default.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PublisherSettings {
    /// NewsML `provider`: a QCode (`nprov:REUTERS`), a URI or a name.
    pub provider: Option<String>,
    /// Prefix of every item guid (`urn:newsml:news.example.com:`).
    pub guid_prefix: Option<String>,
    /// `rightsInfo/copyrightHolder`.
    pub copyright_holder: Option<String>,
    /// `rightsInfo/copyrightNotice`.
    pub copyright_notice: Option<String>,
    /// `rightsInfo/usageTerms`.
    pub usage_terms: Option<String>,
}

impl Defaults {
    /// Reads a defaults file; errors name the file and, for YAML, the line and column.
    pub fn load(path: &Path) -> Result<Defaults> {
        let error = |message: String| Error::Defaults {
            path: path.to_owned(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| error(e.to_string()))?;
        let mut defaults: Defaults =
            serde_yaml::from_str(&text).map_err(|e| error(yaml_message(&e)))?;
        if let Some(template) = &defaults.template {
            if template.is_relative() {
                let base = path.parent().unwrap_or(Path::new(""));
                defaults.template = Some(base.join(template));
            }
        }
        defaults.input_format().map_err(|e| error(e.to_string()))?;
        defaults.output_format().map_err(|e| error(e.to_string()))?;
        Ok(defaults)
    }

    /// The default input format, if the file names one.
    pub fn input_format(&self) -> Result<Option<InputFormat>> {
        self.from.as_deref().map(str::parse).transpose()
    }

    /// The default output format, if the file names one.
    pub fn output_format(&self) -> Result<Option<OutputFormat>> {
        self.to.as_deref().map(str::parse).transpose()
    }

    /// Applies the file's settings to options (before the command line's flags are applied);
    /// its template, a path, is for the caller to load.
    pub fn apply(&self, options: &mut Options) {
        for (key, value) in &self.metadata {
            match value {
                MetadataValue::One(v) => {
                    options.read.default_metadata.push((key.clone(), v.clone()))
                }
                MetadataValue::Many(values) => options
                    .read
                    .default_metadata
                    .extend(values.iter().map(|v| (key.clone(), v.clone()))),
            }
        }
        let p = &self.publisher;
        let publisher: &mut Publisher = &mut options.write.publisher;
        if let Some(provider) = &p.provider {
            publisher.provider.clone_from(provider);
        }
        if let Some(prefix) = &p.guid_prefix {
            publisher.guid_prefix.clone_from(prefix);
        }
        publisher.copyright_holder.clone_from(&p.copyright_holder);
        publisher.copyright_notice.clone_from(&p.copyright_notice);
        publisher.usage_terms.clone_from(&p.usage_terms);
    }
}

/// A serde_yaml error as "line L, column C: what".
fn yaml_message(error: &serde_yaml::Error) -> String {
    match error.location() {
        Some(at) => {
            let message = error.to_string();
            let what = message.split(" at line ").next().unwrap_or(&message);
            format!("line {}, column {}: {what}", at.line(), at.column())
        }
        None => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(text: &str) -> Result<Defaults> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.yaml");
        std::fs::write(&path, text).unwrap();
        Defaults::load(&path)
    }

    #[test]
    fn a_full_file() {
        let d = load_str("to: newsml\ntemplate: t.j2\nmetadata:\n  language: en\n  credits: [A, B]\npublisher:\n  provider: nprov:X\n").unwrap();
        assert_eq!(d.output_format().unwrap(), Some(OutputFormat::Newsml));
        assert!(d.template.unwrap().ends_with("t.j2"));
        let mut options = Options::at(chrono::DateTime::UNIX_EPOCH.fixed_offset());
        Defaults {
            metadata: IndexMap::from([(
                "credits".to_owned(),
                MetadataValue::Many(vec!["A".into(), "B".into()]),
            )]),
            ..Defaults::default()
        }
        .apply(&mut options);
        assert_eq!(options.read.default_metadata.len(), 2);
    }

    #[test]
    fn malformed_yaml_names_the_line() {
        let err = load_str("to: newsml\npublisher:\n  provider: [unclosed\n").unwrap_err();
        assert!(
            err.to_string().contains("d.yaml") && err.to_string().contains("line "),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_and_formats_are_errors() {
        assert!(load_str("publisher:\n  provder: x\n")
            .unwrap_err()
            .to_string()
            .contains("provder"));
        assert!(load_str("to: docx\n")
            .unwrap_err()
            .to_string()
            .contains("docx"));
    }
}
