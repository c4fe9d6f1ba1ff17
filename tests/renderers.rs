//! What the programs that read copydesk's Markdown show is what the copy says: every article of
//! the corpus (and the example) is rendered by GitHub's cmark-gfm, Jekyll's kramdown (GFM
//! input, as Jekyll sets it), Hugo's Goldmark (through a real Hugo build, with Hugo's default
//! extensions: typographer, definition lists, tables…) and pandoc's markdown, and the text of
//! the page must equal the article's text, whitespace folded and typographic quotation marks
//! taken as straight ones (the renderers' own smart quotes). A missing program fails the test
//! under `CI=true` and skips it, saying so, elsewhere.

mod common;

use common::{have, pipe as run};
use copydesk::{Block, Document, OutputFormat};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every article: its path, its tree, and its Markdown.
fn articles() -> Vec<(PathBuf, Document<'static>, String)> {
    let mut paths = common::corpus();
    paths.push(common::example());
    paths
        .into_iter()
        .map(|path| {
            let doc = common::parse(&path);
            let markdown = common::write(&doc, OutputFormat::Markdown);
            (path, doc, markdown)
        })
        .collect()
}

/// The Markdown's body, without its front matter.
fn body(markdown: &str) -> &str {
    markdown
        .strip_prefix("---\n")
        .and_then(|m| m.split_once("\n---\n"))
        .map_or(markdown, |(_, body)| body)
}

/// Text as a reader sees it: white space folded, typographic quotation marks as straight ones.
fn normalise(text: &str) -> String {
    let quotes: String = text
        .chars()
        .map(|c| match c {
            '‘' | '’' | '‚' | '‛' => '\'',
            '“' | '”' | '„' | '‟' => '"',
            other => other,
        })
        .collect();
    quotes.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of the article's body, block after block.
fn tree_text(doc: &Document) -> String {
    let texts: Vec<String> = doc.blocks.iter().flat_map(Block::texts).collect();
    normalise(&texts.join(" "))
}

/// The text an HTML page shows: tags taken out (each as a space), entities decoded.
fn html_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        rest = rest[open..]
            .find('>')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    text.push_str(rest);
    normalise(&html_escape::decode_html_entities(&text))
}

/// Checks every article's rendering: the renderer gets every article's Markdown and returns
/// the HTML of each, in order.
fn check(renderer: &str, render: impl FnOnce(&[(PathBuf, Document, String)]) -> Vec<String>) {
    let articles = articles();
    let pages = render(&articles);
    assert_eq!(pages.len(), articles.len());
    let mut mismatches = Vec::new();
    for ((path, doc, _), html) in articles.iter().zip(&pages) {
        let (expected, shown) = (tree_text(doc), html_text(html));
        if expected != shown {
            let at = expected
                .chars()
                .zip(shown.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let around = |s: &str| {
                s.chars()
                    .skip(at.saturating_sub(30))
                    .take(80)
                    .collect::<String>()
            };
            mismatches.push(format!(
                "{}:\n  copy: …{}…\n  page: …{}…",
                path.display(),
                around(&expected),
                around(&shown)
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{renderer}: {} of {} articles show other text\n{}",
        mismatches.len(),
        articles.len(),
        mismatches.join("\n")
    );
}

/// Renders each article with a program reading standard input, on all cores.
fn each(articles: &[(PathBuf, Document, String)], program: &str, args: &[&str]) -> Vec<String> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = articles.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = articles
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(_, _, md)| run(program, args, body(md)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    })
}

#[test]
fn github_cmark_gfm_shows_the_copy() {
    if !have("cmark-gfm", "--version") {
        return;
    }
    check("cmark-gfm", |articles| {
        let extensions = [
            "-e",
            "table",
            "-e",
            "strikethrough",
            "-e",
            "autolink",
            "-e",
            "tagfilter",
            "-e",
            "tasklist",
        ];
        each(articles, "cmark-gfm", &extensions)
    });
}

#[test]
fn pandoc_markdown_shows_the_copy() {
    if !have("pandoc", "--version") {
        return;
    }
    check("pandoc", |articles| {
        each(articles, "pandoc", &["-f", "markdown", "-t", "html"])
    });
}

#[test]
fn jekyll_kramdown_shows_the_copy() {
    if !have("ruby", "--version") {
        return;
    }
    check("kramdown", |articles| {
        // One Ruby process for all articles: JSON in, JSON out. Jekyll's defaults: GFM input.
        let script = r#"
            require "json"; require "kramdown"; require "kramdown-parser-gfm"
            docs = JSON.parse(STDIN.read)
            puts JSON.generate(docs.map { |md| Kramdown::Document.new(md, input: "GFM", hard_wrap: false).to_html })
        "#;
        let input: Vec<&str> = articles.iter().map(|(_, _, md)| body(md)).collect();
        let out = run(
            "ruby",
            &["-e", script],
            &serde_json::to_string(&input).unwrap(),
        );
        serde_json::from_str(&out).unwrap()
    });
}

#[test]
fn hugo_goldmark_shows_the_copy() {
    if !have("hugo", "version") {
        return;
    }
    check("hugo", |articles| {
        // A real site: each article a page with its own front matter, a layout that prints
        // the content alone, Hugo's default Markdown settings.
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::write(root.join("config.toml"), "baseURL = 'http://example.org/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404', 'home', 'section']\n").unwrap();
        std::fs::create_dir_all(root.join("layouts/_default")).unwrap();
        std::fs::write(root.join("layouts/_default/single.html"), "{{ .Content }}").unwrap();
        std::fs::create_dir_all(root.join("content")).unwrap();
        for (n, (_, _, md)) in articles.iter().enumerate() {
            std::fs::write(root.join(format!("content/a{n:04}.md")), md).unwrap();
        }
        let status = Command::new("hugo")
            .args(["--quiet", "--source"])
            .arg(root)
            .status()
            .unwrap();
        assert!(status.success(), "hugo build failed");
        (0..articles.len())
            .map(|n| page(&root.join(format!("public/a{n:04}/index.html"))))
            .collect()
    });
}

fn page(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn pandoc_reads_the_pandoc_flavours_front_matter_as_the_copy() {
    if !have("pandoc", "--version") {
        return;
    }
    let title = "GE <GE> PROFIT OUTLOOK: *up* 10% [est.] @POTUS ~ ^ $5 -- R&B";
    let article = "Text of the article.\n";
    let markdown = |flavor: &str| {
        let out = common::run(
            &[
                "-t",
                "markdown",
                "--flavor",
                flavor,
                "-M",
                &format!("title={title}"),
                "-M",
                "authors=Jane <b>Doe</b>",
                "-M",
                "authors=O'Hara & Co",
            ],
            article.as_bytes(),
        );
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let template = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        template.path(),
        "$title$|$for(author)$$author$$sep$;$endfor$\n",
    )
    .unwrap();
    let read = |md: &str| {
        let text = run(
            "pandoc",
            &[
                "-f",
                "markdown",
                "-t",
                "plain",
                "--template",
                template.path().to_str().unwrap(),
            ],
            md,
        );
        normalise(&text)
    };
    let shown = read(&markdown("pandoc"));
    assert_eq!(
        shown,
        normalise(&format!("{title}|Jane <b>Doe</b>;O'Hara & Co"))
    );
    // Without the flavour, pandoc reads the values as Markdown: what the option is for.
    assert_ne!(read(&markdown("common")), shown);
}
