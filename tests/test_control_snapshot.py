"""The bundled 2017 control snapshot (``gazetteer/control_2017.csv``): every Wikipedia mark of the
four governorates that holds a position, built deterministically from the bundled sources."""
import csv
import filecmp
from collections import Counter

import pandas as pd
import pytest

from geo_idlib.gazetteer.build import build_gazetteer
from geo_idlib.gazetteer.build.kinds import kind_from_wikipedia_mark
from geo_idlib.gazetteer.store import project_gazetteer_dir
from geo_idlib.layers.control import control_status

GAZETTEER = project_gazetteer_dir()
SNAPSHOT = GAZETTEER / "control_2017.csv"


@pytest.fixture(scope="module")
def rows():
    with open(SNAPSHOT, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _marks():
    for path in sorted((GAZETTEER / "sources" / "wikipedia").glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh, delimiter="\t")


def test_two_builds_write_the_same_snapshot_as_the_committed_one(tmp_path):
    for out in (tmp_path / "a", tmp_path / "b"):
        build_gazetteer(GAZETTEER / "sources", out)
    assert filecmp.cmp(tmp_path / "a" / "control_2017.csv", tmp_path / "b" / "control_2017.csv", shallow=False)
    assert filecmp.cmp(tmp_path / "a" / "control_2017.csv", SNAPSHOT, shallow=False), \
        "control_2017.csv is stale: run `geo-idlib gazetteer build`"


def test_every_mark_holding_a_position_in_the_four_governorates_is_a_row(rows, gz):
    by_id = {r["place"]: r for r in rows}
    assert len(by_id) == len(rows)  # one row per place
    holding = [m for m in _marks() if kind_from_wikipedia_mark(m["label"], m["mark"])[1]]
    assert len(holding) == 2296 and len(rows) == 2262  # marks of one place share its row; a few lie outside
    for place in (gz.get(r["place"]) for r in rows):
        assert place.admin1_pcode in ("SY02", "SY05", "SY06", "SY07"), place
    sides = Counter(r["controller"] for r in rows)
    assert sides == {"government": 960, "opposition": 654, "SDF": 433, "HTS": 171, "IS": 39, "Turkey-backed": 4,
                     "contested": 1}
    assert not [r for r in rows if ".svg" in r["source"] or "mark pass" in r["source"]]  # icons hold no position


@pytest.mark.parametrize("place,controller,mark", [
    ("gn:169389", "opposition", "Idlib: mark stable_opp_JaN (held jointly by rebels and Tahrir al-Sham)"),
    ("wp:abu-al-duhur-military-airbase", "HTS", "mark JaN_air (Tahrir al-Sham)"),
    ("gn:166742", "government", "mark gov"),
    ("wp:fiha-es-segira", "contested", "Fikhah Saghirah: mark opp"),  # two marks of one village disagree
])
def test_rows_say_the_mark_they_come_from_with_attribution(rows, place, controller, mark):
    row = next(r for r in rows if r["place"] == place)
    assert row["controller"] == controller and row["date"] == "2017-10-01"
    assert row["source"].startswith("Wikipedia contributors, Syrian Civil War detailed map (mid/late-2017, CC BY-SA): ")
    assert mark in row["source"]


def test_the_snapshot_reads_as_a_control_table(gz):
    status = control_status(pd.read_csv(SNAPSHOT, dtype=str, keep_default_na=False), gz, path=str(SNAPSHOT))
    assert len(status) == 2262 and set(status["date"]) == {"2017-10-01"}
