//! What a browser shows of `-t html` is what the copy says: every article of the corpus (and
//! the example) is opened in headless Chromium, and the text of its `<article>` must equal the
//! article's text (headline, byline, dateline, summary box, body, credits), whitespace folded;
//! no quotation gets marks the browser adds; and the JSON-LD parses as a schema.org
//! `NewsArticle` with the article's headline. Chromium loads every page in one run, in frames
//! of a page that gathers what each shows. A missing Chromium fails the test under `CI=true`
//! and skips it, saying so, elsewhere.

mod common;

use copydesk::{Block, Document, OutputFormat};

/// The text a page should show: the tree's text in the order the page prints it.
fn expected_text(doc: &Document) -> String {
    let meta = &doc.meta;
    let mut texts: Vec<String> = Vec::new();
    texts.extend(meta.title.clone());
    texts.extend(meta.byline.clone());
    texts.extend(meta.dateline.clone());
    texts.extend(
        meta.highlights_title
            .clone()
            .filter(|_| !meta.highlights.is_empty()),
    );
    texts.extend(meta.highlights.iter().cloned());
    texts.extend(doc.blocks.iter().flat_map(Block::texts));
    texts.extend(meta.credits.iter().cloned());
    common::fold(&texts.join(" "))
}

/// Gathers, for each page in a frame, what it shows: the article's text, the content the
/// browser puts before and after each quotation, and the JSON-LD parsed.
const GATHER: &str = r#"
const names = JSON.parse(document.getElementById('names').textContent);
const results = {};
let left = names.length;
for (const name of names) {
  const frame = document.createElement('iframe');
  frame.onload = () => {
    const page = frame.contentDocument;
    const result = { text: page.querySelector('article').innerText, added: [], ld: null };
    for (const q of page.querySelectorAll('q')) {
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(q, pseudo).content;
        if (content !== 'none' && content !== 'normal') result.added.push(content);
      }
    }
    try {
      result.ld = JSON.parse(page.querySelector('script[type="application/ld+json"]').textContent);
    } catch (e) {
      result.ld = String(e);
    }
    results[name] = result;
    if (--left === 0) {
      const out = document.createElement('pre');
      out.id = 'results';
      out.textContent = JSON.stringify(results);
      document.body.appendChild(out);
    }
  };
  frame.src = name;
  document.body.appendChild(frame);
}
"#;

#[test]
fn chromium_shows_the_copy_and_reads_the_json_ld() {
    if !common::have("chromium", "--version") {
        return;
    }
    let html: OutputFormat = "html".parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut paths = common::corpus();
    paths.push(common::example());
    let mut pages = Vec::new();
    for (n, path) in paths.iter().enumerate() {
        let doc = common::parse(path);
        let name = format!("{n:04}.html");
        std::fs::write(dir.path().join(&name), common::write(&doc, html)).unwrap();
        pages.push((name, path.clone(), doc));
    }
    let names: Vec<&str> = pages.iter().map(|(name, ..)| name.as_str()).collect();
    let gather = format!(
        "<!DOCTYPE html><html><body><script type=\"application/json\" id=\"names\">{}</script><script>{GATHER}</script></body></html>",
        serde_json::to_string(&names).unwrap()
    );
    let wrapper = dir.path().join("gather.html");
    std::fs::write(&wrapper, gather).unwrap();
    let output = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--virtual-time-budget=120000",
            "--dump-dom",
        ])
        .arg(format!("file://{}", wrapper.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&output.stdout);
    let gathered = dom
        .split_once("<pre id=\"results\">")
        .and_then(|(_, rest)| rest.split_once("</pre>"))
        .map(|(json, _)| html_escape::decode_html_entities(json).into_owned())
        .unwrap_or_else(|| {
            panic!(
                "Chromium gave no results:\n{}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
    let results: serde_json::Value = serde_json::from_str(&gathered).unwrap();
    assert_eq!(results.as_object().map(|r| r.len()), Some(pages.len()));
    let mut wrong = Vec::new();
    for (name, path, doc) in &pages {
        let result = &results[name];
        let shown = common::fold(result["text"].as_str().unwrap_or_default());
        if shown != expected_text(doc) {
            wrong.push(format!(
                "{}: shown {shown:?}\nexpected {:?}",
                path.display(),
                expected_text(doc)
            ));
        }
        if result["added"].as_array().is_none_or(|a| !a.is_empty()) {
            wrong.push(format!(
                "{}: the browser adds {} to quotations",
                path.display(),
                result["added"]
            ));
        }
        let ld = &result["ld"];
        if ld["@type"] != "NewsArticle"
            || ld["headline"].as_str() != doc.meta.title.as_deref()
            || ld["articleBody"].as_str().is_none_or(str::is_empty) && !doc.blocks.is_empty()
        {
            wrong.push(format!("{}: JSON-LD {ld}", path.display()));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} pages:\n{}",
        wrong.len(),
        pages.len(),
        wrong.join("\n")
    );
}
