"""Selects and cleans the articles of storyline-core/src/test/resources/facts/labelled-facts.jsonl.

Run from the repository root: python3 tools/facts/select_articles.py  (prints the selection; build.py uses select()).
"""
import json
import random
import re
from datetime import datetime

SEED = 20260101
MAX_PARAGRAPHS = 12
WIKINEWS = "storyline-cli/src/main/resources/samples/wikinews-semeval2015.jsonl"
ECBPLUS = "/work/shared/data/ecbplus_event_clusters.jsonl"

DISTANCE_HINT = re.compile(r"\b(miles?|kilometers?|kilometres?|km)\b[^.]{0,40}\b(of|from)\b", re.I)

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def parse_day(raw):
    """The day of a date line such as 'May 2, 2013 | 5: 03pm' or 'Nov. 30, 2009'; None when it has none."""
    m = re.match(r"\s*([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})", raw or "")
    if not m or m.group(1)[:3].lower() not in MONTHS:
        return None
    return datetime(int(m.group(3)), MONTHS[m.group(1)[:3].lower()], int(m.group(2))).date().isoformat()


def paragraphs(lines):
    lines = [l.strip() for l in lines if l.strip()]
    return "\n\n".join(lines[:MAX_PARAGRAPHS])


def wikinews_text(rec):
    lines = [l for l in rec["text"].split("\n") if l.strip()]
    # Most records open with the headline and the page's date line ("January 09, 2008"): neither is body text.
    if lines and rec.get("title") and lines[0].strip() == rec["title"].strip():
        lines = lines[1:]
    if lines and parse_day(lines[0]) and len(lines[0].split()) <= 4:
        lines = lines[1:]
    return paragraphs(lines)


def ecbplus_text(rec):
    lines = [l for l in rec["text"].split("\n") if l.strip()]
    # Leading URL line, headline line (the record's title) and date line, where present.
    if lines and lines[0].startswith("http"):
        lines = lines[1:]
    if lines and rec.get("title") and lines[0].strip() == rec["title"].strip():
        lines = lines[1:]
    # The date line, where it comes first or after a one-line deck (a sub-headline, headline matter too).
    for i in range(min(2, len(lines))):
        if rec.get("date_raw") and lines[i].strip() == rec["date_raw"].strip():
            lines = lines[i + 1:]
            break
    return paragraphs(lines)


def select():
    rng = random.Random(SEED)
    wiki = [json.loads(l) for l in open(WIKINEWS, encoding="utf-8")]
    chosen = []
    for cluster in sorted({r["cluster"] for r in wiki}):
        pool = sorted((r for r in wiki if r["cluster"] == cluster), key=lambda r: r["id"])
        for r in rng.sample(pool, 4):
            chosen.append({"id": "wikinews-" + r["id"], "corpus": "wikinews", "published": r["date"],
                           "text": wikinews_text(r)})
    ecb = [json.loads(l) for l in open(ECBPLUS, encoding="utf-8")]
    ecb = [r for r in ecb if parse_day(r.get("date_raw"))]
    for splits, topics in ((("train", "dev"), 10), (("test",), 2)):
        pool = sorted((r for r in ecb if r["split"] in splits), key=lambda r: r["id"])
        by_topic = {}
        for r in pool:
            by_topic.setdefault(r["topic"], []).append(r)
        for topic in rng.sample(sorted(by_topic, key=int), topics):
            r = rng.choice(by_topic[topic])
            chosen.append({"id": "ecbplus-" + r["id"], "corpus": "ecbplus", "published": parse_day(r["date_raw"]),
                           "text": ecbplus_text(r)})
    # Distance stratum: the random draw above holds hardly any distance between two places, so three more dated ECB+
    # articles whose text matches DISTANCE_HINT, one per topic, drawn with the same generator.
    taken = {a["id"] for a in chosen}
    pool = sorted((r for r in ecb if DISTANCE_HINT.search(ecbplus_text(r)) and "ecbplus-" + r["id"] not in taken),
                  key=lambda r: r["id"])
    by_topic = {}
    for r in pool:
        by_topic.setdefault(r["topic"], []).append(r)
    for topic in rng.sample(sorted(by_topic, key=int), min(3, len(by_topic))):
        r = rng.choice(by_topic[topic])
        chosen.append({"id": "ecbplus-" + r["id"], "corpus": "ecbplus", "published": parse_day(r["date_raw"]),
                       "text": ecbplus_text(r)})
    return chosen


if __name__ == "__main__":
    for a in select():
        print("=" * 20, a["id"], a["published"], len(a["text"]))
        print(a["text"])
