"""Reverse geocoding: the nearest place and the OCHA units containing a point."""
import pytest

from geo_idlib.errors import InputError


def test_every_sub_district_contains_its_own_representative_point(gz):
    units = gz.admin_units(3)
    assert len(units) == 272
    for unit in units.itertuples(index=False):
        point = unit.geometry.representative_point()
        result = gz.reverse(point.y, point.x)
        assert result.admin_at(3).pcode == unit.pcode
        assert result.admin_at(2).pcode == unit.admin2_pcode
        assert result.admin_at(1).pcode == unit.admin1_pcode


def test_reverse_finds_the_town_and_its_units(gz):
    r = gz.reverse(35.6138, 36.5645)  # in Kafr Nubl
    assert r.place.id == "gn:168661" and r.distance_km < 0.5
    assert [(a.level, a.pcode) for a in r.admin] == [(1, "SY07"), (2, "SY0702"), (3, "SY070203")]
    assert r.admin_at(3).name_ar == "كفر نبل"
    assert r.to_dict()["admin"][0] == {"level": 1, "name": "Idleb", "name_ar": "إدلب", "pcode": "SY07"}


def test_reverse_outside_syria_has_no_admin_units(gz):
    r = gz.reverse(36.0, 34.0)  # the Mediterranean, off Cyprus
    assert r.admin == () and r.place is not None and r.distance_km > 50


def test_reverse_by_kind_and_bad_points(gz):
    r = gz.reverse(35.734, 37.100, kinds=["airbase"])
    assert r.place.id == "wp:abu-al-duhur-military-airbase"
    with pytest.raises(InputError):
        gz.reverse(95.0, 36.0)


def test_admin_units_frame(gz):
    gov = gz.admin_units(1)
    assert len(gov) == 14 and gov.crs.to_epsg() == 4326
    assert set(gov.columns) >= {"level", "pcode", "name", "name_ar", "geometry"}
    assert gov.geometry.is_valid.all()


def test_admin_unit_places_have_their_polygon(gz):
    poly = gz.geometry("ocha:SY070003")
    saraqib = gz.get("gn:164816")
    from shapely.geometry import Point

    assert poly.geom_type in ("Polygon", "MultiPolygon") and poly.contains(Point(saraqib.lon, saraqib.lat))
    assert gz.geometry(saraqib).equals(Point(saraqib.lon, saraqib.lat))
