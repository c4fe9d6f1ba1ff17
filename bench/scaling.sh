#!/usr/bin/env bash
# Shows that copydesk's time and memory grow linearly with its input: the same conversion on
# a 10 MiB article and on one ten times as long (the 10 MiB file ten times over), with the
# ratios. Usage: bash bench/scaling.sh  (RUNS=N best of N, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/copydesk-scaling}
RUNS=${RUNS:-3}
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
mkdir -p "$WORK"
cargo run --release -q --example bench_data -- "$WORK" "${SHARED:-../shared}" >/dev/null
for _ in $(seq 10); do cat "$WORK/big.txt"; done > "$WORK/huge.txt"
# The build the Debian package ships.
COPYDESK=$(bash .ci/build-shipped.sh)

# best NAME FILE FORMAT -> "seconds kilobytes"
best() {
  local best="" rss=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$COPYDESK" "$2" -t "$3" -o "$WORK/out.$3" -q
    read -r secs kb < "$WORK/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  echo "$best $rss"
}
printf "%-10s %12s %12s %12s %12s %8s %8s\n" format "10MB time" "100MB time" "10MB peak" "100MB peak" "time x" "peak x"
for format in markdown newsml json; do
  read -r t1 m1 < <(best small "$WORK/big.txt" "$format")
  read -r t2 m2 < <(best large "$WORK/huge.txt" "$format")
  awk -v f="$format" -v t1="$t1" -v t2="$t2" -v m1="$m1" -v m2="$m2" 'BEGIN{
    printf "%-10s %10.2f s %10.2f s %9.0f MB %9.0f MB %7.1fx %7.1fx\n", f, t1, t2, m1/1024, m2/1024, t2/t1, m2/m1 }'
done
rm -f "$WORK/huge.txt" "$WORK"/out.*
