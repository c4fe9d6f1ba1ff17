//! The command line's flags (clap), with their help.

use clap::{Args, Parser, Subcommand, ValueEnum};
use copydesk::{InputFormat, OutputFormat};
use std::path::PathBuf;

/// Examples of the conversion, each a command and what it does: `-h` shows the first three,
/// `--help` and the man page all of them.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "copydesk article.txt -t newsml",
        "NewsML-G2 on standard output",
    ),
    (
        "copydesk article.txt -t markdown -o article.md",
        "Markdown with YAML front matter, to a file",
    ),
    (
        "copydesk archive/ -o out/ -t markdown -t newsml",
        "a whole tree, one output per article and format",
    ),
    (
        "cat article.txt | copydesk -t json",
        "the document tree, from standard input",
    ),
    (
        "copydesk article.txt -t frontmatter -M language=en -M slugline=UK-Budget",
        "front matter with metadata of your own",
    ),
    (
        "copydesk archive/ -o out/ -t newsml --skip-existing --report report.json",
        "resume a migration, with a record per article",
    ),
    (
        "copydesk --jsonl -t newsml < articles.jsonl > items.jsonl",
        "{\"id\", \"text\"} lines in, one result line per article out",
    ),
    (
        "copydesk -D newsml > my-newsml.xml.j2",
        "print the built-in template to start your own",
    ),
    (
        "copydesk article.txt -d publisher.yaml",
        "provider, rights, guid scheme from a defaults file",
    ),
    (
        "copydesk article.txt -t newsml --created 2025-03-12T10:45:00Z",
        "reproducible output",
    ),
    (
        "copydesk check archive/",
        "what a copy editor should look at (see copydesk check --help)",
    ),
];

/// What the conversion's exit status means.
pub const EXIT_STATUS: &str = "0 everything converted, 1 an input could not be converted \
(the message names it), 2 usage error, 130 or 143 interrupted by SIGINT or SIGTERM (only \
complete outputs are left).";

/// Examples of `check`.
pub const CHECK_EXAMPLES: &[(&str, &str)] = &[
    (
        "copydesk check article.txt",
        "path:line:column: rule: message",
    ),
    (
        "copydesk check archive/ --format json > findings.jsonl",
        "JSON Lines, for tools",
    ),
    (
        "copydesk check drafts/ --rule name-variant --rule box-drift",
        "only these rules",
    ),
];

/// What `check`'s exit status means.
pub const CHECK_EXIT_STATUS: &str =
    "0 no findings, 1 findings, 2 usage error or an input that could not be read.";

/// The front-matter keys a Markdown or front-matter output carries, in their order: the
/// contract a site's templates are written against.
pub const FRONT_MATTER_KEYS: &str = "Front matter keys are a contract, in this order: title, \
authors, dateline, date (ISO 8601), language, highlights, credits, then byline (as printed) \
and highlights_title, then user metadata (-M KEY=VALUE, in the order given). Keys without a \
value are left out.";

/// The help text after the flags: the first `count` examples and the exit status.
fn after_help(examples: &[(&str, &str)], count: usize, exit_status: &str) -> String {
    let mut text = String::from("Examples:\n");
    for (command, what) in &examples[..count.min(examples.len())] {
        text.push_str(&format!("  {command}\n      {what}\n"));
    }
    text.push_str(&format!("\nExit status: {exit_status}"));
    text
}

/// Turn news copy into the formats publishing systems read.
#[derive(Debug, Parser)]
#[command(
    name = "copydesk",
    version,
    about,
    after_help = after_help(EXAMPLES, 3, EXIT_STATUS),
    after_long_help = after_help(EXAMPLES, EXAMPLES.len(), EXIT_STATUS),
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// `check`, `completions` or `man`; without one, the conversion the flags describe. (A
    /// file named `check` is `./check`.)
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Articles, or directories to convert every article in; none or `-` reads standard input.
    pub inputs: Vec<PathBuf>,

    /// Input format [default: from the file's extension, else its content, else plain].
    #[arg(short = 'f', long = "from", value_enum)]
    pub from: Option<InputFormat>,

    /// Output format [default: markdown]; repeat to write several formats from one reading.
    #[arg(short = 't', long = "to", value_enum)]
    pub to: Vec<OutputFormat>,

    /// Write to this file (atomically) instead of standard output; with several inputs, a
    /// directory, or several formats, the directory to write one output per article into.
    #[arg(short = 'o', long = "output", value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,

    /// Set or override metadata: title, authors, dateline, date, language, highlights, credits,
    /// or any key of your own. Repeat a list key to give several values.
    #[arg(short = 'M', long = "metadata", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub metadata: Vec<(String, String)>,

    /// Use this template instead of the built-in one for the output format: a file, or
    /// `hugo` or `jekyll` for Markdown pages with those generators' front matter.
    #[arg(long, value_name = "FILE|NAME")]
    pub template: Option<PathBuf>,

    /// Who reads the output: `common` (static-site generators, CMSs), `pandoc` (front-matter
    /// values escaped as Markdown, authors as `author`) or `superdesk` (NITF without its
    /// namespace, as Superdesk's NITF parser reads it).
    #[arg(long, value_enum, default_value = "common")]
    pub flavor: copydesk::Flavor,

    /// Date an article whose copy has none from its file's path (2019/03/12/…, 20190312-…)
    /// or modification time.
    #[arg(long, value_enum, value_name = "path|mtime")]
    pub date_from: Option<copydesk::dates::DateFrom>,

    /// Read publisher settings and default options from a YAML file; flags win over it.
    #[arg(short = 'd', long = "defaults", value_name = "FILE")]
    pub defaults: Option<PathBuf>,

    /// Print the built-in template of a format and exit.
    #[arg(
        short = 'D',
        long = "print-default-template",
        value_enum,
        value_name = "FORMAT"
    )]
    pub print_default_template: Option<OutputFormat>,

    /// The conversion time (RFC 3339), NewsML versionCreated for articles without a date.
    /// Pin it for reproducible output; SOURCE_DATE_EPOCH is honoured too.
    #[arg(long, value_name = "DATETIME", value_parser = parse_time)]
    pub created: Option<chrono::DateTime<chrono::FixedOffset>>,

    /// Batch: convert on at most N threads [default: all cores].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,

    /// Batch: no progress bar and no summary (errors are still reported).
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Batch: stop at the first article that fails.
    #[arg(long)]
    pub fail_fast: bool,

    /// Batch: leave an article alone when its outputs exist and are newer than it.
    #[arg(long)]
    pub skip_existing: bool,

    /// Batch: write one JSON record per input (path, outputs, status, error, warnings).
    #[arg(long, value_name = "FILE.json")]
    pub report: Option<PathBuf>,

    /// Batch: check each article as `copydesk check` does, and list its findings in the
    /// --report record (`findings`).
    #[arg(long, requires = "report")]
    pub check: bool,

    /// Read JSON Lines ({"id": …, "text": …, other fields as metadata}) on standard input and
    /// write one JSON result line per article on standard output.
    #[arg(long)]
    pub jsonl: bool,

    /// Refuse inputs larger than this many bytes (suffixes K, M, G).
    #[arg(long, value_name = "BYTES", value_parser = parse_size, default_value = "256M")]
    pub max_input_size: u64,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles for what a copy editor would catch: a name spelt two ways, a word
    /// printed twice, a mark typed twice, a quotation left open, a summary box that disagrees
    /// with the body, a statement nobody is named as saying.
    #[command(
        after_help = after_help(CHECK_EXAMPLES, CHECK_EXAMPLES.len(), CHECK_EXIT_STATUS)
    )]
    Check(CheckArgs),
    /// Print a completion script for a shell, generated from these flags: e.g. `copydesk
    /// completions bash > /etc/bash_completion.d/copydesk`.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), generated from these flags: `copydesk man | man -l -`;
    /// `copydesk man check` prints the page of `copydesk check`.
    Man {
        /// The subcommand whose page to print; without it, copydesk's own.
        #[arg(value_parser = ["check"])]
        subcommand: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Articles, or directories to check every article in; none or `-` reads standard input.
    pub inputs: Vec<PathBuf>,

    /// Input format [default: from the file's extension, else its content, else plain].
    #[arg(short = 'f', long = "from", value_enum)]
    pub from: Option<InputFormat>,

    /// How findings are printed: `text` (path:line:column: rule: message) or `json` (JSON
    /// Lines: path, line, column, rule, message, suggestion).
    #[arg(long, value_enum, default_value = "text")]
    pub format: FindingsFormat,

    /// Run only this rule; repeat for several.
    #[arg(long = "rule", value_name = "RULE", value_parser = rule_ids())]
    pub rules: Vec<String>,

    /// Do not run this rule; repeat for several.
    #[arg(long = "skip", value_name = "RULE", value_parser = rule_ids())]
    pub skip: Vec<String>,

    /// Check on at most N threads [default: all cores].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,

    /// Refuse inputs larger than this many bytes (suffixes K, M, G).
    #[arg(long, value_name = "BYTES", value_parser = parse_size, default_value = "256M")]
    pub max_input_size: u64,
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FindingsFormat {
    /// `path:line:column: rule: message`, as editors and CI annotate.
    Text,
    /// JSON Lines, one finding per line.
    Json,
}

/// The rule ids, each with its description, for `--rule` and `--skip`.
fn rule_ids() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        copydesk::check::RULES
            .iter()
            .map(|rule| clap::builder::PossibleValue::new(rule.id).help(rule.description)),
    )
}

pub fn parse_key_value(s: &str) -> Result<(String, String), String> {
    let (key, value) = s.split_once('=').unwrap_or((s, "true"));
    let key = key.trim();
    if key.is_empty() {
        return Err("metadata needs a key: KEY=VALUE".to_owned());
    }
    Ok((key.to_owned(), value.to_owned()))
}

pub fn parse_time(s: &str) -> Result<chrono::DateTime<chrono::FixedOffset>, String> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map_err(|e| format!("not an RFC 3339 date-time (2025-03-12T10:45:00Z): {e}"))
}

pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, unit) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => (&s[..i], s[i..].trim().to_ascii_uppercase()),
        None => (s, String::new()),
    };
    let number: u64 = digits.parse().map_err(|_| format!("not a size: {s}"))?;
    let factor: u64 = match unit.trim_end_matches(['B', 'I']) {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        _ => return Err(format!("unknown size unit in {s} (use K, M or G)")),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("too large: {s}"))
}
