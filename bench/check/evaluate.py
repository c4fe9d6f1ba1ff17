#!/usr/bin/env python3
"""Runs `copydesk check` (and, where it covers a rule, proselint) on the copies seed.py wrote.

    evaluate.py OUT [--copydesk PATH] [--proselint PATH] [--misses]

Per rule: how many copies were seeded, how many seeded errors were found (a finding of that rule
on the seeded lines that the clean copy does not have), recall, and the findings of that rule on
the clean articles (the noise level), in total and per article. proselint's lexical_illusions
check is the one of its checks that covers a copydesk rule (repeated-word); its recall and noise
are printed beside copydesk's. --misses lists each seeded error not found, and each clean finding.
"""

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

# proselint checks that cover a copydesk rule.
PROSELINT_RULES = {"lexical_illusions": "repeated-word"}


def copydesk_findings(copydesk, paths):
    run = subprocess.run([copydesk, "check", "--format", "json", *map(str, paths)],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"copydesk check failed ({run.returncode}): {run.stderr}")
    found = defaultdict(list)
    for line in run.stdout.splitlines():
        f = json.loads(line)
        found[f["path"]].append((f["rule"], f["line"], f["message"]))
    return found


def proselint_findings(proselint, paths):
    found = defaultdict(list)
    paths = [str(p) for p in paths]
    for i in range(0, len(paths), 200):
        run = subprocess.run([proselint, "check", "-o", "json", *paths[i:i + 200]],
                             capture_output=True, text=True)
        result = json.loads(run.stdout or "{}").get("result", {})
        for uri, report in result.items():
            path = uri.removeprefix("file://")
            for d in report.get("diagnostics", []):
                rule = PROSELINT_RULES.get(d["check_path"].split(".")[0])
                if rule:
                    found[path].append((rule, d["pos"][0], d["message"]))
    # proselint names files by their absolute path.
    return {str(Path(p).resolve()): v for p, v in found.items()}, found


def score(keys, clean_paths, found, resolve=lambda p: p):
    rules = sorted({k["rule"] for k in keys}, key=lambda r: [k["rule"] for k in keys].index(r))
    table, misses = {}, []
    for rule in rules:
        seeded = [k for k in keys if k["rule"] == rule]
        hit = 0
        for k in seeded:
            lo, hi = min(k["lines"]), max(k["lines"])
            before = set(found.get(resolve(k["clean"]), []))
            if any(r == rule and lo <= l <= hi and (r, l, m) not in before
                   for r, l, m in found.get(resolve(k["path"]), [])):
                hit += 1
            else:
                misses.append(f"miss {rule}: {k['path']}:{lo}-{hi} ({k['was']!r} -> {k['now']!r})")
        noise = [(p, l, m) for p in clean_paths for r, l, m in found.get(resolve(str(p)), []) if r == rule]
        misses += [f"clean {rule}: {p}:{l}: {m}" for p, l, m in noise]
        table[rule] = (len(seeded), hit, len(noise))
    return table, misses


def main():
    args = sys.argv[1:]
    repo = Path(__file__).resolve().parents[2]
    options = {"--copydesk": str(repo / "target/release/copydesk"), "--proselint": None}
    for flag in list(options):
        if flag in args:
            i = args.index(flag)
            options[flag] = args[i + 1]
            del args[i:i + 2]
    show_misses = "--misses" in args
    args = [a for a in args if a != "--misses"]
    out = Path(args[0])
    keys = [json.loads(line) for line in open(out / "key.jsonl")]
    clean = sorted((out / "clean").iterdir())
    seeded_articles = len({k["clean"] for k in keys})
    found = copydesk_findings(options["--copydesk"], [out / "clean", out / "seeded"])
    table, misses = score(keys, clean, found)
    print(f"copydesk check on {len(keys)} seeded copies of {seeded_articles} articles, "
          f"and {len(clean)} clean articles")
    header = f"{'rule':<20} {'seeded':>6} {'found':>6} {'recall':>7} {'clean findings':>15} {'per article':>11}"
    print(header)
    for rule, (seeded, hit, noise) in table.items():
        print(f"{rule:<20} {seeded:>6} {hit:>6} {hit / max(seeded, 1):>7.1%} {noise:>15} "
              f"{noise / len(clean):>11.3f}")
    total_noise = sum(n for _, _, n in table.values())
    all_clean = sum(len(v) for p, v in found.items() if p.startswith(str(out / "clean")))
    print(f"{'all rules':<20} {'':>6} {'':>6} {'':>7} {all_clean:>15} {all_clean / len(clean):>11.3f}"
          f"   (seeded rules: {total_noise})")
    if options["--proselint"]:
        covered = [k for k in keys if k["rule"] in PROSELINT_RULES.values()]
        paths = clean + [Path(k["path"]) for k in covered]
        by_absolute, _ = proselint_findings(options["--proselint"], paths)
        absolute = lambda p: str(Path(p).resolve())
        ptable, pmisses = score(covered, clean, by_absolute, absolute)
        print()
        print("side by side, the rules proselint covers (lexical_illusions = repeated-word):")
        print(f"{'rule':<20} {'tool':<10} {'seeded':>6} {'found':>6} {'recall':>7} {'clean findings':>15}")
        for rule, (seeded, hit, noise) in ptable.items():
            mine = table[rule]
            print(f"{rule:<20} {'copydesk':<10} {mine[0]:>6} {mine[1]:>6} {mine[1] / max(mine[0], 1):>7.1%} {mine[2]:>15}")
            print(f"{'':<20} {'proselint':<10} {seeded:>6} {hit:>6} {hit / max(seeded, 1):>7.1%} {noise:>15}")
        print("(proselint has no check for a name spelt two ways, doubled punctuation, an open "
              "quotation or box drift)")
        if show_misses:
            misses += ["proselint " + m for m in pmisses]
    if show_misses:
        print()
        print("\n".join(misses))


if __name__ == "__main__":
    main()
