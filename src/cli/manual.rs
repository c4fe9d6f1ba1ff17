//! `copydesk completions` and `copydesk man`: shell completions and manual pages generated from
//! the flag definitions `--help` shows (clap_complete, clap_mangen), so none of them can list a
//! flag the others do not; the man pages add what `--help` has no room for.

use crate::cli::args::{self, Cli};
use clap::CommandFactory;
use clap_mangen::roff::{bold, roman, Roff};
use clap_mangen::Man;
use std::io::{self, Write};

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "copydesk", &mut script);
    script
}

/// copydesk's manual page (roff), or that of its subcommand `subcommand`.
pub fn man_page(subcommand: Option<&str>) -> io::Result<Vec<u8>> {
    let mut page = Vec::new();
    write_man_page(subcommand, &mut page)?;
    Ok(page)
}

fn write_man_page(subcommand: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let mut command = Cli::command();
    // Building fills in each subcommand's full invocation (`copydesk check`) for its synopsis.
    command.build();
    match subcommand {
        None => copydesk_page(command, out),
        Some(name) => {
            let page = command
                .find_subcommand(name)
                .cloned()
                .ok_or_else(|| io::Error::other(format!("no subcommand {name}")))?
                .name(format!("copydesk-{name}"));
            let man = Man::new(page);
            man.render_title(out)?;
            man.render_name_section(out)?;
            man.render_synopsis_section(out)?;
            man.render_description_section(out)?;
            man.render_options_section(out)?;
            section("EXAMPLES", &definitions(args::CHECK_EXAMPLES), out)?;
            section("EXIT STATUS", &paragraph(args::CHECK_EXIT_STATUS), out)?;
            section("SEE ALSO", &paragraph("copydesk(1)"), out)
        }
    }
}

/// copydesk(1): the generated sections, then the formats, examples, exit status, the
/// front-matter contract and the environment.
fn copydesk_page(command: clap::Command, out: &mut dyn Write) -> io::Result<()> {
    let man = Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    // In place of the generated description, which is the one line of `--help`.
    section(
        "DESCRIPTION",
        &paragraph(
            "copydesk reads an article (plain-text copy; also Markdown with YAML front matter, \
             NewsML-G2, NITF or copydesk's JSON) into one document tree: headline, byline, \
             dateline, date, summary box, paragraphs, subheads, lists, captions, quotations and \
             their speakers. It writes that tree in the formats publishing systems read. One \
             input goes to standard output or to -o FILE, written atomically; several inputs, \
             a directory or several -t formats convert as a batch into -o DIR, one output per \
             article and format, an input never overwritten.",
        ),
        out,
    )?;
    man.render_options_section(out)?;
    section("SUBCOMMANDS", &definitions(&subcommands(&command)), out)?;
    section("EXAMPLES", &definitions(args::EXAMPLES), out)?;
    section("EXIT STATUS", &paragraph(args::EXIT_STATUS), out)?;
    section("FRONT MATTER", &paragraph(args::FRONT_MATTER_KEYS), out)?;
    section(
        "ENVIRONMENT",
        &definitions(&[
            (
                "SOURCE_DATE_EPOCH",
                "Seconds since 1970: the conversion time, as --created gives it.",
            ),
            (
                "NO_COLOR",
                "When set, help and errors are plain text (as they are whenever standard error \
                 is not a terminal).",
            ),
        ]),
        out,
    )?;
    section("SEE ALSO", &paragraph("copydesk-check(1), pandoc(1)"), out)?;
    man.render_version_section(out)
}

/// Each subcommand but `help` as it is typed, with what it does (the generated section names
/// a page for each, and only `check` has one).
fn subcommands(command: &clap::Command) -> Vec<(String, String)> {
    command
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
        .map(|sub| {
            let mut usage = format!("copydesk {}", sub.get_name());
            for arg in sub.get_positionals() {
                let name = arg.get_id().as_str().to_uppercase();
                usage.push_str(&if arg.is_required_set() {
                    format!(" {name}")
                } else {
                    format!(" [{name}]")
                });
            }
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            let page = if sub.get_name() == "check" {
                " See copydesk-check(1)."
            } else {
                ""
            };
            (usage, format!("{about}.{page}"))
        })
        .collect()
}

/// A section of running text, definitions or examples.
fn section(title: &str, body: &Roff, out: &mut dyn Write) -> io::Result<()> {
    let mut roff = Roff::new();
    roff.control("SH", [title]);
    roff.to_writer(out)?;
    body.to_writer(out)
}

fn paragraph(text: &str) -> Roff {
    let mut roff = Roff::new();
    roff.text([roman(text)]);
    roff
}

/// Terms (flags, variables, example commands) in bold, each with what it means indented
/// below (`.TP`).
fn definitions(items: &[(impl AsRef<str>, impl AsRef<str>)]) -> Roff {
    let mut roff = Roff::new();
    for (term, definition) in items {
        roff.control("TP", [])
            .text([bold(term.as_ref())])
            .text([roman(definition.as_ref())]);
    }
    roff
}
