#!/usr/bin/env bash
# Times copydesk against pandoc and against the floor (cat, wc -w) on the same inputs, in one
# run, on this machine: one 10 MiB article file, and a directory of 1,000 articles of ~4 KB,
# both built from ../shared/corpus and ../shared/examples by examples/bench_data.rs.
# Prints seconds, MB/s, files/s and peak memory, then the ratios. Usage: bash bench/compare.sh
# (RUNS=N best of N for copydesk and the floors, default 3; pandoc runs once.)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/copydesk-bench}
RUNS=${RUNS:-3}
SHARED=${SHARED:-../shared}

need=()
command -v pandoc >/dev/null || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
command -v xmllint >/dev/null || need+=(libxml2-utils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Outputs are never deleted here. ext4 without a journal (this machine's disk) skips inodes
# freed in the last 60-300 s when it creates a file, so a batch measured within five minutes
# of deleting thousands of files spends most of its time in the kernel (0.8 s instead of
# 0.1 s for 1,000 files). Each run writes under a directory of its own; delete $WORK/runs
# when done, and wait five minutes before measuring again.
mkdir -p "$WORK"
[ -f "$WORK/big.txt" ] && [ -d "$WORK/small" ] ||
  cargo run --release -q --example bench_data -- "$WORK" "$SHARED" >/dev/null
RUNS_DIR="$WORK/runs/$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUNS_DIR"
BIG="$WORK/big.txt"; SMALL="$WORK/small"
BIG_BYTES=$(stat -c %s "$BIG"); SMALL_BYTES=$(cat "$SMALL"/*.txt | wc -c); FILES=$(ls "$SMALL" | wc -l)
# The build the Debian package ships.
COPYDESK=$(bash .ci/build-shipped.sh)

# measure NAME BYTES FILES RUNS COMMAND...: best wall time of RUNS runs, and the peak RSS.
# The command runs as given, without a shell (bash's start-up alone is ~2 ms); `{out}` in
# its arguments becomes the run's output directory, exported as OUT for commands that are
# shell loops.
declare -A SECONDS_OF RSS_OF
RUN=0
measure() {
  local name=$1 bytes=$2 files=$3 runs=$4; shift 4
  local best="" rss=0
  for _ in $(seq "$runs"); do
    # A fresh output directory each run: deleting thousands of files just before a run
    # leaves the file system busy and slows the next run's file creation several-fold.
    RUN=$((RUN + 1)); export OUT="$RUNS_DIR/$RUN"; mkdir -p "$OUT"
    # Wall time from bash's microsecond clock (GNU time's %e counts hundredths of a second,
    # too coarse for runs of 70 ms); peak memory from GNU time.
    local args=("${@//\{out\}/$OUT}")
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$WORK/time.txt" "${args[@]}" >/dev/null 2>&1
    local secs; secs=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.4f", b - a}')
    read -r kb < "$WORK/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  SECONDS_OF[$name]=$best; RSS_OF[$name]=$rss
  awk -v n="$name" -v s="$best" -v b="$bytes" -v f="$files" -v k="$rss" 'BEGIN{
    s = (s < 0.001 ? 0.001 : s);
    printf "%-44s %8.4f s %9.1f MB/s %9s files/s %8.1f MB peak (%.1fx input)\n", n, s, b/1e6/s,
      (f > 0 ? sprintf("%.0f", f/s) : "-"), k/1024, k*1024/b }'
}

echo "copydesk $(git rev-parse --short HEAD 2>/dev/null || echo '?') vs $(pandoc --version | head -1) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "inputs: $BIG ($BIG_BYTES bytes), $SMALL ($FILES files, $SMALL_BYTES bytes)"
echo
measure "floor: cat 10 MB"                       "$BIG_BYTES" 0 "$RUNS" cat "$BIG"
measure "floor: wc -w 10 MB"                     "$BIG_BYTES" 0 "$RUNS" wc -w "$BIG"
measure "copydesk 10 MB plain -> markdown"       "$BIG_BYTES" 0 "$RUNS" "$COPYDESK" "$BIG" -t markdown -o "{out}/big.md"
measure "copydesk 10 MB plain -> newsml"         "$BIG_BYTES" 0 "$RUNS" "$COPYDESK" "$BIG" -t newsml -o "{out}/big.xml"
measure "copydesk 10 MB plain -> json"           "$BIG_BYTES" 0 "$RUNS" "$COPYDESK" "$BIG" -t json -o "{out}/big.json"
measure "floor: cat 1000 files"                  "$SMALL_BYTES" "$FILES" "$RUNS" cat "$SMALL"/*.txt
measure "floor: wc -w 1000 files"                "$SMALL_BYTES" "$FILES" "$RUNS" wc -w "$SMALL"/*.txt
# Writing 1,000 files costs what the file system makes it cost: copying them is the floor.
measure "floor: cp -r 1000 files"                "$SMALL_BYTES" "$FILES" "$RUNS" cp -r "$SMALL" "{out}/copy"
measure "copydesk 1000 files -> newsml, one invocation"  "$SMALL_BYTES" "$FILES" "$RUNS" "$COPYDESK" "$SMALL" -o "{out}/items" -t newsml -q
measure "copydesk 1000 files -> markdown, one invocation"  "$SMALL_BYTES" "$FILES" "$RUNS" "$COPYDESK" "$SMALL" -o "{out}/md" -t markdown -q
measure "copydesk 1000 files -> 4 formats"       "$SMALL_BYTES" "$FILES" "$RUNS" "$COPYDESK" "$SMALL" -o "{out}/all" -t markdown -t frontmatter -t newsml -t json -q
# pandoc last: its 1.7 GB for the 10 MB file unsettles the machine for a while after (the
# batch above, run after it, took 0.3 s instead of 0.08 s).
measure "pandoc 10 MB markdown -> markdown"      "$BIG_BYTES" 0 1 pandoc -f markdown -t markdown "$BIG" -o "{out}/p.md"
measure "pandoc 10 MB markdown -> jats"          "$BIG_BYTES" 0 1 pandoc -f markdown -t jats "$BIG" -o "{out}/p.xml"
measure "pandoc 1000 files -> markdown, per file" "$SMALL_BYTES" "$FILES" 1 bash -c "for f in '$SMALL'/*.txt; do pandoc -f markdown -t markdown \"\$f\" -o \"\$OUT/\$(basename \"\$f\" .txt).md\"; done"
measure "pandoc 1000 files -> jats, per file"     "$SMALL_BYTES" "$FILES" 1 bash -c "for f in '$SMALL'/*.txt; do pandoc -f markdown -t jats \"\$f\" -o \"\$OUT/\$(basename \"\$f\" .txt).xml\"; done"

# The batch outputs: every one present and valid.
"$COPYDESK" "$SMALL" -o "$RUNS_DIR/check" -t newsml -q
present=$(ls "$RUNS_DIR/check" | wc -l)
valid=$(xmllint --nonet --noout --schema "$SHARED/schemas/newsml-g2-with-nitf.xsd" "$RUNS_DIR/check"/*.xml 2>&1 | grep -c ' validates$' || true)
echo
echo "batch outputs: $present of $FILES present, $valid valid against the NewsML-G2 + NITF schemas"
ratio() { awk -v a="${SECONDS_OF[$1]}" -v b="${SECONDS_OF[$2]}" -v n="$3" 'BEGIN{ if (a < 0.001) a = 0.001; printf "%-58s %8.1fx\n", n, b/a }'; }
echo
ratio "copydesk 10 MB plain -> markdown" "pandoc 10 MB markdown -> markdown" "speed-up over pandoc, 10 MB to Markdown:"
ratio "copydesk 10 MB plain -> newsml" "pandoc 10 MB markdown -> jats" "speed-up over pandoc, 10 MB to NewsML (pandoc: JATS):"
ratio "copydesk 1000 files -> newsml, one invocation" "pandoc 1000 files -> jats, per file" "speed-up over pandoc's per-file loop, 1000 files to XML:"
relative() { awk -v a="${SECONDS_OF[$1]}" -v b="${SECONDS_OF[$2]}" -v n="$3" 'BEGIN{ printf "%-58s %8.1fx\n", n, a/b }'; }
relative "copydesk 10 MB plain -> markdown" "floor: wc -w 10 MB" "copydesk 10 MB to Markdown, time relative to wc -w:"
relative "copydesk 1000 files -> newsml, one invocation" "floor: cp -r 1000 files" "copydesk 1000 files to NewsML, time relative to cp -r:"
relative "copydesk 1000 files -> markdown, one invocation" "floor: cp -r 1000 files" "copydesk 1000 files to Markdown, time relative to cp -r:"
echo
echo "outputs kept under $RUNS_DIR (delete $WORK/runs when done; see the note at the top)"
