//! Peak memory stays within the budget whatever the text (issue 15): for each kind of input
//! that costs memory out of proportion to its size, the largest input the estimate lets in
//! stays within 16x its size plus the allowance and the process's base, and twice that input
//! is refused before it is read.

use copydesk::read::budget;
use copydesk::InputFormat;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};

/// Peak resident memory in bytes and exit code of copydesk run on `input`. Linux carries a
/// process's peak across `exec` into what `wait4` reports for the child it spawned, so a
/// child of this test would report this test's own peak: copydesk is spawned by a fresh copy
/// of this test binary instead ([`one_run_s_peak_memory`]), which stays small.
fn peak(input: &Path, args: &[&str], stderr: &Path) -> (usize, Option<i32>) {
    let mut command = vec![input.to_str().unwrap(), stderr.to_str().unwrap()];
    command.extend(args);
    let helper = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "one_run_s_peak_memory",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HELPER, command.join("\u{1f}"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&helper.stdout);
    // The harness prints the test's name on the same line.
    let line = stdout
        .lines()
        .find_map(|line| line.split_once("peak ").map(|(_, peak)| peak))
        .unwrap_or_else(|| panic!("no peak from the helper: {stdout}"));
    let (peak, code) = line.split_once(" exit ").unwrap();
    (peak.parse().unwrap(), code.parse().ok())
}

/// Set for the copy of this binary that runs copydesk and prints its peak memory: the input,
/// the file for its stderr, then its other arguments, separated by U+001F.
const HELPER: &str = "COPYDESK_TEST_PEAK_OF";

/// In the helper copy of this binary: runs copydesk once and prints its peak memory and exit
/// code. Otherwise there is nothing to run.
#[test]
fn one_run_s_peak_memory() {
    let Ok(command) = std::env::var(HELPER) else {
        return;
    };
    let mut parts = command.split('\u{1f}');
    let (input, stderr) = (parts.next().unwrap(), parts.next().unwrap());
    // Waited for by wait4 below, which gives its resource usage.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .arg(input)
        .args(parts)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(stderr).unwrap())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 fills it for the child just spawned, which
    // nothing else waits for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t);
    let code = std::process::ExitStatus::from_raw(status).code();
    let code = code.map_or("none".to_owned(), |c| c.to_string());
    println!("peak {} exit {code}", usage.ru_maxrss as usize * 1024);
}

/// Inputs are tried up to this size.
const LARGEST: usize = 8 << 20;

/// The largest count of a shape's unit whose text the budget lets in, and whether twice that
/// is refused (`false`: the shape is let in at every size tried).
fn largest_allowed(make: &dyn Fn(usize) -> String, format: InputFormat) -> (usize, bool) {
    let fits = |n: usize| {
        let text = make(n);
        budget::estimate(&text, format) <= budget::budget(&text)
    };
    let (mut low, mut high) = (1, 2);
    while fits(high) {
        if make(high).len() > LARGEST {
            return (high, false);
        }
        (low, high) = (high, high * 2);
    }
    while high - low > 1 {
        let mid = (low + high) / 2;
        if fits(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    (low, true)
}

#[test]
fn the_largest_input_let_in_stays_within_budget_and_twice_it_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = dir.path().join("stderr");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "Headline\n\nBody.\n").unwrap();
    let (base, _) = peak(&empty, &["-t", "newsml"], &err);
    let newsml = |paragraphs: String| {
        format!(
            "<?xml version=\"1.0\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\" version=\"1\"><contentMeta><headline>x</headline></contentMeta><contentSet><inlineXML contenttype=\"application/nitf+xml\"><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content>{paragraphs}</body.content></body></nitf></inlineXML></contentSet></newsItem>"
        )
    };
    type Make = Box<dyn Fn(usize) -> String>;
    let shapes: Vec<(&str, InputFormat, &str, Make)> = vec![
        (
            "quote-lines",
            InputFormat::Plain,
            "txt",
            Box::new(|n| "\"\n".repeat(n)),
        ),
        (
            "one-word-paragraphs",
            InputFormat::Plain,
            "txt",
            Box::new(|n| "Word.\n\n".repeat(n)),
        ),
        (
            "short-quoted-paragraphs",
            InputFormat::Plain,
            "txt",
            Box::new(|n| "“Café” opens, he said.\n\n".repeat(n)),
        ),
        (
            "quotations",
            InputFormat::Plain,
            "txt",
            Box::new(|n| format!("Head\n\n{}\n", "\"a\" ".repeat(n))),
        ),
        (
            "curly-quotations",
            InputFormat::Plain,
            "txt",
            Box::new(|n| format!("Head\n\n{}\n", "“a” ".repeat(n))),
        ),
        (
            "said-lines",
            InputFormat::Plain,
            "txt",
            Box::new(|n| "\"a,\" he said.\n".repeat(n)),
        ),
        (
            "names",
            InputFormat::Plain,
            "txt",
            Box::new(|n| {
                format!(
                    "Head\n\n{}\n",
                    (0..n)
                        .map(|i| format!("Ab{i} Cd{i} said. "))
                        .collect::<String>()
                )
            }),
        ),
        (
            "markdown-quote-lines",
            InputFormat::Markdown,
            "md",
            Box::new(|n| "\"\n\n".repeat(n)),
        ),
        (
            "newsml-paragraphs",
            InputFormat::Newsml,
            "xml",
            Box::new(move |n| newsml("<p>\"</p>".repeat(n))),
        ),
        (
            "json-inlines",
            InputFormat::Json,
            "json",
            Box::new(|n| {
                format!("{{\"meta\":{{\"title\":\"x\"}},\"blocks\":[{{\"type\":\"paragraph\",\"content\":[{}{{\"type\":\"text\",\"text\":\"\"}}]}}]}}", "{\"type\":\"quote\",\"text\":\"a\"},".repeat(n))
            }),
        ),
    ];
    let mut report = Vec::new();
    for (name, format, extension, make) in &shapes {
        let (n, refused_beyond) = largest_allowed(make.as_ref(), *format);
        let text = make(n);
        let input = dir.path().join(format!("{name}.{extension}"));
        std::fs::write(&input, &text).unwrap();
        for to in ["markdown", "newsml", "json"] {
            let (used, code) = peak(&input, &["-t", to], &err);
            let stderr = std::fs::read_to_string(&err).unwrap();
            assert_eq!(code, Some(0), "{name} -> {to}: {stderr}");
            let allowed = budget::budget(&text) + base;
            report.push(format!(
                "{name} -> {to}: {} KB input, peak {} MB of {} MB allowed",
                text.len() >> 10,
                used >> 20,
                allowed >> 20
            ));
            assert!(used <= allowed, "{}", report.last().unwrap());
        }
        if !refused_beyond {
            continue;
        }
        let twice = make(2 * n);
        std::fs::write(&input, &twice).unwrap();
        let (used, code) = peak(&input, &["-t", "markdown"], &err);
        let stderr = std::fs::read_to_string(&err).unwrap();
        assert_eq!(code, Some(1), "{name} twice: {stderr}");
        assert!(stderr.contains("not read: would take about"), "{stderr}");
        // Refusing costs no more than holding the input a few times (and compiling patterns).
        assert!(
            used <= base + (16 << 20) + 4 * twice.len(),
            "{name}: refused, yet took {used} bytes ({} input bytes, base {base})",
            twice.len()
        );
    }
    println!("{}", report.join("\n"));
}
