//! Batch conversion: many articles in, one output per article and format out, in parallel.
//!
//! Inputs are files and directories (walked recursively for the readable extensions). Each
//! output goes under the output directory, mirroring the tree under an input directory, with
//! the format's extension; it is written to a temporary file in its directory and renamed into
//! place, so a reader (or an interrupted run) never sees half a file. An input is never written.
//! One bad article does not stop the others: each gets a [`Record`] saying what happened.

use crate::error::{Error, Result};
use crate::format::{InputFormat, OutputFormat};
use crate::options::Options;
use serde::Serialize;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// File extensions a directory walk picks up: plain text (and CNN/DailyMail `.story`),
/// Markdown, NewsML-G2, NITF and copydesk's JSON.
pub const READABLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "story", "md", "markdown", "xml", "nitf", "json",
];

/// How a batch runs.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// The formats to write, each article read once.
    pub formats: Vec<OutputFormat>,
    /// Where the outputs go.
    pub out_dir: PathBuf,
    /// The input format, or `None` to detect it for each input.
    pub from: Option<InputFormat>,
    /// Leave an article alone when all its outputs exist and are newer than it.
    pub skip_existing: bool,
    /// Inputs larger than this many bytes fail without being read whole.
    pub max_input_size: u64,
    /// Check each article too ([`crate::check`]), its findings in its record.
    pub check: Option<crate::check::CheckOptions>,
}

/// One article to convert, and where its outputs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The article.
    pub input: PathBuf,
    /// Its outputs' path under the output directory, without extension
    /// (`business/026` or, beside a namesake of another extension, `business/026.txt`).
    pub stem: PathBuf,
}

impl Job {
    /// The output file for one format.
    pub fn output(&self, out_dir: &Path, format: OutputFormat) -> PathBuf {
        let mut name = self.stem.as_os_str().to_owned();
        name.push(".");
        name.push(format.extension());
        out_dir.join(name)
    }
}

/// What happened to one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Every output written.
    Converted,
    /// Not converted; `error` says why.
    Failed,
    /// Left alone: its outputs were up to date.
    Skipped,
}

/// The audit record of one input, as `--report` writes it.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// The input file.
    pub path: PathBuf,
    /// The outputs written (or found up to date).
    pub outputs: Vec<PathBuf>,
    /// What happened.
    pub status: Status,
    /// Why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// What the conversion noticed but did not fail on.
    pub warnings: Vec<String>,
    /// What `check` found in the input, when the batch checks (`--check`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<crate::check::Finding>>,
    /// The input's size in bytes (0 when it could not be read).
    #[serde(skip)]
    pub bytes: u64,
    /// How many articles the input held and were written (a newsMessage holds several).
    #[serde(skip)]
    pub articles: usize,
    /// The output's disk was full: the articles after it would fail the same way.
    #[serde(skip)]
    pub disk_full: bool,
}

/// The jobs for a list of inputs: directories walked (the output directory left out), files
/// taken as they are. Inputs that cannot be used at all come back as failed records.
pub fn jobs<'a>(
    inputs: &'a [PathBuf],
    out_dir: &'a Path,
) -> impl Iterator<Item = std::result::Result<Job, Record>> + Send + 'a {
    let out_dir_real = out_dir.canonicalize().ok();
    let mut file_stems: HashSet<PathBuf> = HashSet::new();
    // With several inputs, each directory's tree goes under its own name, so two trees never
    // map two articles to one output ([`check_inputs`] refuses two directories of one name).
    let several = inputs.len() > 1;
    inputs.iter().flat_map(move |input| -> Box<dyn Iterator<Item = _> + Send> {
        if input.is_dir() {
            let root = input.clone();
            let place = if several {
                directory_name(input)
            } else {
                PathBuf::new()
            };
            let skip = out_dir_real.clone();
            let walk = walkdir::WalkDir::new(input)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(move |entry| {
                    // The output directory inside an input tree is not input.
                    !(entry.file_type().is_dir()
                        && skip.as_ref().is_some_and(|out| {
                            entry.path().canonicalize().is_ok_and(|p| &p == out)
                        }))
                });
            let mut namesakes = Namesakes::default();
            Box::new(walk.filter_map(move |entry| match entry {
                Ok(entry) if entry.file_type().is_file() && is_readable(entry.path()) => {
                    let relative = entry.path().strip_prefix(&root).unwrap_or(entry.path());
                    let stem = place.join(if namesakes.has(entry.path()) {
                        relative.to_owned()
                    } else {
                        relative.with_extension("")
                    });
                    Some(Ok(Job {
                        input: entry.path().to_owned(),
                        stem,
                    }))
                }
                Ok(_) => None,
                Err(error) => Some(Err(failed(
                    error.path().unwrap_or(&root).to_owned(),
                    error.to_string(),
                ))),
            }))
        } else {
            let name = input.file_name().map(PathBuf::from).unwrap_or_default();
            let job_stem = stem(input, &name);
            if !file_stems.insert(job_stem.clone()) {
                let message = format!(
                    "has the same name as another input: its outputs would overwrite that one's ({})",
                    job_stem.display()
                );
                return Box::new(std::iter::once(Err(failed(input.clone(), message))));
            }
            Box::new(std::iter::once(Ok(Job {
                input: input.clone(),
                stem: job_stem,
            })))
        }
    })
}

/// The name a directory's tree goes under in a batch of several inputs: its last component
/// (of the canonical path for `.` or `..`).
fn directory_name(dir: &Path) -> PathBuf {
    let named = |p: &Path| p.file_name().map(PathBuf::from);
    named(dir)
        .filter(|n| n != Path::new(".") && n != Path::new(".."))
        .or_else(|| dir.canonicalize().ok().as_deref().and_then(named))
        .unwrap_or_else(|| PathBuf::from("root"))
}

/// Refuses, before anything is written, inputs whose outputs would land on each other: two
/// directories of one name (`2019/news` and `2020/news`), or two files of one stem
/// (`a/x.txt` and `b/x.txt`), in a batch of several inputs. Names both.
pub fn check_inputs(inputs: &[PathBuf]) -> Result<()> {
    if inputs.len() < 2 {
        return Ok(());
    }
    // A directory's outputs go under its name, a file's at the top under its stem: a clash is
    // between two of a kind.
    let mut places: Vec<(bool, PathBuf, &PathBuf)> = Vec::new();
    for input in inputs {
        let is_dir = input.is_dir();
        let place = if is_dir {
            directory_name(input)
        } else {
            stem(input, Path::new(input.file_name().unwrap_or_default()))
        };
        if let Some((_, _, other)) = places.iter().find(|(d, p, _)| *d == is_dir && *p == place) {
            return Err(Error::InvalidOption(format!(
                "{} and {} would be written to the same place in the output directory ({}); convert them in separate runs or to separate directories",
                other.display(),
                input.display(),
                place.display()
            )));
        }
        places.push((is_dir, place, input));
    }
    Ok(())
}

/// Whether a walk picks up a file: a readable extension, not hidden, not one of our temporaries.
fn is_readable(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'));
    !hidden
        && path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| READABLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Which files of the directories on a walk's current path share their stem with another
/// readable file (`a.txt` and `a.story`): each directory is listed once, not each file's
/// possible namesakes looked up one by one, and only the directories on the path are kept.
#[derive(Default)]
struct Namesakes {
    /// The directories on the current path, each with its readable files' stem counts.
    stack: Vec<(
        PathBuf,
        std::collections::HashMap<std::ffi::OsString, usize>,
    )>,
}

impl Namesakes {
    /// Whether another readable file beside this one has the same stem.
    fn has(&mut self, file: &Path) -> bool {
        let (Some(dir), Some(stem)) = (file.parent(), file.file_stem()) else {
            return false;
        };
        while self.stack.last().is_some_and(|(d, _)| !dir.starts_with(d)) {
            self.stack.pop();
        }
        if self.stack.last().is_none_or(|(d, _)| d != dir) {
            let mut counts = std::collections::HashMap::new();
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if is_readable(&path) {
                    if let Some(stem) = path.file_stem() {
                        *counts.entry(stem.to_owned()).or_insert(0) += 1;
                    }
                }
            }
            self.stack.push((dir.to_owned(), counts));
        }
        self.stack
            .last()
            .and_then(|(_, counts)| counts.get(stem))
            .is_some_and(|&n| n > 1)
    }
}

/// The output stem for a file given by itself: its name without extension, or with it when a
/// file of the same stem and another readable extension sits beside it (`a.txt` and `a.story`).
fn stem(input: &Path, relative: &Path) -> PathBuf {
    let has_namesake = READABLE_EXTENSIONS.iter().any(|ext| {
        input.extension().and_then(|e| e.to_str()) != Some(ext)
            && input.with_extension(ext).is_file()
    });
    if has_namesake {
        relative.to_owned()
    } else {
        relative.with_extension("")
    }
}

fn failed(path: PathBuf, error: String) -> Record {
    Record {
        path,
        outputs: Vec::new(),
        status: Status::Failed,
        error: Some(error),
        warnings: Vec::new(),
        findings: None,
        bytes: 0,
        articles: 0,
        disk_full: false,
    }
}

/// What a batch run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs converted.
    pub converted: usize,
    /// Inputs that failed.
    pub failed: usize,
    /// Inputs left alone (`skip_existing`).
    pub skipped: usize,
    /// Bytes read.
    pub bytes: u64,
    /// Articles written: more than inputs converted when an input holds several.
    pub articles: usize,
    /// Inputs not attempted because the run stopped.
    pub not_attempted: usize,
    /// The output's disk filled up: the run stopped there.
    pub disk_full: bool,
    /// Temporary files a killed run had left in the output directory, removed first.
    pub removed_temporaries: usize,
}

impl Summary {
    fn add(&mut self, record: &Record) {
        match record.status {
            Status::Converted => self.converted += 1,
            Status::Failed => self.failed += 1,
            Status::Skipped => self.skipped += 1,
        }
        self.bytes += record.bytes;
        self.articles += record.articles;
    }

    /// Inputs converted, failed or skipped.
    pub fn done(&self) -> usize {
        self.converted + self.failed + self.skipped
    }
}

/// Inputs taken from the directory walk at a time: rounds keep memory bounded however many
/// files there are, and give every core work at once (an iterator bridged item by item leaves
/// idle workers spinning).
const JOBS_PER_ROUND: usize = 4096;

/// Converts every article of the inputs into the batch's output directory, on all cores.
/// `on_record` hears of each input as it is done (on any thread); `stop` is asked between
/// articles, and the articles under way finish. A full disk stops the run too: every later
/// article would fail the same way.
pub fn run(
    inputs: &[PathBuf],
    batch: &BatchOptions,
    options: &Options,
    stop: &(dyn Fn() -> bool + Sync),
    on_record: &(dyn Fn(&Record) + Sync),
) -> Summary {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    let removed_temporaries = remove_stale_temporaries(&batch.out_dir);
    let disk_full = AtomicBool::new(false);
    let summary = std::sync::Mutex::new(Summary::default());
    let stopped = || disk_full.load(Ordering::SeqCst) || stop();
    let mut jobs = self::jobs(inputs, &batch.out_dir);
    let mut listed = 0;
    while !stopped() {
        let round: Vec<_> = jobs.by_ref().take(JOBS_PER_ROUND).collect();
        if round.is_empty() {
            break;
        }
        listed += round.len();
        let _ = round.into_par_iter().try_for_each(|job| {
            if stopped() {
                return Err(());
            }
            let record = match job {
                Ok(job) => convert_job(&job, batch, options),
                Err(failed) => failed,
            };
            if record.disk_full {
                disk_full.store(true, Ordering::SeqCst);
            }
            on_record(&record);
            if let Ok(mut summary) = summary.lock() {
                summary.add(&record);
            }
            Ok(())
        });
    }
    let mut summary = summary.into_inner().unwrap_or_default();
    summary.not_attempted = listed - summary.done() + jobs.count();
    summary.disk_full = disk_full.into_inner();
    summary.removed_temporaries = removed_temporaries;
    summary
}

/// Converts one article to every format of the batch; never panics on bad input.
pub fn convert_job(job: &Job, batch: &BatchOptions, options: &Options) -> Record {
    let outputs: Vec<PathBuf> = batch
        .formats
        .iter()
        .map(|&f| job.output(&batch.out_dir, f))
        .collect();
    if batch.skip_existing && up_to_date(&job.input, &outputs) {
        return Record {
            path: job.input.clone(),
            outputs,
            status: Status::Skipped,
            error: None,
            warnings: Vec::new(),
            findings: None,
            bytes: 0,
            articles: 0,
            disk_full: false,
        };
    }
    match crate::error::one_input(|| convert_to_files(job, batch, options)) {
        Ok(Converted {
            outputs,
            warnings,
            findings,
            bytes,
        }) => Record {
            path: job.input.clone(),
            articles: outputs.len() / batch.formats.len().max(1),
            outputs,
            status: Status::Converted,
            error: None,
            warnings,
            findings,
            bytes,
            disk_full: false,
        },
        Err(error) => Record {
            disk_full: matches!(&error, Error::Io(e) if e.kind() == std::io::ErrorKind::StorageFull),
            ..failed(job.input.clone(), error.to_string())
        },
    }
}

/// What converting one input gave.
struct Converted {
    outputs: Vec<PathBuf>,
    warnings: Vec<String>,
    findings: Option<Vec<crate::check::Finding>>,
    bytes: u64,
}

/// Reads one input and writes every format of every article it holds (a newsMessage of
/// several items gives `stem-1`, `stem-2`, …), checking it first when the batch checks.
fn convert_to_files(job: &Job, batch: &BatchOptions, options: &Options) -> Result<Converted> {
    let bytes = read_limited(&job.input, batch.max_input_size)?;
    let size = bytes.len() as u64;
    let from = batch
        .from
        .unwrap_or_else(|| InputFormat::detect(Some(&job.input), &bytes));
    // Checked as the file is, before metadata options change the tree.
    let findings = match &batch.check {
        Some(check) => {
            let text = crate::decode::transcode(&bytes[..])?.text;
            Some(crate::check::check(&text, from, check)?)
        }
        None => None,
    };
    let mut reading =
        crate::parse_all(&bytes[..], from, &options.read.for_outputs(&batch.formats))?;
    if let Some(date_from) = options.read.date_from {
        let modified = std::fs::metadata(&job.input)
            .and_then(|m| m.modified())
            .ok();
        for doc in &mut reading.documents {
            crate::dates::fill(&mut doc.meta, date_from, &job.input, modified);
        }
    }
    let several = reading.documents.len() > 1;
    // Every output goes to its temporary file first, so an input gets all its outputs or none.
    let mut written = Vec::new();
    for (n, doc) in reading.documents.iter().enumerate() {
        let item = if several {
            let mut stem = job.stem.as_os_str().to_owned();
            stem.push(format!("-{}", n + 1));
            Job {
                input: job.input.clone(),
                stem: PathBuf::from(stem),
            }
        } else {
            job.clone()
        };
        for &format in &batch.formats {
            let path = item.output(&batch.out_dir, format);
            if same_file(&job.input, &path) {
                return Err(Error::InvalidOption(format!(
                    "output {} is the input itself; copydesk never overwrites an input",
                    path.display()
                )));
            }
            let temp = temporary_beside(&path, |out| {
                crate::write::write_to(doc, format, &options.write, out)
            })?;
            // Closed, kept by its path: a newsMessage of a thousand items does not hold a
            // thousand files open until the last is written.
            written.push((temp.into_temp_path(), path));
        }
    }
    let mut outputs = Vec::with_capacity(written.len());
    for (temp, path) in written {
        put_path(temp, &path)?;
        outputs.push(path);
    }
    Ok(Converted {
        outputs,
        warnings: reading.warnings,
        findings,
        bytes: size,
    })
}

/// Reads a file, refusing one over the size limit before reading it.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let (file, len) = open_limited(path, limit)?;
    read_opened(file, len)
}

/// Reads a file [`open_limited`] opened, of about the length it gave.
pub fn read_opened(file: std::fs::File, len: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    // One byte more than the length, so that reading to the end finds the end without growing.
    let mut bytes = Vec::with_capacity(usize::try_from(len).map_or(0, |len| len.saturating_add(1)));
    // Through `take`: a file's own read_to_end would ask the system for the size and offset
    // again (two calls per file in a batch of thousands).
    file.take(u64::MAX).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Opens a file to read it whole, refusing a directory and a file over the size limit
/// before reading it: the file and its length.
pub fn open_limited(path: &Path, limit: u64) -> Result<(std::fs::File, u64)> {
    let file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    if metadata.is_dir() {
        return Err(Error::InvalidOption(
            "is a directory, not an article".to_owned(),
        ));
    }
    if metadata.len() > limit {
        return Err(Error::TooLarge {
            size: metadata.len(),
            limit,
        });
    }
    Ok((file, metadata.len()))
}

/// Whether every output exists and is at least as new as the input.
fn up_to_date(input: &Path, outputs: &[PathBuf]) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(input_time) = modified(input) else {
        return false;
    };
    outputs
        .iter()
        .all(|o| modified(o).is_some_and(|t: SystemTime| t >= input_time))
}

/// Whether two paths name the same existing file (the same device and inode on Unix).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // The second is usually an output not written yet: one look settles it.
        let Ok(b) = std::fs::metadata(b) else {
            return false;
        };
        std::fs::metadata(a).is_ok_and(|a| a.dev() == b.dev() && a.ino() == b.ino())
    }
    #[cfg(not(unix))]
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes a file through a temporary file in the same directory and a rename, so a reader of
/// the path sees the old file or the new one, never half of one. Creates missing directories.
/// What is not a regular file (a device, a FIFO, `/dev/stdout`) is written in place instead,
/// as `cp` and `sort -o` do, and a symbolic link's target is replaced, not the link.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match destination(path)? {
        Destination::Replace(target) => {
            let temp = temporary_beside(&target, write)?;
            temp.persist(&target).map_err(|e| Error::Io(e.error))?;
        }
        Destination::InPlace(target) => {
            let mut out = std::io::BufWriter::new(open_in_place(&target)?);
            write(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Moves a finished temporary file to its path: renamed into place over a regular file (a
/// link's target) or a new path; copied into anything else, which is left as it is.
pub fn put(temp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
    match destination(path)? {
        Destination::Replace(target) => {
            temp.persist(&target).map_err(|e| Error::Io(e.error))?;
        }
        Destination::InPlace(target) => {
            let mut from = temp.reopen()?;
            let mut to = open_in_place(&target)?;
            std::io::copy(&mut from, &mut to)?;
            to.flush()?;
        }
    }
    Ok(())
}

/// [`put`] for a finished temporary file already closed.
fn put_path(temp: tempfile::TempPath, path: &Path) -> Result<()> {
    match destination(path)? {
        Destination::Replace(target) => {
            temp.persist(&target).map_err(|e| Error::Io(e.error))?;
        }
        Destination::InPlace(target) => {
            let mut from = std::fs::File::open(&temp)?;
            let mut to = open_in_place(&target)?;
            std::io::copy(&mut from, &mut to)?;
            to.flush()?;
        }
    }
    Ok(())
}

/// How an output reaches its path.
enum Destination {
    /// A regular file, or none yet: replaced atomically (through a symbolic link, its target).
    Replace(PathBuf),
    /// A device, a FIFO, a socket, a dangling link: opened and written.
    InPlace(PathBuf),
}

/// How to write to a path, from what is there now.
fn destination(path: &Path) -> Result<Destination> {
    let link = match std::fs::symlink_metadata(path) {
        // Nothing there, not even a dangling link: most outputs of a migration.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Destination::Replace(path.to_owned()))
        }
        entry => entry.is_ok_and(|m| m.file_type().is_symlink()),
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(Error::Io(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a directory",
        ))),
        Ok(meta) if !meta.is_file() => Ok(Destination::InPlace(path.to_owned())),
        Ok(_) if link => Ok(Destination::Replace(path.canonicalize()?)),
        Err(_) if link => Ok(Destination::InPlace(path.to_owned())),
        _ => Ok(Destination::Replace(path.to_owned())),
    }
}

/// Opens what is at a path for writing where it is (created through a dangling link).
fn open_in_place(path: &Path) -> Result<std::fs::File> {
    Ok(std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?)
}

/// A temporary file in the directory of `path`, filled by `write`; deleted if dropped.
fn temporary_beside(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<tempfile::NamedTempFile> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, empty_temporary_beside(path)?);
    write(&mut out)?;
    out.into_inner().map_err(|e| Error::Io(e.into_error()))
}

/// An empty temporary file in the directory of `path` (made if missing), to be renamed into
/// place when complete.
fn empty_temporary_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    // The process's id in the name: a later run knows a temporary file whose writer is gone.
    static PREFIX: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| format!("{TEMPORARY_PREFIX}{}-", std::process::id()));
    builder.prefix(PREFIX.as_str()).suffix(".tmp");
    // An output is read by others (a site generator, a web server): it gets the permissions
    // any new file gets (0666 less the umask), not a temporary file's 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // The directory is made when the file cannot be: most outputs go where others went.
    match builder.tempfile_in(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir)?;
            Ok(builder.tempfile_in(dir)?)
        }
        made => Ok(made?),
    }
}

/// How every temporary file copydesk writes is named: `.copydesk-PID-XXXXXX.tmp`.
const TEMPORARY_PREFIX: &str = ".copydesk-";

/// Removes the temporary files a run killed outright (`kill -9`, a power cut) left under an
/// output directory: named as copydesk names them, by a process that no longer runs (so
/// another run writing there now keeps its own). Returns how many. Where processes cannot be
/// told apart (no `/proc`), none is removed.
pub fn remove_stale_temporaries(out_dir: &Path) -> usize {
    if !Path::new("/proc/self").exists() || !out_dir.is_dir() {
        return 0;
    }
    let stale = |name: &str| {
        let Some(rest) = name.strip_prefix(TEMPORARY_PREFIX) else {
            return false;
        };
        let pid = rest.split('-').next().unwrap_or("");
        name.ends_with(".tmp")
            && !pid.is_empty()
            && pid.bytes().all(|b| b.is_ascii_digit())
            && pid != std::process::id().to_string()
            && !Path::new("/proc").join(pid).exists()
    };
    walkdir::WalkDir::new(out_dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.file_name().to_str().is_some_and(stale))
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// Streams records into a JSON array, one record per line, so that a report on a million
/// files never holds them all in memory.
pub struct ReportWriter {
    file: std::io::BufWriter<tempfile::NamedTempFile>,
    path: PathBuf,
    first: bool,
}

impl ReportWriter {
    /// Starts a report; the file appears (atomically) when it is finished.
    pub fn create(path: &Path) -> Result<ReportWriter> {
        // Beside the file it replaces; for a device or a FIFO (`--report /dev/stdout`), in the
        // temporary directory, never beside it.
        let beside = match destination(path)? {
            Destination::Replace(target) => target,
            Destination::InPlace(_) => std::env::temp_dir().join("report"),
        };
        let mut file = std::io::BufWriter::new(empty_temporary_beside(&beside)?);
        file.write_all(b"[")?;
        Ok(ReportWriter {
            file,
            path: path.to_owned(),
            first: true,
        })
    }

    /// Adds one record.
    pub fn add(&mut self, record: &Record) -> Result<()> {
        self.file
            .write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer(&mut self.file, record)?;
        Ok(())
    }

    /// Closes the array and moves the report into place.
    pub fn finish(mut self) -> Result<()> {
        self.file.write_all(b"\n]\n")?;
        let temp = self
            .file
            .into_inner()
            .map_err(|e| Error::Io(e.into_error()))?;
        put(temp, &self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn outputs_get_the_permissions_of_any_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let (plain, atomic) = (dir.path().join("plain"), dir.path().join("atomic"));
        std::fs::write(&plain, "x").unwrap();
        write_atomically(&atomic, |out| Ok(out.write_all(b"x")?)).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode();
        assert_eq!(mode(&atomic), mode(&plain));
    }

    #[test]
    fn a_file_is_read_whole_within_its_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.txt");
        let bytes: Vec<u8> = (0..(5 << 20) + 7).map(|i: u32| (i % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(read_limited(&path, u64::MAX).unwrap(), bytes);
        assert!(matches!(
            read_limited(&path, 1 << 20),
            Err(Error::TooLarge { .. })
        ));
    }

    #[test]
    fn outputs_mirror_the_tree_and_namesakes_keep_their_extension() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("in");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        for name in [
            "a.txt",
            "a.story",
            "sub/b.txt",
            "sub/.hidden.txt",
            "sub/c.jpg",
        ] {
            std::fs::write(root.join(name), "x").unwrap();
        }
        let out = dir.path().join("out");
        let inputs = [root.clone()];
        let stems: Vec<PathBuf> = jobs(&inputs, &out).map(|j| j.unwrap().stem).collect();
        assert_eq!(
            stems,
            [
                PathBuf::from("a.story"),
                PathBuf::from("a.txt"),
                PathBuf::from("sub/b")
            ]
        );
        let job = Job {
            input: root.join("sub/b.txt"),
            stem: PathBuf::from("sub/b"),
        };
        assert_eq!(
            job.output(&out, OutputFormat::Newsml),
            out.join("sub/b.xml")
        );
    }

    #[test]
    fn the_output_directory_inside_an_input_tree_is_not_walked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("old.txt"), "x").unwrap();
        let inputs = [dir.path().to_owned()];
        assert_eq!(jobs(&inputs, &out).count(), 1);
    }

    #[test]
    fn two_files_of_the_same_name_do_not_overwrite_each_other() {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["x", "y"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
            std::fs::write(dir.path().join(sub).join("a.txt"), "x").unwrap();
        }
        let inputs = [dir.path().join("x/a.txt"), dir.path().join("y/a.txt")];
        let results: Vec<_> = jobs(&inputs, dir.path()).collect();
        assert!(results[0].is_ok() && results[1].is_err());
    }
}
