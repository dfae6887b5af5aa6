"""Users extend the gazetteer with their own CSV; bad rows get errors naming file, line, field."""
import pytest

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import ACCEPT_SCORE

HEADER = "id,name,name_ar,names,lat,lon,kind,population,source\n"


def write(tmp_path, text, name="places.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_places_resolve_with_admin_units(gz, tmp_path):
    path = write(tmp_path, HEADER + "my:camp-1,Karama Camp,مخيم الكرامة,Al Karama camp|Karameh,36.19,36.70,camp,,field team\n")
    mine = gz.with_places(path)
    best = mine.resolve("Al Karama camp")[0]
    assert best.place.id == "my:camp-1" and best.score >= ACCEPT_SCORE
    assert best.place.admin1_pcode == "SY07" and best.place.admin3_pcode.startswith("SY07")
    assert best.place.sources == ("field team",)
    assert mine.resolve("مخيم الكرامة")[0].place.id == "my:camp-1"
    assert len(mine) == len(gz) + 1
    assert all(c.place.id != "my:camp-1" for c in gz.resolve("Al Karama camp"))  # the default is untouched


def test_minimal_columns_and_generated_ids(gz, tmp_path):
    path = write(tmp_path, "name,lat,lon\nTest Hamlet,35.5,36.6\nTest Hamlet,35.6,36.6\n")
    mine = gz.with_places(path)
    ids = [p.id for p in mine.places[-2:]]
    assert ids[0] == "user:test-hamlet" and ids[1] != ids[0]
    assert mine.places[-1].kind == "village"


@pytest.mark.parametrize("text,where", [
    ("name,lat\nX,35\n", "places.csv:1: missing column(s) lon"),
    ("name,lat,lon\nX,abc,36\n", "places.csv:2: field 'lat': not a number: 'abc'"),
    ("name,lat,lon\nX,35,36\nY,35,200\n", "places.csv:3: field 'lon': 200.0 is outside [-180, 180]"),
    ("name,lat,lon\n,35,36\n", "places.csv:2: field 'name': empty name"),
    ("name,lat,lon,kind\nX,35,36,castle\n", "places.csv:2: field 'kind': unknown kind 'castle'"),
    ("name,lat,lon,population\nX,35,36,many\n", "places.csv:2: field 'population': not a whole number"),
    ("id,name,lat,lon\ngn:164816,X,35,36\n", "places.csv:2: field 'id': id 'gn:164816' is already taken"),
])
def test_bad_rows_name_file_line_and_field(gz, tmp_path, text, where):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as err:
        gz.with_places(path)
    assert str(err.value).startswith(str(tmp_path / where.split(":")[0]) + where[len("places.csv"):])


def test_unreadable_files(gz, tmp_path):
    with pytest.raises(InputError, match="missing.csv: no such file"):
        gz.with_places(tmp_path / "missing.csv")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("name,lat,lon\nMa\xe2arrat,35,36\n".encode("latin-1"))
    with pytest.raises(InputError, match="latin1.csv:2: field 'name': not UTF-8"):
        gz.with_places(bad)
