"""The 2017 control snapshot: every Wikipedia map mark that holds a position, as a control table.

The Wikipedia "Syrian Civil War detailed map" marks of 2017 (``gazetteer/sources/wikipedia/``)
give each place the side holding it. The gazetteer build writes them as ``control_2017.csv``
(``date, place, controller, source``: one row per place, its gazetteer id), the base snapshot that
control tables of later dates change (see ``geo_idlib.layers.control``). It is CC BY-SA like the
marks, and kept in a file of its own. Rules:

* a mark without a side (the map's icon files: dams, the city dot; border-pass arrows) holds no
  position and is left out; settlements, bases, airbases, hills and crossings with a side are in;
* only places in the four north-west governorates (Idlib, Hama, Aleppo, Lattakia);
* sides as the map keys them: ``gov`` government, ``opp`` opposition, ``JaN`` HTS,
  ``stable_opp_JaN`` (held jointly by rebels and HTS) opposition, ``SDF``, ``stable_gov_SDF``
  (held jointly by the government and the SDF) SDF, ``IS``, ``Trk`` (a Turkish army base)
  Turkey-backed;
* two marks of one place that disagree make it contested, unless they are rebels and HTS: then
  it is held jointly, as ``stable_opp_JaN`` says (opposition).

The date is nominal: the module's content is a mid/late-2017 state (before the 2018-2020
offensives), stamped :data:`SNAPSHOT_DATE`.

>>> controller_of_mark("stable_opp_JaN"), controller_of_mark("Trk")
('opposition', 'Turkey-backed')
"""
from __future__ import annotations

import csv
import io

#: The date the snapshot stands for (nominal: the map's mid/late-2017 state).
SNAPSHOT_DATE = "2017-10-01"
#: The north-west governorates (OCHA P-codes): Aleppo, Hama, Lattakia, Idlib.
GOVERNORATES = ("SY02", "SY05", "SY06", "SY07")
#: The side of a mark (as :func:`geo_idlib.gazetteer.build.kinds.kind_from_wikipedia_mark` reads
#: it) -> the controller of a control table.
SIDES = {"gov": "government", "opp": "opposition", "JaN": "HTS", "opp_JaN": "opposition", "SDF": "SDF",
         "gov_SDF": "SDF", "IS": "IS", "Turkey": "Turkey-backed"}
#: What each side means, for the source column.
SIDE_WORDS = {"opp_JaN": "held jointly by rebels and Tahrir al-Sham", "gov_SDF": "held jointly by the government "
              "and the SDF", "JaN": "Tahrir al-Sham", "Turkey": "a Turkish army base"}
#: Who the rows come from (before the first colon: the name the credits give).
SOURCE = "Wikipedia contributors, Syrian Civil War detailed map (mid/late-2017, CC BY-SA)"
COLUMNS = ("date", "place", "controller", "source")


def controller_of_mark(side: str) -> str:
    """The controller of a mark's side (``""`` when the mark holds no position)."""
    return SIDES.get(side, "")


def control_rows(marks: list[tuple[str, str, dict]]) -> list[dict]:
    """The snapshot's rows from ``(place_id, admin1_pcode, record)`` per mark (``record`` as
    :func:`geo_idlib.gazetteer.build.sources.read_wikipedia` returns it), sorted by place id."""
    by_place: dict[str, list[dict]] = {}
    for pid, pcode, rec in marks:
        controller = controller_of_mark(rec["control_2017"])
        if controller and pcode in GOVERNORATES:
            by_place.setdefault(pid, []).append({"controller": controller, "rec": rec})
    rows = []
    for pid in sorted(by_place):
        found = by_place[pid]
        controllers = sorted({f["controller"] for f in found})
        notes = []
        for f in found:
            side = f["rec"]["control_2017"]
            mark = f"mark {f['rec']['mark']}" + (f" ({SIDE_WORDS[side]})" if side in SIDE_WORDS else "")
            notes.append(f"{f['rec']['name']}: {mark}")
        if set(controllers) == {"HTS", "opposition"}:
            controllers = ["opposition"]
        controller = controllers[0] if len(controllers) == 1 else "contested"
        rows.append({"date": SNAPSHOT_DATE, "place": pid, "controller": controller,
                     "source": f"{SOURCE}: {'; '.join(dict.fromkeys(notes))}"})
    return rows


def control_csv(rows: list[dict]) -> str:
    """The snapshot file's text.

    >>> control_csv([{"date": "2017-10-01", "place": "gn:1", "controller": "HTS", "source": "s"}])
    'date,place,controller,source\\n2017-10-01,gn:1,HTS,s\\n'
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
