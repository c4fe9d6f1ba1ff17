//! The `copydesk` command: a thin layer over the library that reads flags, files and stdin,
//! and turns library errors into one-line messages that name the file.

use clap::Parser;
use copydesk::defaults::Defaults;
use copydesk::{Error, InputFormat, Options, OutputFormat};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  copydesk article.txt -t newsml                 NewsML-G2 on stdout
  copydesk article.txt -t markdown -o article.md Markdown with YAML front matter, to a file
  cat article.txt | copydesk -t json             the document tree, from stdin
  copydesk article.txt -t frontmatter -M language=en -M slugline=UK-Budget
  copydesk -D newsml > my-newsml.xml.j2          print the built-in template to start your own
  copydesk article.txt -d publisher.yaml         provider, rights, guid scheme from a defaults file
  copydesk article.txt -t newsml --created 2025-03-12T10:45:00Z   reproducible output

Exit status: 0 converted, 1 an input could not be converted, 2 usage error.";

/// Turn plain-text news copy into Markdown with YAML front matter, YAML, NewsML-G2 or JSON.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about, after_help = EXAMPLES)]
struct Cli {
    /// The article to read; none or `-` reads standard input.
    input: Option<PathBuf>,

    /// Input format [default: plain].
    #[arg(short = 'f', long = "from", value_enum)]
    from: Option<InputFormat>,

    /// Output format [default: markdown].
    #[arg(short = 't', long = "to", value_enum)]
    to: Option<OutputFormat>,

    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,

    /// Set or override metadata: title, authors, dateline, date, language, highlights, credits,
    /// or any key of your own. Repeat a list key to give several values.
    #[arg(short = 'M', long = "metadata", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    metadata: Vec<(String, String)>,

    /// Use this template instead of the built-in one for the output format.
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,

    /// Read publisher settings and default options from a YAML file; flags win over it.
    #[arg(short = 'd', long = "defaults", value_name = "FILE")]
    defaults: Option<PathBuf>,

    /// Print the built-in template of a format and exit.
    #[arg(
        short = 'D',
        long = "print-default-template",
        value_enum,
        value_name = "FORMAT"
    )]
    print_default_template: Option<OutputFormat>,

    /// The conversion time (RFC 3339), NewsML versionCreated for articles without a date.
    /// Pin it for reproducible output; SOURCE_DATE_EPOCH is honoured too.
    #[arg(long, value_name = "DATETIME", value_parser = parse_time)]
    created: Option<chrono::DateTime<chrono::FixedOffset>>,
}

fn parse_key_value(s: &str) -> Result<(String, String), String> {
    let (key, value) = s.split_once('=').unwrap_or((s, "true"));
    let key = key.trim();
    if key.is_empty() {
        return Err("metadata needs a key: KEY=VALUE".to_owned());
    }
    Ok((key.to_owned(), value.to_owned()))
}

fn parse_time(s: &str) -> Result<chrono::DateTime<chrono::FixedOffset>, String> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map_err(|e| format!("not an RFC 3339 date-time (2025-03-12T10:45:00Z): {e}"))
}

/// A failure, with the file it concerns and whether it is the user's usage or the input.
struct Failure {
    message: String,
    usage: bool,
}

impl Failure {
    fn input(path: &str, error: impl std::fmt::Display) -> Self {
        Failure {
            message: format!("{path}: {error}"),
            usage: false,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("copydesk: {}", failure.message);
            ExitCode::from(if failure.usage { 2 } else { 1 })
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    if let Some(format) = cli.print_default_template {
        let template = copydesk::template::builtin(format).ok_or(Failure {
            message: format!("{format} output has no template: it is the document tree itself"),
            usage: true,
        })?;
        return emit_stdout(template.as_bytes());
    }
    let defaults = match &cli.defaults {
        Some(path) => Defaults::load(path).map_err(|e| Failure {
            message: e.to_string(),
            usage: true,
        })?,
        None => Defaults::default(),
    };
    let options = options(&cli, &defaults)?;
    let from = cli
        .from
        .or(defaults.input_format().ok().flatten())
        .unwrap_or(InputFormat::Plain);
    let to = cli
        .to
        .or(defaults.output_format().ok().flatten())
        .unwrap_or(OutputFormat::Markdown);
    let (name, bytes) = read_input(cli.input.as_deref())?;
    let output = copydesk::convert(&bytes, from, to, &options).map_err(|e| match e {
        // A broken template is the user's setup, not this input's fault.
        Error::Template { .. } => Failure {
            message: e.to_string(),
            usage: true,
        },
        e => Failure::input(&name, e),
    })?;
    match &cli.output {
        Some(path) => {
            if let Some(input) = &cli.input {
                if same_file(input, path) {
                    return Err(Failure::input(
                        &path.display().to_string(),
                        "is the input file; copydesk never overwrites its input",
                    ));
                }
            }
            write_atomically(path, output.as_bytes())
                .map_err(|e| Failure::input(&path.display().to_string(), e))
        }
        None => emit_stdout(output.as_bytes()),
    }
}

/// The options the defaults file and the flags describe, flags winning.
fn options(cli: &Cli, defaults: &Defaults) -> Result<Options, Failure> {
    let mut options = Options::default();
    defaults.apply(&mut options);
    options.read.metadata.clone_from(&cli.metadata);
    if cli.template.is_some() {
        options.write.template.clone_from(&cli.template);
    }
    if let Some(created) = cli.created {
        options.write.conversion_time = created;
    } else if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let seconds: i64 = epoch.trim().parse().map_err(|_| Failure {
            message: format!("SOURCE_DATE_EPOCH={epoch} is not a number of seconds"),
            usage: true,
        })?;
        if let Some(time) = chrono::DateTime::from_timestamp(seconds, 0) {
            options.write.conversion_time = time.fixed_offset();
        }
    }
    Ok(options)
}

/// Reads the input file, or standard input for none or `-`.
fn read_input(input: Option<&Path>) -> Result<(String, Vec<u8>), Failure> {
    match input {
        None => read_stdin(),
        Some(path) if path == Path::new("-") => read_stdin(),
        Some(path) => {
            let name = path.display().to_string();
            if path.is_dir() {
                return Err(Failure::input(&name, "is a directory, not an article"));
            }
            let bytes = std::fs::read(path).map_err(|e| Failure::input(&name, io_reason(&e)))?;
            Ok((name, bytes))
        }
    }
}

fn read_stdin() -> Result<(String, Vec<u8>), Failure> {
    let mut bytes = Vec::new();
    io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::input("<stdin>", io_reason(&e)))?;
    Ok(("<stdin>".to_owned(), bytes))
}

/// An I/O error as a short reason, without Rust's "(os error 2)" noise.
fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => Error::Io(io::Error::new(error.kind(), error.to_string())).to_string(),
    }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn emit_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::input("<stdout>", e)),
        _ => Ok(()),
    }
}

/// Writes a file through a temporary file in the same directory and a rename, so a reader of
/// the path sees the old file or the new one, never half of one.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".copydesk-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
