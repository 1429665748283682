"""Hand labels of the third dev set for dates (labelled-dates-dev3.jsonl): DATE facts only, by a developer reading
each text, one article at a time, without seeing any extractor's code or output. Same notation and guidelines as
labels.py and labels_dates_dev2.py; weekdays checked with Python's datetime. See
storyline-core/src/test/resources/facts/README.md.
"""
from labels import M, Y, d1  # noqa: F401

LABELS = {
    "wikinews-71526": [  # Sun 2007-06-10
        ("D", "in 2014", *Y(2014)),
        ("D", "last year", *Y(2006), {"n": 1}),
        ("D", "last year", *Y(2006), {"n": 2}),
        ("D", "by 2011", *Y(2011)),
        # "the early 1990s": the first three years of the decade, the mirror of dev2's "the late 1980's" (1987-1989)
        ("D", "to the early 1990s", "1990-01-01", "1992-12-31"),
    ],
    "wikinews-4764": [  # Thu 2005-02-17
        ("D", "in February 2000", *M[(2000, 2)]),
        ("D", "in January 2006", *M[(2006, 1)]),
        ("D", "in early March", "2005-03-01", "2005-03-10"),
        ("D", "last November", *M[(2004, 11)]),
        ("D", "since 2003", *Y(2003)),
    ],
    "wikinews-5403": [  # Sun 2005-03-06
        ("D", "since July 24, 2003", *d1("2003-07-24")),
        ("D", "1998", *Y(1998), {"in": "the 1998 evolved"}),
    ],
    "wikinews-106653": [  # Sat 2008-05-24
        ("D", "two years ago", *d1("2006-05-24")),
        ("D", "around 2020", *Y(2020)),
        ("D", "2015", *Y(2015), {"in": "not 2015 as"}),
        ("D", "for 2012", *Y(2012)),
    ],
    "wikinews-11716": [  # Mon 2005-06-13
        ("D", "in 2009", *Y(2009)),
        ("D", "In 2004", *Y(2004)),
        ("D", "in 2005", *Y(2005)),
    ],
    "wikinews-17036": [  # Sat 2010-07-17
        ("D", "Friday", *d1("2010-07-16"), {"in": "announced Friday"}),
        ("D", "on Friday morning", *d1("2010-07-16")),
        ("D", "yesterday", *d1("2010-07-16")),
        ("D", "until September 30", *d1("2010-09-30")),
    ],
    "wikinews-11778": [  # Wed 2008-04-09
        ("D", "in February", *M[(2008, 2)]),
        ("D", "April 3", *d1("2008-04-03")),
        ("D", "in 2003", *Y(2003)),
        ("D", "as of February", *M[(2008, 2)]),
        ("D", "in 2007", *Y(2007)),
        ("D", "April 2nd", *d1("2008-04-02")),
        # "at the beginning of the year": 1 January, as dev2's "since the beginning of the year"
        ("D", "at the beginning of the year", *d1("2008-01-01")),
        ("D", "as of January 2008", *M[(2008, 1)]),
        # "Five years after its launch": anchored on an event, not labelled
    ],
    "wikinews-18315": [  # Thu 2011-08-25
        ("D", "since 2004", *Y(2004)),
        ("D", "since January of this year", *M[(2011, 1)]),
        ("D", "in March", *M[(2011, 3)]),
        ("D", "June", *M[(2011, 6)]),
        # "that day" (in a quotation, an anaphor), "since the beginning of Jobs ' medical leave" (an event): not
        # labelled
    ],
    "wikinews-18355": [  # Thu 2011-10-06
        ("D", "yesterday", *d1("2011-10-05")),
        ("D", "On August 24", *d1("2011-08-24")),
        ("D", "since 2004", *Y(2004)),
        ("D", "on February 24, 1955", *d1("1955-02-24")),
        ("D", "in 1976", *Y(1976)),
        ("D", "in 1984", *Y(1984)),
        # "One year later", "the following year": anchored on the year just named (anaphors), not labelled
        ("D", "In 1986", *Y(1986)),
        ("D", "in 2005", *Y(2005)),
        ("D", "In 1996", *Y(1996)),
        ("D", "In 1998", *Y(1998)),
        ("D", "in 2001", *Y(2001)),
        ("D", "2007", *Y(2007), {"in": "2007 was the year"}),
        ("D", "in 2010", *Y(2010)),
        # "Steve Jobs 1955-2011" (the web site's text, a quotation): a range of years as "1995 - 99", labelled
        ("D", "1955-2011", "1955-01-01", "2011-12-31"),
    ],
    "wikinews-2759": [  # Wed 2005-09-07
        ("D", "today", *d1("2005-09-07"), {"n": 1}),
        ("D", "today", *d1("2005-09-07"), {"n": 2}),
        ("D", "in January", *M[(2005, 1)]),
    ],
    "wikinews-31706": [  # Mon 2006-01-23
        ("D", "last year", *Y(2005)),
        ("D", "by 2008", *Y(2008)),
        ("D", "By the end of this year", *d1("2006-12-31")),
        ("D", "in 2005", *Y(2005)),
        # "today" in a quotation ("a lot of anger here today"), "over the years": not labelled
    ],
    "wikinews-120578": [  # Tue 2009-02-03 (the record's date "03-02-2009" is day first; the page's date line)
        ("D", "in January", *M[(2009, 1)]),
        # "the same month a year ago": a period named outright, labelled as dev2's "the same period of the last
        # year"; "from the previous year", "from a year earlier" (relative to a period in view): bases of
        # comparison, as dev2's "compared to the previous year", not labelled
        ("D", "the same month a year ago", *M[(2008, 1)]),
        ("D", "January", *M[(2009, 1)], {"in": "their January sales"}),
        ("D", "last month", *M[(2009, 1)]),
        ("D", "last year", *Y(2008)),
        ("D", "today", *d1("2009-02-03")),
        ("D", "Last month", *M[(2009, 1)]),
    ],
    "wikinews-150433": [  # Thu 2010-01-28
        ("D", "for the last year", *Y(2009)),
        # "for four years": a duration; "the year previous": a basis of comparison; not labelled
        ("D", "from 2008", *Y(2008)),
        ("D", "For the final quarter of 2009", "2009-10-01", "2009-12-31"),
        ("D", "this year", *Y(2010)),
        ("D", "last year", *Y(2009), {"n": 2}),
        ("D", "at the end of 2009", *d1("2009-12-31")),
        ("D", "In the fourth quarter", "2009-10-01", "2009-12-31"),
        # "the same time in 2008" (of the fourth quarter just named) = the fourth quarter of 2008
        ("D", "the same time in 2008", "2008-10-01", "2008-12-31"),
        ("D", "2009", *Y(2009), {"in": "2009 was a pivotal"}),
    ],
    "wikinews-47720": [  # Sat 2006-08-19
        ("D", "during the fourth quarter", "2006-10-01", "2006-12-31"),
        ("D", "in January", *M[(2006, 1)]),
        ("D", "by 2012", *Y(2012)),
        # "in recent years": vague, not labelled
        ("D", "In 2005", *Y(2005)),
        # "a second quarter loss" reported recently: the second quarter of 2006, a modifier as "the 1991 agreement"
        ("D", "second quarter", "2006-04-01", "2006-06-30"),
        ("D", "for the month of July", *M[(2006, 7)]),
    ],
    "wikinews-60658": [  # Wed 2007-02-14
        ("D", "today", *d1("2007-02-14")),
        ("D", "by 2008", *Y(2008)),
        ("D", "in 1998", *Y(1998)),
    ],
    "wikinews-121225": [  # Fri 2009-02-20 (the record's date 2009-01-20 is a month off; the page's date line)
        ("D", "on Thursday", *d1("2009-02-19"), {"n": 1}),
        # "in over six years": a duration, not labelled
        ("D", "since October 9, 2002", *d1("2002-10-09")),
        ("D", "since the start of this year", *d1("2009-01-01")),
        ("D", "today", *d1("2009-02-20")),
        ("D", "on Thursday", *d1("2009-02-19"), {"n": 2}),
        ("D", "since last October", *M[(2008, 10)]),
        ("D", "since the start of 2009", *d1("2009-01-01")),
        ("D", "in October", *M[(2008, 10)]),
        ("D", "November", *M[(2008, 11)]),
    ],
    "wikinews-113330": [  # Sat 2008-09-20
        ("D", "today", *d1("2008-09-20"), {"n": 1}),
        ("D", "earlier today", *d1("2008-09-20")),
        # "today" and "For the next year" inside the Treasury's quoted release (the speaker's day): not labelled
    ],
    "wikinews-61327": [  # Tue 2007-02-27
        ("D", "on Tuesday", *d1("2007-02-27"), {"n": 1}),
        # "the September 11th terrorist attacks": the name of an event (no year given), as "Black Monday"; not
        # labelled
        ("D", "on Monday", *d1("2007-02-26")),
        ("D", "on Tuesday", *d1("2007-02-27"), {"n": 2}),
        ("D", "fourth-quarter 2006", "2006-10-01", "2006-12-31"),
        # "Around 3 p.m. EST" (a clock time), "on the day that" (an anaphor): not labelled
    ],
    "wikinews-96770": [  # Mon 2008-01-21
        ("D", "Monday", *d1("2008-01-21"), {"in": "Asia Monday"}),
        # "in recent years": vague, not labelled
        ("D", "September 11, 2001", *d1("2001-09-11")),
        ("D", "in late 2007", "2007-09-01", "2007-12-31"),
        ("D", "Last week", "2008-01-14", "2008-01-20"),
        ("D", "on Monday", *d1("2008-01-21")),
        # "Martin Luther King Jr.. Day": a named day, as "Black Monday"; not labelled
        ("D", "Tuesday", *d1("2008-01-22")),
    ],
    "wikinews-112579": [  # Thu 2008-09-04
        ("D", "Thursday", *d1("2008-09-04"), {"in": "trading Thursday"}),
        ("D", "Thursday", *d1("2008-09-04"), {"in": "released Thursday"}),
        ("D", "last week", "2008-08-25", "2008-08-31"),
        # "This morning's employment numbers", "throughout the remainder of the year": in a quotation (the
        # speaker's day, as "today" there) and vague; not labelled
        ("D", "Wednesday", *d1("2008-09-03")),
        ("D", "since June of this year", *M[(2008, 6)]),
        ("D", "Friday", *d1("2008-09-05")),
        ("D", "August", *M[(2008, 8)], {"in": "of August unemployment"}),
    ],
    "ecbplus-34_10ecbplus": [  # Mon 2009-07-13
        ("D", "today", *d1("2009-07-13")),
        ("D", "2008", *Y(2008), {"in": "a 2008 MacArthur"}),
        ("D", "in 1995", *Y(1995)),
        ("D", "In 1990", *Y(1990)),
        ("D", "since October 2007", *M[(2007, 10)]),
        # "earlier this year": 1 January to the day before publication, as dev2's "earlier this month"
        ("D", "earlier this year", "2009-01-01", "2009-07-12"),
    ],
    "ecbplus-39_11ecbplus": [  # Mon 2013-08-05
        ("D", "this morning", *d1("2013-08-05")),
        ("D", "in June", *M[(2013, 6)]),
        ("D", "later this year", "2013-08-05", "2013-12-31"),
        ("D", "1983", *Y(1983), {"in": "the 1983 film"}),
        ("D", "in 1994", *Y(1994)),
    ],
    "ecbplus-43_13ecbplus": [  # Thu 2012-03-01
        ("D", "On Wednesday afternoon", *d1("2012-02-29")),
        ("D", "in 2007", *Y(2007)),
        # "in recent years" (vague), "For now" (the present): not labelled
        # "in today's news release" stands outside the quotation: the publication day, what the text says
        ("D", "today", *d1("2012-03-01"), {"in": "in today's news"}),
        # "within the year" (what AMD expects): the publication day to 31 December, as "later this year"
        ("D", "within the year", "2012-03-01", "2012-12-31"),
    ],
    "ecbplus-30_10ecbplus": [  # Fri 2011-10-14
        ("D", "today", *d1("2011-10-14")),
        ("D", "14 October 2011", *d1("2011-10-14")),
        ("D", "into next week", "2011-10-17", "2011-10-23"),
        # a weekday with its date after a comma is one fact, as the dev set's "on Thursday, Nov. 10"
        ("D", "on Saturday, 8 October 2011", *d1("2011-10-08")),
        ("D", "on 12 October 2011", *d1("2011-10-12")),
        ("D", "on 11 October 2011", *d1("2011-10-11")),
        # "12 days" (a duration), "At the time of writing" (the present): not labelled
    ],
    "ecbplus-16_8ecbplus": [  # Fri 2005-06-24
        ("D", "Friday", *d1("2005-06-24"), {"in": "killed Friday"}),
        ("D", "Friday night", *d1("2005-06-24"), {"n": 1}),
        ("D", "about three weeks ago", *d1("2005-06-03")),
        ("D", "for the past five years", "2000-06-24", "2005-06-24"),
        ("D", "Friday night", *d1("2005-06-24"), {"n": 2}),
        # "shortly after 3 p. m.": a clock time, not labelled
    ],
    "ecbplus-9_7ecbplus": [  # Tue 2009-04-28
        ("D", "today", *d1("2009-04-28"), {"n": 1}),
        ("D", "last December", *M[(2008, 12)]),
        # "At the time" (an anaphor), "today" in Greenwald's quotation: not labelled
        ("D", "by May 9th", *d1("2009-05-09")),
    ],
    "ecbplus-27_3ecbplus": [  # Tue 2013-09-17
        ("D", "today", *d1("2013-09-17"), {"n": 1}),
        ("D", "Tuesday morning", *d1("2013-09-17")),
        ("D", "today", *d1("2013-09-17"), {"n": 2}),
        ("D", "Oct. 18", *d1("2013-10-18")),
    ],
    "ecbplus-25_9ecbplus": [  # Wed 2011-01-05
        ("D", "in 2009", *Y(2009)),
        ("D", "Wednesday", *d1("2011-01-05")),
        ("D", "Tuesday", *d1("2011-01-04")),
        # "this season" (three times): a sports season, not labelled; "in two days": a duration
        ("D", "in September", *M[(2010, 9)]),
        # "last Sunday" in a Wednesday article: the latest Sunday, as "last Thursday" in a Friday article
        ("D", "last Sunday", *d1("2011-01-02")),
        ("D", "on Saturday", *d1("2011-01-08")),
    ],
    "ecbplus-44_7ecbplus": [  # Mon 2007-11-12
        ("D", "Monday", *d1("2007-11-12")),
        # "Until recently" (vague), "today" in McCain's quotation: not labelled
        # "by its first fiscal 2008 quarter, which ends January 31": the quarter, three months ending on the day the
        # text gives (1 November 2007 to 31 January 2008), and the day itself
        ("D", "by its first fiscal 2008 quarter", "2007-11-01", "2008-01-31"),
        ("D", "January 31", *d1("2008-01-31")),
    ],
    "ecbplus-28_5ecbplus": [  # Thu 2004-07-29
        ("D", "Tuesday", *d1("2004-07-27")),
        ("D", "Saturday", *d1("2004-07-24")),
        ("D", "in 1969", *Y(1969)),
        ("D", "in 1972", *Y(1972)),
        ("D", "On June 27, 1973", *d1("1973-06-27")),
        ("D", "last year", *Y(2003)),
        ("D", "in 1954", *Y(1954)),
    ],
    "ecbplus-26_6ecbplus": [  # Tue 2005-12-20
        ("D", "yesterday", *d1("2005-12-19")),
        # "for three decades", "For two decades", "after decades of": durations, not labelled
        ("D", "until 2003", *Y(2003)),
        ("D", "in 1959", *Y(1959)),
    ],
    "ecbplus-7_11ecbplus": [  # Sun 2012-07-08
        ("D", "Saturday night", *d1("2012-07-07")),
        ("D", "In 2008", *Y(2008)),
    ],
    "ecbplus-20_4ecbplus": [  # Mon 2005-11-28
        ("D", "Monday", *d1("2005-11-28")),
        ("D", "on Sunday", *d1("2005-11-27")),
        # "by nightfall" (in a quotation, a part of a day), "several hours later", "almost two years after" the Bam
        # quake (anchored on events): not labelled
    ],
    "ecbplus-45_7ecbplus": [  # Fri 2013-09-27
        ("D", "Thursday", *d1("2013-09-26")),
        ("D", "November 8", *d1("2013-11-08")),
    ],
    "ecbplus-36_5ecbplus": [  # Tue 2011-08-09
        ("D", "on Tuesday", *d1("2011-08-09")),
        ("D", "in 2006", *Y(2006)),
    ],
    "ecbplus-18_3ecbplus": [  # Thu 2007-04-12
        # the opening paragraphs quote a Fox News article (of a day or two before): its "last week" and "Monday
        # morning" are resolved against the publication day all the same (as dev2's "spring" in a quotation); both
        # give the same days against the Fox article's own day
        ("D", "last week", "2007-04-02", "2007-04-08"),
        ("D", "Monday morning", *d1("2007-04-09")),
        # "a few hours after", "after about 15 minutes": anchored on an event, durations; not labelled
    ],
    "ecbplus-13_5ecbplus": [  # Tue 2012-08-07
        # "Only about a week after" officials moved (anchored on an event), "a pretty morning": not labelled
        # "the mid 1930's": the middle of the decade, 1933 to 1936 (as "the late 1980's" = 1987-1989 in dev2)
        ("D", "to the mid 1930's", "1933-01-01", "1936-12-31"),
        ("D", "in 2007", *Y(2007)),
    ],
    "ecbplus-40_5ecbplus": [  # Tue 2012-06-12
        # "WWDC week" (a named event's week), "the 2012 Air" (a model's name): not labelled
        ("D", "this year", *Y(2012)),
    ],
    "ecbplus-35_4ecbplus": [  # Thu 2009-02-05
        # "in less than a month" (between two arrests, a duration), "five days prior to" the playoff loss (anchored on
        # an event), "these days" (vague): not labelled
        ("D", "last weekend", "2009-01-31", "2009-02-01"),
        ("D", "last month", *M[(2009, 1)]),
    ],
    "ecbplus-21_4ecbplus": [  # Sat 2013-09-14
        ("D", "Friday", *d1("2013-09-13")),
        # "a 2013 Toyota Camry": a model year, a name; not labelled
    ],
}
