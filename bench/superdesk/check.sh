#!/usr/bin/env bash
# Runs Superdesk's own NewsML-G2 and NITF ingest parsers (superdesk-core 2.5.3,
# superdesk/io/feed_parsers/newsml_2_0.py and nitf.py) on copydesk's NewsML and NITF
# (`--flavor superdesk`) of the example article and of 20 corpus articles, and checks that
# Superdesk imports every block of the body and the headline (and from NewsML the byline and
# authors, from NITF the guid); and that an agency's NewsML item (the IPTC example of an
# XMLTeam story) converted by copydesk is the same item to Superdesk: its guid and version.
# Usage: bash bench/superdesk/check.sh [VENV]
#
# superdesk-core 2.5.3 is pinned for Python 3.8, which this machine does not have. The venv is
# made outside the repository with the machine's Python 3.11: superdesk-core without its pins,
# then the versions of its imports that still run on 3.11, and compat.py for what they removed
# (inspect.formatargspec, asyncio.coroutine, collections' ABC aliases). The parser itself is
# Superdesk's file, unchanged.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${1:-/tmp/superdesk-venv}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  pip=("$VENV/bin/pip" install -q)
  "${pip[@]}" --no-deps superdesk-core==2.5.3
  "${pip[@]}" lxml lxml_html_clean arrow blinker "flask<1.2" "markupsafe<2.1" "jinja2<3" \
    "itsdangerous<2" "werkzeug<2" "python-dateutil<2.8" "flask-babel<2" flask-script "eve<1.2" \
    typing_extensions "elasticsearch<8" bcrypt "tzlocal<3" "celery<5.3" regex chardet websockets \
    "eve-elastic<8" mongolock "redis<4" flask-mail pillow python-magic requests hachoir boto3 \
    unidecode draftjs_exporter pyyaml 2>&1 | grep -v "requires\|incompatible\|resolver\|DEPRECATION" || true
fi
cargo build --release -q
WORK=$(mktemp -d)
files=(../shared/examples/biden-zelenskyy-call.txt)
mapfile -t corpus < <(ls ../shared/corpus/{reuters,reuters-wire,bbc,wikinews,cnn-stories,boxed,lede-first,bbc-headlines,messy,encodings}/*.txt | awk 'NR%17==1' | head -20)
files+=("${corpus[@]}")
for f in "${files[@]}"; do
  name=$(echo "$f" | tr '/' '_' | sed 's/^[._]*//')
  target/release/copydesk "$f" -t newsml --created 2025-01-01T00:00:00Z -o "$WORK/$name.xml"
  target/release/copydesk "$f" -t json -o "$WORK/$name.json"
  target/release/copydesk "$f" -t nitf --flavor superdesk --created 2025-01-01T00:00:00Z -o "$WORK/$name.nitf"
done
(cd bench/superdesk && "$VENV/bin/python" parse_newsml.py "$WORK"/*.xml 2>/dev/null | tail -1) > "$WORK/superdesk.json"
(cd bench/superdesk && "$VENV/bin/python" parse_nitf.py "$WORK"/*.nitf 2>/dev/null | tail -1) > "$WORK/superdesk-nitf.json"
agency=$PWD/../shared/schemas/examples/LISTING_22_Sports_story_in_NewsML-G2NITF.xml
target/release/copydesk "$agency" -t newsml --created 2025-01-01T00:00:00Z -o "$WORK/agency.newsml" 2>/dev/null
(cd bench/superdesk && "$VENV/bin/python" parse_newsml.py "$agency" "$WORK/agency.newsml" 2>/dev/null |
  tail -1) > "$WORK/superdesk-agency.json"
python3 - "$WORK" <<'PY'
import html, json, re, sys
work = sys.argv[1]
results = json.load(open(f"{work}/superdesk.json"))
ok = 0
for r in results:
    tree = json.load(open(r["path"][:-4] + ".json"))
    meta, blocks, body = tree["meta"], tree["blocks"], r["body_html"]
    elements = len(re.findall(r"^<(p|hl2|ul|ol|bq|pre|note)\b", body, re.M))
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    paragraphs = ["".join(i["text"] for i in b["content"]) for b in blocks if b["type"] == "paragraph"]
    good = (elements == len(blocks) and r["headline"] == (meta.get("title") or "")
            and (r["byline"] or None) == meta.get("byline") and r["authors"] == meta.get("authors", [])
            and all(p in text for p in paragraphs))
    ok += good
    if not good:
        print(f"  {r['path']}: {elements} of {len(blocks)} blocks; headline {r['headline']!r}")
print(f"Superdesk imported every block, the headline, byline and authors of {ok} of {len(results)} items")
nitf = json.load(open(f"{work}/superdesk-nitf.json"))
nitf_ok = 0
for r in nitf:
    tree = json.load(open(r["path"][:-5] + ".json"))
    meta, blocks, body = tree["meta"], tree["blocks"], r["body_html"]
    elements = len(re.findall(r"^\s*<(p|hl2|ul|ol|bq|pre|note)\b", body, re.M))
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    paragraphs = ["".join(i["text"] for i in b["content"]) for b in blocks if b["type"] == "paragraph"]
    good = (elements == len(blocks) and (r["headline"] or "") == (meta.get("title") or "")
            and r["guid"] and all(p in text for p in paragraphs))
    nitf_ok += good
    if not good:
        print(f"  {r['path']}: {elements} of {len(blocks)} blocks; headline {r['headline']!r}")
print(f"Superdesk's NITF parser imported every block, the headline and the guid of {nitf_ok} of {len(nitf)} items")
source, converted = json.load(open(f"{work}/superdesk-agency.json"))
same = (source["guid"], source["version"]) == (converted["guid"], converted["version"])
print(f"An agency's item converted: Superdesk reads guid {converted['guid']!r}, version "
      f"{converted['version']!r} ({'the same as' if same else 'NOT the same as'} the original's)")
sys.exit(0 if ok == len(results) and nitf_ok == len(nitf) and same else 1)
PY
