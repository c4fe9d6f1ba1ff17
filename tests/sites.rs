//! A one-page site built by the real generators from articles written with `--template hugo`
//! and `--template jekyll` shows each article's title, author and date. Needs `hugo` and
//! `jekyll` (`.ci/run` installs them): skipped, saying so, without them outside CI.

mod common;

use std::path::Path;
use std::process::Command;

/// Articles with a title, an author and a date, written through a site template: the file
/// name, the page, and what the page must show.
fn pages(template: &str) -> Vec<(String, String, [String; 3])> {
    let articles = [
        ("reuters/reuters-2269.txt", "1987-03-05"),
        ("bbc/tech-280.txt", "2004-12-03"),
        ("wikinews/wikinews-soccer.txt", ""),
    ];
    articles
        .iter()
        .enumerate()
        .map(|(n, (file, date))| {
            let path = common::shared().join("corpus").join(file);
            let mut args = vec![
                path.to_str().unwrap(),
                "--template",
                template,
                "-M",
                "authors=Jane Doe",
                "-M",
                "authors=John O'Hara",
            ];
            let date_arg = format!("date={date}");
            if !date.is_empty() {
                args.extend(["-M", &date_arg]);
            }
            let out = common::run(&args, b"");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let page = String::from_utf8(out.stdout).unwrap();
            let doc = common::parse(&path);
            let date = if date.is_empty() {
                doc.meta.date.clone().unwrap()
            } else {
                (*date).to_owned()
            };
            let expected = [
                doc.meta.title.clone().unwrap(),
                "Jane Doe, John O'Hara".to_owned(),
                date,
            ];
            (format!("{}-a{n}.md", expected[2]), page, expected)
        })
        .collect()
}

/// Checks that each built page shows its title, author and date.
fn check(generator: &str, built: impl Fn(&str) -> String, pages: &[(String, String, [String; 3])]) {
    for (name, _, [title, author, date]) in pages {
        let html = built(name);
        let text = html_escape::decode_html_entities(&html).into_owned();
        for (what, value) in [("title", title), ("author", author), ("date", date)] {
            assert!(
                text.contains(&format!("<{what}>{value}</{what}>")),
                "{generator}: {name} does not show its {what} {value:?}:\n{html}"
            );
        }
    }
}

#[test]
fn hugo_shows_the_title_author_and_date_of_a_page_from_the_hugo_template() {
    if !common::have("hugo", "version") {
        return;
    }
    let pages = pages("hugo");
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    std::fs::write(root.join("config.toml"), "baseURL = 'http://example.org/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404', 'home', 'section']\n").unwrap();
    std::fs::create_dir_all(root.join("layouts/_default")).unwrap();
    std::fs::write(
        root.join("layouts/_default/single.html"),
        "<title>{{ .Title }}</title><author>{{ .Params.author }}</author><date>{{ .Date.Format \"2006-01-02\" }}</date>{{ .Content }}",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("content")).unwrap();
    for (name, page, _) in &pages {
        std::fs::write(root.join("content").join(name), page).unwrap();
    }
    let status = Command::new("hugo")
        .args(["--quiet", "--source"])
        .arg(root)
        .status()
        .unwrap();
    assert!(status.success());
    check(
        "hugo",
        |name| {
            read(
                &root
                    .join("public")
                    .join(name.trim_end_matches(".md").to_lowercase())
                    .join("index.html"),
            )
        },
        &pages,
    );
}

#[test]
fn jekyll_shows_the_title_author_and_date_of_a_post_from_the_jekyll_template() {
    if !common::have("jekyll", "--version") {
        return;
    }
    let pages = pages("jekyll");
    let site = tempfile::tempdir().unwrap();
    let root = site.path();
    std::fs::write(root.join("_config.yml"), "title: test\n").unwrap();
    std::fs::create_dir_all(root.join("_layouts")).unwrap();
    std::fs::write(
        root.join("_layouts/post.html"),
        "<title>{{ page.title }}</title><author>{{ page.author }}</author><date>{{ page.date | date: \"%Y-%m-%d\" }}</date>{{ content }}",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("_posts")).unwrap();
    for (name, page, _) in &pages {
        std::fs::write(root.join("_posts").join(name), page).unwrap();
    }
    let out = root.join("_site");
    let status = Command::new("jekyll")
        .args(["build", "--quiet", "--safe", "--source"])
        .arg(root)
        .arg("--destination")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    // Jekyll files a post under its date and slug: find the page whose file names it.
    let built = |name: &str| {
        let slug = name[11..].trim_end_matches(".md");
        let found = walkdir::WalkDir::new(&out)
            .into_iter()
            .filter_map(Result::ok)
            .find(|e| e.path().to_string_lossy().contains(slug) && e.file_type().is_file())
            .unwrap_or_else(|| panic!("no page for {name}"));
        read(found.path())
    };
    check("jekyll", built, &pages);
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
