"""Table cells -> gazetteer places, and the cell checks the flows and rings tables share.

A place cell holds a gazetteer id (``gn:164816``) or a name in any spelling; several places are
separated by ``;`` ("southern Idlib; northern Hama"). A name is accepted only when its best
candidate scores at least ``ACCEPT_SCORE``.

>>> from geo_idlib.gazetteer import Gazetteer
>>> [p.id for p in places_in("Saraqeb; gn:168325", Gazetteer.default())]
['gn:164816', 'gn:168325']
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import pandas as pd

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import ACCEPT_SCORE, Candidate, Place

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHOLE = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)$")


class Resolver(Protocol):
    """What these helpers need from :class:`geo_idlib.gazetteer.Gazetteer`."""

    def get(self, place_id: str) -> Place: ...

    def resolve(self, name: str, *, limit: int = 5) -> list[Candidate]: ...


def blank(value: object) -> bool:
    """True for ``None``, NaN, ``pd.NA`` and whitespace-only strings.

    >>> blank(float("nan")), blank("  "), blank(0)
    (True, True, False)
    """
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) \
        or str(value).strip() == ""


def place_for(cell: str, gazetteer: Resolver) -> Place | None:
    """The place a gazetteer id or name stands for, or ``None`` when the gazetteer does not know it.

    >>> from geo_idlib.gazetteer import Gazetteer
    >>> gz = Gazetteer.default()
    >>> place_for("Khan Cheikhoun", gz).id, place_for("gn:164816", gz).name, place_for("Nowhere", gz)
    ('gn:168325', 'Saraqib', None)
    """
    text = cell.strip()
    if ":" in text and " " not in text:
        try:
            return gazetteer.get(text)
        except KeyError:
            pass
    best = gazetteer.resolve(text, limit=1)
    return best[0].place if best and best[0].score >= ACCEPT_SCORE else None


def places_in(cell: object, gazetteer: Resolver, *, field: str = "place",
              path: str | Path | None = None, line: int | None = None) -> list[Place]:
    """The places of a cell (``;``-separated), or an :class:`InputError` naming the bad one."""
    if blank(cell):
        raise InputError("empty place name", path=path, line=line, field=field)
    found = []
    for name in (part.strip() for part in str(cell).split(";")):
        if not name:
            continue
        place = place_for(name, gazetteer)
        if place is None:
            raise InputError(f"unknown place {name!r} (no gazetteer match)", path=path,
                             line=line, field=field)
        if place not in found:
            found.append(place)
    return found


def whole_number(value: object, *, field: str, path: str | Path | None = None,
                 line: int | None = None) -> int:
    """A positive whole number (``300000``, ``"300,000"``, ``3e5``), or an :class:`InputError`.

    >>> whole_number("300,000", field="people"), whole_number(12.0, field="people")
    (300000, 12)
    """
    text = "" if blank(value) else str(value).strip()
    number = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    elif _WHOLE.match(text):
        number = float(text.replace(",", ""))
    if number is None or not math.isfinite(number) or number <= 0 or number != int(number):
        raise InputError(f"expected a positive whole number of people, got {text!r}",
                         path=path, line=line, field=field)
    return int(number)


def iso_date(value: object, *, field: str, path: str | Path | None = None,
             line: int | None = None) -> str:
    """A ``YYYY-MM-DD`` date as text (a ``date``/``Timestamp`` is accepted too), or an :class:`InputError`.

    >>> iso_date("2019-06-01", field="date")
    '2019-06-01'
    """
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    text = "" if blank(value) else str(value).strip()
    try:
        if not _ISO_DATE.match(text):
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"expected a YYYY-MM-DD date, got {text!r}", path=path, line=line,
                         field=field) from None


def check_columns(columns: Sequence[str], required: Sequence[str], *,
                  path: str | Path | None = None) -> None:
    """An :class:`InputError` on line 1 (the CSV header) when a required column is missing.

    >>> check_columns(["origin"], ["origin", "people"], path="f.csv")
    Traceback (most recent call last):
    ...
    geo_idlib.errors.InputError: f.csv:1: missing column(s): people
    """
    missing = [c for c in required if c not in columns]
    if missing:
        raise InputError(f"missing column(s): {', '.join(missing)}", path=path, line=1)
