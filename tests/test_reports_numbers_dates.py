"""Counts and dates as reports write them."""
import datetime as dt

import pytest

from geo_idlib.reports.dates import find_dates
from geo_idlib.reports.numbers import find_numbers


@pytest.mark.parametrize("text, low, high, qualifier", [
    ("fifteen people", 15, 15, ""),
    ("a family of seven", 7, 7, ""),
    ("twenty-five dead", 25, 25, ""),
    ("dozens of civilians", 12, 12, ""),
    ("tens of civilians", 10, 10, ""),
    ("hundreds fled", 100, 100, ""),
    ("tens of thousands fled", 10_000, 10_000, ""),
    ("nearly three million people", 3_000_000, 3_000_000, "nearly"),
    ("over 1,500 killed", 1_500, 1_500, "over"),
    ("more than 300,000 people", 300_000, 300_000, "over"),
    ("at least 15 feared dead", 15, 15, "at least"),
    ("between 43 and 53 dead", 43, 53, ""),
    ("43-53 dead", 43, 53, ""),
    ("five to 10 people", 5, 10, ""),
    ("two hundred thousand", 200_000, 200_000, ""),
    ("Nearly a million people", 1_000_000, 1_000_000, "nearly"),
])
def test_numbers(text, low, high, qualifier):
    q = find_numbers(text)[0]
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, count", [
    ("a man, his wife and their child were killed", 3),
    ("a woman and her two children", 3),
    ("an elderly man and his three grandchildren", 4),
    ("five children and three women died", 8),
    ("the mother", 1),
])
def test_people_listed_one_by_one_are_counted(text, count):
    (q,) = find_numbers(text)
    assert (q.low, q.high) == (count, count) and text[q.start:q.end] == q.text


def test_people_lists_that_do_not_say_how_many_are_not_counts():
    assert find_numbers("their children and a man") == []
    assert find_numbers("women and children") == []
    assert [(q.text, q.qualifier) for q in find_numbers("at least two children")] == [("at least two", "at least")]


def test_numbers_keep_separate_counts_apart_and_skip_vague_words():
    assert [(q.low, q.high) for q in find_numbers("killing 13 and wounding 12")] == [(13, 13), (12, 12)]
    assert find_numbers("several people and a few others") == []


PUB = dt.date(2018, 2, 5)  # a Monday


@pytest.mark.parametrize("text, expected, precision", [
    ("on Monday", "2018-02-05", 1),
    ("on Sunday", "2018-02-04", 1),
    ("last Monday", "2018-01-29", 1),
    ("yesterday", "2018-02-04", 1),
    ("last December", "2017-12-01", 3),
    ("in January", "2018-01-01", 3),
    ("in May 2019", "2019-05-01", 3),
    ("March 2020", "2020-03-01", 3),
    ("on 4 February 2018", "2018-02-04", 1),
    ("on February 4", "2018-02-04", 1),
    ("on Feb. 3", "2018-02-03", 1),
    ("on 2018-01-20", "2018-01-20", 1),
    ("on 20 December", "2017-12-20", 1),  # no year: the latest one before publication
])
def test_dates_against_publication(text, expected, precision):
    d = find_dates(text, published=PUB)[0]
    assert (d.date.isoformat(), d.precision) == (expected, precision)


def test_a_day_after_counts_from_the_date_last_spoken_of():
    found = find_dates("The jet fell on Saturday; a day after, raids followed.", published=PUB)
    assert [d.date.isoformat() for d in found] == ["2018-02-03", "2018-02-04"]
    assert find_dates("two days later", anchor=dt.date(2018, 2, 3))[0].date == dt.date(2018, 2, 5)


def test_relative_dates_without_publication_date_stay_unresolved():
    for text in ("on Monday", "last December", "yesterday", "a day after"):
        (d,) = find_dates(text)
        assert d.date is None and d.relative
    assert find_dates("on 4 February 2018")[0].date == dt.date(2018, 2, 4)


def test_lower_case_may_is_not_a_month():
    assert find_dates("they may 20 go", published=PUB) == []
