"""Hand labels of the second dev set for dates (labelled-dates-dev2.jsonl): DATE facts only, by a developer reading
each text, one article at a time, without seeing any extractor's code or output. Same notation and guidelines as
labels.py; weekdays checked with Python's datetime. See storyline-core/src/test/resources/facts/README.md.
"""
from labels import M, Y, d1  # noqa: F401

LABELS = {
    "wikinews-3835": [  # Sat 2005-01-29
        ("D", "2008", *Y(2008), {"in": "the 2008 Beijing"}),
        ("D", "in 2006", *Y(2006)),
        ("D", "in 2008", *Y(2008)),
        # "the equivalent aircraft today": the present, not a day
    ],
    "wikinews-25501": [  # Sat 2005-11-05
        ("D", "in November 2006", *M[(2006, 11)]),
        ("D", "on November 11", *d1("2005-11-11"), {"n": 1}),
        ("D", "on November 16", *d1("2005-11-16"), {"n": 1}),
        ("D", "in April 2007", *M[(2007, 4)]),
        ("D", "for November 17", *d1("2005-11-17")),
        ("D", "on November 11", *d1("2005-11-11"), {"n": 2}),
        ("D", "on November 16", *d1("2005-11-16"), {"n": 2}),
    ],
    "wikinews-82597": [  # Wed 2007-10-17
        ("D", "in January next year", *M[(2008, 1)]),
        ("D", "on October 25", *d1("2007-10-25")),
        ("D", "on October 28", *d1("2007-10-28")),
    ],
    "wikinews-41882": [  # Mon 2006-05-29
        ("D", "on Tuesday", *d1("2006-05-23")),
        ("D", "In 1995", *Y(1995)),
        ("D", "in 1996", *Y(1996)),
        ("D", "In January 2005", *M[(2005, 1)]),
        ("D", "in 2008", *Y(2008)),
    ],
    "wikinews-71426": [  # Sat 2007-06-09
        ("D", "from 2009 to 2011", "2009-01-01", "2011-12-31"),
        ("D", "between 2014 and 2016", "2014-01-01", "2016-12-31"),
        ("D", "by 2018", *Y(2018)),
        ("D", "in September 2006", *M[(2006, 9)]),
        ("D", "since December", *M[(2006, 12)]),
    ],
    "wikinews-17677": [  # Mon 2011-01-17
        ("D", "Monday", *d1("2011-01-17"), {"n": 1}),
        ("D", "Monday", *d1("2011-01-17"), {"in": "Monday's email"}),
        ("D", "in the past decade", "2001-01-17", "2011-01-17"),
        ("D", "in 2004", *Y(2004)),
        ("D", "in early 2009", "2009-01-01", "2009-04-30"),
        # "over the past few weeks": a vague span, not labelled
    ],
    "wikinews-16900": [  # Wed 2010-06-16
        ("D", "Tuesday", *d1("2010-06-15")),
        ("D", "in 2007", *Y(2007)),
        ("D", "Today", *d1("2010-06-16"), {"in": "Today's glitches"}),
        ("D", "tomorrow", *d1("2010-06-17")),
        ("D", "2010", *Y(2010), {"in": "company's 2010 Worldwide"}),
        ("D", "less than two weeks ago", "2010-06-02", "2010-06-16"),
        ("D", "on June 24", *d1("2010-06-24")),
        ("D", "by the end of the current financial quarter", *d1("2010-06-26")),
        ("D", "on June 26", *d1("2010-06-26")),
    ],
    "wikinews-7539": [  # Thu 2007-01-18
        ("D", "during the last quarter", "2006-10-01", "2006-12-30"),
        ("D", "December 30, 2006", *d1("2006-12-30")),
        ("D", "during the same period of the last year", "2005-10-01", "2005-12-31"),
        ("D", "in 2006", *Y(2006), {"n": 1}),
        ("D", "in 2005", *Y(2005), {"n": 1}),
        ("D", "During the first quarter of the financial year", "2006-10-01", "2006-12-30"),
        ("D", "in 2004", *Y(2004)),
        ("D", "in 2005", *Y(2005), {"n": 2}),
        ("D", "in 2006", *Y(2006), {"n": 2}),
        # "the Christmas and New Year sales period", "the very beginning of the financial year", "compared to the
        # previous year" (a basis of comparison): vague, not labelled
    ],
    "wikinews-16983": [  # Sat 2010-10-23
        ("D", "Wednesday", *d1("2010-10-20"), {"n": 1}),
        # "the 2011 version" (of iLife, iLife '11, released in 2010): a version's name, not labelled
        ("D", "in mid-2011", "2011-05-01", "2011-08-31"),
        ("D", "today", *d1("2010-10-23")),
        ("D", "next summer", "2011-06-01", "2011-08-31"),
        ("D", "within 90 days", "2010-10-23", "2011-01-21"),
        ("D", "next month", *M[(2010, 11)]),
        ("D", "Wednesday", *d1("2010-10-20"), {"n": 2}),
        ("D", "on Wednesday", *d1("2010-10-20")),
    ],
    "wikinews-4596": [  # Tue 2006-03-28
        ("D", "this week", "2006-03-27", "2006-03-28"),
        ("D", "in 1991", *Y(1991), {"n": 1}),
        ("D", "on Wednesday", *d1("2006-03-29")),
        ("D", "in 1981", *Y(1981)),
        ("D", "In the late 1980's", "1987-01-01", "1989-12-31"),
        ("D", "in 1989", *Y(1989)),
        ("D", "in 1991", *Y(1991), {"n": 2}),
        ("D", "in September 2003", *M[(2003, 9)]),
        ("D", "1991", *Y(1991), {"in": "violated the 1991 agreement"}),
        ("D", "1991", *Y(1991), {"in": "wording of the 1991 agreement"}),
    ],
    "wikinews-124043": [  # Wed 2009-04-01
        ("D", "on Wednesday", *d1("2009-04-01"), {"n": 1}),
        ("D", "in March", *M[(2009, 3)], {"n": 1}),
        ("D", "in the last week of March", "2009-03-25", "2009-03-31"),
        ("D", "spring", "2009-03-01", "2009-05-31"),
        ("D", "in March", *M[(2009, 3)], {"n": 2}),
        ("D", "February", *M[(2009, 2)]),
        ("D", "since 1981", *Y(1981)),
        # "today's economy" (in a quotation, the present): not labelled
        ("D", "on Wednesday", *d1("2009-04-01"), {"n": 2}),
    ],
    "wikinews-39951": [  # Fri 2006-05-05
        ("D", "today", *d1("2006-05-05")),
        ("D", "in 2002", *Y(2002)),
        ("D", "in 2005", *Y(2005)),
        ("D", "to 1998", *Y(1998)),
        ("D", "until at least 2007", *Y(2007)),
        ("D", "in the second half of this year", "2006-07-01", "2006-12-31"),
    ],
    "wikinews-264435": [  # Sun 2011-05-29
        ("D", "on Friday", *d1("2011-05-27")),
        ("D", "by June 10", *d1("2011-06-10")),
        ("D", "In 2009", *Y(2009)),
        ("D", "by the end of this year", *d1("2011-12-31")),
    ],
    "wikinews-31965": [  # Fri 2006-01-27
        ("D", "since 1992", *Y(1992)),
        ("D", "in the fourth quarter of 2005", "2005-10-01", "2005-12-31"),
        # "for the entire year" (2005, by anaphora): anaphors ("that day", "by that time") are not labelled
        ("D", "Thursday night", *d1("2006-01-26")),
        ("D", "for last year", *Y(2005)),
        ("D", "in March", *M[(2006, 3)]),
        ("D", "earlier in the week", "2006-01-23", "2006-01-26"),
        ("D", "last year", *Y(2005), {"in": "beat last year's"}),
        ("D", "in the fourth quarter", "2005-10-01", "2005-12-31", {"in": "in the fourth quarter,"}),
        ("D", "by 2008", *Y(2008)),
    ],
    "wikinews-60086": [  # Fri 2007-02-09
        # "the 2008 model year", "2007 models": model years are names, not labelled
        ("D", "in 1986", *Y(1986)),
        ("D", "the 70s", "1970-01-01", "1979-12-31"),
        ("D", "80s", "1980-01-01", "1989-12-31"),
        ("D", "in October 2006", *M[(2006, 10)]),
    ],
    "wikinews-82738": [  # Sat 2007-10-20
        ("D", "Today", *d1("2007-10-20")),
        ("D", "20 years ago", *d1("1987-10-20")),
        # "Black Monday": the name of a day, not labelled
        ("D", "On Friday", *d1("2007-10-19"), {"n": 1}),
        ("D", "on October 18", *d1("2007-10-18"), {"n": 1}),
        ("D", "on October 18", *d1("2007-10-18"), {"n": 2}),
        ("D", "On Friday", *d1("2007-10-19"), {"n": 2}),
    ],
    "wikinews-116834": [  # Tue 2008-11-18
        ("D", "between April and June", "2008-04-01", "2008-06-30"),
        ("D", "since September", *M[(2008, 9)]),
        ("D", "since the beginning of the year", *d1("2008-01-01")),
        ("D", "during this month", "2008-11-01", "2008-11-18"),
        # "in a decade" (in a quotation, a span): not labelled
        ("D", "since 2001", *Y(2001)),
    ],
    "wikinews-115064": [  # Mon 2008-10-13
        ("D", "On Sunday", *d1("2008-10-12")),
        ("D", "during the weekend", "2008-10-11", "2008-10-12"),
        ("D", "today", *d1("2008-10-13"), {"n": 1}),
        ("D", "today", *d1("2008-10-13"), {"n": 2}),
        ("D", "today", *d1("2008-10-13"), {"n": 3}),
    ],
    "wikinews-114565": [  # Mon 2008-10-06
        ("D", "today", *d1("2008-10-06"), {"n": 1}),
        ("D", "earlier today", *d1("2008-10-06")),
        ("D", "today", *d1("2008-10-06"), {"in": "poorly today"}),
        ("D", "today", *d1("2008-10-06"), {"in": "badly today"}),
        ("D", "today", *d1("2008-10-06"), {"in": "14.45% today"}),
    ],
    "wikinews-122475": [  # Fri 2009-03-13
        ("D", "since November 2008", *M[(2008, 11)]),
        ("D", "from March 12 2009", *d1("2009-03-12")),
        ("D", "earlier this week", "2009-03-09", "2009-03-12"),
        ("D", "during first two months of the year", "2009-01-01", "2009-02-28"),
        ("D", "in September", *M[(2008, 9)]),
        ("D", "in the current year", "2009-01-01", "2009-03-13"),
        ("D", "Today", *d1("2009-03-13")),
    ],
    "ecbplus-22_7ecbplus": [  # Mon 2012-09-10
        ("D", "today", *d1("2012-09-10")),
        ("D", "exactly two years ago", *d1("2010-09-10")),
        ("D", "on September 10, 2010", *d1("2010-09-10")),
    ],
    "ecbplus-39_7ecbplus": [  # Sun 2013-08-04
        ("D", "2013", *Y(2013), {"in": "the 2013 Christmas"}),
        ("D", "Sunday", *d1("2013-08-04")),
        ("D", "August 4", *d1("2013-08-04")),
        ("D", "in June", *M[(2013, 6)]),
    ],
    "ecbplus-30_1ecbplus": [  # Fri 2011-11-04
        ("D", "today", *d1("2011-11-04")),
        ("D", "4 November 2011", *d1("2011-11-04")),
        ("D", "on 29 October 2011", *d1("2011-10-29")),
        ("D", "as of 4 November", *d1("2011-11-04")),
        ("D", "on 8 October 2011", *d1("2011-10-08")),
        ("D", "on 14 October 2011", *d1("2011-10-14")),
        ("D", "on 20 October 2011", *d1("2011-10-20")),
    ],
    "ecbplus-34_4ecbplus": [  # Mon 2009-07-13
        ("D", "late this morning", *d1("2009-07-13")),
        ("D", "last year", *Y(2008)),
        ("D", "in 2005", *Y(2005)),
        ("D", "1997", *Y(1997)),
    ],
    "ecbplus-9_13ecbplus": [  # Thu 2009-03-05
        # "In his final months in office", "during Bush's first term", "the day before Obama's inauguration": periods
        # of a term of office or anchored on an event, not labelled
        ("D", "on Feb. 10", *d1("2009-02-10")),
        ("D", "On Feb. 27", *d1("2009-02-27")),
        ("D", "On March 3", *d1("2009-03-03")),
    ],
    "ecbplus-28_12ecbplus": [  # Wed 2004-07-28
        ("D", "yesterday", *d1("2004-07-27")),
        ("D", "Saturday", *d1("2004-07-24")),
        ("D", "1972", *Y(1972)),
    ],
    "ecbplus-1_10ecbplus": [  # Fri 2013-05-03
        ("D", "from September 2010 to January 2011", "2010-09-01", "2011-01-31"),
        ("D", "on June 8", *d1("2012-06-08")),
    ],
    "ecbplus-13_9ecbplus": [  # Tue 2012-08-07
        ("D", "on Tuesday", *d1("2012-08-07")),
        ("D", "Tuesday", *d1("2012-08-07"), {"in": "fire Tuesday."}),
        ("D", "late Tuesday", *d1("2012-08-07")),
    ],
    "ecbplus-33_1ecbplus": [  # Fri 2013-04-12
        ("D", "Thursday", *d1("2013-04-11")),
        ("D", "on October 21, 2011", *d1("2011-10-21")),
        # "that day" (anaphor): not labelled
    ],
    "ecbplus-44_9ecbplus": [  # Mon 2007-11-12
        ("D", "today", *d1("2007-11-12"), {"n": 1}),
        ("D", "last month", *M[(2007, 10)]),
        ("D", "today", *d1("2007-11-12"), {"n": 2}),
    ],
    "ecbplus-16_7ecbplus": [  # Sun 2005-06-26
        ("D", "Saturday", *d1("2005-06-25")),
        ("D", "Friday afternoon", *d1("2005-06-24")),
        ("D", "around midnight Friday", *d1("2005-06-24")),
        ("D", "Monday", *d1("2005-06-20")),
        ("D", "Friday", *d1("2005-06-24"), {"in": "p. m. Friday"}),
    ],
    "ecbplus-42_9ecbplus": [  # Wed 2013-04-24
        ("D", "April 29", *d1("2013-04-29"), {"n": 1}),
        ("D", "earlier this month", "2013-04-01", "2013-04-23"),
        ("D", "from April 24", *d1("2013-04-24")),
        ("D", "to April 29", *d1("2013-04-29")),
    ],
    "ecbplus-26_7ecbplus": [  # Mon 2005-12-19
        ("D", "on Monday", *d1("2005-12-19")),
        ("D", "in 1997", *Y(1997)),
        ("D", "1992", *Y(1992)),
        ("D", "In 2003", *Y(2003)),
    ],
    "ecbplus-25_5ecbplus": [  # Wed 2011-01-05
        ("D", "on Wednesday", *d1("2011-01-05"), {"n": 1}),
        ("D", "2011", *Y(2011), {"in": "the 2011 NFL"}),
        ("D", "on Tuesday", *d1("2011-01-04")),
        ("D", "on Wednesday", *d1("2011-01-05"), {"n": 2}),
        # "Last season", "this year" (twice: the 2010 season, in a January 2011 article), "done for the year": a
        # sports season, as "this season", not labelled
        ("D", "Tuesday", *d1("2011-01-04"), {"in": "reported Tuesday"}),
        ("D", "on Saturday", *d1("2011-01-08")),
    ],
    "ecbplus-43_5ecbplus": [  # Wed 2012-02-29
        ("D", "Wednesday", *d1("2012-02-29"), {"n": 1}),
        # "just a few weeks ago": vague, not labelled
        ("D", "Wednesday", *d1("2012-02-29"), {"n": 2}),
        ("D", "By the end of this year", *d1("2012-12-31")),
    ],
    "ecbplus-6_4ecbplus": [  # Mon 2012-04-09
        ("D", "last week", "2012-04-02", "2012-04-08", {"n": 1}),
        ("D", "this week", "2012-04-09", "2012-04-15"),
        ("D", "on Monday", *d1("2012-04-09"), {"n": 1}),
        ("D", "in August", *M[(2012, 8)]),
        ("D", "January", *M[(2013, 1)]),
        ("D", "November 2013", *M[(2013, 11)]),
        ("D", "last week", "2012-04-02", "2012-04-08", {"n": 2}),
        ("D", "Monday night", *d1("2012-04-09")),
    ],
    "ecbplus-2_2ecbplus": [  # Fri 2013-08-02
        ("D", "Friday", *d1("2013-08-02")),
        ("D", "next March", *M[(2014, 3)]),
        ("D", "in 2007", *Y(2007)),
        ("D", "2013", *Y(2013), {"in": "the 2013 Academy"}),
    ],
    "ecbplus-3_8ecbplus": [  # Mon 2009-11-30; the text's days read as if written on Tuesday 1 December: labelled
        # by the rule against the record's publication day all the same
        ("D", "this year", "2009-01-01", "2009-11-30"),
        ("D", "Tuesday", *d1("2009-11-24")),
        ("D", "Monday", *d1("2009-11-30"), {"n": 1}),
        ("D", "today", *d1("2009-11-30")),
        ("D", "Monday morning", *d1("2009-11-30")),
    ],
    "ecbplus-29_12ecbplus": [  # Sun 2012-12-23
        ("D", "2013", *Y(2013), {"in": "the 2013 NFL"}),
        ("D", "in 2011", *Y(2011)),
        ("D", "next week", "2012-12-24", "2012-12-30"),
        ("D", "2008", *Y(2008), {"in": "The 2008 Chiefs"}),
        ("D", "since 1991", *Y(1991)),
        ("D", "2012", *Y(2012), {"in": "the 2012 Chiefs"}),
        ("D", "1961", *Y(1961), {"in": "The 1961 Dallas"}),
        ("D", "10 / 1 / 61", *d1("1961-10-01")),
        ("D", "\u2019 66", *Y(1966)),
        ("D", "10 / 23 / 66", *d1("1966-10-23")),
        ("D", "this year", *Y(2012)),
    ],
    "ecbplus-10_3ecbplus": [  # Tue 2008-12-23
        # "For weeks now", "So far": not labelled
        ("D", "last night", *d1("2008-12-22")),
        ("D", "yesterday", *d1("2008-12-22")),
        ("D", "On Sunday night", *d1("2008-12-21")),
        ("D", "2008", *Y(2008), {"in": "the 2008 season"}),
        ("D", "late last week", "2008-12-19", "2008-12-21"),
    ],
}
