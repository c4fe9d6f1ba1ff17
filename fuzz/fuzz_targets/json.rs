//! Fuzzes the json reader, feeding every writer and checking every invariant
//! (tests/invariants/mod.rs): no panic, well-formed NewsML, front matter that parses back,
//! Markdown that renders the article's text with no raw HTML.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    invariants::check(data, copydesk::InputFormat::Json);
});
