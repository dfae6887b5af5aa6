"""Reading place tables: the bundled gazetteer files and users' own CSVs."""
from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

from geo_idlib.errors import InputError
from geo_idlib.gazetteer.place import KINDS, Place

NAME_SEP = "|"
#: Columns a user's places CSV must have; the others of the bundled files are optional.
REQUIRED_COLUMNS = ("name", "lat", "lon")


def project_gazetteer_dir() -> Path:
    """The ``gazetteer/`` folder of the source checkout (where ``build`` reads and writes)."""
    return Path(__file__).resolve().parents[2] / "gazetteer"


def data_dir() -> Path:
    """The folder holding the built gazetteer: ``$GEO_IDLIB_GAZETTEER``, the source checkout's
    ``gazetteer/``, or the installed ``share/geo_idlib/gazetteer``."""
    env = os.environ.get("GEO_IDLIB_GAZETTEER")
    candidates = [Path(env)] if env else []
    candidates += [project_gazetteer_dir(),
                   Path(sys.prefix) / "share" / "geo_idlib" / "gazetteer"]
    for folder in candidates:
        if (folder / "places.csv").is_file():
            return folder
    raise InputError("no built gazetteer found (run `geo-idlib gazetteer build`)", path=candidates[0])


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(NAME_SEP) if v)


def read_place_rows(path: Path) -> list[dict]:
    """Rows of a bundled place file as dicts (strings), in file order."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def place_from_row(row: dict, extra: dict | None = None) -> Place:
    """A :class:`Place` from a bundled row, plus the Wikipedia layer's row for the same id."""
    names = _split(row["names"])
    sources = _split(row["sources"])
    control = ""
    if extra is not None:
        names += tuple(n for n in _split(extra["names"]) if n not in names)
        sources = tuple(sorted(set(sources) | set(_split(extra["sources"]))))
        control = extra["control_2017"]
    return Place(
        id=row["id"], name=row["name"], name_ar=row["name_ar"], names=names,
        lat=float(row["lat"]), lon=float(row["lon"]), kind=row["kind"],
        admin1=row["admin1"], admin1_pcode=row["admin1_pcode"], admin2=row["admin2"],
        admin2_pcode=row["admin2_pcode"], admin3=row["admin3"], admin3_pcode=row["admin3_pcode"],
        admin_level=int(row["admin_level"] or 0), population=int(row["population"] or 0),
        sources=sources, control_2017=control or row["control_2017"],
    )


def load_bundled(folder: Path, *, share_alike: bool = True) -> list[Place]:
    """All bundled places; ``share_alike=False`` leaves out the CC BY-SA Wikipedia layer."""
    core = read_place_rows(folder / "places.csv")
    wiki = read_place_rows(folder / "places_wikipedia.csv") if share_alike else []
    wiki_by_id = {r["id"]: r for r in wiki}
    places = [place_from_row(r, wiki_by_id.pop(r["id"], None)) for r in core]
    places += [place_from_row(r) for r in wiki if r["id"] in wiki_by_id]
    return places


def read_user_places(path: str | Path) -> list[dict]:
    """Validated rows of a user's places CSV (``name, lat, lon`` required; optional ``id,
    name_ar, names`` (``|``-separated), ``kind``, ``admin1``, ``population``, ``source``).

    Raises :class:`InputError` naming file, line and field for the first bad row.
    """
    from geo_idlib.tables import read_csv  # the one CSV reader: encoding, quotes, columns, cut rows

    path = Path(path)
    header, records = read_csv(path)
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", path=path, line=1)
    return [_check_user_row(row, path, line) for line, row in records]


def _check_user_row(row: dict, path: Path, line: int) -> dict:
    name = (row.get("name") or "").strip()
    if not name:
        raise InputError("empty name", path=path, line=line, field="name")
    coords = {}
    for field, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
        raw = (row.get(field) or "").strip()
        try:
            value = float(raw)
        except ValueError:
            raise InputError(f"not a number: {raw!r}", path=path, line=line, field=field) from None
        if not lo <= value <= hi:
            raise InputError(f"{value} is outside [{lo}, {hi}]", path=path, line=line, field=field)
        coords[field] = value
    kind = (row.get("kind") or "village").strip()
    if kind not in KINDS:
        raise InputError(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})", path=path, line=line, field="kind")
    population = (row.get("population") or "0").strip() or "0"
    if not population.isdigit():
        raise InputError(f"not a whole number: {population!r}", path=path, line=line, field="population")
    return {
        "id": (row.get("id") or "").strip(), "name": name, "name_ar": (row.get("name_ar") or "").strip(),
        "names": _split(row.get("names") or ""), "kind": kind, "population": int(population),
        "source": (row.get("source") or "").strip() or f"user:{path.name}", "line": line, **coords,
    }
