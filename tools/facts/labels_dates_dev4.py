"""Hand labels of the fourth dev set for dates (labelled-dates-dev4.jsonl): DATE facts only, by a developer reading
each text, one article at a time, without seeing any extractor's code or output. Same notation and guidelines as
labels.py, labels_dates_dev2.py and labels_dates_dev3.py; weekdays checked with Python's datetime. See
storyline-core/src/test/resources/facts/README.md.
"""
from labels import M, Y, d1  # noqa: F401

LABELS = {
    "wikinews-128016": [  # Thu 2009-06-18
        ("D", "on Thursday", *d1("2009-06-18")),
        ("D", "on June 15", *d1("2009-06-15")),
        ("D", "in 2011", *Y(2011)),
        # "end two years later" (anchored on the year just named, an anaphor as "One year later"): not labelled
    ],
    "wikinews-62929": [  # Mon 2007-03-19
        ("D", "on Monday", *d1("2007-03-19"), {"n": 1}),
        ("D", "on Monday", *d1("2007-03-19"), {"n": 2}),
        # "at 12:30 EST (16:30 UTC)": clock times, not labelled
        ("D", "until October", *M[(2007, 10)]),
    ],
    "wikinews-51682": [  # Thu 2006-10-05
        # "originally due later this year": what the text says, the publication day to 31 December
        ("D", "later this year", "2006-10-05", "2006-12-31"),
        ("D", "until October 2007", *M[(2007, 10)]),
        # "two years behind schedule": a duration, not labelled
    ],
    "wikinews-82548": [  # Mon 2007-10-15
        ("D", "today", *d1("2007-10-15")),
        # "18 months behind schedule": a duration, not labelled
        ("D", "on October 25", *d1("2007-10-25")),
        ("D", "from October 28", *d1("2007-10-28")),
    ],
    "wikinews-276079": [  # Mon 2011-08-08
        # "Three years after it was first due for delivery": anchored on an event, not labelled
        ("D", "in May 2008", *M[(2008, 5)]),
        ("D", "next month", *M[(2011, 9)], {"n": 1}),
        ("D", "next month", *M[(2011, 9)], {"n": 2}),
    ],
    "wikinews-2984": [  # Tue 2005-10-04
        # "Within one month of the iPod nano ... event" (anchored on an event), "Recently" (vague): not labelled
        ("D", "today", *d1("2005-10-04")),
        ("D", "on October 12", *d1("2005-10-12")),
    ],
    "wikinews-7343": [  # Wed 2007-01-10
        ("D", "today", *d1("2007-01-10"), {"in": "Apple Inc. today"}),
        # "Today Apple is going to reinvent ...", "make history today": in Jobs's quotation, not labelled
        ("D", "Today", *d1("2007-01-10"), {"in": "Today Apple also"}),
        # "During his 2 hour speech": a duration, not labelled
    ],
    "wikinews-17174": [  # Mon 2010-08-09
        ("D", "last month", *M[(2010, 7)]),
        ("D", "July 16", *d1("2010-07-16")),
    ],
    "wikinews-14501": [  # Tue 2009-06-09
        ("D", "today", *d1("2009-06-09")),
        ("D", "on June 17", *d1("2009-06-17")),
        # "two days before the phone launches": anchored on an event, not labelled
    ],
    "wikinews-16844": [  # Tue 2010-06-08
        ("D", "Yesterday", *d1("2010-06-07")),
        # "this year's Apple Worldwide Developers Conference": the year dating an event, as dev2's "this year's team"
        ("D", "this year", *Y(2010), {"in": "this year's Apple"}),
        ("D", "In April", *M[(2010, 4)]),
        # "since the original iPhone" (in a quotation, anchored on an event): not labelled
    ],
    "wikinews-79240": [  # Sat 2007-09-08
        ("D", "Friday", *d1("2007-09-07")),
        ("D", "on September 12", *d1("2007-09-12")),
        ("D", "in late 2006", "2006-09-01", "2006-12-31"),
    ],
    "wikinews-118175": [  # Sat 2008-12-13
        ("D", "this week", "2008-12-08", "2008-12-13", {"n": 1}),
        # "at this time" (in Perino's quotation, the present): not labelled
        ("D", "Earlier this week", "2008-12-08", "2008-12-12"),
        ("D", "by next year", *Y(2009)),
    ],
    "wikinews-127248": [  # Thu 2009-06-04
        # the text reads as if written on the day of GM's filing (1 June, "earlier today"); its "today"s are
        # labelled against the publication day all the same, as dev2's "Jobs announced today" (what the text says)
        ("D", "June 1st", *d1("2009-06-01")),
        ("D", "earlier today", *d1("2009-06-04")),
        ("D", "today", *d1("2009-06-04"), {"in": "the events of today"}),
        # "between 60 and 90 days" (a duration), "day one motions": not labelled
    ],
    "wikinews-126311": [  # Thu 2009-05-14
        ("D", "by early June", "2009-06-01", "2009-06-10"),
        ("D", "on Thursday", *d1("2009-05-14")),
        ("D", "June 3", *d1("2009-06-03")),
        # "a difficult day" (in a quotation), "per year", "in the short term": not labelled
    ],
    "wikinews-143300": [  # Tue 2009-11-03
        ("D", "in the third quarter of this year", "2009-07-01", "2009-09-30"),
        ("D", "by 2011", *Y(2011)),
        # "Our third-quarter results" (in Mulally's quotation): a named period, not deictic, labelled as dev2's
        # "spring" in a quotation and dev3's "a second quarter loss"
        ("D", "third-quarter", "2009-07-01", "2009-09-30"),
        ("D", "the fourth quarter of this year", "2009-10-01", "2009-12-31"),
    ],
    "wikinews-76437": [  # Fri 2007-08-10
        ("D", "today", *d1("2007-08-10")),
        # "late in the day", "ending the day": parts of a day on their own, not labelled
        ("D", "Yesterday", *d1("2007-08-09")),
        ("D", "On Friday", *d1("2007-08-10")),
        ("D", "on Friday", *d1("2007-08-10"), {"n": 1}),
        ("D", "this week", "2007-08-06", "2007-08-10", {"n": 1}),
        ("D", "on Friday", *d1("2007-08-10"), {"n": 2}),
        # "last Friday" in a Friday article: the Friday a week before (as "last Thursday" in a Friday article is the
        # latest Thursday before publication), not the publication day
        ("D", "last Friday", *d1("2007-08-03")),
        ("D", "this week", "2007-08-06", "2007-08-10", {"n": 2}),
    ],
    "wikinews-251007": [  # Fri 2011-03-18 (the record's date 2011-03-11 is the quake's day; the page's date line)
        ("D", "Thursday", *d1("2011-03-17")),
        ("D", "a week ago", *d1("2011-03-11")),
        # "For the past five trading days": Monday to Friday of the publication week (the five trading days up to
        # the publication day), as "the past nine days" runs back from it
        ("D", "For the past five trading days", "2011-03-14", "2011-03-18"),
        ("D", "today", *d1("2011-03-18")),
        ("D", "yesterday", *d1("2011-03-17")),
        # "since the end of World War II" (anchored on an event), "finishing the day": not labelled
    ],
    "wikinews-180695": [  # Fri 2010-05-07
        ("D", "yesterday", *d1("2010-05-06")),
        ("D", "since 1987", *Y(1987)),
        # "By the following day" (an anaphor), "in thirty minutes", "for several minutes" (durations): not labelled
    ],
    "wikinews-62405": [  # Tue 2007-03-13
        # "Just two weeks after China sent global markets into a tumble": anchored on an event, not labelled
        ("D", "Monday", *d1("2007-03-12")),
        # "the second-biggest loss of 2007": the year without "of" (a genitive, not a time preposition)
        ("D", "2007", *Y(2007)),
        # "in the fourth quarter" (reported in March 2007, no year named): the last fourth quarter, 2006
        ("D", "in the fourth quarter", "2006-10-01", "2006-12-31"),
        # "in years", "recently": vague, not labelled
    ],
    "wikinews-121978": [  # Thu 2009-03-05 (the record's date 2009-03-09 is wrong; the page's date line)
        ("D", "on Thursday", *d1("2009-03-05")),
        # "twelve-year lows", "12-year low": durations; "in the last 100 years" in Dreman's quotation (relative to the
        # speaker, as "For the next year" in a quotation): not labelled
        ("D", "today", *d1("2009-03-05")),
    ],
    "ecbplus-25_7ecbplus": [  # Wed 2011-01-05
        # "Not a mere day ago": vague (negated), not labelled
        ("D", "Wednesday", *d1("2011-01-05"), {"in": "IR Wednesday"}),
        # "for the duration of the season", "earlier in the season", "for the entire year" (a team's season): not
        # labelled, as dev2's "done for the year"
        ("D", "On Tuesday", *d1("2011-01-04")),
        ("D", "Wednesday afternoon", *d1("2011-01-05")),
        # "the injury report for Wednesday": the span keeps "for", as dev2's "rescheduled for November 17"
        ("D", "for Wednesday", *d1("2011-01-05")),
    ],
    "ecbplus-16_6ecbplus": [  # Wed 2007-04-04
        ("D", "on Tuesday", *d1("2007-04-03")),
        ("D", "in June 2005", *M[(2005, 6)]),
        ("D", "last month", *M[(2007, 3)]),
        # "for a year", "A 15 - year department veteran" (durations), "two weeks before the shooting" (anchored on an
        # event): not labelled
        ("D", "May 3", *d1("2007-05-03")),
    ],
    "ecbplus-30_6ecbplus": [  # Tue 2011-08-16
        ("D", "this morning", *d1("2011-08-16"), {"in": "problems this morning"}),
        ("D", "this morning", *d1("2011-08-16"), {"in": "30 this morning"}),
        # "Tuesday 16 August 2011": a weekday with its date, one fact (as "on Saturday, 8 October 2011")
        ("D", "Tuesday 16 August 2011", *d1("2011-08-16")),
        ("D", "on Tuesday", *d1("2011-08-16"), {"n": 1}),
        ("D", "on Tuesday", *d1("2011-08-16"), {"n": 2}),
        # SEACOM's quoted statement "this morning 16th August": "this morning" in a quotation (the speaker's day) is
        # not labelled; the date it gives, "16th August", is (as a web page's "1955-2011" in a quotation)
        ("D", "16th August", *d1("2011-08-16")),
        # "at 09: 30", "from 06: 31GMT", "as of 07: 35GMT": clock times, not labelled
    ],
    "ecbplus-39_9ecbplus": [  # Mon 2013-08-05
        ("D", "since 2010", *Y(2010)),
        # "this Christmas" (when the Doctor regenerates, the Christmas special): 25 December 2013, the holiday's fixed
        # day; unlike "Martin Luther King Jr.. Day" (dev3), a holiday's name beside "on Monday", it is the only
        # expression of the time
        ("D", "this Christmas", *d1("2013-12-25")),
        ("D", "Sunday", *d1("2013-08-04")),
        # "after months of public speculation", "recent history", "first - century": vague, not labelled
        # "set for November": the span keeps "for", as dev2's "rescheduled for November 17"
        ("D", "for November", *M[(2013, 11)]),
    ],
    "ecbplus-44_5ecbplus": [  # Mon 2007-11-12
        ("D", "on Monday", *d1("2007-11-12")),
        # "by the end of January" (a closing expected): 31 January 2008, as "by the end of 2010"
        ("D", "by the end of January", *d1("2008-01-31")),
        # "one of the hottest issues today": the present, not a day (as "the equivalent aircraft today")
    ],
    "ecbplus-7_6ecbplus": [  # Sat 2012-07-07
        ("D", "on Saturday", *d1("2012-07-07")),
        ("D", "In 2008", *Y(2008)),
        # "in the near future": vague, not labelled
    ],
    "ecbplus-34_11ecbplus": [  # Mon 2009-07-13
        ("D", "July 13, 2009", *d1("2009-07-13")),
        # the transcript of Obama's remarks is his speech, a quotation without marks: its "Over the last several
        # weeks" (vague) and "over the next decade" (twice, relative to the speaker) are not labelled
    ],
    "ecbplus-43_7ecbplus": [  # Wed 2012-02-29
        ("D", "on Wednesday", *d1("2012-02-29")),
        ("D", "Wednesday", *d1("2012-02-29"), {"in": "media Wednesday"}),
        # "in the days leading up to the AMD acquisition" (anchored on an event), "In recent months" (vague): not
        # labelled
    ],
    "ecbplus-38_6ecbplus": [  # Thu 2013-03-14
        # "at 2: 09 a. m. Thursday": the clock time left out, the weekday labelled
        ("D", "Thursday", *d1("2013-03-14")),
    ],
    "ecbplus-40_11ecbplus": [  # Mon 2012-06-11
        ("D", "today", *d1("2012-06-11")),
    ],
    "ecbplus-8_6ecbplus": [  # Wed 2010-05-05
        # "called for the 5th of May": the span keeps "for", as dev2's "rescheduled for November 17"
        ("D", "for the 5th of May", *d1("2010-05-05")),
        ("D", "today", *d1("2010-05-05")),
        # "for more than five hours" (a duration), "At the time of writing" (the present), "at 14: 00" (a clock time):
        # not labelled
    ],
    "ecbplus-29_1ecbplus": [  # Sun 2012-12-23
        # "last season": a sports season, not labelled
        ("D", "Sunday", *d1("2012-12-23")),
        # "late in the fourth quarter", "in the second quarter", "heading into the fourth quarter": quarters of a game,
        # not of a year; not labelled
    ],
    "ecbplus-1_7ecbplus": [  # Thu 2013-05-02
        ("D", "on Thursday", *d1("2013-05-02")),
        # "90 days of treatment": a duration, not labelled
    ],
    "ecbplus-42_1ecbplus": [  # Tue 2013-05-14
        ("D", "Today", *d1("2013-05-14")),
        ("D", "in June", *M[(2013, 6)]),
        # "monthly payments": not a date
    ],
    "ecbplus-22_13ecbplus": [  # Fri 2010-09-10
        ("D", "Thursday evening", *d1("2010-09-09")),
        # "until further notice", "At this time" (in a quotation, the present): not labelled
    ],
    "ecbplus-36_2ecbplus": [  # Wed 2011-08-10
        ("D", "Tuesday", *d1("2011-08-09")),
        # "this day" (in Brent Jeffs's quotation, an anaphor), "at least 45 years" (a duration): not labelled
    ],
    "ecbplus-6_3ecbplus": [  # Wed 2012-04-04
        ("D", "later this year", "2012-04-04", "2012-12-31"),
    ],
    "ecbplus-14_10ecbplus": [  # Sun 2013-07-21
        # "this morning (July 21)": two facts, as dev2's "Sunday (August 4)"
        ("D", "this morning", *d1("2013-07-21")),
        ("D", "July 21", *d1("2013-07-21")),
    ],
    "ecbplus-4_9ecbplus": [  # Thu 2013-06-06
        ("D", "early Thursday", *d1("2013-06-06")),
        # "Throughout WWII": the period of a named event, as "during Bush's first term"; not labelled
    ],
    "ecbplus-27_5ecbplus": [  # Thu 2013-09-19
        # no date: "previously", "scheduled security updates" are no days
    ],
}
