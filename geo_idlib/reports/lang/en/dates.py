"""English dates: months, weekdays, relative days and the date patterns (named by kind, see
:mod:`geo_idlib.reports.dates` for what each kind means)."""
from __future__ import annotations

import re

from geo_idlib.reports.lang.en.numbers import WORD_VALUES

MONTHS = {m.lower(): i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}
#: Days back from the publication date.
DAYS_BACK = {"today": 0, "yesterday": 1, "the day before yesterday": 2, "this morning": 0, "this afternoon": 0,
             "this evening": 0, "tonight": 0, "last night": 1}
#: Counts of days ("two days after").
DAY_COUNTS = dict(WORD_VALUES, a=1, an=1)

_MONTH = r"(?P<month>" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_COUNT = r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_WEEKDAY = "|".join(d.title() for d in WEEKDAYS)
#: Date patterns by kind; each starts with a word boundary.
PATTERNS = (
    ("iso", rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("day_month", rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    ("month_day", rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b"),
    ("last_month", rf"\b(?i:last)\s+{_MONTH}\b"),
    ("monthyear", rf"\b{_MONTH}\s+{_YEAR}\b"),
    ("year", rf"\b(?i:in|during|since|throughout|through)\s+{_YEAR}\b"),
    ("month", rf"\b(?i:in|during|since|early|late|mid-?|until|by)\s+(?i:early\s+|late\s+|mid-?)?{_MONTH}"
              rf"(?:\s+{_YEAR})?\b"),
    ("weekday", rf"\b(?P<last>(?i:last)\s+)?(?P<weekday>{_WEEKDAY})\b"),
    ("today", r"\b(?i:(?P<rel>" + "|".join(sorted(DAYS_BACK, key=len, reverse=True)).replace(" ", r"\s+") + r"))\b"),
    ("ago", rf"\b(?i:{_COUNT}\s+days?\s+ago)\b"),
    ("last_week", r"\b(?i:last\s+week|the\s+previous\s+week)\b"),
    ("this_week", r"\b(?i:(?:earlier\s+|early\s+)?this\s+week)\b"),
    ("prev_month", r"\b(?i:last\s+month|the\s+previous\s+month)\b"),
    ("this_month", r"\b(?i:(?:earlier\s+)?this\s+month)\b"),
    ("recent", r"\b(?i:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?(?:days|weeks|months)|days\s+ago)\b"),
    ("after", rf"\b(?i:{_COUNT}\s+days?\s+(?P<dir>after|later|before|earlier))\b"),
    ("next", r"\b(?i:the\s+(?P<dir>next|following|previous)\s+day|the\s+day\s+(?P<dir2>after|before))\b"),
)
#: The words every date expression holds (besides ISO dates).
HINTS = (*WEEKDAYS, "day", "days", "today", "yesterday", "week", "weeks", "month", "months", "morning", "afternoon", "evening",
         "tonight", "night", *MONTHS)
#: The words a date expression may start with (besides digits).
STARTERS = frozenset([*MONTHS, *WEEKDAYS, *DAY_COUNTS, "last", "in", "during", "since", "early", "late", "mid",
                      "until", "by", "today", "yesterday", "the", "throughout", "through", "over", "days",
                      "earlier", "this", "tonight"])
#: The words before a whole year ("in 2019").
YEAR_BEFORE = frozenset({"in", "In", "during", "During", "since", "Since", "throughout", "Throughout", "through"})
#: Direction words of relative dates: +1 after, -1 before.
DIRECTIONS = {"after": 1, "later": 1, "next": 1, "following": 1, "before": -1, "earlier": -1, "previous": -1}
#: Two dates of one span ("between 28 April and 20 June", "from 3 May to 1 June"): the words before
#: the first one and those joining it to the second.
SPAN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
SPAN_JOIN = re.compile(r"\s+(?:and|to|until|till|through)\s+", re.IGNORECASE)
#: Right before the date of a statement, not of the incident it tells of ("said today", "in a report
#: released on Monday"): another date in the sentence dates the incident.
STATEMENT_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated|reported|released|published|issued|added)"
                              r"\s+(?:on\s+|late\s+|early\s+|earlier\s+)?$", re.IGNORECASE)
