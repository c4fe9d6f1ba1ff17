#!/usr/bin/env python3
"""Seeds one known error of each `copydesk check` rule into copies of clean articles.

    seed.py CORPUS OUT [--copydesk PATH]

For every article under CORPUS (UTF-8 text files; READMEs left out) it writes the clean copy to
OUT/clean/ and, for each rule whose error the article gives room for, one copy with that error to
OUT/seeded/<rule>/, and a line per seeded copy to OUT/key.jsonl: the file, the rule, the lines the
finding must fall on, and what was changed. The errors are the ones copy editors meet:

  name-variant        one occurrence of a name printed three times or more, misspelt: two
                      neighbouring letters swapped, a letter doubled, or (in names of six letters
                      or more) a letter dropped or changed; never the first or last letter
  repeated-word       a word of a body paragraph printed twice ("to to")
  doubled-punctuation the full stop that ends a body paragraph typed twice
  unbalanced-quote    the closing mark of a paragraph's last quotation dropped, where the next
                      paragraph has no quotation marks (else the copy would read as the
                      convention of a quotation going on)
  box-drift           a number in a summary-box bullet that the body also prints, changed by one
                      digit to a number the body does not print

The copydesk JSON tree says which text is the box, the body and a quotation; the change is made
in the file as given, so its lines are the file's. Deterministic: the same corpus gives the same
seeds.
"""

import json
import random
import re
import subprocess
import sys
import zlib
from pathlib import Path

GRAMMATICAL_REPEATS = {"had", "that", "bye", "blah", "ha", "knock", "no", "now", "so", "there",
                       "tut", "very", "well", "yeah", "yes", "really", "far", "many", "more", "go",
                       "chop"}
VOWELS = "aeiou"


def fold(text):
    """Whitespace runs folded to one space, with each folded character's offset in `text`."""
    out, where = [], []
    for i, c in enumerate(text):
        if c.isspace():
            if not out or out[-1] == " ":
                continue
            c = " "
        out.append(c)
        where.append(i)
    return "".join(out), where


class Source:
    """An article's text, searchable by the tree's (whitespace-folded) texts."""

    def __init__(self, text):
        self.text = text
        self.folded, self.where = fold(text)

    def offset(self, paragraph, at):
        """The offset in the file of byte `at` (a str index) of a text of the tree."""
        folded, where = fold(paragraph)
        start = self.folded.find(folded.strip())
        if start < 0:
            return None
        lead = len(folded) - len(folded.lstrip())
        index = next((k for k, w in enumerate(where) if w >= at), len(where))
        return self.where[start + index - lead]

    def line(self, offset):
        """The 1-based line of an offset, lines ending as editors end them: \\n, \\r\\n, \\r."""
        return len(re.findall("\r\n|[\r\n]", self.text[:offset])) + 1


def tree(copydesk, path):
    run = subprocess.run([copydesk, str(path), "-t", "json"], capture_output=True, text=True)
    return json.loads(run.stdout) if run.returncode == 0 else None


def paragraphs(doc):
    """The body's paragraphs: (text, [(start, end) of each quotation])."""
    out = []
    for block in doc.get("blocks", []):
        if block["type"] != "paragraph":
            continue
        text, quotes = "", []
        for inline in block["content"]:
            if inline["type"] == "quote":
                quotes.append((len(text), len(text) + len(inline["text"])))
            text += inline["text"]
        out.append((text, quotes))
    return out


def common_words(repo):
    listed = (repo / "src/check/common-words.txt").read_text().splitlines()
    return {w for w in listed if w and not w.startswith("#")}


def seed_repeated_word(source, doc, rng, _):
    choices = []
    for text, _ in paragraphs(doc):
        for m in re.finditer(r"(?<= )([a-z]{2,})(?= [a-z])", text):
            if m.group(1) not in GRAMMATICAL_REPEATS:
                choices.append((text, m))
    if not choices:
        return None
    text, m = rng.choice(choices)
    at = source.offset(text, m.start())
    if at is None or source.text[at:at + len(m.group(1))] != m.group(1):
        return None
    end = at + len(m.group(1))
    return at, end, m.group(1) + " " + m.group(1), at


def seed_doubled_punctuation(source, doc, rng, _):
    choices = [t for t, _ in paragraphs(doc) if re.search(r"[a-z]\.$", t)]
    if not choices:
        return None
    text = rng.choice(choices)
    at = source.offset(text, len(text) - 1)
    if at is None or source.text[at] != ".":
        return None
    return at, at + 1, "..", at


def seed_unbalanced_quote(source, doc, rng, _):
    paras = paragraphs(doc)
    choices = []
    for n, (text, quotes) in enumerate(paras):
        following = paras[n + 1][0] if n + 1 < len(paras) else ""
        if not quotes or re.search("[\"“”]", following):
            continue
        start, end = quotes[-1]
        if text[end - 1] in "”\"" and end - start > 2:
            choices.append((text, start, end - 1))
    if not choices:
        return None
    text, opening, closing = rng.choice(choices)
    at, opened = source.offset(text, closing), source.offset(text, opening)
    if at is None or opened is None or source.text[at] not in "”\"":
        return None
    return at, at + 1, "", opened


def seed_name_variant(source, doc, rng, common):
    words = re.findall(r"(?<![\w'’])[A-Z][a-z]{4,}(?![\w'’])", source.text)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    speakers = {q.split()[-1] for block in doc.get("blocks", []) for inline in block.get("content", [])
                if isinstance(inline, dict) and inline.get("speaker") for q in [inline["speaker"]]}
    names = sorted(w for w, c in counts.items() if c >= 3 and w.lower() not in common)
    preferred = [w for w in names if w in speakers] or names
    if not preferred:
        return None
    name = rng.choice(preferred)
    places = [m.start() for m in re.finditer(r"(?<![\w'’])" + name + r"(?![\w'’])", source.text)]
    at = rng.choice(places)
    kinds = ["swap", "double"] + (["drop", "change"] if len(name) >= 6 else [])
    for _ in range(20):
        kind = rng.choice(kinds)
        i = rng.randrange(1, len(name) - 2)
        if kind == "swap" and name[i] != name[i + 1]:
            wrong = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        elif kind == "double":
            wrong = name[:i + 1] + name[i] + name[i + 1:]
        elif kind == "drop" and name[i] != name[i - 1] and name[i] != name[i + 1]:
            wrong = name[:i] + name[i + 1:]
        elif kind == "change":
            pool = VOWELS if name[i] in VOWELS else "bcdfghklmnprstvz"
            wrong = name[:i] + rng.choice([c for c in pool if c != name[i]]) + name[i + 1:]
        else:
            continue
        if wrong not in counts and wrong.lower() not in common:
            return at, at + len(name), wrong, at
    return None


def seed_box_drift(source, doc, rng, _, nth=0):
    body = " ".join(t for t, _ in paragraphs(doc))
    choices = []
    for bullet in doc.get("meta", {}).get("highlights", []):
        for m in re.finditer(r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\d]|[.,]\d)", bullet):
            number = m.group(0)
            if re.search(r"(?<![\d.,])" + re.escape(number) + r"(?![\d]|[.,]\d)", body):
                choices.append((bullet, m))
    rng.shuffle(choices)
    for bullet, m in choices[nth:nth + 1]:
        number = m.group(0)
        digits = [k for k, c in enumerate(number) if c.isdigit() and c != "0"]
        k = digits[-1]
        for new in rng.sample("123456789", 9):
            changed = number[:k] + new + number[k + 1:]
            if new != number[k] and not re.search(r"(?<![\d.,])" + re.escape(changed) + r"(?![\d])", body):
                at = source.offset(bullet, m.start())
                if at is None or source.text[at:at + len(number)] != number:
                    break
                return at, at + len(number), changed, at
    return None


# Few articles have a summary box: box-drift is seeded in up to three copies of each, each copy
# with a different number of the box changed.
SEEDERS = {
    "name-variant": seed_name_variant,
    "repeated-word": seed_repeated_word,
    "doubled-punctuation": seed_doubled_punctuation,
    "unbalanced-quote": seed_unbalanced_quote,
    "box-drift": seed_box_drift,
    "box-drift#2": lambda *a: seed_box_drift(*a, nth=1),
    "box-drift#3": lambda *a: seed_box_drift(*a, nth=2),
}


def main():
    args = sys.argv[1:]
    repo = Path(__file__).resolve().parents[2]
    copydesk = str(repo / "target/release/copydesk")
    if "--copydesk" in args:
        i = args.index("--copydesk")
        copydesk = args[i + 1]
        del args[i:i + 2]
    corpus, out = Path(args[0]), Path(args[1])
    common = common_words(repo)
    (out / "clean").mkdir(parents=True, exist_ok=True)
    keys = []
    articles = sorted(p for p in corpus.glob("*/*") if p.is_file() and p.suffix in (".txt", ".story"))
    for path in articles:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        doc = tree(copydesk, path)
        if doc is None:
            continue
        name = f"{path.parent.name}__{path.name}"
        (out / "clean" / name).write_text(text, newline="")
        source = Source(text)
        for rule, seeder in SEEDERS.items():
            rng = random.Random(zlib.crc32(f"{name}/{rule.split('#')[0]}".encode()))
            seeded = seeder(source, doc, rng, common)
            if seeded is None:
                continue
            start, end, replacement, first = seeded
            changed = text[:start] + replacement + text[end:]
            target = out / "seeded" / rule.replace("#", "-") / name
            rule = rule.split("#")[0]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(changed, newline="")
            keys.append({
                "path": str(target), "clean": str(out / "clean" / name), "rule": rule,
                "lines": [source.line(first), source.line(start)],
                "was": text[start:end], "now": replacement,
            })
    with open(out / "key.jsonl", "w") as key:
        for k in keys:
            key.write(json.dumps(k, ensure_ascii=False) + "\n")
    print(f"{len(list((out / 'clean').iterdir()))} clean articles, {len(keys)} seeded copies "
          f"({len({k['clean'] for k in keys})} articles) in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
