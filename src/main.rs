//! The `copydesk` command: a thin layer over the library that reads flags, files and stdin,
//! shows progress, and turns library errors into one-line messages that name the file.

mod cli;

use clap::Parser;
use cli::args::{Cli, Command};
use cli::io::{emit_stdout, let_go, read_input, HeldOutput};
use cli::memory::return_freed_memory;
use cli::signals::{signals, stdout_is_open, STDOUT_OPEN};
use copydesk::batch::{self, BatchOptions, Record, ReportWriter};
use copydesk::defaults::Defaults;
use copydesk::{Error, InputFormat, Options, OutputFormat};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Instant;

/// A failure that ends the run, and whether it is the user's usage or an input.
struct Failure {
    message: String,
    code: u8,
}

impl Failure {
    fn input(path: &str, error: impl std::fmt::Display) -> Self {
        Failure {
            message: format!("{path}: {error}"),
            code: 1,
        }
    }

    fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 2,
        }
    }
}

fn main() -> ExitCode {
    return_freed_memory();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("copydesk: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// What the command line asks for, once flags and the defaults file are combined.
struct Plan {
    /// The input format, or `None` to detect it for each input.
    from: Option<InputFormat>,
    formats: Vec<OutputFormat>,
    options: Options,
}

fn run(cli: Cli) -> Result<u8, Failure> {
    if let Some(Command::Check(args)) = &cli.command {
        return cli::check::run(args);
    }
    signals();
    // Asked before any file is opened: a closed descriptor 1 is the first a new file gets.
    STDOUT_OPEN.store(stdout_is_open(), Ordering::SeqCst);
    let generated = match &cli.command {
        Some(Command::Completions { shell }) => Some(cli::manual::completions(*shell)),
        Some(Command::Man { subcommand }) => Some(
            cli::manual::man_page(subcommand.as_deref())
                .map_err(|e| Failure::usage(e.to_string()))?,
        ),
        Some(Command::Check(_)) | None => None,
    };
    if let Some(text) = generated {
        emit_stdout(text.as_slice())?;
        return Ok(0);
    }
    if let Some(format) = cli.print_default_template {
        let template = copydesk::template::builtin(format).ok_or_else(|| {
            Failure::usage(format!(
                "{format} output has no template: it is the document tree itself"
            ))
        })?;
        emit_stdout(template.as_bytes())?;
        return Ok(0);
    }
    let plan = plan(&cli)?;
    if let Some(jobs) = cli.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .map_err(|e| Failure::usage(e.to_string()))?;
    }
    if cli.jsonl {
        return run_jsonl(&cli, &plan);
    }
    let is_batch = cli.inputs.len() > 1
        || (cli.output.is_some() && cli.inputs.iter().any(|i| i.is_dir()))
        || plan.formats.len() > 1
        || cli.output.as_deref().is_some_and(Path::is_dir);
    if is_batch {
        run_batch(&cli, &plan)
    } else {
        run_single(&cli, &plan)
    }
}

/// Combines the defaults file and the flags, flags winning.
fn plan(cli: &Cli) -> Result<Plan, Failure> {
    let defaults = match &cli.defaults {
        Some(path) => Defaults::load(path).map_err(|e| Failure::usage(e.to_string()))?,
        None => Defaults::default(),
    };
    // The edge reads the clock, unless the time is pinned; writers are given it.
    let conversion_time = match (cli.created, std::env::var("SOURCE_DATE_EPOCH")) {
        (Some(created), _) => created,
        (None, Ok(epoch)) => {
            let seconds: i64 = epoch.trim().parse().map_err(|_| {
                Failure::usage(format!(
                    "SOURCE_DATE_EPOCH={epoch} is not a number of seconds"
                ))
            })?;
            chrono::DateTime::from_timestamp(seconds, 0)
                .ok_or_else(|| {
                    Failure::usage(format!("SOURCE_DATE_EPOCH={epoch} is out of range"))
                })?
                .fixed_offset()
        }
        (None, Err(_)) => chrono::Utc::now().fixed_offset(),
    };
    let mut options = Options::at(conversion_time);
    defaults.apply(&mut options);
    options.read.metadata.clone_from(&cli.metadata);
    options.write.flavor = cli.flavor;
    if cli.date_from.is_some() {
        options.read.date_from = cli.date_from;
    }
    // The template is read and compiled here, once: a broken one stops the run before any
    // article is read.
    if let Some(spec) = cli.template.as_ref().or(defaults.template.as_ref()) {
        let template =
            copydesk::template::Template::load(spec).map_err(|e| Failure::usage(e.to_string()))?;
        options.write.template = Some(template);
    }
    let from = cli.from.or(defaults.input_format().ok().flatten());
    let mut formats = cli.to.clone();
    if formats.is_empty() {
        formats.push(
            defaults
                .output_format()
                .ok()
                .flatten()
                .unwrap_or(OutputFormat::Markdown),
        );
    }
    formats.dedup();
    Ok(Plan {
        from,
        formats,
        options,
    })
}

/// Inputs from this size have the readers' patterns compiled ahead, on another core.
const PREPARE_FROM: usize = 1 << 20;

/// One article: a file or standard input, to a file or standard output.
fn run_single(cli: &Cli, plan: &Plan) -> Result<u8, Failure> {
    let input = cli.inputs.first().map(PathBuf::as_path);
    let (name, bytes) = read_input(input, cli.max_input_size)?;
    // A long article's patterns compile on another core while it is decoded; a short one
    // compiles only those it needs, and starts no threads.
    if bytes.len() >= PREPARE_FROM {
        rayon::spawn(copydesk::read::prepare);
    }
    let input_len = bytes.len();
    let failure = |e: Error| match e {
        // A broken template is the user's setup, not this input's fault.
        Error::Template { .. } => Failure::usage(e.to_string()),
        e => Failure::input(&name, e),
    };
    let from = plan
        .from
        .unwrap_or_else(|| InputFormat::detect(input, &bytes));
    let read = plan.options.read.for_outputs(&plan.formats);
    let mut reading = copydesk::parse_all(&*bytes, from, &read).map_err(failure)?;
    if let (Some(date_from), Some(path)) = (plan.options.read.date_from, input) {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        for doc in &mut reading.documents {
            copydesk::dates::fill(&mut doc.meta, date_from, path, modified);
        }
    }
    // The tree's text borrows the input's (`bytes`), which lives until the output is written.
    cli::memory::give_back_freed();
    for warning in &reading.warnings {
        eprintln!("copydesk: {name}: warning: {warning}");
    }
    let mut documents = reading.documents;
    if documents.len() > 1 {
        // Several articles in one input (a newsMessage): with -o, a directory of outputs.
        return match cli.output {
            // The batch's exit status: 1 when any item failed.
            Some(_) => run_batch(cli, plan),
            None => Err(failure(Error::SeveralArticles(documents.len()))),
        };
    }
    let doc = documents.remove(0);
    let format = plan.formats[0];
    let write = &plan.options.write;
    match &cli.output {
        Some(path) => {
            if input.is_some_and(|i| batch::same_file(i, path)) {
                return Err(Failure::input(
                    &path.display().to_string(),
                    "is the input file; copydesk never overwrites its input",
                ));
            }
            // Streamed into a temporary file, renamed into place when complete; a signal
            // meanwhile leaves nothing (the temporary file is deleted).
            let written = batch::write_atomically(path, |out| {
                copydesk::write::write_to(&doc, format, write, out)?;
                match signals().caught() {
                    Some(_) => Err(Error::Io(io::ErrorKind::Interrupted.into())),
                    None => Ok(()),
                }
            });
            let_go(doc);
            if let Some(code) = signals().caught() {
                return Ok(code);
            }
            written
                .map_err(|e| match e {
                    Error::Template { .. } => Failure::usage(e.to_string()),
                    e => Failure::input(&path.display().to_string(), e),
                })
                .map(|()| 0)
        }
        None => {
            // Rendered whole first, so that a failure prints nothing.
            let mut out = HeldOutput::new(input_len);
            let rendered = copydesk::write::write_to(&doc, format, write, &mut out);
            let_go(doc);
            rendered.map_err(failure)?;
            if let Some(code) = signals().caught() {
                return Ok(code);
            }
            let held = out.finish().map_err(|e| Failure::input("<stdout>", e))?;
            emit_stdout(held).map(|()| 0)
        }
    }
}

/// Many articles: one output per article and format under the output directory.
fn run_batch(cli: &Cli, plan: &Plan) -> Result<u8, Failure> {
    let out_dir = cli.output.clone().ok_or_else(|| {
        Failure::usage("several inputs, a directory or several formats need -o DIR")
    })?;
    if out_dir.is_file() {
        return Err(Failure::usage(format!(
            "{}: is a file; batch output needs a directory",
            out_dir.display()
        )));
    }
    if cli.inputs.iter().any(|i| i == Path::new("-")) {
        return Err(Failure::usage(
            "standard input cannot be part of a batch (see --jsonl)",
        ));
    }
    batch::check_inputs(&cli.inputs).map_err(|e| Failure::usage(e.to_string()))?;
    if let Some(same) = cli
        .inputs
        .iter()
        .find(|input| input.is_dir() && batch::same_file(input, &out_dir))
    {
        return Err(Failure::usage(format!(
            "{}: is both the input and the output directory; the outputs would sit among the articles (choose another -o)",
            same.display()
        )));
    }
    // The readers' patterns compile on another core while the inputs are found.
    rayon::spawn(copydesk::read::prepare);
    let batch = BatchOptions {
        formats: plan.formats.clone(),
        out_dir: out_dir.clone(),
        from: plan.from,
        skip_existing: cli.skip_existing,
        max_input_size: cli.max_input_size,
        check: cli.check.then(copydesk::check::CheckOptions::default),
    };
    // Ctrl-C or SIGTERM lets the articles under way finish (their outputs are complete), then
    // stops; --fail-fast stops at the first failure.
    let failed_fast = AtomicBool::new(false);
    let stop = || failed_fast.load(Ordering::SeqCst) || signals().caught().is_some();
    let report = match &cli.report {
        Some(path) => {
            Some(Mutex::new(ReportWriter::create(path).map_err(|e| {
                Failure::usage(format!("{}: {e}", path.display()))
            })?))
        }
        None => None,
    };
    let show_progress = !cli.quiet && io::stderr().is_terminal();
    let progress = show_progress.then(|| {
        let total = batch::jobs(&cli.inputs, &out_dir).count() as u64;
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} articles  {rate}  ETA {eta}  {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            // A whole number of articles a second: indicatif's `{per_sec}` prints thousandths.
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let rate = indicatif::HumanCount(state.per_sec().round() as u64);
                    let _ = write!(w, "{rate}/s");
                },
            ),
        );
        bar
    });
    let say = |line: String| match &progress {
        Some(bar) => bar.println(line),
        None => eprintln!("{line}"),
    };
    // A full disk is said once: every article after it fails the same way.
    let disk_full_said = AtomicBool::new(false);
    let record = |r: &Record| {
        for warning in &r.warnings {
            say(format!(
                "copydesk: {}: warning: {warning}",
                r.path.display()
            ));
        }
        let repeated = r.disk_full && disk_full_said.swap(true, Ordering::SeqCst);
        if let Some(error) = r.error.as_ref().filter(|_| !repeated) {
            say(format!("copydesk: {}: {error}", r.path.display()));
            if cli.fail_fast {
                failed_fast.store(true, Ordering::SeqCst);
            }
        }
        if let Some(bar) = &progress {
            bar.inc(1);
        }
        if let Some(report) = &report {
            if let Ok(mut report) = report.lock() {
                if let Err(e) = report.add(r) {
                    eprintln!("copydesk: report: {e}");
                }
            }
        }
    };
    let started = Instant::now();
    let summary = batch::run(&cli.inputs, &batch, &plan.options, &stop, &record);
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    if let Some(report) = report {
        if let Ok(report) = report.into_inner() {
            report.finish().map_err(|e| Failure::input("report", e))?;
        }
    }
    if summary.removed_temporaries > 0 && !cli.quiet {
        eprintln!(
            "copydesk: removed {} temporary files an interrupted run left in {}",
            summary.removed_temporaries,
            out_dir.display()
        );
    }
    if summary.disk_full {
        eprintln!(
            "copydesk: {}: no space left on the device: stopped, {} inputs not attempted",
            out_dir.display(),
            summary.not_attempted
        );
    }
    let caught = signals().caught();
    let was_interrupted = caught.is_some();
    if summary.done() == 0 && !was_interrupted {
        let inputs: Vec<String> = cli.inputs.iter().map(|i| i.display().to_string()).collect();
        let what = if cli.inputs.len() == 1 && cli.inputs[0].is_dir() {
            "is a directory with no articles to convert"
        } else {
            "no articles to convert"
        };
        return Err(Failure::input(
            &inputs.join(", "),
            format!("{what} (*.{})", batch::READABLE_EXTENSIONS.join(", *.")),
        ));
    }
    if !cli.quiet {
        let seconds = started.elapsed().as_secs_f64();
        eprintln!(
            "copydesk: {} converted{}, {} failed, {} skipped in {:.2} s ({:.0} files/s, {:.1} MB/s){}",
            summary.converted,
            if summary.articles > summary.converted {
                format!(" ({} articles)", summary.articles)
            } else {
                String::new()
            },
            summary.failed,
            summary.skipped,
            seconds,
            (summary.converted + summary.failed) as f64 / seconds.max(1e-9),
            summary.bytes as f64 / 1e6 / seconds.max(1e-9),
            if was_interrupted { "; interrupted" } else { "" },
        );
    }
    Ok(if let Some(code) = caught {
        code
    } else if summary.failed > 0 {
        1
    } else {
        0
    })
}

/// JSON Lines in on standard input, JSON Lines out on standard output.
fn run_jsonl(cli: &Cli, plan: &Plan) -> Result<u8, Failure> {
    if !cli.inputs.is_empty() || cli.output.is_some() {
        return Err(Failure::usage(
            "--jsonl reads standard input and writes standard output",
        ));
    }
    if !STDOUT_OPEN.load(Ordering::SeqCst) {
        return Err(Failure::input("<stdout>", "standard output is closed"));
    }
    let stdin = io::BufReader::new(io::stdin());
    let stdout = io::BufWriter::new(io::stdout().lock());
    let from = plan.from.unwrap_or(InputFormat::Plain);
    let stream = copydesk::jsonl::StreamOptions {
        max_line: cli.max_input_size,
    };
    let stop = || signals().caught().is_some();
    let run = copydesk::jsonl::convert_stream(
        stdin,
        stdout,
        from,
        &plan.formats,
        &plan.options,
        stream,
        stop,
    );
    match run {
        Ok(summary) => Ok(match signals().caught() {
            Some(code) if summary.stopped => code,
            _ if summary.failed > 0 => 1,
            _ => 0,
        }),
        // The reader of the results went away (`| head`): nothing is wrong with the input.
        Err(e) if is_broken_pipe(&e) => Ok(0),
        Err(Error::Io(e)) => Err(Failure::input("<stdout>", e)),
        Err(e) => Err(Failure::input("<stdin>", e)),
    }
}

/// Whether an error is a write to a pipe whose reader has gone.
fn is_broken_pipe(error: &Error) -> bool {
    match error {
        Error::Io(e) => e.kind() == io::ErrorKind::BrokenPipe,
        Error::Json(e) => e.io_error_kind() == Some(io::ErrorKind::BrokenPipe),
        _ => false,
    }
}
