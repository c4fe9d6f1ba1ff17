#!/usr/bin/env bash
# One article per process, as a CMS hook or a queue worker runs copydesk: the example article
# (4 KB), a 1 KB and a 20 KB article from ../shared/corpus, each converted RUNS times as a
# separate process (hyperfine, no shell between), against `cat` of the same file and pandoc
# (Markdown in, HTML out: its cheapest conversion of such a file). Prints per-process medians
# and the ratios, all from this one run. Usage: bash bench/startup.sh (RUNS=200 by default;
# BASELINE=path/to/an/older/copydesk compares it with this build, run in turn).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-200}
SHARED=${SHARED:-../shared}
WORK=${WORK:-/dev/shm/copydesk-startup}

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v pandoc >/dev/null || need+=(pandoc)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Both builds run from the same file system, tmpfs: a binary on this machine's ext4 starts
# about 0.8 ms slower than the same binary on tmpfs, which would drown any comparison.
mkdir -p "$WORK"
# The build the Debian package ships.
cp "$(bash .ci/build-shipped.sh)" "$WORK/copydesk"
COPYDESK=$WORK/copydesk
if [ -n "${BASELINE:-}" ]; then
  cp "$BASELINE" "$WORK/copydesk-baseline"
  BASELINE=$WORK/copydesk-baseline
fi

# On tmpfs, so that the disk's cache is not what is measured.
mkdir -p "$WORK"
cp "$SHARED/examples/biden-zelenskyy-call.txt" "$WORK/example.txt"
cp "$SHARED/corpus/bbc-headlines/business-108.txt" "$WORK/1k.txt"
cp "$SHARED/corpus/messy/long-bbc-entertainment-253.txt" "$WORK/20k.txt"

median_ms() { # hyperfine's JSON export → the median of each command, in ms, one per line
  python3 -c 'import json,sys; [print("%.3f" % (r["median"] * 1000)) for r in json.load(open(sys.argv[1]))["results"]]' "$1"
}

printf '%-12s %6s %9s %9s %9s %9s %9s %14s %12s\n' article bytes cat copydesk '-t newsml' pandoc \
  'cd/cat' 'cd-1.5*cat' 'pandoc/cd'
for name in example 1k 20k; do
  file="$WORK/$name.txt"
  hyperfine -N --runs "$RUNS" --warmup 20 --style none --export-json "$WORK/$name.json" \
    "cat $file" \
    "$COPYDESK $file -t markdown" \
    "$COPYDESK $file -t newsml" \
    "pandoc $file -f markdown -t html" >/dev/null 2>&1
  mapfile -t ms < <(median_ms "$WORK/$name.json")
  awk -v n="$name" -v b="$(stat -c %s "$file")" -v c="${ms[0]}" -v m="${ms[1]}" -v x="${ms[2]}" -v p="${ms[3]}" 'BEGIN{
    printf "%-12s %6d %7.2fms %7.2fms %7.2fms %7.2fms %9.2f %12.2fms %12.1f\n", n, b, c, m, x, p, m / c, m - 1.5 * c, p / m }'
done
# The baseline is run interleaved with this build (one of each in turn), not in hyperfine's
# sequence: this machine's speed drifts between one command's runs and the next's, by more
# than most changes gain (a 0.5 ms "gain" of one sequence was 0.02 ms interleaved).
if [ -n "${BASELINE:-}" ]; then
  python3 - "$BASELINE" "$COPYDESK" "$RUNS" "$WORK"/example.txt "$WORK"/1k.txt "$WORK"/20k.txt <<'PY'
import os, statistics, subprocess, sys, time
baseline, build, runs, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
null = open(os.devnull, "w")
for path in files:
    times = {baseline: [], build: []}
    for _ in range(runs):
        for program in times:
            start = time.perf_counter()
            subprocess.run([program, path, "-t", "markdown"], stdout=null, check=True)
            times[program].append(time.perf_counter() - start)
    old, new = (statistics.median(times[p]) * 1000 for p in (baseline, build))
    name = os.path.basename(path).removesuffix(".txt")
    print(f"{name}: baseline {old:.3f} ms, this build {new:.3f} ms, difference {new - old:+.3f} ms"
          " (interleaved, each with Python's spawn)")
PY
fi
echo "(medians of $RUNS runs each; cd/cat: copydesk -t markdown over cat; cd-1.5*cat: what copydesk takes beyond 1.5x cat; pandoc/cd: how many times faster copydesk is)"
