#!/usr/bin/env bash
# Time and peak memory of copydesk on pathological inputs, with the ratio of peak memory to
# the input's size (issue 15: within 16x plus the process's base, time linear). Inputs whose
# estimate is over the memory budget (src/read/budget.rs) are refused at once (exit 1); the
# "let in" rows are the same shapes at the largest size the budget admits, and ordinary copy.
# Written as JSON, the tree itself, so that quotations are found and attributed (a run writing
# only Markdown skips that work).
# Usage: bash bench/hostile.sh   (writes its inputs under $WORK, default /tmp/copydesk-hostile)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/copydesk-hostile}
mkdir -p "$WORK"
# The build the Debian package ships.
COPYDESK=$(bash .ci/build-shipped.sh)
python3 - "$WORK" <<'PY'
import sys
w = sys.argv[1]
open(f"{w}/quote-lines-2MB.txt", "w").write('"\n' * 1_000_000)
open(f"{w}/quote-lines-20MB.txt", "w").write('"\n' * 10_000_000)
open(f"{w}/one-char-lines-2MB.txt", "w").write('x\n' * 1_000_000)
open(f"{w}/one-word-paragraphs-7MB.txt", "w").write('Word.\n\n' * 1_000_000)
open(f"{w}/deep-yaml.md", "w").write("---\ntitle: x\ndeep: " + "[" * 50_000 + "]" * 50_000 + "\n---\n\nBody.\n")
open(f"{w}/quote-lines-let-in.txt", "w").write('"\n' * 50_000)
open(f"{w}/names-12MB-let-in.txt", "w").write("Head\n\n" + "".join(f"Ab{i} Cd{i} said. " for i in range(800_000)) + "\n")
example = open("../shared/examples/biden-zelenskyy-call.txt").read()
open(f"{w}/ordinary-10MB-let-in.txt", "w").write(example * (10_000_000 // len(example)))
attrs = " ".join(f'a{i}="v"' for i in range(100_000))
open(f"{w}/attributes.xml", "w").write(f'<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" {attrs}><contentMeta/></newsItem>')
PY
base=$(/usr/bin/time -f "%M" "$COPYDESK" --version 2>&1 >/dev/null | tail -1)
printf '%-28s %9s %8s %10s %14s %10s %s\n' input bytes seconds "peak KB" "(peak-base)/in" "budget KB" status
for f in quote-lines-2MB.txt quote-lines-20MB.txt one-char-lines-2MB.txt one-word-paragraphs-7MB.txt deep-yaml.md attributes.xml quote-lines-let-in.txt names-12MB-let-in.txt ordinary-10MB-let-in.txt; do
  size=$(stat -c %s "$WORK/$f")
  start=$EPOCHREALTIME
  status=0
  /usr/bin/time -f "%M" -o "$WORK/time.txt" "$COPYDESK" "$WORK/$f" -t json >/dev/null 2>"$WORK/err.txt" || status=$?
  secs=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.3f", b - a}')
  peak=$(tail -1 "$WORK/time.txt")
  ratio=$(awk -v p="$peak" -v b="$base" -v s="$size" 'BEGIN{printf "%.1f", (p - b) * 1024 / s}')
  # 16x the input plus the 32 MiB allowance, over the process's base.
  allowed=$(( (16 * size + (32 << 20)) / 1024 + base ))
  printf '%-28s %9d %8s %10s %14s %10s %s\n' "$f" "$size" "$secs" "$peak" "${ratio}x" "$allowed" "exit $status"
done
