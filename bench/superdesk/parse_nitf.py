"""Runs superdesk-core 2.5.3's own NITF ingest parser (superdesk/io/feed_parsers/nitf.py) on
copydesk's NITF (`-t nitf --flavor superdesk`) and reports what Superdesk would import, in the
form parse_newsml.py gives."""
import compat  # noqa: F401 (Python 3.11 shims for the 3.8-era dependencies)
import json, sys
import flask
from lxml import etree
from superdesk.io.feed_parsers.nitf import NITFFeedParser

app = flask.Flask("check")
results = []
with app.app_context():
    for path in sys.argv[1:]:
        xml = etree.fromstring(open(path, "rb").read())
        parser = NITFFeedParser()
        assert parser.can_parse(xml), f"{path}: Superdesk's NITF parser does not take it"
        item = parser.parse(xml)
        body = item.get("body_html") or ""
        results.append({
            "path": path,
            "headline": item.get("headline"),
            "byline": item.get("byline"),
            "guid": item.get("guid"),
            "keywords": item.get("keywords"),
            "body_html": body,
        })
print(json.dumps(results, ensure_ascii=False))
