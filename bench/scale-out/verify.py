#!/usr/bin/env python3
"""Checks what an engine gave back for a JSON Lines archive: every article converted (each
requested format present and non-empty), the planted failures failed with an error, nothing lost
or repeated, and, with --ordered, in the archive's order.

    verify.py ARCHIVE.jsonl RESULTS.jsonl FORMAT... [--ordered]

Prints one line: results, converted, failed, in order or not; exits 1 on any discrepancy.
"""
import json
import sys


def main():
    args = [a for a in sys.argv[1:] if a != "--ordered"]
    ordered = "--ordered" in sys.argv
    archive, results, formats = args[0], args[1], args[2:]
    expected = []
    with open(archive) as f:
        for line in f:
            record = json.loads(line)
            expected.append((record["id"], record["text"] != ""))
    got = [json.loads(line) for line in open(results)]
    problems = []
    ids = [r.get("id") for r in got]
    if sorted(ids) != sorted(i for i, _ in expected):
        missing = {i for i, _ in expected} - set(ids)
        problems.append(f"{len(missing)} ids missing, {len(ids) - len(set(ids))} repeated")
    if ordered and ids != [i for i, _ in expected]:
        problems.append("results out of the archive's order")
    must_convert = dict(expected)
    converted = failed = 0
    for r in got:
        if r.get("status") == "converted":
            converted += 1
            if not must_convert.get(r["id"], False):
                problems.append(f"{r['id']}: converted, but it had to fail")
            for fmt in formats:
                if not r.get(fmt):
                    problems.append(f"{r['id']}: no {fmt} output")
        else:
            failed += 1
            if must_convert.get(r.get("id"), True) or not r.get("error"):
                problems.append(f"{r.get('id')}: failed: {r.get('error')}")
    order = "in order" if ids == [i for i, _ in expected] else "not in order"
    print(f"{len(got)} results: {converted} converted, {failed} failed as planted, {order}")
    for p in problems[:20]:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
