//! What the `copydesk` command needs besides the library: its flags, `check`'s printing, its
//! man pages and completions, its files and standard streams, its signals, and the
//! allocator's tuning.

pub mod args;
pub mod check;
pub mod io;
pub mod manual;
pub mod memory;
pub mod signals;
