//! Criterion benchmarks: the plain-text reader and each writer on the corpus, as throughput
//! (MB/s of input). `cargo bench --bench convert`.
//!
//! Inputs: every article of `../shared/corpus` (read one by one, as a batch does), and the
//! same articles joined into one long document (as a 10 MB file is read).

use copydesk::{InputFormat, OutputFormat, ReadOptions, WriteOptions};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .expect("../shared/corpus")
        .flat_map(|d| std::fs::read_dir(d.unwrap().path()).into_iter().flatten())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "story"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let total: usize = articles.iter().map(Vec::len).sum();
    let joined: Vec<u8> = articles
        .iter()
        .filter_map(|a| copydesk::decode::decode(a).ok())
        .flat_map(|d| (d.text.into_owned() + "\n\n").into_bytes())
        .collect();
    let read = ReadOptions::default();
    let write = WriteOptions::at(chrono::Utc::now().fixed_offset());

    let mut group = c.benchmark_group("read");
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("plain, article by article", |b| {
        b.iter(|| {
            for a in &articles {
                let _ = copydesk::parse(a, InputFormat::Plain, &read);
            }
        })
    });
    group.throughput(Throughput::Bytes(joined.len() as u64));
    group.bench_function("plain, one long document", |b| {
        b.iter(|| copydesk::parse(&joined, InputFormat::Plain, &read).unwrap())
    });
    group.finish();

    let docs: Vec<_> = articles
        .iter()
        .filter_map(|a| copydesk::parse(a, InputFormat::Plain, &read).ok())
        .collect();
    let mut group = c.benchmark_group("write");
    group.throughput(Throughput::Bytes(total as u64));
    for &format in OutputFormat::all() {
        group.bench_function(format.name(), |b| {
            b.iter(|| {
                for doc in &docs {
                    copydesk::write::write(doc, format, &write).unwrap();
                }
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
