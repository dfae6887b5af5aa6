"""``IdlibGazetteer``: the offline gazetteer behind geopy's ``Geocoder`` interface."""
from __future__ import annotations

from geopy.exc import GeocoderQueryError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import ACCEPT_SCORE, Candidate, Gazetteer, Place

__all__ = ["IdlibGazetteer"]


def _address(place: Place) -> str:
    parts = [place.name]
    for part in (place.admin3, place.admin2, place.admin1):
        if part and part != parts[-1]:
            parts.append(part)
    return ", ".join(parts + ["Syria"]) if place.admin1 else place.name


class IdlibGazetteer(Geocoder):
    """Geocode north-west Syrian place names offline, with geopy's API.

    ``geocode`` returns ``geopy.location.Location`` objects (``raw`` holds the candidate: id,
    kind, admin units, P-code, score, how it matched); candidates scoring below ``min_score`` are
    not returned. No request ever leaves the machine.

    >>> geolocator = IdlibGazetteer()
    >>> geolocator.geocode("Kafr Nubl").raw["admin3_pcode"]
    'SY070203'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, min_score: float = ACCEPT_SCORE,
                 user_agent: str | None = "geo_idlib", **kwargs) -> None:
        super().__init__(user_agent=user_agent, **kwargs)
        self.gazetteer = gazetteer or Gazetteer.default()
        self.min_score = min_score

    def _location(self, candidate: Candidate) -> Location:
        place = candidate.place
        return Location(_address(place), (place.lat, place.lon), candidate.to_dict())

    def geocode(self, query: str, *, exactly_one: bool = True, timeout=DEFAULT_SENTINEL,
                limit: int | None = None, near=None, admin1: str | None = None, kinds=None):
        """A ``Location`` for ``query`` (a list of them with ``exactly_one=False``), or ``None``.

        ``timeout`` is accepted for geopy compatibility and ignored (nothing goes on the network).
        """
        if not isinstance(query, str) or not query.strip():
            raise GeocoderQueryError(f"query must be a non-empty string, not {query!r}")
        try:
            candidates = self.gazetteer.resolve(query, near=near, admin1=admin1, kinds=kinds,
                                                limit=1 if exactly_one else (limit or 10))
        except InputError as exc:
            raise GeocoderQueryError(str(exc)) from exc
        locations = [self._location(c) for c in candidates if c.score >= self.min_score]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one: bool = True, timeout=DEFAULT_SENTINEL):
        """The nearest place to ``query`` (``"lat, lon"``, a tuple or a ``geopy.Point``).

        ``raw`` holds the place, the distance in km and the OCHA admin units with P-codes.
        """
        try:
            point = Point(query)
        except (TypeError, ValueError) as exc:
            raise GeocoderQueryError(f"not a point: {query!r}") from exc
        result = self.gazetteer.reverse(point.latitude, point.longitude)
        if result.place is None:
            return None
        location = Location(_address(result.place), (result.place.lat, result.place.lon), result.to_dict())
        return location if exactly_one else [location]
