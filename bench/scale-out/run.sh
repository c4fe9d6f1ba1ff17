#!/usr/bin/env bash
# A 100,000-line JSON Lines archive made from ../shared/corpus (bench/scale-out/archive.py, one
# line in 10,000 planted to fail), converted to NewsML by copydesk --jsonl under GNU parallel and
# under Apache Spark in local mode, each at 1 and 2 workers (one copydesk thread per worker);
# every result checked (bench/scale-out/verify.py: each article converted, the planted lines
# failed with their error, none lost or repeated, in order). Prints throughput per engine and
# worker count. Usage: bash bench/scale-out/run.sh (LINES=100000; SPARK_PYTHON=python with
# pyspark, default python3: install with `pip install pyspark`; Java 17 or later).
set -euo pipefail
cd "$(dirname "$0")/../.."
LINES=${LINES:-100000}
SHARED=${SHARED:-../shared}
WORK=${WORK:-/dev/shm/copydesk-scale}
SPARK_PYTHON=${SPARK_PYTHON:-python3}
command -v parallel >/dev/null || { apt-get update -qq && apt-get install -y -qq parallel >/dev/null; }
# The build the Debian package ships.
COPYDESK=$(bash .ci/build-shipped.sh)
mkdir -p "$WORK"
ARCHIVE=$WORK/archive.jsonl
python3 bench/scale-out/archive.py "$SHARED/corpus" "$LINES" "$ARCHIVE"
MB=$(awk -v b="$(stat -c %s "$ARCHIVE")" 'BEGIN{printf "%.0f", b / 1e6}')
echo "archive: $LINES lines, $MB MB"

for workers in 1 2; do
  out=$WORK/parallel-$workers.jsonl
  start=$EPOCHREALTIME
  # Exit status: the number of jobs that met a planted failure; verify.py judges the results.
  parallel --will-cite --pipe -k -j "$workers" --block 4M "$COPYDESK" --jsonl -j 1 -t newsml \
    < "$ARCHIVE" > "$out" || true
  seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.2f", b - a}')
  printf 'GNU parallel -j %s: %s s, %s articles/s, %s MB/s; ' "$workers" "$seconds" \
    "$(awk -v n="$LINES" -v s="$seconds" 'BEGIN{printf "%.0f", n / s}')" \
    "$(awk -v m="$MB" -v s="$seconds" 'BEGIN{printf "%.1f", m / s}')"
  python3 bench/scale-out/verify.py "$ARCHIVE" "$out" newsml --ordered
done

if "$SPARK_PYTHON" -c 'import pyspark' 2>/dev/null; then
  for workers in 1 2; do
    out=$WORK/spark-$workers.jsonl
    "$SPARK_PYTHON" bench/scale-out/spark.py "$ARCHIVE" "$out" "$workers" "$COPYDESK" newsml 2>/dev/null
    python3 bench/scale-out/verify.py "$ARCHIVE" "$out" newsml --ordered
  done
else
  echo "Spark: $SPARK_PYTHON has no pyspark (pip install pyspark; Java 17+), not run"
fi
