"""Property tests (hypothesis) on arbitrary Unicode: name folding, resolve, extract and the table
writer never crash, keep their contracts, and take time in proportion to the input.

Examples are few and small so that the suite stays fast; the time checks compare the CPU time of
one input with that of an input four times as long (a square law would take about 16 times).
"""
from __future__ import annotations

import datetime as dt
import gc
import itertools
import math
import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo_idlib.errors import GeoIdlibError
from geo_idlib.names import fold, fold_arabic, is_arabic, skeleton, slug, tokens
from geo_idlib.reports.doc import Event
from geo_idlib.reports.events import extract_events
from geo_idlib.reports.folding import fold_events
from geo_idlib.reports.mentions import Mention, find_mentions
from geo_idlib.tables import csv_records, events_frame, events_to_csv, events_to_json, read_table

FAST = settings(max_examples=40, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
TIMED = settings(max_examples=4, deadline=None, database=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

#: Any character Python text can hold and a file can carry (no lone surrogates).
CHARACTERS = st.characters(blacklist_categories=("Cs",))
#: Words that reach the interesting paths: places in both scripts, clitics, cue words, dates, counts.
WORDS = st.sampled_from([
    "Saraqeb", "Kafr Nubl", "Maarat al-Numan", "Jisr al-Shughur", "Idlib", "Ariha", "Sarmada", "al-", "el",
    "Abu", "Tell", "سراقب", "إدلب", "بريف", "وسراقب", "#معرة_النعمان", "مدينة", "قرية", "الدانا", "struck",
    "jets", "killing", "two", "12", "at least", "people", "on Monday", "5 February 2018", "fled", "captured",
    "hospital", "near", "southern", "province", ".", ",", "\n", "\n\n", "\r\n", '"', "(", "-", "—", "\u200f",
    "\u0651", "ـ",
])
#: Characters that CSV and JSON writers must escape, and any other.
CELL_CHARACTERS = st.one_of(st.sampled_from(',"\r\n;\t \\'), CHARACTERS.filter(lambda c: c != "\0"))
#: Texts mixing arbitrary characters with those words.
TEXT = st.lists(st.one_of(st.text(CHARACTERS, max_size=12), WORDS), max_size=30).map(" ".join)
PUBLISHED = dt.date(2018, 2, 5)


def cpu(function, argument) -> float:
    """The least CPU time of three calls (CPU, not wall: other processes share the machine)."""
    best = math.inf
    for _ in range(3):
        start = time.process_time()
        function(argument)
        best = min(best, time.process_time() - start)
    return best


def assert_linear(function, make, n: int) -> None:
    """``function`` on an input four times as long takes at most about four times as long."""
    function(make(n // 4))  # warm caches and lazy loads
    small, large = cpu(function, make(n)), cpu(function, make(4 * n))
    assert large <= 8 * small + 0.01, f"{small:.3f} s for {n}, {large:.3f} s for {4 * n}: not linear"


def long_text(words: list[str], seed: int, size: int, *, line: int = 400) -> str:
    """A text of about ``size`` characters drawn from ``words`` (a line break about every ``line``)."""
    rng, parts, length = random.Random(seed), [], 0
    while length < size:
        word = rng.choice(words)
        parts.append(word + ("\n" if rng.random() < len(word) / line else " "))
        length += len(parts[-1])
    return "".join(parts)


# ----------------------------------------------------------------------------- name folding

@FAST
@given(TEXT)
def test_folding_any_text(text):
    for function in (fold, fold_arabic, skeleton, slug):
        key = function(text)
        assert isinstance(key, str) and key == function(text)
    assert isinstance(is_arabic(text), bool) and all(isinstance(t, str) for t in tokens(text))
    assert slug(text)


@TIMED
@given(st.lists(st.one_of(WORDS, st.text(CHARACTERS, min_size=1, max_size=8)), min_size=3, max_size=12),
       st.integers(0, 2**16))
def test_folding_time_is_linear(words, seed):
    for function in (fold, fold_arabic, skeleton):
        plain = getattr(function, "__wrapped__", function)  # not the cache
        assert_linear(plain, lambda n: long_text(words, seed, n), 20_000)


# ----------------------------------------------------------------------------- resolve

@FAST
@given(TEXT, st.one_of(st.none(), TEXT), st.integers(1, 8))
def test_resolve_any_name(gz, name, near, limit):
    try:
        found = gz.resolve(name, near=near, limit=limit)
    except GeoIdlibError:  # a `near` that names no place is the user's error, said as one
        return
    scores = [c.score for c in found]
    assert len(found) <= limit and all(0 <= s <= 1 for s in scores) and scores == sorted(scores, reverse=True)


@TIMED
@given(st.lists(st.one_of(WORDS, st.text(CHARACTERS, min_size=1, max_size=8)), min_size=3, max_size=12),
       st.integers(0, 2**16))
def test_resolve_time_is_linear_in_the_name(gz, words, seed):
    assert_linear(gz.resolve, lambda n: long_text(words, seed, n), 2_000)


# ----------------------------------------------------------------------------- extract

@FAST
@given(TEXT)
def test_mentions_and_events_of_any_text(gz, text):
    for m in find_mentions(text, gz):
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
    events = extract_events(text, PUBLISHED, gazetteer=gz)
    placed = events.dropna(subset=["latitude"])
    assert placed["latitude"].between(-90, 90).all() and placed["longitude"].between(-180, 180).all()
    assert (events["fatalities"] >= 0).all()


@TIMED
@given(st.lists(st.one_of(WORDS, st.text(CHARACTERS, min_size=1, max_size=8)), min_size=5, max_size=20),
       st.integers(0, 2**16))
def test_extract_time_is_linear(gz, words, seed):
    assert_linear(lambda text: extract_events(text, PUBLISHED, gazetteer=gz), lambda n: long_text(words, seed, n),
                  12_000)


def test_a_report_on_one_long_line_takes_linear_time(gz):
    # names that are English words are weighed by their line (a headline?): read around each name
    line = " ".join(["Rockets fell on Has and Tell near Kafr Nubl."] * 4)
    assert [m.text for m in find_mentions(line, gz) if m.place][:3] == ["Has", "Tell", "Kafr Nubl"]
    assert_linear(lambda text: find_mentions(text, gz), lambda n: " ".join(["Rockets fell on Has and Tell."] * n), 400)


def test_folding_many_events_of_one_report_takes_linear_time(gz):
    # thousands of incidents in one report: a row is compared only with rows of its place, day and type
    villages = [p for p in gz.places if p.kind == "village"][:500]

    def drafts(n: int) -> list[Event]:
        return [Event("Air/drone strike", Mention(v.name, 0, 1, v, 1.0), "Jets struck.",
                      dt.date(2018, 1, 1) + dt.timedelta(days=i // len(villages)), 1)
                for i, v in zip(range(n), itertools.cycle(villages))]

    assert len(fold_events(drafts(1_000))) == 1_000
    gc.disable()  # thousands of new objects: a collection of the gazetteer's heap would be timed, not the folding
    try:
        assert_linear(lambda n: fold_events(drafts(n)), lambda n: n, 2_000)
    finally:
        gc.enable()


# ----------------------------------------------------------------------------- the table writer

@FAST
@given(st.lists(st.tuples(st.text(CELL_CHARACTERS, max_size=40),
                          st.floats(-90, 90), st.integers(0, 10**6)), min_size=1, max_size=5))
def test_every_written_cell_reads_back(tmp_path, rows):
    frame = events_frame([{"event_date": "2018-02-05", "location": text, "notes": text[::-1], "latitude": lat,
                           "longitude": 36.5, "fatalities": n} for text, lat, n in rows])
    for suffix, write in ((".csv", events_to_csv), (".json", events_to_json)):
        path = tmp_path / f"t{suffix}"
        path.write_text(write(frame), encoding="utf-8", newline="")
        back = read_table(path)
        assert back["location"].tolist() == frame["location"].tolist()
        assert back["notes"].tolist() == frame["notes"].tolist()
        assert back["fatalities"].tolist() == frame["fatalities"].tolist()
        assert all(abs(a - b) <= 1e-9 * max(1, abs(b)) for a, b in zip(back["latitude"], frame["latitude"]))


@FAST
@given(st.text(CHARACTERS, max_size=300))
def test_any_text_read_as_csv_is_records_or_one_error(text):
    from geo_idlib.errors import InputError

    try:
        header, records = csv_records(text, "t.csv")
    except InputError as exc:
        assert exc.path == "t.csv" and exc.line is not None and "\n" not in exc.message
        return
    assert all(set(r) == set(header) for _, r in records)
    assert [line for line, _ in records] == sorted({line for line, _ in records})


def test_writing_and_reading_a_table_take_linear_time(tmp_path):
    rows = [{"event_date": "2018-02-05", "location": f"Place {i}", "latitude": 35 + i * 1e-5, "longitude": 36.5,
             "quote": 'A strike, "quoted",\r\nover lines. ' * (i % 7)} for i in range(8_000)]
    assert_linear(lambda n: events_to_csv(events_frame(rows[:n])), lambda n: n, 2_000)
    path = tmp_path / "t.csv"

    def read(n: int) -> None:
        path.write_text(events_to_csv(events_frame(rows[:n])), encoding="utf-8", newline="")
        read_table(path)

    assert_linear(read, lambda n: n, 2_000)


def test_scores_of_one_letter_arabic_names_stay_between_0_and_1(gz):
    assert all(0 <= c.score <= 1 for name in "خظق" for c in gz.resolve(name))
