//! The command's input and output: files read or mapped, standard input, and output held
//! back until it is complete.

use crate::cli::memory::make_room_for_tree;
use crate::cli::signals::STDOUT_OPEN;
use crate::Failure;
use copydesk::{batch, Error};
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::atomic::Ordering;

/// An output held back until it is complete, so that a failure prints nothing: in memory while
/// it is at most twice its input's size (and always up to a few megabytes), then in an
/// unnamed temporary file, so that an output many times its input's size (the JSON of a text
/// of quotation marks) does not multiply the memory the run takes.
pub struct HeldOutput {
    memory: Vec<u8>,
    limit: usize,
    spilled: Option<io::BufWriter<std::fs::File>>,
}

impl HeldOutput {
    pub fn new(input_len: usize) -> HeldOutput {
        HeldOutput {
            // Sized for about the article's length, so a long one is not copied from buffer
            // to doubled buffer.
            memory: Vec::with_capacity(input_len + input_len / 8),
            limit: (2 * input_len).max(4 << 20),
            spilled: None,
        }
    }

    /// The output, to be read from its start.
    pub fn finish(self) -> io::Result<Box<dyn Read>> {
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
pub fn let_go(doc: copydesk::Document) {
    std::mem::forget(doc);
}

/// An article's bytes: read into memory, or mapped when the file is long.
pub enum InputBytes {
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
pub const MAP_FROM: u64 = 4 << 20;

/// Reads the input file, or standard input for none or `-`.
pub fn read_input(input: Option<&Path>, limit: u64) -> Result<(String, InputBytes), Failure> {
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
            // SAFETY: the map is only read, by the reader and by the writer (the tree's text
            // borrows it), and unmapped once the output is written. Should another program
            // truncate the file meanwhile, that read faults (SIGBUS) and the process ends:
            // before any output exists, or with the output's temporary file left beside it
            // (never renamed into place); a file rewritten meanwhile is read as whatever its
            // pages hold.
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

pub fn read_stdin(limit: u64) -> Result<(String, InputBytes), Failure> {
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
pub fn reason(error: &Error) -> String {
    match error {
        Error::Io(e) if e.kind() == io::ErrorKind::NotFound => "no such file".to_owned(),
        Error::Io(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            "permission denied".to_owned()
        }
        other => other.to_string(),
    }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn emit_stdout(mut bytes: impl Read) -> Result<(), Failure> {
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
