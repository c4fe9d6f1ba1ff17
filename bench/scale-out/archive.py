#!/usr/bin/env python3
"""Makes a JSON Lines archive from ../shared/corpus: LINES lines of {"id", "text"}, the corpus's
articles over and over, every FAIL_EVERY-th line one that must fail (no text), so that a run
shows failures reported per line.

    archive.py CORPUS LINES OUT.jsonl [FAIL_EVERY]
"""
import json
import sys
from pathlib import Path


def articles(corpus):
    for path in sorted(Path(corpus).glob("*/*")):
        if path.suffix in (".txt", ".story") and path.is_file():
            # Archives hold copy in several encodings: a BOM says which, else UTF-8, else the
            # bytes are Windows-1252 (as copydesk reads files).
            raw = path.read_bytes()
            if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                yield path, raw.decode("utf-16")
                continue
            try:
                yield path, raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                yield path, raw.decode("cp1252", errors="replace")


def main():
    corpus, lines, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    fail_every = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
    texts = list(articles(corpus))
    with open(out, "w") as f:
        for n in range(lines):
            path, text = texts[n % len(texts)]
            record = {"id": f"{n:06d}", "source": f"{path.parent.name}/{path.name}"}
            # The planted failures: an empty text is refused, with a line-numbered error.
            record["text"] = "" if (n + 1) % fail_every == 0 else text
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{lines} lines from {len(texts)} articles, {lines // fail_every} that must fail: {out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
