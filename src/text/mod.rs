//! The format-neutral text layer: what every reader shares once it has paragraphs of running
//! text, whatever the format they came in. [`body`] turns a reader's drafts into blocks:
//! paragraphs that are notes or captions by their [`labels`], and quotations attributed to
//! their speakers (`quotes`, with its word lists and name registry), found fast by the byte
//! scanners of `scan` (each with its oracle test). It knows no reader and no writer.

pub mod body;
pub mod labels;
pub(crate) mod quotes;
pub(crate) mod scan;
