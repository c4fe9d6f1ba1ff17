//! Signals (SIGINT, SIGTERM) and the state of standard output, watched for the whole run.

use std::sync::atomic::{AtomicBool, Ordering};

/// The signals that ask a run to stop, SIGINT (Ctrl-C) and SIGTERM: each sets a flag the run
/// checks between articles, so it finishes or drops the work under way, leaves no temporary
/// file and exits 130 or 143. A second one ends the process at once.
pub struct Signals {
    interrupt: std::sync::Arc<AtomicBool>,
    terminate: std::sync::Arc<AtomicBool>,
}

impl Signals {
    pub fn watch() -> Signals {
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
    pub fn caught(&self) -> Option<u8> {
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
pub fn signals() -> &'static Signals {
    static SIGNALS: std::sync::OnceLock<Signals> = std::sync::OnceLock::new();
    SIGNALS.get_or_init(Signals::watch)
}

/// Whether standard output was open when the run started.
pub static STDOUT_OPEN: AtomicBool = AtomicBool::new(true);

/// Whether standard output was given to the process. The Rust runtime opens `/dev/null`
/// read-write onto a descriptor 0, 1 or 2 it finds closed (`>&-`), so that no file opened
/// later takes its number; by the time `main` runs, a closed output looks like `/dev/null`.
/// On Linux descriptor 1 is therefore looked at before the runtime starts, from the
/// executable's initialisers (`.init_array`, which the C runtime calls before Rust's `main`):
/// a parent that gives `/dev/null` read-write itself (Python's `subprocess.DEVNULL`, Go's
/// `exec` without a stdout, systemd's `StandardOutput=null`) is not taken for a closed one.
#[cfg(target_os = "linux")]
pub fn stdout_is_open() -> bool {
    STDOUT_GIVEN.load(Ordering::SeqCst)
}

/// Whether descriptor 1 was open before the runtime started, as [`probe_stdout`] found it.
#[cfg(target_os = "linux")]
static STDOUT_GIVEN: AtomicBool = AtomicBool::new(true);

#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static PROBE_STDOUT: extern "C" fn() = probe_stdout;

/// Runs before the Rust runtime: records whether descriptor 1 is open.
#[cfg(target_os = "linux")]
extern "C" fn probe_stdout() {
    // SAFETY: fcntl(F_GETFD) only reads the descriptor's flags.
    let open = unsafe { libc::fcntl(1, libc::F_GETFD) } != -1;
    STDOUT_GIVEN.store(open, Ordering::SeqCst);
}

/// Elsewhere, after the runtime: `/dev/null` opened read-write is taken for a closed output
/// (a shell's `>/dev/null` opens it write-only).
#[cfg(all(unix, not(target_os = "linux")))]
pub fn stdout_is_open() -> bool {
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
pub fn stdout_is_open() -> bool {
    true
}
