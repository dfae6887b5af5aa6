"""Reading reports (and event tables) from files: the reports room's only I/O.

A report file is UTF-8 text (``.txt``, ``.md``, ``.html``/``.htm`` with tags stripped), one report
per file, with optional front matter — ``key: value`` lines at the top, optionally between
``---`` lines — for ``id``, ``url``, ``published`` (YYYY-MM-DD), ``outlet``, ``title`` and ``lang``
(``en``, ``ar``: the language pack; by default the report's script picks it). A ``.csv`` or
``.jsonl`` file holds many reports, one per row, with those keys plus ``text``. A folder stands
for the report files in it.

The publication date comes from the front matter, else from a date in the URL
(``/2019/07/22/``, ``2019-07-22``), else from a dated header or dateline among the first lines
of the text ("Published 22 July 2019", "IDLIB, Syria, July 22, 2019 (Wire) -"); ``dated_by``
says which (``""`` when the report has none).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_text("published: 2018-02-05\\noutlet: Wire\\n\\nJets hit Saraqeb.")
>>> r = read_reports([p])[0]
>>> r.report_id, r.published.isoformat(), r.outlet, r.text
('a', '2018-02-05', 'Wire', 'Jets hit Saraqeb.')
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from geo_idlib.errors import InputError
from geo_idlib.io import expand_paths
from geo_idlib.reports.dates import find_dates, parse_date
from geo_idlib.reports.lang import LANGUAGES
from geo_idlib.tables import csv_records, load_json, read_table, read_text

__all__ = ["Report", "read_reports", "read_report_file", "parse_front_matter", "html_to_text", "read_events",
           "REPORT_SUFFIXES", "date_in_url", "date_in_header"]

#: Suffixes of report files (documents, then tables of reports).
REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".csv", ".jsonl")

#: Front-matter keys a report may carry.
META_KEYS = ("id", "url", "published", "outlet", "title", "lang")
#: Other names of those keys, as blog and CMS exports write them.
_KEY_ALIASES = {"source": "outlet", "date": "published"}
#: Keys such exports carry between ``---`` lines that say nothing the reader uses: left aside.
IGNORED_KEYS = ("author", "byline", "tags", "categories", "description", "summary", "slug", "layout", "image")
_FRONT_RE = re.compile(r"^(id|url|published|outlet|source|title|lang)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_FENCED_RE = re.compile(rf"^({'|'.join(META_KEYS + tuple(_KEY_ALIASES) + IGNORED_KEYS)})\s*:\s*(.*?)\s*$",
                        re.IGNORECASE)
_KEY_RE = re.compile(r"^\s*([\w-]+)\s*:")  # any "key:" line: between fences, a key we do not read is an error
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
    dated_by: str = ""  # where ``published`` comes from: "front matter", "url", "text" or ""
    lang: str = ""  # the language pack ("en", "ar"); "" lets the script decide


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


def parse_front_matter(text: str, path: str | Path | None = None) -> tuple[dict[str, str], str, int]:
    """``(meta, body, body_line)``: the front-matter keys, the rest of the text and the line
    number (1-based) the body starts on. ``source`` is read as ``outlet``. Between ``---`` lines,
    ``date`` is read as ``published``, ``author``, ``tags`` and the like (:data:`IGNORED_KEYS`)
    are left aside, and a key of another name is an :class:`InputError` (a misspelt key would
    otherwise turn the whole block into the report's first lines).

    >>> parse_front_matter("---\\nurl: http://x\\nsource: Wire\\n---\\nBody")
    ({'url': 'http://x', 'outlet': 'Wire'}, 'Body', 5)
    """
    lines = text.split("\n")
    fenced = bool(lines) and lines[0].strip() == "---"
    meta, i, read = {}, 1 if fenced else 0, False
    keys = _FENCED_RE if fenced else _FRONT_RE
    while i < len(lines):
        line = lines[i]
        if fenced and line.strip() == "---":
            i += 1
            break
        m = keys.match(line)
        if not m:
            key = _KEY_RE.match(line) if fenced else None
            if key:
                raise InputError(f"unknown front-matter key {key.group(1)!r} (keys: {', '.join(META_KEYS)})",
                                 path=path, line=i + 1, field=key.group(1))
            if not fenced and meta and not line.strip():
                i += 1
            break
        key, read = _KEY_ALIASES.get(m.group(1).lower(), m.group(1).lower()), True
        if key not in IGNORED_KEYS:
            meta[key] = m.group(2)
        i += 1
    if not read:
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


_URL_DATE_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/_.-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])")
_HEADER_LINES = 5  # a dated header or dateline sits among the first lines of the text
_LABEL_WORDS = 5  # the date comes after a few words at most ("Last updated on", "IDLIB, Syria,")...
_LABEL_RE = re.compile(r"^\D*$")  # ...with no figure among them (a headline's "2 killed on")
#: After the date, a header line holds at most a time ("10:31 GMT", "| 14:02 AM", "at 9:15 am")...
_TIME_TOKEN = re.compile(r"\d{1,2}[:.]\d\d|[AaPp]\.?[Mm]\.?|[A-Z]{2,5}|[+-]\d{2,4}|[a-z]{1,2}")
_SEPARATORS = re.compile(r"[\s,.|\u2013\u2014-]+")
#: ... and a dateline goes on after a dash ("(Wire) -").
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014:|]")


def date_in_url(url: str) -> dt.date | None:
    """The date a URL's path spells (``/2019/07/22/``, ``2019-07-22``, ``20190722``), if any.

    >>> date_in_url("https://example.org/news/2019/07/22/raids-on-idlib/"), date_in_url("https://x.org/?p=169877")
    (datetime.date(2019, 7, 22), None)
    """
    for m in _URL_DATE_RE.finditer(url):
        try:
            return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
    return None


def _only_time(rest: str) -> bool:
    """Whether what follows a date on a header line is at most a time of day."""
    return all(_TIME_TOKEN.fullmatch(token) for token in _SEPARATORS.split(rest) if token)


def date_in_header(text: str) -> dt.date | None:
    """The date of a dated header or dateline among the first lines of ``text``: a full date
    (day, month and year) after at most a few words and no figure, then nothing but a time (the
    header: "Updated: July 22, 2019 10:31 GMT") or a dash (the dateline: "IDLIB, Syria, July 22,
    2019 (Wire) -").

    >>> date_in_header("Raids on Idlib\\nPublished: 22 July 2019 10:31\\n\\nJets struck on Monday.")
    datetime.date(2019, 7, 22)
    >>> date_in_header("IDLIB, Syria, Feb. 5, 2018 (Wire) - Jets struck Saraqeb on Monday, killing 12 people.")
    datetime.date(2018, 2, 5)
    >>> date_in_header("Jets struck Saraqeb on 5 February 2018, rescuers said, killing twelve people there.") is None
    True
    >>> date_in_header("Syria: 2 killed on 5 February 2018") is None  # a headline's date is the event's
    True
    """
    lines = [line for line in text.split("\n") if line.strip()][:_HEADER_LINES]
    for line in lines:
        for d in find_dates(line):
            if d.date is None or d.relative or d.precision != 1 or not re.search(r"(?:19|20)\d\d", d.text):
                continue
            label = line[:d.start]
            if len(label.split()) > _LABEL_WORDS or not _LABEL_RE.match(label):
                break
            if _only_time(line[d.end:]) or _DATELINE_END.match(line, d.end):
                return d.date
            break
    return None


def _report(meta: dict, text: str, default_id: str, path: Path, line: int,
            published_line: int | None = None) -> Report:
    if not text.strip():
        raise InputError("empty report text", path=path, line=line, field="text")
    lang = str(meta.get("lang") or "").strip().lower()
    if lang and lang not in LANGUAGES:
        raise InputError(f"no language pack for {lang!r} (use {' or '.join(LANGUAGES)})", path=path, line=line,
                         field="lang")
    url = str(meta.get("url") or "")
    published = _published(meta.get("published", ""), path, published_line or line)
    dated_by = "front matter" if published else ""
    for source, found in (("url", lambda: date_in_url(url)), ("text", lambda: date_in_header(text))):
        if published is None:
            published = found()
            dated_by = source if published else ""
    return Report(
        report_id=str(meta.get("id") or default_id).strip(), text=text, published=published,
        url=url, outlet=str(meta.get("outlet") or ""),
        title=str(meta.get("title") or ""), path=str(path), dated_by=dated_by, lang=lang,
    )


def _read_document(path: Path) -> list[Report]:
    raw = re.sub(r"\r(?!\n)", "\n", read_text(path))  # lines ended by a carriage return alone (old Macs)
    title = ""
    if path.suffix.lower() in (".html", ".htm"):
        raw, title = html_to_text(raw)
    meta, body, body_line = parse_front_matter(raw, path)
    if path.suffix.lower() == ".md":
        body = _markdown_to_text(body)
    meta.setdefault("title", title)
    published_line = next((n for n, line in enumerate(raw.split("\n"), 1)
                           if line.lower().startswith("published")), None)
    return [_report(meta, body, path.stem, path, body_line, published_line)]


def _read_table(path: Path) -> list[Report]:
    raw = read_text(path, csv_cells=path.suffix.lower() == ".csv")
    rows: list[tuple[int, dict]] = []
    if path.suffix.lower() == ".csv":
        header, rows = csv_records(raw, path)
        if "text" not in header:
            raise InputError("missing column", path=path, line=1, field="text")
    else:
        for n, line in enumerate(raw.split("\n"), 1):
            if not line.strip():
                continue
            try:
                obj = load_json(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON: {exc.msg}", path=path, line=n) from None
            if getattr(obj, "twice", None):
                raise InputError("given twice in one record", path=path, line=n, field=obj.twice)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError("missing or non-text value", path=path, line=n, field="text")
            rows.append((n, obj))
    return [_report(row, row.get("text") or "", f"{path.stem}-{line}", path, line) for line, row in rows]


def read_report_file(path: str | Path) -> list[Report]:
    """The reports of one file: a document, or a CSV/JSONL table of reports (ids are not checked
    across files: :func:`read_reports` does that). Raises :class:`InputError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md", ".html", ".htm", ""):
        return _read_document(path)
    if suffix in (".csv", ".jsonl"):
        return _read_table(path)
    raise InputError(f"unknown report format {suffix!r} (use .txt, .md, .html, .csv or .jsonl)", path=path)


def read_reports(paths: list[str | Path]) -> list[Report]:
    """Every report in ``paths`` (documents and CSV/JSONL tables, or folders of them), in the
    order given (a folder's files sorted by path).

    Raises :class:`InputError` naming the file, line and field of the first problem.
    """
    out = [r for p in expand_paths(paths, REPORT_SUFFIXES) for r in read_report_file(p)]
    seen: set[str] = set()
    for r in out:
        if r.report_id in seen:
            raise InputError(f"report id {r.report_id!r} is used twice", path=r.path, field="id")
        seen.add(r.report_id)
    return out


def read_events(path: str | Path) -> pd.DataFrame:
    """An event table (any format :func:`geo_idlib.tables.read_table` reads), checked value by value.

    Raises :class:`InputError` with the file, line and field.
    """
    return read_table(path)
