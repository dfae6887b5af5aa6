"""When things happened: explicit and relative dates, resolved against the publication date.

A relative date ("on Monday", "last December", "a day after") needs an anchor: the publication
date, or for "a day after" the date the report last spoke of. Without one it stays unresolved
(``date`` is None) rather than being guessed. Precision follows ACLED's ``time_precision``:
1 the day is known, 2 the week, 3 the month (coded to its first day).

A statement without a date expression does not take the date of whatever sentence came before
it (:func:`statement_date`): an incident (strike, clash, capture) takes the last date stated in
its paragraph, else the report's lead date (the first date stated with an event: wire copy puts
the main event first and tells its places after); anything else (displacement told as "have
fled", background) is dated by the publication date at week precision (2), or stays empty (3)
when the report has none.

>>> import datetime as dt
>>> d = find_dates("Jets struck on Monday.", published=dt.date(2018, 2, 6))[0]
>>> d.date.isoformat(), d.precision
('2018-02-05', 1)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from functools import lru_cache

from geo_idlib.reports.lang import Lexicon, lexicon
from geo_idlib.reports.phrases import PhraseMatcher

__all__ = ["date_words", "DateMention", "date_hints", "find_dates", "parse_date", "statement_date", "Dated"]

_ISO_HINT_RE = re.compile(r"\d-[01]\d-")
_DMY_HINT_RE = re.compile(r"\d[/.-][01]?\d[/.-](?:19|20)\d\d")  # 18/5/2019, 18-05-2019
_YEAR_HINT_RE = re.compile(r"(?:19|20)\d\d(?!\d)(?<!\d....)")  # "in 2019": a year standing alone
_REACH = 32  # a date expression starts at most this many characters before its hint word
_WORD_RE = re.compile(r"\b\w+")


def date_words(lex: Lexicon) -> dict[str, list[str]]:
    """The words every date expression of the language holds (weekdays, "day(s)", "today",
    "yesterday", months; ISO dates are found apart), for a phrase matcher."""
    return {"hint": list(lex.dates.hints)}


class _Reader:
    """One language's date patterns as one regular expression (each alternative named by kind)."""

    def __init__(self, lex: Lexicon) -> None:
        self.words = lex.dates
        # one word boundary in front of every alternative (each pattern starts with one)
        self.pattern = re.compile(r"\b(?:" + "|".join(
            f"(?P<{name}>{rx[2:].replace('(?P<', f'(?P<{name}_')})" for name, rx in lex.dates.patterns) + ")")
        self.hints = PhraseMatcher(date_words(lex))
        self.months = {k.lower(): v for k, v in lex.dates.months.items()}


@lru_cache(maxsize=None)
def _reader(lex: Lexicon) -> _Reader:
    return _Reader(lex)


#: A date and its ACLED time_precision (date None when unresolved).
Dated = tuple[dt.date | None, int]


@dataclass(frozen=True)
class DateMention:
    """A date expression: its span, the resolved date (None when unresolved) and precision;
    ``kind`` names its pattern ("year" for a whole year: "in 2019")."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: int
    relative: bool
    kind: str = ""


def parse_date(value: str) -> dt.date:
    """An ISO date (YYYY-MM-DD); ValueError otherwise.

    >>> parse_date("2018-02-05")
    datetime.date(2018, 2, 5)
    """
    return dt.date.fromisoformat(value.strip())


def _group(m: re.Match, kind: str, name: str) -> str | None:
    key = f"{kind}_{name}"
    return m.group(key) if key in m.re.groupindex else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """The year of a day-month without year: the latest one not after publication."""
    if published is None:
        return None
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _resolve(r: _Reader, m: re.Match, kind: str, published: dt.date | None,
             anchor: dt.date | None) -> tuple[dt.date | None, int, bool]:
    g = lambda name: _group(m, kind, name)  # noqa: E731 - short local accessor
    w = r.words
    if kind in ("iso", "dmy"):
        return _safe_date(int(g("year")), int(g("mnum")), int(g("day"))), 1, False
    if kind == "ordinal_month":  # "الخامس من أيار": the day as an ordinal word
        month, day = r.months[g("month").lower()], w.ordinals[" ".join(g("ordinal").split())]
        year = int(g("year")) if g("year") else _year_for(month, day, published)
        return (_safe_date(year, month, day) if year else None), 1, not g("year")
    if kind in ("day_month", "month_day"):
        month, day = r.months[g("month").lower()], int(g("day"))
        year = int(g("year")) if g("year") else _year_for(month, day, published)
        return (_safe_date(year, month, day) if year else None), 1, not g("year")
    if kind == "recent":  # "in recent days": a span with no day, told as background
        return None, 3, True
    if kind == "last_week":  # "last week": the week before, ACLED's week precision
        return (published - dt.timedelta(days=7) if published else None), 2, True
    if kind == "this_week":  # "earlier this week": the seven days up to publication, their middle day
        return (published - dt.timedelta(days=3) if published else None), 2, True
    if kind in ("prev_month", "this_month"):  # "last month", "earlier this month": the month, its first day
        if published is None:
            return None, 3, True
        first = published.replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1) if kind == "prev_month" else first, 3, True
    if kind == "year":  # a whole year: its first day, ACLED's coarsest precision
        return dt.date(int(g("year")), 1, 1), 3, False
    if kind in ("month", "last_month", "monthyear"):
        month = r.months[g("month").lower()]
        if g("year"):
            return dt.date(int(g("year")), month, 1), 3, False
        if published is None:
            return None, 3, True
        year = published.year if (kind == "month" and month <= published.month) or \
            month < published.month else published.year - 1
        return dt.date(year, month, 1), 3, True
    if kind == "weekday":
        if published is None:
            return None, 1, True
        back = (published.weekday() - w.weekdays[g("weekday").lower()]) % 7
        if g("last") and back == 0:
            back = 7
        return published - dt.timedelta(days=back), 1, True
    if kind == "today":
        if published is None:
            return None, 1, True
        back = w.days_back[" ".join(g("rel").lower().split())]
        return published - dt.timedelta(days=back), 1, True
    if kind == "ago":  # "two days ago": counted back from publication
        days = w.counts[g("count").lower()] if not g("count").isdigit() else int(g("count"))
        return (published - dt.timedelta(days=days) if published else None), 1, True
    # "a day after", "two days later", "the next day": relative to the date last spoken of
    if kind == "after":
        days = w.counts[g("count").lower()] if not g("count").isdigit() else int(g("count"))
    else:
        days = 1
    sign = w.directions[(g("dir") or g("dir2")).lower()]
    return (anchor + dt.timedelta(days=sign * days) if anchor else None), 1, True


def date_hints(text: str, words: list[tuple[int, int, str]] | None = None,
               lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """Spans of the words every date expression holds (weekdays, "day", months, ISO dates, a year
    after "in", "during"...):
    spot them once in a whole report, pass each sentence its own to :func:`find_dates`.
    ``words``: the :func:`date_words` already spotted in ``text``, if any.

    >>> date_hints("on Monday, 2018-02-05, in 2019")
    [(3, 9), (14, 19), (26, 30)]
    """
    iso = [m.span() for m in _ISO_HINT_RE.finditer(text)] if "-0" in text or "-1" in text else []
    iso += [m.span() for m in _DMY_HINT_RE.finditer(text)] if "/" in text or "-" in text else []
    before = (lex or lexicon("en")).dates.year_before
    years = [m.span() for m in _YEAR_HINT_RE.finditer(text)
             if text[max(0, m.start() - 12):m.start()].split()[-1:] in ([w] for w in before)] if before else []
    return sorted([(s, e) for s, e, _ in (_reader(lex or lexicon("en")).hints.find(text) if words is None else words)]
                  + iso + years)


def _date_matches(r: _Reader, text: str, hints: list[tuple[int, int]]) -> list[re.Match]:
    """The date expressions of ``text`` in order, as the pattern's ``finditer`` finds them,
    searched only in windows around the hint words."""
    out: list[re.Match] = []
    pos = 0
    for start, end in hints:
        if end <= pos:
            continue
        # every pattern starts a word: try the words before the hint's end, leftmost first
        for word in _WORD_RE.finditer(text, max(pos, start - _REACH), end):
            m = r.pattern.match(text, word.start()) \
                if word.group().lower() in r.words.starters or word.group()[0].isdigit() \
                else None
            if m:
                out.append(m)
                pos = m.end()
                break
    return out


def find_dates(text: str, published: dt.date | None = None, anchor: dt.date | None = None,
               hints: list[tuple[int, int]] | None = None, lex: Lexicon | None = None) -> list[DateMention]:
    """Every date expression in ``text``; relative ones resolved against ``published``
    (weekdays, months, "yesterday") or ``anchor`` (the date last spoken of: "a day after").
    ``hints``: ``text``'s :func:`date_hints`, if already spotted; ``lex``: the language pack.

    >>> import datetime as dt
    >>> [d.date.isoformat() for d in find_dates("last December", published=dt.date(2018, 2, 6))]
    ['2017-12-01']
    >>> find_dates("on Monday")[0].date is None
    True
    """
    lex = lex or lexicon("en")
    r = _reader(lex)
    out: list[DateMention] = []
    for m in _date_matches(r, text, date_hints(text, lex=lex) if hints is None else hints):
        kind = m.lastgroup
        date, precision, relative = _resolve(r, m, kind, published, anchor)
        out.append(DateMention(m.start(), m.end(), m.group(0), date, precision, relative, kind))
        if date is not None:
            anchor = date
    return out


def statement_date(own: Dated | None, *, incident: bool, paragraph: Dated | None, lead: Dated | None,
                   published: dt.date | None) -> Dated:
    """The date of one statement (see the module doc): its ``own`` date expression; for an
    ``incident`` without one, the ``paragraph``'s last stated date, else the report's ``lead``
    date; otherwise the publication date at week precision, or unresolved.

    >>> import datetime as dt
    >>> pub, saturday, monday = dt.date(2018, 2, 5), (dt.date(2018, 2, 3), 1), (dt.date(2018, 2, 5), 1)
    >>> statement_date(None, incident=True, paragraph=saturday, lead=monday, published=pub)
    (datetime.date(2018, 2, 3), 1)
    >>> statement_date(None, incident=True, paragraph=None, lead=monday, published=pub)
    (datetime.date(2018, 2, 5), 1)
    >>> statement_date(None, incident=False, paragraph=saturday, lead=monday, published=pub)
    (datetime.date(2018, 2, 5), 2)
    >>> statement_date(None, incident=False, paragraph=None, lead=None, published=None)
    (None, 3)
    """
    if own is not None:
        return own
    if incident:
        inherited = paragraph or lead
        if inherited is not None:
            return inherited
    return (published, 2) if published else (None, 3)
