#!/usr/bin/env bash
# Builds the Debian package (cargo-deb), installs it, and checks what an installed copydesk
# gives a shell user: the binary converts the example article as the build does, `man -w`
# finds both pages, and bash — through bash-completion's own loader — completes
# `copydesk -t <TAB>` to the format names. Run by .ci/run (as root, on Debian); by hand:
# `bash .ci/package.sh` (needs root for the install).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}

need=()
command -v man >/dev/null 2>&1 || need+=(man-db)
[ -f /usr/share/bash-completion/bash_completion ] || need+=(bash-completion)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
# cargo-deb from crates.io; without its default features it builds no LZMA C library
# (the package is gzip-compressed), which keeps this under two minutes on two cores.
command -v cargo-deb >/dev/null 2>&1 || cargo install --quiet --locked cargo-deb --no-default-features

# The build that ships: profile release-lto, the C library linked in.
{ read -r triple; read -r built; } < <(bash .ci/build-shipped.sh --triple)
# The man pages and completions, generated from the flag definitions into the place
# [package.metadata.deb] in Cargo.toml takes them from (its `target/release/` is the
# build's folder).
assets=$(dirname "$built")/assets
mkdir -p "$assets"
# Man pages are installed gzipped (Debian policy); cargo-deb compresses only files it did
# not build, and it counts whatever is under the profile's folder as built.
"$built" man | gzip -9n >"$assets/copydesk.1.gz"
"$built" man check | gzip -9n >"$assets/copydesk-check.1.gz"
"$built" completions bash >"$assets/copydesk.bash"
"$built" completions zsh >"$assets/_copydesk"
"$built" completions fish >"$assets/copydesk.fish"
debian=$(dirname "$(dirname "$built")")/debian
rm -f "$debian"/copydesk_*.deb
# Stripped: the release profile keeps line tables for backtraces, which a server install
# does not need (a sevenfold smaller package).
cargo deb --profile release-lto --target "$triple" --no-build --strip --quiet
deb=$(ls "$debian"/copydesk_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --contents "$deb" | awk '{print "  " $6}'
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb" >/dev/null

fail() { echo "package check failed: $*" >&2; exit 1; }
installed=$(command -v copydesk)
[ "$installed" = /usr/bin/copydesk ] || fail "copydesk on the PATH is $installed, not the package's"
example=$SHARED/examples/biden-zelenskyy-call.txt
/usr/bin/copydesk "$example" -t newsml --created 2025-03-12T10:45:00Z >/tmp/copydesk-installed.xml
"$built" "$example" -t newsml --created 2025-03-12T10:45:00Z >/tmp/copydesk-built.xml
cmp -s /tmp/copydesk-installed.xml /tmp/copydesk-built.xml || fail "installed and built copydesk differ"
xmllint --noout /tmp/copydesk-installed.xml
grep -q '<p>President Joe Biden' /tmp/copydesk-installed.xml || fail "the installed copydesk's NewsML lacks the body"
echo "installed copydesk converts the example: $(wc -c </tmp/copydesk-installed.xml) bytes of NewsML"

for page in copydesk copydesk-check; do
  found=$(man -w "$page") || fail "man -w $page finds nothing"
  echo "man -w $page: $found"
done

# Bash as an interactive user has it: bash-completion loads /usr/share/bash-completion/
# completions/copydesk when `copydesk` is first completed.
offered=$(bash --norc --noprofile -c '
  source /usr/share/bash-completion/bash_completion
  _comp_load copydesk 2>/dev/null || __load_completion copydesk
  function=$(complete -p copydesk | sed -E "s/.* -F ([^ ]+) .*/\1/")
  COMP_WORDS=(copydesk -t ""); COMP_CWORD=2; COMP_LINE="copydesk -t "; COMP_POINT=${#COMP_LINE}
  "$function" copydesk "" -t
  printf "%s\n" "${COMPREPLY[@]}"' | sort | tr '\n' ' ')
expected=$({ /usr/bin/copydesk -t '' 2>&1 || true; } | sed -nE 's/.*possible values: ([^]]*)\].*/\1/p' |
  tr -d ',' | tr ' ' '\n' | sort | tr '\n' ' ')
[ -n "$expected" ] || fail "could not read the format names from copydesk's error"
[ "$offered" = "$expected" ] || fail "bash completes 'copydesk -t ' to '$offered', not '$expected'"
echo "bash completes 'copydesk -t <TAB>' to: $offered"
