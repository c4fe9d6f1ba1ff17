//! The `copydesk` command: a thin layer over the library that reads flags, files and stdin,
//! shows progress, and turns library errors into one-line messages that name the file.

use clap::Parser;
use copydesk::batch::{self, BatchOptions, Record, ReportWriter, Status};
use copydesk::defaults::Defaults;
use copydesk::{Error, InputFormat, Options, OutputFormat};
use rayon::prelude::*;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Instant;

const EXAMPLES: &str = "\
Examples:
  copydesk article.txt -t newsml                 NewsML-G2 on stdout
  copydesk article.txt -t markdown -o article.md Markdown with YAML front matter, to a file
  cat article.txt | copydesk -t json             the document tree, from stdin
  copydesk article.txt -t frontmatter -M language=en -M slugline=UK-Budget
  copydesk archive/ -o out/ -t markdown -t newsml   a whole tree, one output per article and format
  copydesk archive/ -o out/ -t newsml --skip-existing --report report.json
  copydesk --jsonl -t newsml < articles.jsonl > items.jsonl   {\"id\", \"text\"} lines in, results out
  copydesk -D newsml > my-newsml.xml.j2          print the built-in template to start your own
  copydesk article.txt -d publisher.yaml         provider, rights, guid scheme from a defaults file
  copydesk article.txt -t newsml --created 2025-03-12T10:45:00Z   reproducible output

Exit status: 0 everything converted, 1 an input could not be converted, 2 usage error,
130 interrupted (only complete outputs are left).";

/// Turn plain-text news copy into Markdown with YAML front matter, YAML, NewsML-G2 or JSON.
#[derive(Debug, Parser)]
#[command(name = "copydesk", version, about, after_help = EXAMPLES)]
struct Cli {
    /// Articles, or directories to convert every article in; none or `-` reads standard input.
    inputs: Vec<PathBuf>,

    /// Input format [default: from the file's extension, else its content, else plain].
    #[arg(short = 'f', long = "from", value_enum)]
    from: Option<InputFormat>,

    /// Output format [default: markdown]; repeat to write several formats from one reading.
    #[arg(short = 't', long = "to", value_enum)]
    to: Vec<OutputFormat>,

    /// Write to this file (atomically) instead of standard output; with several inputs, a
    /// directory, or several formats, the directory to write one output per article into.
    #[arg(short = 'o', long = "output", value_name = "FILE|DIR")]
    output: Option<PathBuf>,

    /// Set or override metadata: title, authors, dateline, date, language, highlights, credits,
    /// or any key of your own. Repeat a list key to give several values.
    #[arg(short = 'M', long = "metadata", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    metadata: Vec<(String, String)>,

    /// Use this template instead of the built-in one for the output format: a file, or
    /// `hugo` or `jekyll` for Markdown pages with those generators' front matter.
    #[arg(long, value_name = "FILE|NAME")]
    template: Option<PathBuf>,

    /// Who reads the output: `common` (static-site generators, CMSs), `pandoc` (front-matter
    /// values escaped as Markdown, authors as `author`) or `superdesk` (NITF without its
    /// namespace, as Superdesk's NITF parser reads it).
    #[arg(long, value_enum, default_value = "common")]
    flavor: copydesk::Flavor,

    /// Date an article whose copy has none from its file's path (2019/03/12/…, 20190312-…)
    /// or modification time.
    #[arg(long, value_enum, value_name = "path|mtime")]
    date_from: Option<copydesk::dates::DateFrom>,

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

    /// Batch: convert on at most N threads [default: all cores].
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    jobs: Option<usize>,

    /// Batch: no progress bar and no summary (errors are still reported).
    #[arg(short = 'q', long)]
    quiet: bool,

    /// Batch: stop at the first article that fails.
    #[arg(long)]
    fail_fast: bool,

    /// Batch: leave an article alone when its outputs exist and are newer than it.
    #[arg(long)]
    skip_existing: bool,

    /// Batch: write one JSON record per input (path, outputs, status, error, warnings).
    #[arg(long, value_name = "FILE.json")]
    report: Option<PathBuf>,

    /// Read JSON Lines ({"id": …, "text": …, other fields as metadata}) on standard input and
    /// write one JSON result line per article on standard output.
    #[arg(long)]
    jsonl: bool,

    /// Refuse inputs larger than this many bytes (suffixes K, M, G).
    #[arg(long, value_name = "BYTES", value_parser = parse_size, default_value = "256M")]
    max_input_size: u64,
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

fn parse_size(s: &str) -> Result<u64, String> {
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
    signals();
    // Asked before any file is opened: a closed descriptor 1 is the first a new file gets.
    STDOUT_OPEN.store(stdout_is_open(), Ordering::SeqCst);
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

/// Tunes glibc's allocator for a long article's few large lists and many small strings.
/// It gives freed memory back once a megabyte of it is free: by default it keeps more and
/// more after large buffers are freed (up to 64 MB), and a 10 MB article peaked at 54 MB
/// instead of 44 MB. It keeps 4 MB at the top of each heap, though, and grows a heap by as
/// much. And lists of up to 32 MB (glibc's own ceiling for this threshold) come from the
/// heaps rather than from a mapping of their own each: the lists the reader makes and
/// drops, one after the other, reuse the same pages instead of faulting in new ones (12.3k
/// -> 7.5k page faults for the 10 MB file; peak 44.2 MB).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_freed_memory() {
    // SAFETY: mallopt only sets the allocator's parameters, before any thread starts.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 1 << 20);
        libc::mallopt(libc::M_TOP_PAD, 4 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
    }
}

/// Other allocators return freed memory on their own terms.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_freed_memory() {}

/// Makes room, on each of rayon's threads, for the memory a long article's tree will take,
/// while the input is mapped or read. glibc grows a thread's heap only by what each allocation needs,
/// with an mprotect call that takes the memory-map lock every other core's page faults wait
/// for: building the tree of the 10 MB file made 2,350 of them. A few blocks under the mmap
/// threshold (`return_freed_memory` sets it) grow the heap in as many calls; freed, their
/// pages go back to the system but the heap's address range stays writable.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn make_room_for_tree(input_len: u64) {
    const BLOCK: usize = 8 << 20;
    /// One heap holds 64 MB; past that glibc maps another.
    const MOST: u64 = 60 << 20;
    let per_thread = usize::try_from((2 * input_len).min(MOST)).unwrap_or(0);
    if per_thread < BLOCK {
        return;
    }
    rayon::spawn_broadcast(move |_| {
        let blocks: Vec<Vec<u8>> = (0..per_thread.div_ceil(BLOCK))
            // black_box: an allocation nothing uses may otherwise be left out.
            .map(|_| std::hint::black_box(Vec::with_capacity(BLOCK)))
            .collect();
        drop(blocks);
    });
}

/// Other allocators grow their heaps on their own terms.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn make_room_for_tree(_input_len: u64) {}

/// One article: a file or standard input, to a file or standard output.
fn run_single(cli: &Cli, plan: &Plan) -> Result<u8, Failure> {
    let input = cli.inputs.first().map(PathBuf::as_path);
    // The readers' patterns compile on another core while the input is read.
    rayon::spawn(copydesk::read::prepare);
    let (name, bytes) = read_input(input, cli.max_input_size)?;
    let input_len = bytes.len();
    let failure = |e: Error| match e {
        // A broken template is the user's setup, not this input's fault.
        Error::Template { .. } => Failure::usage(e.to_string()),
        e => Failure::input(&name, e),
    };
    let from = plan
        .from
        .unwrap_or_else(|| InputFormat::detect(input, &bytes));
    let mut reading = copydesk::parse_all(&*bytes, from, &plan.options.read).map_err(failure)?;
    if let (Some(date_from), Some(path)) = (plan.options.read.date_from, input) {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        for doc in &mut reading.documents {
            copydesk::dates::fill(&mut doc.meta, date_from, path, modified);
        }
    }
    // The tree holds its own copy of the text: a mapped file is unmapped before writing.
    drop(bytes);
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

/// An output held back until it is complete, so that a failure prints nothing: in memory while
/// it is at most twice its input's size (and always up to a few megabytes), then in an
/// unnamed temporary file, so that an output many times its input's size (the JSON of a text
/// of quotation marks) does not multiply the memory the run takes.
struct HeldOutput {
    memory: Vec<u8>,
    limit: usize,
    spilled: Option<io::BufWriter<std::fs::File>>,
}

impl HeldOutput {
    fn new(input_len: usize) -> HeldOutput {
        HeldOutput {
            // Sized for about the article's length, so a long one is not copied from buffer
            // to doubled buffer.
            memory: Vec::with_capacity(input_len + input_len / 8),
            limit: (2 * input_len).max(4 << 20),
            spilled: None,
        }
    }

    /// The output, to be read from its start.
    fn finish(self) -> io::Result<Box<dyn Read>> {
        match self.spilled {
            None => Ok(Box::new(io::Cursor::new(self.memory))),
            Some(file) => {
                let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
                io::Seek::rewind(&mut file)?;
                Ok(Box::new(file))
            }
        }
    }
}

impl Write for HeldOutput {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.spilled.is_none() && self.memory.len() + buf.len() > self.limit {
            let mut file = io::BufWriter::new(tempfile::tempfile()?);
            file.write_all(&self.memory)?;
            self.memory = Vec::new();
            self.spilled = Some(file);
        }
        match &mut self.spilled {
            Some(file) => file.write_all(buf)?,
            None => self.memory.extend_from_slice(buf),
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Lets the document go without freeing it: the process ends next and its memory goes back
/// at once, so the tens of thousands of strings of a long article are not freed one by one.
fn let_go(doc: copydesk::Document) {
    std::mem::forget(doc);
}

/// An article's bytes: read into memory, or mapped when the file is long.
enum InputBytes {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for InputBytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            InputBytes::Read(bytes) => bytes,
            InputBytes::Mapped(map) => map,
        }
    }
}

/// The length from which an input file is mapped rather than read. Reading copies the file
/// from the page cache into pages the process must first fault in (6 ms for 10 MB, a tenth
/// of converting it); mapping it hands the reader the page cache's own pages. ripgrep makes
/// the same choice for a single long file.
const MAP_FROM: u64 = 4 << 20;

/// Reads the input file, or standard input for none or `-`.
fn read_input(input: Option<&Path>, limit: u64) -> Result<(String, InputBytes), Failure> {
    match input {
        None => read_stdin(limit),
        Some(path) if path == Path::new("-") => read_stdin(limit),
        Some(path) => {
            let name = path.display().to_string();
            if path.is_dir() {
                return Err(Failure::input(
                    &name,
                    "is a directory, not an article (to convert every article in it, give -o DIR)",
                ));
            }
            let failure = |e: Error| Failure::input(&name, reason(&e));
            let (file, len) = batch::open_limited(path, limit).map_err(failure)?;
            make_room_for_tree(len);
            // SAFETY: the map is only read, by the reader, and unmapped once the tree is
            // built. Should another program truncate the file meanwhile, that read faults
            // (SIGBUS) and the process ends before any output exists; a file rewritten
            // meanwhile is read as whatever its pages hold.
            let mapped = (len >= MAP_FROM)
                .then(|| unsafe { memmap2::MmapOptions::new().populate().map(&file) });
            let bytes = match mapped {
                Some(Ok(map)) => InputBytes::Mapped(map),
                // A file that cannot be mapped (on some network and FUSE file systems) is read.
                _ => InputBytes::Read(batch::read_opened(file, len).map_err(failure)?),
            };
            Ok((name, bytes))
        }
    }
}

fn read_stdin(limit: u64) -> Result<(String, InputBytes), Failure> {
    let name = "<stdin>";
    let mut bytes = Vec::new();
    io::stdin()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::input(name, reason(&Error::Io(e))))?;
    if bytes.len() as u64 > limit {
        return Err(Failure::input(
            name,
            format!("input is over the {limit}-byte limit (--max-input-size)"),
        ));
    }
    Ok((name.to_owned(), InputBytes::Read(bytes)))
}

/// An error as a short reason, without Rust's "(os error 2)" noise.
fn reason(error: &Error) -> String {
    match error {
        Error::Io(e) if e.kind() == io::ErrorKind::NotFound => "no such file".to_owned(),
        Error::Io(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            "permission denied".to_owned()
        }
        other => other.to_string(),
    }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn emit_stdout(mut bytes: impl Read) -> Result<(), Failure> {
    // Rust's standard output takes a closed descriptor (`>&-`) for one that swallows all: the
    // output would vanish and the run succeed.
    if !STDOUT_OPEN.load(Ordering::SeqCst) {
        return Err(Failure::input("<stdout>", "standard output is closed"));
    }
    let mut stdout = io::stdout().lock();
    match io::copy(&mut bytes, &mut stdout).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::input("<stdout>", e)),
        _ => Ok(()),
    }
}

/// The signals that ask a run to stop, SIGINT (Ctrl-C) and SIGTERM: each sets a flag the run
/// checks between articles, so it finishes or drops the work under way, leaves no temporary
/// file and exits 130 or 143. A second one ends the process at once.
struct Signals {
    interrupt: std::sync::Arc<AtomicBool>,
    terminate: std::sync::Arc<AtomicBool>,
}

impl Signals {
    fn watch() -> Signals {
        use signal_hook::consts::{SIGINT, SIGTERM};
        use signal_hook::flag;
        let signals = Signals {
            interrupt: Default::default(),
            terminate: Default::default(),
        };
        for (signal, caught, code) in [
            (SIGINT, &signals.interrupt, 130),
            (SIGTERM, &signals.terminate, 143),
        ] {
            // In order: the second signal finds its flag set and ends the process.
            let _ = flag::register_conditional_shutdown(signal, code, caught.clone());
            let _ = flag::register(signal, caught.clone());
        }
        signals
    }

    /// The exit status a caught signal asks for.
    fn caught(&self) -> Option<u8> {
        if self.terminate.load(Ordering::SeqCst) {
            Some(143)
        } else if self.interrupt.load(Ordering::SeqCst) {
            Some(130)
        } else {
            None
        }
    }
}

/// The process's signals, watched from the first call on.
fn signals() -> &'static Signals {
    static SIGNALS: std::sync::OnceLock<Signals> = std::sync::OnceLock::new();
    SIGNALS.get_or_init(Signals::watch)
}

/// Whether standard output was open when the run started.
static STDOUT_OPEN: AtomicBool = AtomicBool::new(true);

/// Whether standard output was given to the process. The Rust runtime opens `/dev/null`
/// read-write onto a descriptor 0, 1 or 2 it finds closed (`>&-`), so that no file opened
/// later takes its number; a shell's `>/dev/null` opens it write-only. Null opened read-write
/// is taken for a closed output.
#[cfg(unix)]
fn stdout_is_open() -> bool {
    // SAFETY: fcntl(F_GETFL) and fstat only read the descriptor's flags and status into a
    // zeroed struct of the right type.
    unsafe {
        let flags = libc::fcntl(1, libc::F_GETFL);
        if flags == -1 {
            return false;
        }
        let mut status: libc::stat = std::mem::zeroed();
        let is_null = libc::fstat(1, &mut status) == 0
            && status.st_mode & libc::S_IFMT == libc::S_IFCHR
            && status.st_rdev == libc::makedev(1, 3);
        !(is_null && flags & libc::O_ACCMODE == libc::O_RDWR)
    }
}

#[cfg(not(unix))]
fn stdout_is_open() -> bool {
    true
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
    };
    // Ctrl-C or SIGTERM lets the articles under way finish (their outputs are complete), then
    // stops; --fail-fast stops at the first failure.
    let failed_fast = AtomicBool::new(false);
    // Once the output's disk is full every later article would fail the same way: the batch
    // says so once and stops.
    let disk_full = AtomicBool::new(false);
    let stop = || {
        failed_fast.load(Ordering::SeqCst)
            || disk_full.load(Ordering::SeqCst)
            || signals().caught().is_some()
    };
    let removed = batch::remove_stale_temporaries(&out_dir);
    if removed > 0 && !cli.quiet {
        eprintln!(
            "copydesk: removed {removed} temporary files an interrupted run left in {}",
            out_dir.display()
        );
    }
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
                "{bar:40} {pos}/{len} articles  {per_sec}  ETA {eta}  {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let tally = Mutex::new(Tally::default());
    let started = Instant::now();
    let record = |r: Record| {
        for warning in &r.warnings {
            let line = format!("copydesk: {}: warning: {warning}", r.path.display());
            match &progress {
                Some(bar) => bar.println(line),
                None => eprintln!("{line}"),
            }
        }
        let repeated_disk_full = r.disk_full && disk_full.swap(true, Ordering::SeqCst);
        if let Some(error) = r.error.as_ref().filter(|_| !repeated_disk_full) {
            let line = format!("{}: {error}", r.path.display());
            match &progress {
                Some(bar) => bar.println(format!("copydesk: {line}")),
                None => eprintln!("copydesk: {line}"),
            }
            if cli.fail_fast {
                failed_fast.store(true, Ordering::SeqCst);
            }
        }
        if let Some(bar) = &progress {
            bar.inc(1);
        }
        if let Some(report) = &report {
            if let Ok(mut report) = report.lock() {
                if let Err(e) = report.add(&r) {
                    eprintln!("copydesk: report: {e}");
                }
            }
        }
        if let Ok(mut tally) = tally.lock() {
            tally.add(&r);
        }
    };
    // Rounds of jobs keep memory bounded however many files there are, and give every core
    // work at once (an iterator bridged item by item leaves idle workers spinning).
    let mut jobs = batch::jobs(&cli.inputs, &out_dir);
    let mut listed = 0;
    while !stop() {
        let round: Vec<_> = jobs.by_ref().take(JOBS_PER_ROUND).collect();
        if round.is_empty() {
            break;
        }
        listed += round.len();
        let _ = round.into_par_iter().try_for_each(|job| {
            if stop() {
                return Err(());
            }
            record(match job {
                Ok(job) => batch::convert_job(&job, &batch, &plan.options),
                Err(failed) => failed,
            });
            Ok(())
        });
    }
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    if let Some(report) = report {
        if let Ok(report) = report.into_inner() {
            report.finish().map_err(|e| Failure::input("report", e))?;
        }
    }
    let tally = tally.into_inner().unwrap_or_default();
    if disk_full.load(Ordering::SeqCst) {
        let left = listed - (tally.converted + tally.failed + tally.skipped) + jobs.count();
        eprintln!(
            "copydesk: {}: no space left on the device: stopped, {left} inputs not attempted",
            out_dir.display()
        );
    }
    let caught = signals().caught();
    let was_interrupted = caught.is_some();
    if tally.converted + tally.failed + tally.skipped == 0 && !was_interrupted {
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
            tally.converted,
            if tally.articles > tally.converted {
                format!(" ({} articles)", tally.articles)
            } else {
                String::new()
            },
            tally.failed,
            tally.skipped,
            seconds,
            (tally.converted + tally.failed) as f64 / seconds.max(1e-9),
            tally.bytes as f64 / 1e6 / seconds.max(1e-9),
            if was_interrupted { "; interrupted" } else { "" },
        );
    }
    Ok(if let Some(code) = caught {
        code
    } else if tally.failed > 0 {
        1
    } else {
        0
    })
}

/// Jobs taken from the directory walk at a time.
const JOBS_PER_ROUND: usize = 4096;

#[derive(Default)]
struct Tally {
    converted: usize,
    failed: usize,
    skipped: usize,
    bytes: u64,
    /// Articles written: more than inputs converted when an input holds several.
    articles: usize,
}

impl Tally {
    fn add(&mut self, record: &Record) {
        match record.status {
            Status::Converted => self.converted += 1,
            Status::Failed => self.failed += 1,
            Status::Skipped => self.skipped += 1,
        }
        self.bytes += record.bytes;
        self.articles += record.articles;
    }
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
