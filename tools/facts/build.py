"""Builds a labelled fact set from select_articles.py's articles and its labels: the dev set
storyline-core/src/test/resources/facts/labelled-facts.jsonl (select(), labels.py), with --test the held-out test
set labelled-facts-test.jsonl (select_test(), labels_test.py), or with --dates-dev2 the second dev set for dates
labelled-dates-dev2.jsonl (select_dates_dev2(), labels_dates_dev2.py; DATE facts only, records marked
"dates_only": true), with --dates-dev3 the third dev set for dates labelled-dates-dev3.jsonl (select_dates_dev3(),
labels_dates_dev3.py; the same, DATE facts only), with --dates-dev4 the fourth dev set for dates
labelled-dates-dev4.jsonl (select_dates_dev4(), labels_dates_dev4.py; the same, DATE facts only), or with
--dates-dev5 the fifth dev set for dates labelled-dates-dev5.jsonl (select_dates_dev5(), labels_dates_dev5.py; the
same, DATE facts only).

labels.py gives each fact by its surface string (with the occurrence number where the string repeats); this script
finds the offsets, refuses an ambiguous or missing surface, and checks that text[start:end] is the surface.
Run from the repository root:
python3 tools/facts/build.py [--test | --dates-dev2 | --dates-dev3 | --dates-dev4 | --dates-dev5] [--show]
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import select_articles as selection  # noqa: E402
import labels  # noqa: E402
import labels_test  # noqa: E402
import labels_dates_dev2  # noqa: E402
import labels_dates_dev3  # noqa: E402
import labels_dates_dev4  # noqa: E402
import labels_dates_dev5  # noqa: E402

OUT = "storyline-core/src/test/resources/facts/labelled-facts.jsonl"
TEST_OUT = "storyline-core/src/test/resources/facts/labelled-facts-test.jsonl"
DATES_DEV2_OUT = "storyline-core/src/test/resources/facts/labelled-dates-dev2.jsonl"
DATES_DEV3_OUT = "storyline-core/src/test/resources/facts/labelled-dates-dev3.jsonl"
DATES_DEV4_OUT = "storyline-core/src/test/resources/facts/labelled-dates-dev4.jsonl"
DATES_DEV5_OUT = "storyline-core/src/test/resources/facts/labelled-dates-dev5.jsonl"
SETS = {"dev": (selection.select, labels.LABELS, OUT), "test": (selection.select_test, labels_test.LABELS, TEST_OUT),
        "dates-dev2": (selection.select_dates_dev2, labels_dates_dev2.LABELS, DATES_DEV2_OUT),
        "dates-dev3": (selection.select_dates_dev3, labels_dates_dev3.LABELS, DATES_DEV3_OUT),
        "dates-dev4": (selection.select_dates_dev4, labels_dates_dev4.LABELS, DATES_DEV4_OUT),
        "dates-dev5": (selection.select_dates_dev5, labels_dates_dev5.LABELS, DATES_DEV5_OUT)}
CLOSING = {"``": "''", '"': '"', "\u201c": "\u201d"}


def occurrences(text, s):
    found, i = [], text.find(s)
    while i >= 0:
        found.append(i)
        i = text.find(s, i + 1)
    return found


def locate(text, surface, n, where, context=None):
    if context is not None:
        # the surface inside a longer string that occurs once
        outer, _ = locate(text, context, n, where)
        inner = context.find(surface)
        if inner < 0:
            raise SystemExit(f"{where}: {surface!r} not in {context!r}")
        return outer + inner, outer + inner + len(surface)
    found = occurrences(text, surface)
    if not found:
        raise SystemExit(f"{where}: {surface!r} not in text")
    if n is None and len(found) > 1:
        raise SystemExit(f"{where}: {surface!r} occurs {len(found)} times; give its number")
    i = found[(n or 1) - 1]
    return i, i + len(surface)


def quote_span(text, head, tail, n, where):
    """A quotation: from its opening mark (head starts with it) to its closing mark, or to the end of tail."""
    start, _ = locate(text, head, n, where)
    if tail is not None:
        end = text.find(tail, start)
        if end < 0:
            raise SystemExit(f"{where}: {tail!r} not after {head!r}")
        return start, end + len(tail)
    mark = next(m for m in CLOSING if head.startswith(m))
    end = text.find(CLOSING[mark], start + len(mark))
    if end < 0:
        raise SystemExit(f"{where}: no closing mark after {head!r}")
    return start, end + len(CLOSING[mark])


def fact(text, spec, where):
    kind, rest = spec[0], list(spec[1:])
    opts = rest.pop() if rest and isinstance(rest[-1], dict) else {}
    n = opts.get("n")
    if kind == "Q":
        surface, value, unit = rest
        start, end = locate(text, surface, n, where, opts.get("in"))
        f = {"type": "QUANTITY", "value": value, "unit": unit}
    elif kind == "X":
        surface, km, direction, reference = rest
        start, end = locate(text, surface, n, where)
        f = {"type": "DISTANCE", "value": km, "direction": direction, "reference": reference}
    elif kind == "D":
        surface, day_from, day_to = rest
        start, end = locate(text, surface, n, where, opts.get("in"))
        f = {"type": "DATE", "from": day_from, "to": day_to}
    elif kind == "A":
        surface, speaker = rest
        start, end = locate(text, surface, n, where, opts.get("in"))
        if speaker.lower() not in surface.lower():
            raise SystemExit(f"{where}: speaker {speaker!r} not in {surface!r}")
        f = {"type": "ATTRIBUTION", "speaker": speaker}
    elif kind == "QT":
        head, speaker = rest
        start, end = quote_span(text, head, opts.get("to"), n, where)
        f = {"type": "QUOTE", "speaker": speaker}
    else:
        raise SystemExit(f"{where}: unknown kind {kind}")
    return {"type": f.pop("type"), "text": text[start:end], "start": start, "end": end, **f}


def build(show=False, which="dev"):
    select, LABELS, out_path = SETS[which]
    articles = {a["id"]: a for a in select()}
    missing = set(articles) - set(LABELS)
    extra = set(LABELS) - set(articles)
    if missing or extra:
        raise SystemExit(f"articles without labels: {sorted(missing)}; labels without article: {sorted(extra)}")
    lines = []
    for aid, article in articles.items():
        text = article["text"]
        if article.get("dates_only") and any(spec[0] != "D" for spec in LABELS[aid]):
            raise SystemExit(f"{aid}: a dates-only article with a label other than a date")
        facts = [fact(text, spec, f"{aid} #{i}") for i, spec in enumerate(LABELS[aid])]
        facts.sort(key=lambda f: (f["start"], f["end"], f["type"]))
        seen = set()
        for f in facts:
            assert text[f["start"]:f["end"]] == f["text"]
            key = (f["type"], f["start"], f["end"])
            if key in seen:
                raise SystemExit(f"{aid}: {f['type']} {f['text']!r} labelled twice")
            seen.add(key)
            if show:
                ctx = text[max(0, f["start"] - 25):f["end"] + 25].replace("\n", " | ")
                extra_fields = {k: v for k, v in f.items() if k not in ("type", "text", "start", "end")}
                print(f"{aid:22} {f['type']:11} {f['text'][:60]!r:64} {extra_fields}   ..{ctx[:110]}..")
        lines.append(json.dumps({**article, "facts": facts}, ensure_ascii=False))
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    counts = {}
    for line in lines:
        for f in json.loads(line)["facts"]:
            counts[f["type"]] = counts.get(f["type"], 0) + 1
    print(len(lines), "articles", sum(counts.values()), "facts", counts)


if __name__ == "__main__":
    build("--show" in sys.argv, next((name for name in SETS if "--" + name in sys.argv), "dev"))
