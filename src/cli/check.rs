//! `copydesk check`: findings printed as editors and CI read them, files in the order given
//! and found, each file's findings by position.

use crate::cli::args::{CheckArgs, FindingsFormat};
use crate::cli::io::{read_stdin, reason};
use crate::Failure;
use copydesk::check::{self, CheckOptions, Finding};
use copydesk::{batch, decode, Error, InputFormat};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Inputs checked at a time: their findings are printed in order before the next round.
const PER_ROUND: usize = 1024;

/// One finding as `--format json` prints it.
#[derive(Serialize)]
struct Located<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: &'a Finding,
}

/// Checks every input; exit status 0 without findings, 1 with, 2 when an input could not be
/// read (it is named on standard error, and the others are checked).
pub fn run(args: &CheckArgs) -> Result<u8, Failure> {
    let options = options(args);
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .map_err(|e| Failure::usage(e.to_string()))?;
    }
    let stdout = io::stdout().lock();
    let mut out = io::BufWriter::new(stdout);
    let (mut found, mut unreadable) = (false, false);
    let mut report = |name: &str, result: Result<Vec<Finding>, String>| -> io::Result<()> {
        match result {
            Ok(findings) => {
                found |= !findings.is_empty();
                for finding in &findings {
                    print(&mut out, args.format, name, finding)?;
                }
            }
            Err(error) => {
                unreadable = true;
                out.flush()?;
                eprintln!("copydesk: {name}: {error}");
            }
        }
        Ok(())
    };
    let stdin_only = args.inputs.is_empty() || args.inputs == [PathBuf::from("-")];
    let written = if stdin_only {
        let (name, bytes) =
            read_stdin(args.max_input_size).map_err(|failure| Failure { code: 2, ..failure })?;
        let result = check_bytes(&bytes, None, args.from, &options).map_err(|e| reason(&e));
        report(&name, result)
    } else {
        if args.inputs.iter().any(|i| i == Path::new("-")) {
            return Err(Failure::usage(
                "standard input cannot be checked with files (give it alone)",
            ));
        }
        let mut jobs = batch::jobs(&args.inputs, Path::new(""));
        let mut written = Ok(());
        while written.is_ok() {
            let round: Vec<_> = jobs.by_ref().take(PER_ROUND).collect();
            if round.is_empty() {
                break;
            }
            let results: Vec<(String, Result<Vec<Finding>, String>)> = round
                .into_par_iter()
                .map(|job| match job {
                    Ok(job) => {
                        let name = job.input.display().to_string();
                        (name, check_file(&job.input, args, &options))
                    }
                    Err(record) => (
                        record.path.display().to_string(),
                        Err(record.error.unwrap_or_default()),
                    ),
                })
                .collect();
            written = results
                .into_iter()
                .try_for_each(|(name, result)| report(&name, result));
        }
        written
    };
    match written.and_then(|()| out.flush()) {
        // The reader of the findings went away (`| head`): what it read was right.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            return Err(Failure::input("<stdout>", e))
        }
        _ => {}
    }
    Ok(if unreadable { 2 } else { u8::from(found) })
}

/// The rules `--rule` and `--skip` leave.
fn options(args: &CheckArgs) -> CheckOptions {
    let mut options = CheckOptions::default();
    if !args.rules.is_empty() {
        options
            .rules
            .retain(|id| args.rules.iter().any(|r| r == id));
    }
    options
        .rules
        .retain(|id| !args.skip.iter().any(|r| r == id));
    options
}

fn check_file(
    path: &Path,
    args: &CheckArgs,
    options: &CheckOptions,
) -> Result<Vec<Finding>, String> {
    let bytes = batch::read_limited(path, args.max_input_size).map_err(|e| reason(&e))?;
    check_bytes(&bytes, Some(path), args.from, options).map_err(|e| reason(&e))
}

fn check_bytes(
    bytes: &[u8],
    path: Option<&Path>,
    from: Option<InputFormat>,
    options: &CheckOptions,
) -> Result<Vec<Finding>, Error> {
    let format = from.unwrap_or_else(|| InputFormat::detect(path, bytes));
    let text = decode::transcode(bytes)?.text;
    check::check(&text, format, options)
}

fn print(
    out: &mut impl Write,
    format: FindingsFormat,
    path: &str,
    finding: &Finding,
) -> io::Result<()> {
    match format {
        FindingsFormat::Text => writeln!(
            out,
            "{path}:{}:{}: {}: {}",
            finding.line, finding.column, finding.rule, finding.message
        ),
        FindingsFormat::Json => {
            serde_json::to_writer(&mut *out, &Located { path, finding })?;
            writeln!(out)
        }
    }
}
