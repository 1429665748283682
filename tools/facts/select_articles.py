"""Selects and cleans the articles of the labelled fact sets in storyline-core/src/test/resources/facts/.

Six sets: the dev set labelled-facts.jsonl (select(), seed 20260101), the held-out test set
labelled-facts-test.jsonl (select_test(), seed 20261202, none of the dev set's articles), the second dev set for
dates labelled-dates-dev2.jsonl (select_dates_dev2(), seed 20261203, none of the other two sets' articles, date-rich)
the third dev set for dates labelled-dates-dev3.jsonl (select_dates_dev3(), seed 20261204, none of the other three
sets' articles, date-rich as far as the remaining articles allow), the fourth dev set for dates
labelled-dates-dev4.jsonl (select_dates_dev4(), seed 20261205, none of the other four sets' articles, the richest
in dates of what is left) and the fifth dev set for dates labelled-dates-dev5.jsonl (select_dates_dev5(), seed
20261206, none of the other five sets' articles, drawn as the fourth from what is left: 35 articles, the ECB+ pool
short).
Run from the repository root: python3 tools/facts/select_articles.py [--test | --dates-dev2 | --dates-dev3 |
--dates-dev4 | --dates-dev5]  (prints the selection; build.py uses select(), select_test() and the
select_dates_dev*() functions).
"""
import json
import random
import re
import sys
from datetime import datetime

SEED = 20260101
TEST_SEED = 20261202
DATES_DEV2_SEED = 20261203
DATES_DEV3_SEED = 20261204
DATES_DEV4_SEED = 20261205
DATES_DEV5_SEED = 20261206
MAX_PARAGRAPHS = 12
WIKINEWS = "storyline-cli/src/main/resources/samples/wikinews-semeval2015.jsonl"
ECBPLUS = "/work/shared/data/ecbplus_event_clusters.jsonl"

DISTANCE_HINT = re.compile(r"\b(miles?|kilometers?|kilometres?|km)\b[^.]{0,40}\b(of|from)\b", re.I)
# The test set's distance stratum: a number, a unit (with a converted figure in brackets), a direction, "of"/"from".
DISTANCE = re.compile(r"\d[\d,. ]*\s*-?\s*(miles?|kilometers?|kilometres?|km)\b( \([^)]*\))?\s*(- )?"
                      r"((north|south|east|west)[\w -]*?\s+)?(of|from)\b", re.I)

# The dates-dev2 stratum: a rough count of date words (months, weekdays, years, "yesterday", "last week", ...).
DATE_HINT = re.compile(r"\b(January|February|March|April|June|July|August|September|October|November|December|"
                       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                       r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|tomorrow|"
                       r"(19|20)\d\d|(last|next|this|past) (week|month|year|weekend))\b")
SENTENCE_BREAK = re.compile(r"(?<=[.!?'\"])\s+|\n+")

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def parse_day(raw):
    """The day of a date line such as 'May 2, 2013 | 5: 03pm' or 'Nov. 30, 2009'; None when it has none."""
    m = re.match(r"\s*([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})", raw or "")
    if not m or m.group(1)[:3].lower() not in MONTHS:
        return None
    return datetime(int(m.group(3)), MONTHS[m.group(1)[:3].lower()], int(m.group(2))).date().isoformat()


DAY_PATTERNS = (  # (pattern, order of month, day, year groups)
    (re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), (1, 2, 3)),  # Dec. 7, 2009
    (re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"), (2, 1, 3)),  # 28 November 2005
    (re.compile(r"\b(\d{1,2}) / (\d{1,2}) / (\d{2}|\d{4})\b"), (1, 2, 3)),  # 11 / 10 / 11, 03 / 14 / 2013
)


def find_day(line):
    """The day a date line of the text gives ('7: 15 a. m. Dec. 7, 2009', 'Tue, 02 Jul 2013 12: 28 CDT',
    'Posted: 03 / 14 / 2013 06: 37: 46 AM PDT'); None when the line is no date line."""
    if len(line.split()) > 14:
        return None
    for pattern, (mo, dd, yy) in DAY_PATTERNS:
        m = pattern.search(line)
        if not m:
            continue
        month, day, year = m.group(mo), int(m.group(dd)), int(m.group(yy))
        month = int(month) if month.isdigit() else MONTHS.get(month[:3].lower())
        year = year + 2000 if year < 100 else year
        if month and 1 <= month <= 12 and 1 <= day <= 31:
            return datetime(year, month, day).date().isoformat()
    return None


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


def wikinews_published(rec):
    """The day of the page's date line under the headline ('February 20, 2009'), where the text has one, else the
    record's date. The two differ in a few records, whose date is wrong: 120578 writes it day first ('03-02-2009'),
    121225 gives January for February (its Dow close of 7,465.95 'on Thursday' was on Thursday 19 February 2009)."""
    lines = [l for l in rec["text"].split("\n") if l.strip()]
    if lines and lines[0].strip() == rec.get("title", "").strip():
        lines = lines[1:]
    if lines and parse_day(lines[0]) and len(lines[0].split()) <= 4:
        return parse_day(lines[0])
    return rec["date"]


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


def ecbplus_dated_in_text(rec):
    """(published, text) of an ECB+ document without date_raw whose date line is in its text: within the first four
    lines after the URL; the lines up to it (headline, deck) and an 'Updated' line after it are headline matter and
    dropped. None when no such line."""
    lines = [l for l in rec["text"].split("\n") if l.strip()]
    if not lines or not lines[0].startswith("http"):
        return None
    lines = lines[1:]
    for i in range(min(4, len(lines))):
        day = find_day(lines[i])
        if day:
            rest = lines[i + 1:]
            if rest and rest[0].strip().lower().startswith("updated"):
                rest = rest[1:]
            # a headline after the date line (BBC, payvand): short, no closing stop
            if rest and len(rest[0].split()) <= 12 and not rest[0].rstrip().endswith((".", "'", '"')):
                rest = rest[1:]
            return day, paragraphs(rest)
    return None


def ecbplus_record(r):
    """A set's record of an ECB+ article: its id, its day from the date line, its prepared text."""
    return {"id": "ecbplus-" + r["id"], "corpus": "ecbplus", "published": parse_day(r["date_raw"]),
            "text": ecbplus_text(r)}


def wikinews_record(r, published):
    """A set's record of a Wikinews article, published on the day given."""
    return {"id": "wikinews-" + r["id"], "corpus": "wikinews", "published": published, "text": wikinews_text(r)}


def select():
    rng = random.Random(SEED)
    wiki = [json.loads(l) for l in open(WIKINEWS, encoding="utf-8")]
    chosen = []
    for cluster in sorted({r["cluster"] for r in wiki}):
        pool = sorted((r for r in wiki if r["cluster"] == cluster), key=lambda r: r["id"])
        for r in rng.sample(pool, 4):
            chosen.append(wikinews_record(r, r["date"]))
    ecb = [json.loads(l) for l in open(ECBPLUS, encoding="utf-8")]
    ecb = [r for r in ecb if parse_day(r.get("date_raw"))]
    for splits, topics in ((("train", "dev"), 10), (("test",), 2)):
        pool = sorted((r for r in ecb if r["split"] in splits), key=lambda r: r["id"])
        by_topic = {}
        for r in pool:
            by_topic.setdefault(r["topic"], []).append(r)
        for topic in rng.sample(sorted(by_topic, key=int), topics):
            r = rng.choice(by_topic[topic])
            chosen.append(ecbplus_record(r))
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
        chosen.append(ecbplus_record(r))
    return chosen


def select_test():
    """The held-out test set: seed TEST_SEED, none of the dev set's articles (nor an ECB+ near-copy of one: a document
    whose distance sentence is verbatim in a dev article); Wikinews 4 articles per topic, those whose text matches
    DISTANCE_HINT first; ECB+ 9 random dated articles; and a distance stratum: per ECB+ topic with a distance in a
    dated ecbplus document (date_raw, or a date line in the text), one such document, up to 6 topics."""
    rng = random.Random(TEST_SEED)
    dev = select()
    dev_ids = {a["id"] for a in dev}
    dev_texts = [a["text"] for a in dev]
    wiki = [json.loads(l) for l in open(WIKINEWS, encoding="utf-8")]
    chosen = []
    for cluster in sorted({r["cluster"] for r in wiki}):
        pool = sorted((r for r in wiki if r["cluster"] == cluster and "wikinews-" + r["id"] not in dev_ids),
                      key=lambda r: r["id"])
        hinted = [r for r in pool if DISTANCE_HINT.search(wikinews_text(r))]
        rest = [r for r in pool if r not in hinted]
        for r in hinted[:4] + rng.sample(rest, 4 - len(hinted[:4])):
            chosen.append(wikinews_record(r, r["date"]))
    ecb = [json.loads(l) for l in open(ECBPLUS, encoding="utf-8")]

    def near_copy(text):
        return any(m.group(0) in t for m in DISTANCE.finditer(text) for t in dev_texts)

    dated = [r for r in ecb if parse_day(r.get("date_raw")) and "ecbplus-" + r["id"] not in dev_ids
             and not near_copy(ecbplus_text(r))]
    for splits, topics in ((("train", "dev"), 7), (("test",), 2)):
        pool = sorted((r for r in dated if r["split"] in splits), key=lambda r: r["id"])
        by_topic = {}
        for r in pool:
            by_topic.setdefault(r["topic"], []).append(r)
        for topic in rng.sample(sorted(by_topic, key=int), topics):
            r = rng.choice(by_topic[topic])
            chosen.append(ecbplus_record(r))
    taken = {a["id"] for a in chosen}
    by_topic = {}
    for r in sorted(ecb, key=lambda r: r["id"]):
        if not r["id"].endswith("ecbplus") or "ecbplus-" + r["id"] in dev_ids | taken:
            continue
        if parse_day(r.get("date_raw")):
            published, text = parse_day(r["date_raw"]), ecbplus_text(r)
        else:
            found = ecbplus_dated_in_text(r)
            if not found:
                continue
            published, text = found
        if DISTANCE.search(text) and not near_copy(text):
            by_topic.setdefault(r["topic"], []).append((r, published, text))
    for topic in rng.sample(sorted(by_topic, key=int), min(6, len(by_topic))):
        r, published, text = rng.choice(by_topic[topic])
        chosen.append({"id": "ecbplus-" + r["id"], "corpus": "ecbplus", "published": published, "text": text})
    return chosen


def long_sentences(text):
    """The sentences of at least 60 characters of a text (what a near-copy repeats verbatim)."""
    return {s for s in SENTENCE_BREAK.split(text) if len(s) >= 60}


def exclusion(used):
    """The ids of the articles already used, and a test for a near-copy of one: a text sharing a sentence of 60
    characters or more with one of their texts, or the test set's distance near-copy rule."""
    used_ids = {a["id"] for a in used}
    used_texts = [a["text"] for a in used]
    used_sentences = set().union(*(long_sentences(t) for t in used_texts))

    def near_copy(text):
        return bool(long_sentences(text) & used_sentences) or any(
            m.group(0) in t for m in DISTANCE.finditer(text) for t in used_texts)

    return used_ids, near_copy


def select_dates_dev2():
    """The second dev set for dates: seed DATES_DEV2_SEED, none of the dev or test sets' articles nor a near-copy of
    one (a text sharing a sentence of 60 characters or more with one of their texts, or the test set's distance
    near-copy rule); a date-rich stratum: Wikinews 5 articles per topic among those with at least 4 DATE_HINT
    matches; ECB+ dated records (date_raw) with at least 3 DATE_HINT matches, one article in each of 20 topics
    sampled from the topics that have one."""
    rng = random.Random(DATES_DEV2_SEED)
    used_ids, near_copy = exclusion(select() + select_test())

    def rich(text, least):
        return len(DATE_HINT.findall(text)) >= least

    wiki = [json.loads(l) for l in open(WIKINEWS, encoding="utf-8")]
    chosen = []
    for cluster in sorted({r["cluster"] for r in wiki}):
        pool = sorted((r for r in wiki if r["cluster"] == cluster and "wikinews-" + r["id"] not in used_ids
                       and rich(wikinews_text(r), 4) and not near_copy(wikinews_text(r))), key=lambda r: r["id"])
        for r in rng.sample(pool, 5):
            chosen.append(wikinews_record(r, r["date"]))
    ecb = [json.loads(l) for l in open(ECBPLUS, encoding="utf-8")]
    pool = sorted((r for r in ecb if parse_day(r.get("date_raw")) and "ecbplus-" + r["id"] not in used_ids
                   and rich(ecbplus_text(r), 3) and not near_copy(ecbplus_text(r))), key=lambda r: r["id"])
    by_topic = {}
    for r in pool:
        by_topic.setdefault(r["topic"], []).append(r)
    for topic in rng.sample(sorted(by_topic, key=int), 20):
        r = rng.choice(by_topic[topic])
        chosen.append(ecbplus_record(r))
    for a in chosen:
        a["dates_only"] = True
    return chosen


def select_dates_dev3():
    """The third dev set for dates: seed DATES_DEV3_SEED, none of the dev, test or dates-dev2 sets' articles nor a
    near-copy of one (the dates-dev2 rule, against all three sets' texts); the dates-dev2 stratum, which the first
    two sets for dates nearly use up (16 Wikinews articles left with at least 4 DATE_HINT matches, 2 to 6 a topic;
    ECB+ 17 records in 11 topics with at least 3), filled up one match lower: per Wikinews topic 5 articles, those
    with at least 4 matches first (sampled), the rest sampled from those with 3; ECB+ 20 topics, the topics with a
    record of at least 3 matches first (sampled), the rest sampled from the topics with one of at least 2, one
    record drawn in each among its richest tier (at least 3 matches where the topic has one, else at least 2)."""
    rng = random.Random(DATES_DEV3_SEED)
    used_ids, near_copy = exclusion(select() + select_test() + select_dates_dev2())

    def hints(text):
        return len(DATE_HINT.findall(text))

    wiki = [json.loads(l) for l in open(WIKINEWS, encoding="utf-8")]
    chosen = []
    for cluster in sorted({r["cluster"] for r in wiki}):
        pool = sorted((r for r in wiki if r["cluster"] == cluster and "wikinews-" + r["id"] not in used_ids
                       and hints(wikinews_text(r)) >= 3 and not near_copy(wikinews_text(r))), key=lambda r: r["id"])
        rich = [r for r in pool if hints(wikinews_text(r)) >= 4]
        rest = [r for r in pool if hints(wikinews_text(r)) < 4]
        taken = rng.sample(rich, min(5, len(rich)))
        for r in taken + rng.sample(rest, 5 - len(taken)):
            chosen.append(wikinews_record(r, wikinews_published(r)))
    ecb = [json.loads(l) for l in open(ECBPLUS, encoding="utf-8")]
    pool = sorted((r for r in ecb if parse_day(r.get("date_raw")) and "ecbplus-" + r["id"] not in used_ids
                   and hints(ecbplus_text(r)) >= 2 and not near_copy(ecbplus_text(r))), key=lambda r: r["id"])
    by_topic = {}
    for r in pool:
        by_topic.setdefault(r["topic"], []).append(r)
    rich_topics = sorted((t for t in by_topic if any(hints(ecbplus_text(r)) >= 3 for r in by_topic[t])), key=int)
    other_topics = sorted((t for t in by_topic if t not in rich_topics), key=int)
    topics = rng.sample(rich_topics, min(20, len(rich_topics)))
    topics += rng.sample(other_topics, 20 - len(topics))
    for topic in topics:
        richest = [r for r in by_topic[topic] if hints(ecbplus_text(r)) >= 3] or by_topic[topic]
        r = rng.choice(richest)
        chosen.append(ecbplus_record(r))
    for a in chosen:
        a["dates_only"] = True
    return chosen


def date_tier(text):
    """The tier of a text in the tiered date strata of dates-dev4 and dates-dev5: its DATE_HINT matches, 4 or more
    counting as 4."""
    return min(4, len(DATE_HINT.findall(text)))


def tiered_sample(rng, items, k, tier_of, short_ok=False):
    """k items, sampled from the richest tier first, then from each tier down while k is not reached. Fewer than k
    left: an error, or with short_ok all that are left."""
    taken = []
    for t in (4, 3, 2, 1, 0):
        level = [x for x in items if tier_of(x) == t]
        taken += rng.sample(level, min(k - len(taken), len(level)))
    if len(taken) < k:
        if not short_ok:
            raise SystemExit(f"only {len(taken)} of {k} left")
        print(f"short pool: only {len(taken)} of {k} left, all taken", file=sys.stderr)
    return taken


def select_tiered(seed, used, short_ok=False):
    """A dates set drawn tier by tier (dates-dev4, dates-dev5): with random.Random(seed), none of the used articles
    nor a near-copy of one (exclusion()); per Wikinews topic, in alphabetical order, 5 articles, sampled from the
    richest date_tier first, the rest from the next tier down, and so on; ECB+ 20 topics, ranked by the tier of their
    richest dated record (date_raw gives a day), sampled from the richest tier of topics first and so on down, one
    record drawn in each among its richest tier. short_ok: where a pool holds fewer than it asks for, all of it."""
    rng = random.Random(seed)
    used_ids, near_copy = exclusion(used)
    wiki = [json.loads(l) for l in open(WIKINEWS, encoding="utf-8")]
    chosen = []
    for cluster in sorted({r["cluster"] for r in wiki}):
        pool = sorted((r for r in wiki if r["cluster"] == cluster and "wikinews-" + r["id"] not in used_ids
                       and not near_copy(wikinews_text(r))), key=lambda r: r["id"])
        for r in tiered_sample(rng, pool, 5, lambda r: date_tier(wikinews_text(r)), short_ok):
            chosen.append(wikinews_record(r, wikinews_published(r)))
    ecb = [json.loads(l) for l in open(ECBPLUS, encoding="utf-8")]
    pool = sorted((r for r in ecb if parse_day(r.get("date_raw")) and "ecbplus-" + r["id"] not in used_ids
                   and not near_copy(ecbplus_text(r))), key=lambda r: r["id"])
    by_topic = {}
    for r in pool:
        by_topic.setdefault(r["topic"], []).append(r)
    best = {t: max(date_tier(ecbplus_text(r)) for r in rs) for t, rs in by_topic.items()}
    for topic in tiered_sample(rng, sorted(by_topic, key=int), 20, best.get, short_ok):
        richest = [r for r in by_topic[topic] if date_tier(ecbplus_text(r)) == best[topic]]
        r = rng.choice(richest)
        chosen.append(ecbplus_record(r))
    for a in chosen:
        a["dates_only"] = True
    return chosen


def select_dates_dev4():
    """The fourth dev set for dates: seed DATES_DEV4_SEED, none of the dev, test, dates-dev2 or dates-dev3 sets'
    articles nor a near-copy of one (the dates-dev2 rule, against all four sets' texts). The date-rich stratum is used
    up (what is left holds 1 Wikinews article with at least 4 DATE_HINT matches and 5 dated ECB+ topics with a record
    of at least 3), so both corpora are filled up tier by tier downwards, the tiers being DATE_HINT match counts
    (4 or more, 3, 2, 1, 0): per Wikinews topic 5 articles, sampled from the richest tier first, the rest from the next
    tier down, and so on; ECB+ 20 topics, ranked by the tier of their richest dated record (date_raw gives a day),
    sampled from the richest tier of topics first and so on down, one record drawn in each among its richest tier."""
    return select_tiered(DATES_DEV4_SEED, select() + select_test() + select_dates_dev2() + select_dates_dev3())


def select_dates_dev5():
    """The fifth dev set for dates: seed DATES_DEV5_SEED, none of the dev, test, dates-dev2, dates-dev3 or dates-dev4
    sets' articles nor a near-copy of one (the dates-dev2 rule, against all five sets' texts), drawn tier by tier as
    dates-dev4 (select_tiered()). The pools run short: what is left holds 7, 7, 7 and 5 Wikinews articles per topic
    (enough for 5 each, from tier 2 down: none is left with 3 matches or more) but dated ECB+ records in only 15
    topics, so all 15 are taken, one record each (15 ECB+ articles, not 20; 35 in all, not 40). Wikinews 114904's
    record date (2008-10-20) is wrong: published is its page's date line, October 10, 2008."""
    return select_tiered(DATES_DEV5_SEED, select() + select_test() + select_dates_dev2() + select_dates_dev3()
                         + select_dates_dev4(), short_ok=True)


if __name__ == "__main__":
    which = (select_test if "--test" in sys.argv else select_dates_dev2 if "--dates-dev2" in sys.argv
             else select_dates_dev3 if "--dates-dev3" in sys.argv
             else select_dates_dev4 if "--dates-dev4" in sys.argv
             else select_dates_dev5 if "--dates-dev5" in sys.argv else select)
    for a in which():
        print("=" * 20, a["id"], a["published"], len(a["text"]))
        print(a["text"])
