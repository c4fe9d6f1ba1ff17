//! Where the time goes on one long article: reading the file, decoding, parsing (with
//! quotations left unmarked, as for Markdown, and then attributed, as for the other writers),
//! and each writer, timed one after the other in one process (best of N runs).
//!
//! `cargo run --release --example phases -- FILE [RUNS]` (bench/compare.sh builds a 10 MB
//! FILE at /tmp/copydesk-bench/big.txt).

use copydesk::{OutputFormat, WriteOptions};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: phases FILE [RUNS]");
    let runs: usize = args
        .next()
        .map_or(5, |r| r.parse().expect("RUNS is a number"));
    let names = [
        "read", "decode", "unmarked", "parse", "markdown", "newsml", "json", "total",
    ];
    let mut best = [Duration::MAX; 8];
    for _ in 0..runs {
        let mut times = [Duration::ZERO; 8];
        let start = Instant::now();
        let mut lap = |i: usize, since: &mut Instant| {
            times[i] = since.elapsed();
            *since = Instant::now();
        };
        let mut at = Instant::now();
        let bytes = std::fs::read(&path).expect("readable file");
        lap(0, &mut at);
        let text = copydesk::decode::decode(bytes).expect("text").text;
        lap(1, &mut at);
        drop(copydesk::read::plain::parse(
            &text,
            copydesk::Quotations::Unmarked,
        ));
        lap(2, &mut at);
        let doc = copydesk::read::plain::parse(&text, copydesk::Quotations::Attributed);
        lap(3, &mut at);
        let opts = WriteOptions::at(chrono::Utc::now().fixed_offset());
        for (i, format) in [
            OutputFormat::Markdown,
            OutputFormat::Newsml,
            OutputFormat::Json,
        ]
        .into_iter()
        .enumerate()
        {
            let mut out = Vec::new();
            copydesk::write::write_to(&doc, format, &opts, &mut out).expect("written");
            lap(4 + i, &mut at);
        }
        times[7] = start.elapsed();
        for (b, t) in best.iter_mut().zip(times) {
            *b = (*b).min(t);
        }
    }
    for (name, time) in names.iter().zip(best) {
        println!("{name:>9} {:8.1} ms", time.as_secs_f64() * 1000.0);
    }
}
