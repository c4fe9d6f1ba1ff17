"""Runs superdesk-core 2.5.3's own NewsML-G2 ingest parser on copydesk's NewsML and reports
what Superdesk would import: guid, version, headline, byline, authors, language, and the
body's paragraphs."""
import compat  # noqa: F401 (Python 3.11 shims for the 3.8-era dependencies)
import json, sys
import flask
from lxml import etree
from superdesk.io.feed_parsers.newsml_2_0 import NewsMLTwoFeedParser

app = flask.Flask("check")
app.config["QCODE_MISSING_VOC"] = "continue"
app.subjects = {}
results = []
with app.app_context():
    for path in sys.argv[1:]:
        xml = etree.fromstring(open(path, "rb").read())
        item = NewsMLTwoFeedParser().parse(xml)[0]
        body = item.get("body_html") or ""
        results.append({
            "path": path,
            "guid": item.get("guid"),
            "version": item.get("version"),
            "headline": item.get("headline"),
            "byline": item.get("byline"),
            "authors": [a["name"] for a in item.get("authors", [])],
            "language": item.get("language"),
            "paragraphs": body.count("<p>") + body.count("<p "),
            "body_html": body,
        })
print(json.dumps(results, ensure_ascii=False))
