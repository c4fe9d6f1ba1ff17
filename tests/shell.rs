//! What a shell user gets besides conversions: the man pages and completions list every flag
//! `--help` shows, bash completes the format names, help and errors are plain text where
//! colour is unwanted, and the batch progress bar counts whole articles a second.

mod common;

use common::{have, run};
use std::collections::BTreeSet;
use std::process::Command;

fn stdout(args: &[&str]) -> String {
    let output = run(args, b"");
    assert!(output.status.success(), "copydesk {args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

/// The flags a help text lists, long and short (`-f`, `--from`), in the flag lines that open
/// with them.
fn help_flags(help: &str) -> BTreeSet<String> {
    let mut flags = BTreeSet::new();
    for line in help.lines().map(str::trim_start) {
        if !line.starts_with('-') {
            continue;
        }
        let names = line.split("  ").next().unwrap_or(line);
        for name in names.split([',', ' ']) {
            let name = name.split(['=', '<', '[']).next().unwrap_or(name);
            if name.starts_with('-') && name.len() > 1 {
                flags.insert(name.to_owned());
            }
        }
    }
    flags
}

#[test]
fn help_flags_are_read_whole() {
    let flags = help_flags(&stdout(&["--help"]));
    for flag in [
        "-t",
        "--to",
        "--max-input-size",
        "--skip-existing",
        "-h",
        "--version",
    ] {
        assert!(flags.contains(flag), "{flag} missing from {flags:?}");
    }
}

/// Whether `flag` is named in a completion script for `shell`, as that shell writes flags.
fn completes(shell: &str, script: &str, flag: &str) -> bool {
    match (shell, flag.strip_prefix("--")) {
        ("fish", Some(long)) => script.contains(&format!("-l {long}")),
        ("fish", None) => script.contains(&format!("-s {}", &flag[1..])),
        _ => script.contains(flag),
    }
}

#[test]
fn every_flag_of_help_is_in_the_man_pages_and_completions() {
    let scripts: Vec<(&str, String)> = ["bash", "zsh", "fish", "elvish", "powershell"]
        .iter()
        .map(|shell| (*shell, stdout(&["completions", shell])))
        .collect();
    for (help, page) in [
        (&["--help"][..], &["man"][..]),
        (&["check", "--help"], &["man", "check"]),
    ] {
        let flags = help_flags(&stdout(help));
        assert!(flags.len() > 5, "{help:?}: too few flags read: {flags:?}");
        let page = stdout(page).replace("\\-", "-");
        for flag in &flags {
            assert!(
                page.contains(&format!("{flag}\\fR")) || page.contains(&format!("{flag} ")),
                "{flag} of copydesk {help:?} is not in its man page"
            );
            for (shell, script) in &scripts {
                assert!(
                    completes(shell, script, flag),
                    "{flag} of copydesk {help:?} is not in the {shell} completion"
                );
            }
        }
    }
}

#[test]
fn the_man_page_carries_examples_exit_status_and_the_front_matter_contract() {
    let page = stdout(&["man"]);
    for section in [
        "SYNOPSIS",
        "OPTIONS",
        "SUBCOMMANDS",
        "EXAMPLES",
        "EXIT STATUS",
        "FRONT MATTER",
    ] {
        let heading = if section.contains(' ') {
            format!(".SH \"{section}\"")
        } else {
            format!(".SH {section}")
        };
        assert!(page.contains(&heading), "no {section} section");
    }
    // The formats with their descriptions.
    assert!(
        page.contains("ninjs: IPTC ninjs 3.1"),
        "-t's formats are not described"
    );
    // The contract lists the keys in the order the front matter has them: an article with
    // every key set, written as front matter.
    let metadata = [
        "byline=By A Writer",
        "highlights_title=In brief",
        "credits=Reuters",
        "highlights=One",
        "language=en",
        "date=2025-03-12",
        "dateline=LONDON",
        "authors=A Writer",
        "title=Headline",
        "desk=Business",
    ];
    let mut args = vec!["-t", "frontmatter"];
    for m in &metadata {
        args.extend(["-M", m]);
    }
    let output = run(&args, b"Body of the article.\n");
    assert!(output.status.success());
    let written: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(':').map(|(k, _)| k.to_owned()))
        .filter(|k| !k.starts_with(['-', ' ']) && !k.is_empty())
        .collect();
    assert_eq!(written.len(), metadata.len(), "{written:?}");
    let contract: Vec<&str> = page[page.find(".SH \"FRONT MATTER\"").unwrap()..]
        .split(|c: char| !c.is_ascii_lowercase() && c != '_')
        .collect();
    let named: Vec<usize> = written
        .iter()
        .filter(|k| *k != "desk")
        .map(|k| {
            contract
                .iter()
                .position(|word| word == k)
                .unwrap_or_else(|| panic!("{k} is not in the contract"))
        })
        .collect();
    assert!(
        named.windows(2).all(|w| w[0] < w[1]),
        "the contract's order is not the output's: {written:?}"
    );
    assert_eq!(
        written.last().map(String::as_str),
        Some("desk"),
        "user metadata comes last"
    );
}

#[test]
fn the_man_pages_render_without_warnings() {
    if !have("groff", "--version") {
        return;
    }
    for page in [&["man"][..], &["man", "check"]] {
        let roff = stdout(page);
        let path = std::env::temp_dir().join(format!("copydesk-{}.1", std::process::id()));
        std::fs::write(&path, roff).unwrap();
        // As man(1) runs it: preconv (-k) first, for the UTF-8 of the help texts.
        let output = Command::new("groff")
            .args(["-k", "-man", "-Tutf8", "-ww", "-z"])
            .arg(&path)
            .output()
            .unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(output.status.success());
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "",
            "groff warns on copydesk {page:?}"
        );
    }
}

/// What bash's completion offers for the words typed so far (the last one being completed),
/// with the script `copydesk completions bash` prints.
fn bash_completes(words: &[&str]) -> BTreeSet<String> {
    let script = stdout(&["completions", "bash"]);
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "{script}\nCOMP_WORDS=({words})\nCOMP_CWORD={cword}\n\
         COMP_LINE=\"${{COMP_WORDS[*]}}\"\nCOMP_POINT=${{#COMP_LINE}}\n\
         _copydesk copydesk \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        words = quoted.join(" "),
        cword = words.len() - 1,
    );
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .expect("bash");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_the_format_names() {
    let formats: BTreeSet<String> = copydesk::OutputFormat::all()
        .iter()
        .map(|f| f.name().to_owned())
        .collect();
    assert_eq!(bash_completes(&["copydesk", "-t", ""]), formats);
    assert_eq!(
        bash_completes(&["copydesk", "--to", "n"]),
        formats
            .iter()
            .filter(|f| f.starts_with('n'))
            .cloned()
            .collect()
    );
    let rules: BTreeSet<String> = copydesk::check::RULES
        .iter()
        .map(|r| r.id.to_owned())
        .collect();
    assert_eq!(bash_completes(&["copydesk", "check", "--rule", ""]), rules);
}

/// Runs a shell command line under a pseudo-terminal (util-linux `script`), so that the
/// program sees a terminal on all three standard streams; returns what the terminal showed.
fn on_a_terminal(command: &str, no_color: bool) -> Option<String> {
    if !have("script", "--version") {
        return None;
    }
    let mut script = Command::new("script");
    script.args(["--quiet", "--return", "--command", command, "/dev/null"]);
    script.env_remove("NO_COLOR").env("TERM", "xterm-256color");
    if no_color {
        script.env("NO_COLOR", "1");
    }
    let output = script.output().unwrap();
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn no_color_and_a_non_terminal_give_plain_text() {
    let bin = env!("CARGO_BIN_EXE_copydesk");
    let command = format!("{bin} --no-such-flag");
    // On a terminal clap colours its error, so the check below can tell.
    if let Some(coloured) = on_a_terminal(&command, false) {
        assert!(
            coloured.contains("\x1b["),
            "no colour on a terminal: {coloured:?}"
        );
        let plain = on_a_terminal(&command, true).unwrap();
        assert!(plain.contains("--no-such-flag"), "{plain:?}");
        assert!(
            !plain.contains("\x1b["),
            "colour despite NO_COLOR: {plain:?}"
        );
    }
    let piped = run(&["--no-such-flag"], b"");
    assert_eq!(piped.status.code(), Some(2));
    let stderr = String::from_utf8(piped.stderr).unwrap();
    assert!(
        stderr.contains("--no-such-flag") && !stderr.contains('\x1b'),
        "{stderr:?}"
    );
}

#[test]
fn the_progress_bar_counts_whole_articles_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let text = std::fs::read_to_string(common::example()).unwrap();
    for i in 0..3000 {
        std::fs::write(inputs.join(format!("{i}.txt")), &text).unwrap();
    }
    let command = format!(
        "{} {} -o {} -t json -j 1",
        env!("CARGO_BIN_EXE_copydesk"),
        inputs.display(),
        dir.path().join("out").display()
    );
    let Some(screen) = on_a_terminal(&command, true) else {
        return;
    };
    let rates: Vec<&str> = screen
        .split("articles")
        .skip(1)
        .filter_map(|after| after.split_whitespace().next())
        .collect();
    assert!(!rates.is_empty(), "no progress bar drawn: {screen:?}");
    for rate in &rates {
        let number = rate
            .strip_suffix("/s")
            .unwrap_or_else(|| panic!("{rate:?}"));
        assert!(
            !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == ','),
            "not a whole number of articles a second: {rate:?}"
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path().join("out")).unwrap().count(),
        3000
    );
}
