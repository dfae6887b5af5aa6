"""Event tables in and out: one reader for every table the project writes or a user brings, one writer.

The format follows the file's suffix:

* ``.csv``: UTF-8 (with or without a BOM; any other encoding is one clear error), one event per
  row; ACLED's own export reads as it is (its columns, and dates such as ``05 February 2018``);
* ``.json``: a list of event records, or a GeoJSON FeatureCollection; ``.jsonl``: one record a line;
* ``.geojson``: Point features (the geometry fills ``latitude``/``longitude``);
* ``.gpkg`` (GeoPackage: the layer ``events``, else the first) and ``.parquet`` (GeoParquet or plain).

Every value goes through the same checks, and the first bad one raises one
:class:`~geo_idlib.errors.InputError`: ``file:line: field 'x': message``, ``line`` being the
physical line the record starts on in a text file and the row number (from 1) in a GeoPackage or
Parquet file. Shared columns keep ACLED's types (integers for precisions, floats for
coordinates, ``YYYY-MM-DD`` text for dates); counts a report may not give (``fatalities``,
``fatalities_min``, ``people``...) are nullable integers. ``fatalities`` is ACLED's 0 when no
death is reported (a table without the column reads so), and empty when deaths are reported
without a figure ("several were killed"): an empty cell stays empty, never 0 (a sum of the
column counts the figures given; the empty cells are deaths it cannot count). A row without
coordinates is kept (``latitude``/``longitude`` NaN: the map lists it for review); one
coordinate alone is an error. A missing precision reads as 1 (the date and point as given).

>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "acled.csv"
>>> _ = p.write_text("event_date,latitude,longitude,fatalities\\n05 February 2018,35.86,36.81,3\\n")
>>> read_table(p)[["event_date", "latitude", "fatalities", "geo_precision"]].values.tolist()
[['2018-02-05', 35.86, 3, 1]]
>>> _ = p.write_text("event_date,latitude,longitude,fatalities\\n2018-02-05,35.86,36.81,\\n")
>>> read_table(p)["fatalities"].tolist()  # deaths reported without a figure
[<NA>]
>>> write_table(read_table(p), p.with_suffix(".geojson")).suffix
'.geojson'
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import numbers
import re
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from geo_idlib.errors import InputError
from geo_idlib.io import expand_paths, write_atomic
from geo_idlib.schema import EVENT_COLUMNS

__all__ = ["INT_COLUMNS", "NULLABLE_INT_COLUMNS", "FLOAT_COLUMNS", "TABLE_SUFFIXES", "events_frame",
           "check_record", "events_from_records", "read_table", "read_tables", "table_bytes", "write_table",
           "events_to_csv", "events_to_json", "events_to_jsonl", "events_to_geojson", "events_to_geodataframe",
           "parse_event_date", "decode_utf8", "read_text", "csv_records", "read_csv", "csv_text",
           "load_json", "feature_lines"]

#: Always-present integers.
INT_COLUMNS = ("time_precision", "geo_precision", "sources_count")
#: Integers a report may leave unknown (``fatalities``: deaths reported without a figure).
NULLABLE_INT_COLUMNS = ("fatalities", "fatalities_min", "fatalities_max", "injured_min", "people")
#: Floats (NaN when unknown).
FLOAT_COLUMNS = ("latitude", "longitude", "distance_km", "confidence")
#: Table formats, by suffix, that :func:`read_table` reads and :func:`write_table` writes.
TABLE_SUFFIXES = (".csv", ".json", ".jsonl", ".geojson", ".gpkg", ".parquet")
_DEFAULTS = {"time_precision": 3, "geo_precision": 3, "sources_count": 1}
#: What a blank cell of a table reads as: the date and the point as given (a blank count stays unknown).
_READ_DEFAULTS = {"time_precision": 1, "geo_precision": 1, "sources_count": 1}
#: What a record without the field reads as: ACLED's 0, none reported killed (a blank cell is no figure).
_ABSENT = {"fatalities": 0}
#: Allowed ranges of numeric fields (both ends included).
_RANGES = {"latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0), "geo_precision": (1, 3),
           "time_precision": (1, 3), "confidence": (0.0, 1.0), "distance_km": (0.0, math.inf)}
#: Counts beyond this are not counts (and would not fit the table's 64-bit integers).
_LARGEST_COUNT = 2**53
_MONTHS = {m.lower(): i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())} | {"sept": 9})
#: ACLED's export dates: "05 February 2018", "5-Feb-2018".
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")


def blank(value: object) -> bool:
    """True for ``None``, NaN, ``pd.NA`` and whitespace-only strings.

    >>> blank(float("nan")), blank(pd.NA), blank(" "), blank(0)
    (True, True, True, False)
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return True
    return isinstance(value, str) and not value.strip()


def parse_event_date(value: object) -> str:
    """``YYYY-MM-DD`` from an ISO date (a time after it is dropped) or ACLED's ``05 February 2018``;
    ``""`` for a blank cell; ValueError otherwise.

    >>> parse_event_date("05 February 2018"), parse_event_date("2018-02-05T10:00"), parse_event_date("")
    ('2018-02-05', '2018-02-05', '')
    """
    if blank(value):
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if _ISO.match(text):
        return dt.date.fromisoformat(text[:10]).isoformat()
    m = _DAY_MONTH_YEAR.match(text)
    if m and m.group(2).lower() in _MONTHS:
        return dt.date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
    raise ValueError(text)


#: A number as people and programs write it: 35.86, -1.5e-3, 1,500 (digits grouped by three);
#: not "36." (a cell cut short), "3,5", "inf" or "nan".
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?")


def _number(col: str, value: object) -> float:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, str):
        text = value.strip()
        if not _NUMBER.fullmatch(text):
            raise ValueError
        number = float(text.replace(",", ""))
    else:
        number = float(value)
    if not math.isfinite(number):
        raise ValueError
    return number


def _checked(col: str, value: object, defaults: dict) -> object:
    """One cell parsed to its column's type; ``None`` for an unknown number."""
    if col in INT_COLUMNS or col in NULLABLE_INT_COLUMNS:
        if blank(value):
            return defaults.get(col)
        try:
            number = _number(col, value)
        except (TypeError, ValueError):
            raise ValueError(f"expected a whole number, got {value!r}") from None
        low, high = _RANGES.get(col, (0, math.inf))
        if not number.is_integer() or not low <= number <= high or abs(number) > _LARGEST_COUNT:
            raise ValueError(f"expected a whole number from {low} to {high}, got {value!r}".replace(" to inf", " up"))
        return int(number)
    if col in FLOAT_COLUMNS:
        if blank(value):
            return None
        low, high = _RANGES[col]
        try:
            number = _number(col, value)
        except (TypeError, ValueError):
            number = math.nan
        if not low <= number <= high:
            raise ValueError(f"expected a number from {low:g} to {high:g}, got {value!r}".replace(" to inf", " up"))
        return number
    if col == "event_date":
        try:
            return parse_event_date(value)
        except ValueError:
            raise ValueError(f"not a date (YYYY-MM-DD, or ACLED's 05 February 2018): {value!r}") from None
    return "" if blank(value) else str(value)


def check_record(record: dict, *, path: str | Path | None = None, line: int | None = None,
                 defaults: dict | None = None) -> dict:
    """``record`` with every number and date column it holds checked and typed (text and other
    keys pass through).

    Raises :class:`InputError` naming ``path``, ``line`` and the field.

    >>> check_record({"latitude": "35.9", "longitude": 36.6, "fatalities": "2"}, path="e.csv", line=2)
    {'latitude': 35.9, 'longitude': 36.6, 'fatalities': 2}
    >>> check_record({"latitude": 95, "longitude": 36}, path="e.csv", line=3)
    Traceback (most recent call last):
    ...
    geo_idlib.errors.InputError: e.csv:3: field 'latitude': expected a number from -90 to 90, got 95
    """
    out = dict(record)
    for col in _TYPED_COLUMNS.intersection(record):
        try:
            out[col] = _checked(col, record[col], _READ_DEFAULTS if defaults is None else defaults)
        except ValueError as exc:
            raise InputError(str(exc), path=path, line=line, field=col) from None
    lat, lon = out.get("latitude"), out.get("longitude")
    if (lat is None) != (lon is None) and "latitude" in record and "longitude" in record:
        raise InputError("missing value (give both coordinates, or neither)", path=path, line=line,
                         field="latitude" if lat is None else "longitude")
    low, high = out.get("fatalities_min"), out.get("fatalities_max")
    if low is not None and high is not None and low > high:
        raise InputError(f"fatalities_min {low} is above fatalities_max {high}", path=path, line=line,
                         field="fatalities_min")
    return out


#: Columns whose values are checked and typed (text columns pass as they are).
_TYPED_COLUMNS = frozenset((*INT_COLUMNS, *NULLABLE_INT_COLUMNS, *FLOAT_COLUMNS, "event_date"))


def events_frame(records: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """An event table with every schema column, in order, with the schema's types.

    Missing columns are filled (empty text, NaN, or the ACLED default: ``fatalities`` 0 for a
    record without the field, while a ``None`` stays empty); values must already be valid (see
    :func:`events_from_records` for checked parsing).

    >>> events_frame([{"location": "Saraqib", "fatalities": "3"}])[["location", "fatalities"]].to_dict("records")
    [{'location': 'Saraqib', 'fatalities': 3}]
    >>> events_frame([{"location": "Sarmin"}, {"location": "Binnish", "fatalities": None}])["fatalities"].tolist()
    [0, <NA>]
    """
    if isinstance(records, pd.DataFrame):
        frame = records
        absent = {col: pd.Series(default, index=frame.index) for col, default in _ABSENT.items() if col not in frame}
    else:
        frame = pd.DataFrame.from_records(records, columns=EVENT_COLUMNS)
        absent = {col: frame[col].where([col in r for r in records], default) for col, default in _ABSENT.items()}
    out = {}
    for col in EVENT_COLUMNS:
        values = absent[col] if col in absent else frame[col] if col in frame else \
            pd.Series([None] * len(frame), index=frame.index, dtype=object)
        if col in INT_COLUMNS:
            out[col] = pd.to_numeric(values, errors="raise").fillna(_DEFAULTS[col]).astype("int64")
        elif col in NULLABLE_INT_COLUMNS:
            out[col] = pd.to_numeric(values, errors="raise").round().astype("Int64")
        elif col in FLOAT_COLUMNS:
            out[col] = pd.to_numeric(values, errors="raise").astype("float64")
        elif values.dtype == "str":  # already text (pandas' string dtype): only the gaps to fill
            out[col] = values.fillna("")
        else:
            out[col] = values.where(values.notna(), "").astype(str)
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def events_from_records(records: Iterable[tuple[int | None, dict]], path: str | Path | None, *,
                        texts: bool = True) -> pd.DataFrame:
    """Parse ``(line, record)`` pairs read from ``path`` into an event table, checking every value
    (``texts=False``: the text columns hold strings already, as every cell of a CSV file does).

    Raises :class:`InputError` with the file, line and field of the first bad value.
    """
    rows = []
    for line, record in records:
        if not isinstance(record, dict):
            raise InputError("expected an object with one event's fields", path=path, line=line)
        if texts:
            _check_texts(record, path, line)
        checked = check_record(record, path=path, line=line)
        rows.append({col: checked.get(col, _ABSENT.get(col, _READ_DEFAULTS.get(col))) for col in EVENT_COLUMNS})
    return events_frame(rows)


#: Columns of text (every event column that is not typed).
_TEXT_COLUMNS = frozenset(c for c in EVENT_COLUMNS if c not in _TYPED_COLUMNS)


def _check_texts(record: dict, path: str | Path | None, line: int | None) -> None:
    """An :class:`InputError` for a key given twice, or a text column holding neither text nor a
    number (a list or an object from a JSON file would otherwise be written as Python text)."""
    twice = getattr(record, "twice", None)
    if twice is not None:
        raise InputError("given twice in one record (which value is meant?)", path=path, line=line, field=twice)
    for col, value in record.items():
        if value is None or type(value) is str or col not in _TEXT_COLUMNS \
                or (isinstance(value, numbers.Real) and not isinstance(value, bool)):
            continue
        raise InputError(f"expected text, got {json.dumps(value, default=str)[:60]}", path=path, line=line, field=col)


# ---------------------------------------------------------------------------------- reading

def decode_utf8(raw: bytes, path: str | Path, *, csv_cells: bool = False) -> str:
    """The text of a UTF-8 file (a BOM is dropped), or one :class:`InputError` naming the line
    of the first byte that is not UTF-8 (and, with ``csv_cells``, the column of its cell).

    >>> decode_utf8("\\ufeffa,b".encode("utf-8"), "t.csv")
    'a,b'
    >>> decode_utf8("a,b\\n1,Kafr Nubl \\xe9".encode("latin-1"), "t.csv", csv_cells=True)
    Traceback (most recent call last):
    ...
    geo_idlib.errors.InputError: t.csv:2: field 'b': not UTF-8 text (byte 0xe9): save the file as UTF-8
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError("UTF-16 text (it starts with a UTF-16 byte-order mark): save the file as UTF-8", path=path,
                             line=1) from None
        before = raw[: exc.start].decode("utf-8-sig", errors="replace")
        raise InputError(f"not UTF-8 text (byte 0x{raw[exc.start]:02x}): save the file as UTF-8", path=path,
                         line=before.count("\n") + 1, field=_column_at_end(before) if csv_cells else None) from None


def _column_at_end(before: str) -> str | None:
    """The column of the CSV cell that ``before`` (a file's text up to a point) ends in; ``None``
    in the header."""
    csv.field_size_limit(CSV_FIELD_LIMIT)
    rows = list(csv.reader(io.StringIO(before, newline="")))
    if before.endswith(("\n", "\r")) and rows:
        rows.append([""])  # the point opens a new row
    if len(rows) < 2 or not 0 < len(rows[-1]) <= len(rows[0]):
        return None
    return rows[0][len(rows[-1]) - 1].strip() or None


def read_text(path: str | Path, *, csv_cells: bool = False) -> str:
    """The text of the UTF-8 file at ``path`` (a BOM is dropped), or one :class:`InputError`: no
    such file, a folder, not UTF-8 text, a NUL byte (a binary or UTF-16 file); with
    ``csv_cells``, the error names the CSV column too."""
    path = Path(path)
    try:
        text = decode_utf8(path.read_bytes(), path, csv_cells=csv_cells)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=path) from None
    nul = text.find("\0")
    if nul >= 0:
        raise InputError("a NUL byte: not UTF-8 text (a binary file, or UTF-16): save the file as UTF-8", path=path,
                         line=text.count("\n", 0, nul) + 1, field=_column_at_end(text[:nul]) if csv_cells else None)
    return text


def _need_columns(columns: Iterable[str], required: Iterable[str], path: str | Path) -> None:
    missing = [c for c in required if c not in set(columns)]
    if missing:
        raise InputError(f"missing column(s): {', '.join(missing)}", path=path, line=1)


def _need_coordinates(columns: Iterable[str], path: Path) -> None:
    _need_columns(columns, ("latitude", "longitude"), path)


#: The longest cell the CSV reader accepts: any cell the writer can produce (the csv module's
#: own limit, 128 KiB, is less than the quotes of thirty reports merged into one event).
CSV_FIELD_LIMIT = 2**31 - 1
_CSV_ERRORS = {  # the csv module's words for a broken file, and ours
    "unexpected end of data": "a quoted cell is not closed before the end of the file",
    "expected after": 'text after the closing quote of a cell (a quote inside a cell is written twice: "")',
}


def _csv_error(exc: csv.Error, path: str | Path, line: int, text: str, header: list[str]) -> InputError:
    words = next((ours for theirs, ours in _CSV_ERRORS.items() if theirs in str(exc)), str(exc))
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
    column = _broken_cell(text, start)
    field = header[column] if column is not None and column < len(header) else None
    return InputError(f"not a readable CSV: {words}", path=path, line=line, field=field or None)


def _broken_cell(text: str, i: int) -> int | None:
    """The index of the cell whose quotes break the CSV record starting at ``text[i]``: a quoted
    cell that is never closed, or one with text after its closing quote; ``None`` if none does.

    >>> _broken_cell('a,"b" c,d\\n', 0), _broken_cell('a,b,"c\\nd', 0), _broken_cell('a,b\\n', 0)
    (1, 2, None)
    """
    cell, quoted, fresh = 0, False, True
    while i < len(text):
        c = text[i]
        if quoted:
            if c == '"' and text.startswith('""', i):
                i += 2
                continue
            if c == '"':
                quoted = False
                if i + 1 < len(text) and text[i + 1] not in ",\r\n":
                    return cell
        elif c == '"' and fresh:
            quoted = True
        elif c == ",":
            cell += 1
            fresh = True
            i += 1
            continue
        elif c in "\r\n":
            return None
        fresh = False
        i += 1
    return cell if quoted else None


def csv_records(text: str, path: str | Path, *, required: Iterable[str] = (),
                delimiter: str = ",") -> tuple[list[str], list[tuple[int, dict]]]:
    """``(header, records)`` of CSV ``text``: every record ``(line, {column: cell})``, ``line``
    the physical line it starts on; blank rows are skipped.

    One :class:`InputError` names the first problem: no header, a ``required`` column missing
    or one named twice, a row with more or fewer cells than the header (a file cut short), a
    quote left open or text after a closing quote. ``delimiter="\\t"`` reads tab-separated text.

    >>> csv_records('a,b\\n1,"two\\nlines"\\n\\n3,4\\n', "t.csv")
    (['a', 'b'], [(2, {'a': '1', 'b': 'two\\nlines'}), (5, {'a': '3', 'b': '4'})])
    >>> csv_records("a,b,a\\n1,2,3\\n", "t.csv")
    Traceback (most recent call last):
    ...
    geo_idlib.errors.InputError: t.csv:1: field 'a': column named twice (columns 1 and 3)
    >>> csv_records("a,b\\n1,2\\n3", "t.csv")
    Traceback (most recent call last):
    ...
    geo_idlib.errors.InputError: t.csv:3: field 'b': missing cell (1 cells for 2 columns: a row cut short?)
    """
    csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        raise _csv_error(exc, path, 1, text, []) from None
    if not any(header):
        raise InputError("empty file: expected a header line", path=path, line=1)
    seen: dict[str, int] = {}
    for i, name in enumerate(header, 1):
        if name and name in seen:
            raise InputError(f"column named twice (columns {seen[name]} and {i})", path=path, line=1, field=name)
        seen[name] = i
    _need_columns(header, required, path)
    records = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _csv_error(exc, path, start, text, header) from None
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InputError(f"more cells than columns ({len(row)} > {len(header)})", path=path, line=start)
        if len(row) < len(header):
            raise InputError(f"missing cell ({len(row)} cells for {len(header)} columns: a row cut short?)",
                             path=path, line=start, field=header[len(row)] or None)
        records.append((start, dict(zip(header, row))))
    return header, records


def read_csv(path: str | Path, *, required: Iterable[str] = (),
             delimiter: str = ",") -> tuple[list[str], list[tuple[int, dict]]]:
    """:func:`csv_records` of the UTF-8 CSV file at ``path`` (a BOM is dropped)."""
    return csv_records(read_text(path, csv_cells=delimiter == ","), path, required=required, delimiter=delimiter)


class _RowLines(list):
    """What a ``csv.writer`` writes, one row a call, each row ended by ``\\n`` alone."""

    def write(self, row: str) -> None:
        self.append(row[:-2] + "\n")


def csv_text(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """CSV text (rows ended by ``\\n``) in which every cell holding a comma, a quote, ``\\r`` or
    ``\\n`` is quoted, so that it reads back as the same cells.

    >>> csv_text(["a", "b"], [["x\\ry", "1,5"], [1, ""]])
    'a,b\\n"x\\ry","1,5"\\n1,\\n'
    """
    lines = _RowLines()
    writer = csv.writer(lines, lineterminator="\r\n")  # the csv module quotes cells holding \r or \n then
    writer.writerow(header)
    writer.writerows(rows)
    return "".join(lines)


def _csv_event_records(text: str, path: Path) -> list[tuple[int, dict]]:
    return csv_records(text, path, required=("latitude", "longitude"))[1]


_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()


def _array_offsets(text: str, pos: int) -> list[int]:
    """Offsets of the items of the (valid) JSON array starting at ``text[pos] == "["``."""
    offsets, pos = [], _skip(text, pos + 1)
    while text[pos] != "]":
        offsets.append(pos)
        pos = _skip(text, _DECODER.raw_decode(text, pos)[1])
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return offsets


def _features_offsets(text: str, pos: int) -> list[int]:
    """Offsets of the ``features`` items of the (valid) JSON object starting at ``pos``."""
    offsets: list[int] = []
    pos = _skip(text, pos + 1)
    while text[pos] != "}":
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, _skip(text, pos) + 1)  # the colon
        if key == "features" and text[pos] == "[":
            offsets = _array_offsets(text, pos)
        pos = _skip(text, _DECODER.raw_decode(text, pos)[1])
        if text[pos] == ",":
            pos = _skip(text, pos + 1)
    return offsets


def _line_numbers(text: str, offsets: list[int]) -> list[int]:
    breaks = [m.start() for m in re.finditer("\n", text)]
    return [bisect_right(breaks, o) + 1 for o in offsets]


def feature_lines(text: str) -> list[int]:
    """The line each item of ``features`` starts on in the JSON text of an object (``[]`` for
    JSON that is no object).

    >>> feature_lines('{"type": "FeatureCollection",\\n "features": [{},\\n  {}]}')
    [2, 3]
    """
    start = _skip(text, 0)
    return _line_numbers(text, _features_offsets(text, start)) if text[start:start + 1] == "{" else []


class _Object(dict):
    """A JSON object; ``twice`` names a key it gives twice (its last value would silently win)."""

    twice: str | None = None


def _object(pairs: list[tuple[str, object]]) -> dict:
    obj = dict(pairs)
    if len(obj) < len(pairs):
        obj = _Object(pairs)
        seen: set[str] = set()
        obj.twice = next(k for k, _ in pairs if k in seen or seen.add(k))
    return obj


#: A ``\\uD800``-``\\uDFFF`` escape: half of a pair that stands for one character, or a lone half
#: that stands for none (and cannot be written as UTF-8).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def load_json(text: str) -> object:
    """``json.loads``, except that an object giving a key twice says so in its ``twice``, and a
    lone surrogate escape (no character: it could not be written out) is a JSONDecodeError.

    >>> load_json('{"a": 1, "a": 2}').twice
    'a'
    >>> load_json('["\\\\ud83d\\\\ude80", "\\\\ud800"]')
    Traceback (most recent call last):
    ...
    json.decoder.JSONDecodeError: a lone surrogate escape (no character): line 1 column 19 (char 18)
    """
    data = json.loads(text, object_pairs_hook=_object)
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            pos = next(m.start() for m in _SURROGATE_ESCAPE.finditer(text) if _lone(text, m))
            raise json.JSONDecodeError("a lone surrogate escape (no character)", text, pos) from None
    return data


def _lone(text: str, m: re.Match) -> bool:
    """Whether the surrogate escape ``m`` is not half of a high-low pair."""
    high = m.group()[3].lower() in "89ab"
    if high:
        nxt = _SURROGATE_ESCAPE.match(text, m.end())
        return not (nxt and nxt.group()[3].lower() in "cdef")
    prev = _SURROGATE_ESCAPE.match(text, m.start() - 6) if m.start() >= 6 else None
    return not (prev and prev.group()[3].lower() in "89ab")


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", type(None): "null"}.get(type(value), "a number") \
        if not isinstance(value, bool) else "true/false"


def _feature_record(feature: object, path: Path, line: int) -> dict:
    """The event fields of one GeoJSON Feature: its properties, with the Point's coordinates as
    ``longitude``/``latitude`` (which properties of those names must agree with)."""
    if not isinstance(feature, dict) or feature.get("type", "Feature") != "Feature":
        raise InputError(f"expected a GeoJSON Feature, got {_kind(feature)}", path=path, line=line)
    properties = feature.get("properties")
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise InputError(f"expected an object of the event's fields, got {_kind(properties)}", path=path,
                         line=line, field="properties")
    if getattr(properties, "twice", None):  # the copy below would lose it
        raise InputError("given twice in one record (which value is meant?)", path=path, line=line,
                         field=properties.twice)
    record = dict(properties)
    geometry = feature.get("geometry")
    if geometry is None:
        return record
    coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if not isinstance(geometry, dict) or geometry.get("type") != "Point" or not isinstance(coords, list) \
            or len(coords) not in (2, 3) or not all(isinstance(c, (int, float)) and not isinstance(c, bool)
                                                   for c in coords):
        raise InputError("only Point geometries are events (a point with longitude, latitude)", path=path,
                         line=line, field="geometry")
    for key, value in (("longitude", coords[0]), ("latitude", coords[1])):
        given = record.get(key)
        if given is not None and given != value and not _same_number(key, given, value):
            raise InputError(f"{given!r} in the properties, {value!r} in the geometry", path=path, line=line,
                             field=key)
        record[key] = value
    return record


def _same_number(key: str, given: object, value: float) -> bool:
    """Whether a property (a blank cell, or a number written as text) says the same as ``value``."""
    try:
        return blank(given) or _number(key, given) == value
    except (TypeError, ValueError):
        return False


def _json_records(text: str, path: Path) -> list[tuple[int, dict]]:
    try:
        data = load_json(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", path=path, line=1) from None
    start = _skip(text, 0)
    if isinstance(data, list):
        items = list(zip(_line_numbers(text, _array_offsets(text, start)), data))
    elif isinstance(data, dict) and isinstance(data.get("features"), list):
        if getattr(data, "twice", None):
            raise InputError("given twice in the FeatureCollection", path=path, line=1, field=data.twice)
        lines = feature_lines(text)
        items = [(line, _feature_record(f, path, line)) for line, f in zip(lines, data["features"])]
    else:
        raise InputError("expected a list of event records or a GeoJSON FeatureCollection", path=path, line=1)
    if items and not any(isinstance(r, dict) and ("latitude" in r or "longitude" in r) for _, r in items):
        _need_coordinates([], path)
    return items


def _jsonl_records(text: str, path: Path) -> list[tuple[int, dict]]:
    items = []
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                items.append((n, load_json(line)))
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON: {exc.msg}", path=path, line=n) from None
            except RecursionError:
                raise InputError("invalid JSON: nested too deeply", path=path, line=n) from None
    return items


def _frame_records(frame: pd.DataFrame, path: Path) -> list[tuple[int, dict]]:
    """Rows of a (Geo)DataFrame read from a binary file: point geometry -> latitude/longitude."""
    twice = frame.columns[frame.columns.duplicated()]
    if len(twice):
        raise InputError("column named twice", path=path, line=1, field=str(twice[0]))
    if "geometry" in frame:
        bad = [i for i, g in enumerate(frame.geometry, 1) if g is not None and not g.is_empty and g.geom_type != "Point"]
        if bad:
            raise InputError("only Point geometries are events", path=path, line=bad[0], field="geometry")
        points = {"latitude": [math.nan if g is None or g.is_empty else g.y for g in frame.geometry],
                  "longitude": [math.nan if g is None or g.is_empty else g.x for g in frame.geometry]}
        for key, values in points.items():
            if key in frame:
                given = pd.to_numeric(frame[key], errors="coerce")
                differs = (given.notna() | frame[key].map(lambda v: not blank(v))) & ~(given == values)
                if differs.any():
                    row = int(differs.to_numpy().nonzero()[0][0])
                    raise InputError(f"{frame[key].iloc[row]!r} in the column, {values[row]!r} in the geometry",
                                     path=path, line=row + 1, field=key)
        frame = pd.DataFrame(frame).assign(**points).drop(columns="geometry")
    _need_coordinates(frame.columns, path)
    return list(enumerate(frame.to_dict("records"), 1))


def _binary_records(path: Path, suffix: str) -> list[tuple[int, dict]]:
    if not path.is_file():
        raise InputError("no such file", path=path)
    try:
        if suffix == ".gpkg":
            import pyogrio

            layers = [name for name, _ in pyogrio.list_layers(path)]
            frame = pyogrio.read_dataframe(path, layer="events" if "events" in layers else layers[0])
        else:
            import geopandas as gpd

            import pyarrow.parquet as pq

            names = pq.read_schema(path).names
            twice = next((n for i, n in enumerate(names) if n in names[:i]), None)
            if twice is not None:
                raise InputError("column named twice", path=path, line=1, field=twice)
            try:
                frame = gpd.read_parquet(path)
            except ValueError:  # a plain Parquet table (no geometry metadata)
                frame = pd.read_parquet(path)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - GDAL and Arrow raise many kinds; one line for the user
        kind = "GeoPackage" if suffix == ".gpkg" else "Parquet file"
        raise InputError(f"not a readable {kind} ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})",
                         path=path) from None
    return _frame_records(frame, path)


def read_table(path: str | Path) -> pd.DataFrame:
    """The event table in ``path`` (any format of the module doc), checked value by value."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise InputError(f"unknown event table format {suffix or '(no suffix)'!r} "
                         f"(use {', '.join(TABLE_SUFFIXES)})", path=path)
    if suffix in (".gpkg", ".parquet"):
        records = _binary_records(path, suffix)
    else:
        text = read_text(path, csv_cells=suffix == ".csv")
        reader = {".csv": _csv_event_records, ".jsonl": _jsonl_records}.get(suffix, _json_records)
        records = reader(text, path)
    return events_from_records(records, path, texts=suffix != ".csv")


def read_tables(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Every event table in ``paths`` (files, or folders of tables) as one checked table."""
    frames = [read_table(p) for p in expand_paths(paths, TABLE_SUFFIXES)]
    return pd.concat(frames, ignore_index=True) if frames else events_frame([])


# ---------------------------------------------------------------------------------- writing

def _csv_cells(column: pd.Series) -> list[str]:
    """The cells of one column: numbers as written by hand (floats to 10 significant digits),
    empty for unknowns."""
    if column.dtype == "float64":
        return ["" if math.isnan(v) else f"{v:.10g}" for v in column.tolist()]
    if column.dtype == "Int64":
        return ["" if v is pd.NA else str(v) for v in column.astype(object).tolist()]
    return [str(v) for v in column.tolist()]


def events_to_csv(frame: pd.DataFrame) -> str:
    """The CSV text of an event table (ACLED column names, empty cells for unknowns); every cell
    reads back as written (see :func:`csv_text`)."""
    frame = events_frame(frame)
    return csv_text(frame.columns, zip(*(_csv_cells(frame[c]) for c in frame.columns)))


def _jsonable(value: object) -> object:
    if value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _jsonable(v) for k, v in row.items()} for row in events_frame(frame).to_dict("records")]


def events_to_json(frame: pd.DataFrame) -> str:
    """A JSON list of event records (null for unknowns)."""
    return json.dumps(_records(frame), ensure_ascii=False, indent=1) + "\n"


def events_to_jsonl(frame: pd.DataFrame) -> str:
    """One JSON event record a line (null for unknowns)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(frame))


def events_to_geodataframe(frame: pd.DataFrame):
    """The event table as points in EPSG:4326 (no geometry where the place is unknown)."""
    import geopandas as gpd
    from shapely.geometry import Point

    frame = events_frame(frame)
    geometry = [Point(lon, lat) if not (math.isnan(lat) or math.isnan(lon)) else None
                for lat, lon in zip(frame["latitude"], frame["longitude"])]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def events_to_geojson(frame: pd.DataFrame) -> str:
    """A GeoJSON FeatureCollection of the events (RFC 7946: longitude, latitude)."""
    features = [{
        "type": "Feature",
        "geometry": None if row["latitude"] is None or row["longitude"] is None else
        {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
        "properties": row,
    } for row in _records(frame)]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      indent=1) + "\n"


def _gpkg_bytes(frame: pd.DataFrame) -> bytes:
    """A GeoPackage with one layer ``events``; GDAL's timestamps are fixed so the same table
    gives the same bytes."""
    import tempfile

    import pyogrio

    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "events.gpkg"
        events_to_geodataframe(frame).to_file(out, layer="events", driver="GPKG", engine="pyogrio")
        return out.read_bytes()


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    events_to_geodataframe(frame).to_parquet(buffer, index=False)
    return buffer.getvalue()


_WRITERS = {".csv": events_to_csv, ".json": events_to_json, ".jsonl": events_to_jsonl,
            ".geojson": events_to_geojson, ".gpkg": _gpkg_bytes, ".parquet": _parquet_bytes}


def table_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """The file content of ``frame`` in format ``fmt`` (a suffix such as ``.gpkg``, or ``csv``).

    >>> table_bytes(events_frame([{"location": "Saraqib"}]), "csv")[:26]
    b'event_id_cnty,event_date,t'
    """
    suffix = "." + fmt.lower().lstrip(".")
    writer = _WRITERS.get(suffix)
    if writer is None:
        raise InputError(f"unknown output format {suffix!r} (use {', '.join(TABLE_SUFFIXES)})", field="out")
    data = writer(frame)
    return data.encode("utf-8") if isinstance(data, str) else data


def check_out_suffix(path: str | Path) -> str:
    """The table format of an output path (its suffix), or an :class:`InputError` naming it.

    >>> check_out_suffix("maps/events.gpkg"), check_out_suffix("e.CSV")
    ('.gpkg', '.csv')
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _WRITERS:
        raise InputError(f"unknown output format {suffix or '(no suffix)'!r} (use {', '.join(TABLE_SUFFIXES)})",
                         path=path, field="out")
    return suffix


def write_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` atomically to ``path`` in the format its suffix names."""
    return write_atomic(path, table_bytes(frame, check_out_suffix(path)))
