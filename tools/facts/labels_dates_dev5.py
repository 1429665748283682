"""Hand labels of the fifth dev set for dates (labelled-dates-dev5.jsonl): DATE facts only, by a developer reading
each text, one article at a time, without seeing any extractor's code or output. Same notation and guidelines as
labels.py and labels_dates_dev2.py to labels_dates_dev4.py; weekdays checked with Python's datetime. See
storyline-core/src/test/resources/facts/README.md.
"""
from labels import M, Y, d1  # noqa: F401

LABELS = {
    "wikinews-87805": [  # Thu 2007-12-20
        # "two major disasters this year": the year, as the dev set's "this year"
        ("D", "this year", *Y(2007)),
        # "two weeks ago": that day, as dev3's "about three weeks ago"
        ("D", "two weeks ago", *d1("2007-12-06")),
        ("D", "on November 28", *d1("2007-11-28")),
    ],
    "wikinews-11714": [  # Mon 2005-06-13
        ("D", "today", *d1("2005-06-13")),
        # "earlier this year": 1 January to the day before publication, as dev3's
        ("D", "earlier this year", "2005-01-01", "2005-06-12"),
        # "over the next few years" (vague), "At present" (the present): not labelled
    ],
    "wikinews-149731": [  # Mon 2010-01-25
        ("D", "on 11 December", *d1("2009-12-11")),
        # "four years behind schedule", "after thirty minutes", "for nearly thirty hours": durations; "Since then": an
        # anaphor; not labelled
        # "only became public attention this weekend" in a Monday article: the Saturday and Sunday just past, as the
        # dev set's "at the weekend" and dev3's "last weekend"
        ("D", "this weekend", "2010-01-23", "2010-01-24"),
        # "before the end of the month" (a deadline): 31 January, as dev2's "the end of the month" and dev4's "by the
        # end of January"; the span keeps its preposition
        ("D", "before the end of the month", *d1("2010-01-31")),
    ],
    "wikinews-78496": [  # Sat 2007-09-01
        ("D", "today", *d1("2007-09-01")),
        # "four hours after its scheduled 9:45 a.m. local time departure": a duration and a clock time, not labelled
        # "since it opened last September": the month a year back (the airport opened in September 2006); "since"
        # belongs to the clause, the date is "last September"
        ("D", "last September", *M[(2006, 9)]),
    ],
    "wikinews-1173": [  # Wed 2004-11-24
        # "last week": Monday to Sunday of the week before, as dev2's
        ("D", "last week", "2004-11-15", "2004-11-21"),
        ("D", "in October", *M[(2004, 10)]),
        # "may last months" (a duration), "in recent years" (vague): not labelled
    ],
    "wikinews-4980": [  # Wed 2006-05-17
        ("D", "today", *d1("2006-05-17")),
    ],
    "wikinews-3806": [  # Wed 2006-01-11
        ("D", "on Tuesday", *d1("2006-01-10")),
    ],
    "wikinews-1664": [  # Mon 2005-06-06
        ("D", "on Monday", *d1("2005-06-06")),
        # "their largest developers conference in the past decade": as dev2's "in the past decade", the publication
        # day less ten years to the publication day
        ("D", "in the past decade", "1995-06-06", "2005-06-06"),
        # "per week", "yearly": rates, not dates; "up 82% from 9 months ago": a basis of comparison, as dev3's "from a
        # year earlier", not labelled
    ],
    "wikinews-12315": [  # Mon 2008-06-09
        ("D", "today", *d1("2008-06-09")),
        # "just one year after launching the iPhone" (in Jobs's quotation, anchored on an event), "For several months"
        # (vague): not labelled
    ],
    "wikinews-4678": [  # Wed 2006-04-05
        ("D", "in January", *M[(2006, 1)]),
    ],
    "wikinews-127227": [  # Mon 2009-06-01
        # "at 16:00 UTC today": the clock time left out, the day labelled (as "about 3 p. m. Friday"); "the 12:00 UTC
        # announcement": a clock time, not labelled
        ("D", "today", *d1("2009-06-01")),
        # "decades in the making", "the past", "cars of tomorrow" (in Obama's quoted words, vague or the future), "for
        # the most part": not labelled
    ],
    "wikinews-126878": [  # Thu 2009-05-28
        ("D", "on Wednesday", *d1("2009-05-27")),
        # "a June 1 deadline": the day, a modifier (as "the 1991 agreement")
        ("D", "June 1", *d1("2009-06-01")),
    ],
    "wikinews-125796": [  # Fri 2009-05-01
        ("D", "Thursday", *d1("2009-04-30")),
        # "a couple of months", "30-to-60-day": durations, not labelled
        ("D", "by 2011", *Y(2011)),
        # "the future of the industry" (in Obama's quotation): not a date
    ],
    "wikinews-120554": [  # Tue 2009-02-03
        ("D", "by 2012", *Y(2012)),
        # "$28 an hour", "annual loss": rates, not dates
        ("D", "in December", *M[(2008, 12)]),
    ],
    "wikinews-143480": [  # Thu 2009-11-05
        ("D", "on Wednesday", *d1("2009-11-04")),
        # "A day before the announcement" (anchored on an event), "very soon" (in a quotation, vague): not labelled
    ],
    "wikinews-131162": [  # Fri 2009-08-21
        ("D", "on Friday", *d1("2009-08-21")),
        # "in the near term" (in Bernanke's quotation, vague), "to end the day" (a part of a day on its own, as dev4's
        # "finishing the day"), "a ten-month high" (a duration), "at first": not labelled
    ],
    "wikinews-113278": [  # Thu 2008-09-18
        # "At 0800 UTC" (a clock time), "In the first 90 minutes" (a duration), "in the last few days" (in the Federal
        # Reserve's quoted press release, vague), "a three-year low", "for a third day": not labelled
        ("D", "until January 30, 2009", *d1("2009-01-30")),
    ],
    "wikinews-114864": [  # Fri 2008-10-10
        ("D", "yesterday", *d1("2008-10-09")),
        # "a 20 year low": a duration, not labelled
    ],
    "wikinews-141483": [  # Fri 2009-10-16
        ("D", "in the third quarter of this year", "2009-07-01", "2009-09-30"),
        # "In the same period a year earlier": a period named outright (the third quarter of 2008), as dev2's "during
        # the same period of the last year" and dev3's "the same month a year ago"; the span keeps "In"
        ("D", "In the same period a year earlier", "2008-07-01", "2008-09-30"),
        # "results in the fourth quarter are expected to continue to be challenging" (Lewis in a conference call,
        # quoted): a named period, labelled as dev4's "Our third-quarter results" in a quotation; the coming fourth
        # quarter of 2009
        ("D", "in the fourth quarter", "2009-10-01", "2009-12-31"),
        # "as we close the year" (in the same quotation, relative to the speaker), "going forward" (vague): not
        # labelled
    ],
    "wikinews-114904": [  # Fri 2008-10-10 (the record's date 2008-10-20 is wrong; the page's date line)
        # no date: "at the start of the day" (twice), "in just minutes", "for a few minutes", "in five years", "in one
        # day", "the current financial situation": parts of a day, durations, the present
    ],
    "ecbplus-16_5ecbplus": [  # Sat 2005-06-25
        ("D", "Friday", *d1("2005-06-24"), {"in": "shot Friday"}),
        ("D", "late Friday", *d1("2005-06-24")),
        # "soon" (vague), "for 15 years" (a duration): not labelled
        ("D", "two weeks ago", *d1("2005-06-11")),
    ],
    "ecbplus-30_4ecbplus": [  # Tue 2011-08-16
        # "Reports on Tuesday morning": the day with its part, as dev2's "Monday morning"
        ("D", "on Tuesday morning", *d1("2011-08-16")),
        # "In recent years" (vague), "for days" (a duration), "daily" (a rate): not labelled
    ],
    "ecbplus-4_2ecbplus": [  # Thu 2013-06-06
        ("D", "on Thursday", *d1("2013-06-06")),
        # "the 1940s and 1950s": the two decades, two facts, as dev2's "the 70s and 80s"
        ("D", "the 1940s", "1940-01-01", "1949-12-31"),
        ("D", "1950s", "1950-01-01", "1959-12-31"),
    ],
    "ecbplus-43_4ecbplus": [  # Wed 2012-02-29
        ("D", "today", *d1("2012-02-29")),
        # "in past interviews" (vague), "daily" (a rate): not labelled
    ],
    "ecbplus-1_17ecbplus": [  # Fri 2013-05-03
        # "Updated 5: 40 p. m. ET" and "around 1: 30 a. m.": clock times, not labelled
        # "Early Friday morning" in a Friday article: the publication day (past tense), as "late Tuesday"
        ("D", "Early Friday morning", *d1("2013-05-03")),
    ],
    "ecbplus-22_8ecbplus": [  # Fri 2010-09-10
        # "just after 8: 30pm Thursday night": the clock time left out, the day with its part labelled
        ("D", "Thursday night", *d1("2010-09-09")),
        # "the fifteen - year employee", "for nine minutes": durations, not labelled
    ],
    "ecbplus-38_8ecbplus": [  # Thu 2013-03-14
        ("D", "on Thursday morning", *d1("2013-03-14")),
    ],
    "ecbplus-40_4ecbplus": [  # Mon 2012-06-11
        ("D", "today", *d1("2012-06-11")),
        # "available now" (the present), "seven hours of battery life" (a duration): not labelled
    ],
    "ecbplus-44_2ecbplus": [  # Mon 2007-11-12
        ("D", "today", *d1("2007-11-12")),
        # "year - over - year" (in Gross's quotation, a comparison): not a date
        # "within HP ’ s first fiscal quarter": HP's fiscal year begins on 1 November, so its first fiscal quarter of
        # fiscal 2008, the one the publication day falls in, runs from 1 November 2007 to 31 January 2008 (dev4's
        # ecbplus-44_5, of the same acquisition, expects the closing "by the end of January"); a named period, labelled
        # by what it is, as dev2's fiscal quarters
        ("D", "within HP \u2019 s first fiscal quarter", "2007-11-01", "2008-01-31"),
    ],
    "ecbplus-29_11ecbplus": [  # Sun 2012-12-23
        # no date: "week 16" (a week of the NFL schedule, as dev2's "wild card weekend"), "all season", "of the
        # season" (sports seasons), "fourth quarter", "the first half" (parts of a game)
    ],
    "ecbplus-9_8ecbplus": [  # Wed 2009-03-04
        # no date: "Before former President George W. Bush left office" (anchored on an event), "during his second
        # term" (a period of an office, as "during Bush's first term"), "at the time" (an anaphor), "over the long
        # term", "the future" (vague)
    ],
    "ecbplus-20_6ecbplus": [  # Sun 2005-11-27
        # no date: "at 1353 (1023 GMT)" is a clock time
    ],
    "ecbplus-34_7ecbplus": [  # Mon 2009-07-13
        # no date
    ],
    "ecbplus-13_4ecbplus": [  # Tue 2012-11-20
        # no date: "the next day" (an anaphor, the day after the fire), "an old saying": not labelled
    ],
    "ecbplus-10_21ecbplus": [  # Mon 2008-12-15
        # no date: "2: 16pm" (a clock time, the blog entry's), "an eight - year, $200MM deal" (a duration)
    ],
}
