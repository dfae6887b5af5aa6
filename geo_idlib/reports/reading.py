"""Reading reports (and event tables) from files: the reports room's only I/O.

A report file is UTF-8 text (``.txt``, ``.md``, ``.html``/``.htm`` with tags stripped), one report
per file, with optional front matter — ``key: value`` lines at the top, optionally between
``---`` lines — for ``id``, ``url``, ``published`` (YYYY-MM-DD), ``outlet``, ``title`` and ``lang``
(``en``, ``ar``: the language pack; by default the report's script picks it). A
``.csv`` or ``.jsonl`` file holds many reports, one per row, with those keys plus ``text``.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_text("published: 2018-02-05\\noutlet: Wire\\n\\nJets hit Saraqeb.")
>>> r = read_reports([p])[0]
>>> r.report_id, r.published.isoformat(), r.outlet, r.text
('a', '2018-02-05', 'Wire', 'Jets hit Saraqeb.')
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from geo_idlib.errors import InputError
from geo_idlib.reports.dates import parse_date
from geo_idlib.reports.lang import LANGUAGES
from geo_idlib.reports.table import events_from_records

__all__ = ["Report", "read_reports", "parse_front_matter", "html_to_text", "read_events"]

#: Front-matter keys a report may carry.
META_KEYS = ("id", "url", "published", "outlet", "title", "lang")
_FRONT_RE = re.compile(r"^(id|url|published|outlet|title|lang)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_BLOCKS = frozenset("p div br h1 h2 h3 h4 h5 h6 li tr article section header footer blockquote".split())


@dataclass(frozen=True)
class Report:
    """One report: its text (front matter removed) and what is known of where it came from."""

    report_id: str
    text: str
    published: dt.date | None = None
    url: str = ""
    outlet: str = ""
    title: str = ""
    path: str = ""
    lang: str = ""


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """``(text, title)`` of an HTML page: tags stripped, blocks separated by blank lines.

    >>> html_to_text("<title>T</title><p>Jets hit <b>Saraqeb</b>.</p><script>x()</script>")
    ('Jets hit Saraqeb.', 'T')
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", "".join(parser.parts))
    return re.sub(r"[ \t]+", " ", text).strip(), " ".join("".join(parser.title).split())


def _markdown_to_text(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links and images keep their text
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    return re.sub(r"(\*\*|__|\*|_)(\S.*?\S|\S)\1", r"\2", text)


def parse_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """``(meta, body, body_line)``: the front-matter keys, the rest of the text and the line
    number (1-based) the body starts on.

    >>> parse_front_matter("---\\nurl: http://x\\n---\\nBody")
    ({'url': 'http://x'}, 'Body', 4)
    """
    lines = text.split("\n")
    fenced = bool(lines) and lines[0].strip() == "---"
    meta, i = {}, 1 if fenced else 0
    while i < len(lines):
        line = lines[i]
        if fenced and line.strip() == "---":
            i += 1
            break
        m = _FRONT_RE.match(line)
        if not m:
            if not fenced and meta and not line.strip():
                i += 1
            break
        meta[m.group(1).lower()] = m.group(2)
        i += 1
    if not meta:
        return {}, text, 1
    return meta, "\n".join(lines[i:]).strip(), i + 1


def _published(value: str, path: Path, line: int) -> dt.date | None:
    if not value or not str(value).strip():
        return None
    try:
        return parse_date(str(value))
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {value!r}", path=path, line=line,
                         field="published") from None


def _report(meta: dict, text: str, default_id: str, path: Path, line: int,
            published_line: int | None = None) -> Report:
    if not text.strip():
        raise InputError("empty report text", path=path, line=line, field="text")
    lang = str(meta.get("lang") or "").strip().lower()
    if lang and lang not in LANGUAGES:
        raise InputError(f"no language pack for {lang!r} (use {' or '.join(LANGUAGES)})", path=path, line=line,
                         field="lang")
    return Report(
        report_id=str(meta.get("id") or default_id).strip(), text=text,
        published=_published(meta.get("published", ""), path, published_line or line),
        url=str(meta.get("url") or ""), outlet=str(meta.get("outlet") or ""),
        title=str(meta.get("title") or ""), path=str(path), lang=lang,
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise InputError("not UTF-8 text", path=path, line=line) from None


def _read_document(path: Path) -> list[Report]:
    raw = _read_text(path)
    title = ""
    if path.suffix.lower() in (".html", ".htm"):
        raw, title = html_to_text(raw)
    meta, body, body_line = parse_front_matter(raw)
    if path.suffix.lower() == ".md":
        body = _markdown_to_text(body)
    meta.setdefault("title", title)
    published_line = next((n for n, line in enumerate(raw.split("\n"), 1)
                           if line.lower().startswith("published")), None)
    return [_report(meta, body, path.stem, path, body_line, published_line)]


def _read_table(path: Path) -> list[Report]:
    raw = _read_text(path)
    rows: list[tuple[int, dict]] = []
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(raw))
        if "text" not in (reader.fieldnames or []):
            raise InputError("missing column", path=path, line=1, field="text")
        rows = [(reader.line_num, row) for row in reader]
    else:
        for n, line in enumerate(raw.split("\n"), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON: {exc.msg}", path=path, line=n) from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError("missing or non-text value", path=path, line=n, field="text")
            rows.append((n, obj))
    return [_report(row, row.get("text") or "", f"{path.stem}-{line}", path, line) for line, row in rows]


def read_reports(paths: list[str | Path]) -> list[Report]:
    """Every report in ``paths`` (documents and CSV/JSONL tables), in the order given.

    Raises :class:`InputError` naming the file, line and field of the first problem.
    """
    out = []
    for p in map(Path, paths):
        suffix = p.suffix.lower()
        if suffix in (".txt", ".md", ".html", ".htm", ""):
            out.extend(_read_document(p))
        elif suffix in (".csv", ".jsonl"):
            out.extend(_read_table(p))
        else:
            raise InputError(f"unknown report format {suffix!r} (use .txt, .md, .html, .csv or .jsonl)",
                             path=p)
    seen: set[str] = set()
    for r in out:
        if r.report_id in seen:
            raise InputError(f"report id {r.report_id!r} is used twice", path=r.path, field="id")
        seen.add(r.report_id)
    return out


def read_events(path: str | Path) -> pd.DataFrame:
    """An event table written by ``geo-idlib extract`` (CSV, JSON list or GeoJSON).

    Raises :class:`InputError` with the file, line (CSV) or record number (JSON) and field.
    """
    path = Path(path)
    raw = _read_text(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(raw))
        missing = [c for c in ("event_date", "event_type", "latitude", "longitude")
                   if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError("missing column", path=path, line=1, field=missing[0])
        return events_from_records([(reader.line_num, row) for row in reader], str(path))
    if suffix not in (".json", ".geojson"):
        raise InputError(f"unknown event table format {suffix!r} (use .csv, .json or .geojson)", path=path)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno) from None
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        data = [f.get("properties") or {} for f in data.get("features", [])]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError("expected a list of event records or a FeatureCollection", path=path)
    return events_from_records(list(enumerate(data, 1)), str(path))
