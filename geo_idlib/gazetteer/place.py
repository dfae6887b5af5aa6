"""The value types the gazetteer hands out: places, scored candidates, reverse-geocoding answers."""
from __future__ import annotations

from dataclasses import dataclass, field

#: Every kind a place can have.
KINDS = (
    "city", "town", "village", "camp", "airbase", "military site", "hill", "region",
    "crossing", "landmark", "admin unit",
)
#: Kinds that are inhabited places (what a reporter usually means by a bare name).
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "camp"})


@dataclass(frozen=True)
class Place:
    """One real place, merged across sources.

    >>> p = Place(id="gn:164816", name="Saraqib", lat=35.86447, lon=36.80591, kind="town")
    >>> p.point
    (35.86447, 36.80591)
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    name_ar: str = ""
    names: tuple[str, ...] = ()
    admin1: str = ""
    admin1_pcode: str = ""
    admin2: str = ""
    admin2_pcode: str = ""
    admin3: str = ""
    admin3_pcode: str = ""
    admin_level: int = 0  # 1-3 for admin units (governorate, district, sub-district), else 0
    population: int = 0  # 0 = unknown
    sources: tuple[str, ...] = ()
    control_2017: str = ""  # the Wikipedia map mark (mid/late 2017), where the place has one

    @property
    def point(self) -> tuple[float, float]:
        """``(lat, lon)``."""
        return (self.lat, self.lon)

    @property
    def pcode(self) -> str:
        """The most precise OCHA P-code of the place (its own for an admin unit)."""
        return self.admin3_pcode or self.admin2_pcode or self.admin1_pcode

    def to_dict(self) -> dict:
        """A JSON-ready dict (what ``--json`` prints)."""
        return {
            "id": self.id, "name": self.name, "name_ar": self.name_ar, "lat": self.lat,
            "lon": self.lon, "kind": self.kind, "admin1": self.admin1, "admin2": self.admin2,
            "admin3": self.admin3, "admin1_pcode": self.admin1_pcode,
            "admin2_pcode": self.admin2_pcode, "admin3_pcode": self.admin3_pcode,
            "pcode": self.pcode, "population": self.population, "sources": list(self.sources),
        }


#: The match tiers of a name the sources spell so, not one met by sound or likeness.
SPELT_TIERS = frozenset({"exact", "alternate", "folded"})


@dataclass(frozen=True)
class Candidate:
    """A place proposed for a name, with a score in [0, 1] and why it matched.

    ``matched`` is one of ``exact`` (the place's own name), ``alternate`` (one of its other
    names), ``folded`` (same key after spelling folding), all three :data:`SPELT_TIERS`,
    ``skeleton`` (same consonants), ``transliterated`` (Arabic script met by a Latin name's sounds)
    or ``fuzzy``.
    """

    place: Place
    score: float
    matched: str
    matched_name: str = ""

    def to_dict(self) -> dict:
        """The ``--json`` form: the place's fields plus score and match."""
        d = self.place.to_dict()
        d.update(score=round(self.score, 4), matched=self.matched, matched_name=self.matched_name)
        return d


@dataclass(frozen=True)
class AdminUnit:
    """An OCHA administrative unit containing a point."""

    level: int
    name: str
    pcode: str
    name_ar: str = ""


@dataclass(frozen=True)
class ReverseResult:
    """What :meth:`Gazetteer.reverse` finds at a point."""

    place: Place | None
    distance_km: float
    admin: tuple[AdminUnit, ...] = field(default_factory=tuple)

    def admin_at(self, level: int) -> AdminUnit | None:
        """The unit of ``level`` (1 governorate, 2 district, 3 sub-district) containing the point."""
        return next((a for a in self.admin if a.level == level), None)

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {
            "place": self.place.to_dict() if self.place else None,
            "distance_km": round(self.distance_km, 3),
            "admin": [{"level": a.level, "name": a.name, "name_ar": a.name_ar, "pcode": a.pcode}
                      for a in self.admin],
        }
