#!/usr/bin/env bash
# Builds copydesk as the Debian package ships it, and prints the binary's path (and, with
# --triple, the target triple it was built for, on a line before): the release-lto profile
# (Cargo.toml) and, on GNU/Linux, the C library linked in (a static-pie executable): a
# one-article run then has no shared libraries to find, map and link before it starts, and
# the binary still loads at a random address. The benchmarks in bench/ time this build;
# .ci/package.sh packages it.
# Usage: binary=$(bash .ci/build-shipped.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
triple=$(rustc -vV | sed -n 's/^host: //p')
flags=${RUSTFLAGS:-}
# glibc's static library comes with its headers (libc6-dev), which linking needs anyway.
case $triple in
  *-linux-gnu*) flags="$flags -C target-feature=+crt-static" ;;
esac
# With --target, RUSTFLAGS reach only the program, not the build scripts and derive macros
# cargo builds for the host (a derive macro cannot be linked statically).
RUSTFLAGS=$flags cargo build --profile release-lto --target "$triple" --quiet
target=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
[ "${1:-}" = --triple ] && echo "$triple"
echo "$target/$triple/release-lto/copydesk"
