"""The geopy adapter: code written for geopy works unchanged, offline."""
import pytest
from geopy.exc import GeocoderQueryError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geo_idlib.geocoders import IdlibGazetteer


@pytest.fixture(scope="module")
def geolocator():
    return IdlibGazetteer()


def test_is_a_geopy_geocoder_returning_locations(geolocator):
    assert isinstance(geolocator, Geocoder)
    loc = geolocator.geocode("Saraqeb")
    assert isinstance(loc, Location)
    assert (loc.latitude, loc.longitude) == (35.86447, 36.80591)
    assert loc.address == "Saraqib, Saraqab, Idleb, Syria"
    assert loc.raw["id"] == "gn:164816" and loc.raw["pcode"] == "SY070003" and loc.raw["matched"] == "alternate"


def test_many_results_hints_and_unknown(geolocator):
    many = geolocator.geocode("Dana", exactly_one=False)
    assert len(many) >= 3 and all(isinstance(x, Location) for x in many)
    assert geolocator.geocode("Dana", near="Maarat al-Numan").raw["id"] == "wp:ad-dana"
    assert geolocator.geocode("Jabala", admin1="Idlib").raw["id"] == "wp:jibala"
    assert geolocator.geocode("London") is None
    assert geolocator.geocode("Saraqeb", timeout=5) is not None  # geopy's timeout is accepted


def test_reverse_accepts_geopy_point_forms(geolocator):
    for query in ("35.864, 36.806", (35.864, 36.806), Point(35.864, 36.806)):
        loc = geolocator.reverse(query)
        assert loc.raw["place"]["id"] == "gn:164816"
        assert [a["pcode"] for a in loc.raw["admin"]] == ["SY07", "SY0700", "SY070003"]
    assert isinstance(geolocator.reverse("35.864, 36.806", exactly_one=False), list)


def test_works_inside_geopy_tooling(geolocator):
    geocode = RateLimiter(geolocator.geocode, min_delay_seconds=0)
    assert geocode("Khan Cheikhoun").raw["id"] == "gn:168325"


def test_bad_queries_raise_geopy_errors(geolocator):
    with pytest.raises(GeocoderQueryError):
        geolocator.geocode("")
    with pytest.raises(GeocoderQueryError):
        geolocator.geocode("Saraqeb", admin1="Atlantis")
    with pytest.raises(GeocoderQueryError):
        geolocator.reverse("not a point")
