//! Builds the benchmark inputs from the corpus and the example article, deterministically:
//! `DIR/big.txt` (one 10 MiB article file: the articles one after another) and
//! `DIR/small/a0000.txt` … `a0999.txt` (1,000 articles of about 4 KB, cut at paragraph ends).
//!
//! `cargo run --release --example bench_data -- DIR [../shared]`

use std::path::{Path, PathBuf};

fn main() {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().expect("usage: bench_data DIR [SHARED]"));
    let shared = PathBuf::from(args.next().unwrap_or_else(|| "../shared".to_owned()));
    let articles = articles(&shared);
    std::fs::create_dir_all(out.join("small")).unwrap();

    let mut big = String::new();
    for article in articles.iter().cycle() {
        if big.len() >= 10 << 20 {
            break;
        }
        big.push_str(article.trim_end());
        big.push_str("\n\n");
    }
    std::fs::write(out.join("big.txt"), &big).unwrap();

    let paragraphs: Vec<&str> = articles
        .iter()
        .flat_map(|a| a.split("\n\n"))
        .filter(|p| !p.trim().is_empty())
        .collect();
    let mut next = paragraphs.iter().cycle();
    for n in 0..1000 {
        let mut file = String::new();
        while file.len() < 3800 {
            let p = next.next().unwrap();
            if file.len() + p.len() > 4400 && !file.is_empty() {
                break;
            }
            file.push_str(p.trim());
            file.push_str("\n\n");
        }
        std::fs::write(out.join("small").join(format!("a{n:04}.txt")), file).unwrap();
    }
    println!(
        "{}: big.txt {} bytes, small/ 1000 files",
        out.display(),
        big.len()
    );
}

/// Every UTF-8-decodable article of the corpus and the example, decoded and normalised.
fn articles(shared: &Path) -> Vec<String> {
    let mut paths = vec![shared.join("examples/biden-zelenskyy-call.txt")];
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(shared.join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        paths.extend(files);
    }
    paths
        .iter()
        .filter_map(|p| copydesk::decode::decode(std::fs::read(p).ok()?).ok())
        .map(|d| d.text.into_owned())
        .collect()
}
