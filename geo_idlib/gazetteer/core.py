"""The :class:`Gazetteer`: resolve names to places, reverse-geocode points, extend with CSVs."""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import scoring
from geo_idlib.gazetteer.index import NameIndex
from geo_idlib.gazetteer.place import KINDS, SETTLEMENT_KINDS, AdminUnit, Candidate, Place, ReverseResult
from geo_idlib.gazetteer.store import data_dir, load_bundled, read_user_places
from geo_idlib.geodesy import distance_km, distances_km
from geo_idlib.names import fold, skeleton, slug, tokens

Near = str | Place | tuple[float, float] | None

# Words reporters put around a name that say what kind of place they mean.
_QUALIFIERS = {
    "governorate": 1, "province": 1, "muhafazat": 1, "muhafaza": 1, "countryside": 1, "rif": 1,
    "district": 2, "mantiqa": 2, "mantiqat": 2,
    "subdistrict": 3, "nahiya": 3, "nahia": 3, "nahiyat": 3,
    "city": 0, "town": 0, "village": 0,
}


def _split_qualifier(name: str) -> tuple[str, int | None]:
    """Split a qualifier off a name: ("Idlib province") -> ("Idlib", 1) for an admin level,
    ("Saraqeb city") -> ("Saraqeb", 0) for a settlement; plain names give (name, None).

    >>> _split_qualifier("Ma'arrat an-Nu'man district")
    ('maarrat an numan', 2)
    """
    words = tokens(re.sub(r"(?i)sub-district", "subdistrict", name))
    found = [_QUALIFIERS[w] for w in words if w in _QUALIFIERS]
    if not found or len(found) == len(words):
        return name, None
    return " ".join(w for w in words if w not in _QUALIFIERS), max(found)


class Gazetteer:
    """Places of north-west Syria, looked up by any spelling.

    >>> from geo_idlib.gazetteer import ACCEPT_SCORE
    >>> gz = Gazetteer.default()
    >>> best = gz.resolve("Maarat al Numan")[0]
    >>> best.place.name, best.place.admin1_pcode, best.score >= ACCEPT_SCORE
    ('Ma‘arrat an Nu‘mān', 'SY07', True)
    """

    def __init__(self, places: Iterable[Place], *, admin_path: Path | None = None) -> None:
        self._places = tuple(places)
        self._by_id = {p.id: i for i, p in enumerate(self._places)}
        self._admin_path = admin_path
        self._lats = np.array([p.lat for p in self._places])
        self._lons = np.array([p.lon for p in self._places])

    # ------------------------------------------------------------------ construction
    @classmethod
    def default(cls, *, share_alike: bool = True) -> "Gazetteer":
        """The bundled gazetteer (cached: every call returns the same object).

        ``share_alike=False`` leaves out the CC BY-SA Wikipedia layer.
        """
        return _default(share_alike)

    @classmethod
    def from_folder(cls, folder: str | Path, *, share_alike: bool = True) -> "Gazetteer":
        """A gazetteer from a folder of built files (``places.csv`` ...)."""
        folder = Path(folder)
        return cls(load_bundled(folder, share_alike=share_alike), admin_path=folder / "admin_units.geojson")

    def with_places(self, path: str | Path) -> "Gazetteer":
        """A new gazetteer with the places of a user's CSV added.

        Columns: ``name, lat, lon`` required; ``id, name_ar, names`` (``|``-separated),
        ``kind``, ``population``, ``source`` optional. Admin units come from the OCHA polygons.
        Bad rows raise :class:`InputError` naming file, line and field.
        """
        rows = read_user_places(path)
        added, ids = [], set(self._by_id)
        for row in rows:
            pid = row["id"] or f"user:{slug(row['name'])}"
            if pid in ids:
                if row["id"]:
                    raise InputError(f"id {pid!r} is already taken", path=path, line=row["line"], field="id")
                pid = f"{pid}-{row['line']}"
            ids.add(pid)
            admin = {a.level: a for a in self._admin_at(row["lat"], row["lon"])}
            a1, a2, a3 = (admin.get(level) for level in (1, 2, 3))
            added.append(Place(
                id=pid, name=row["name"], name_ar=row["name_ar"], names=tuple(row["names"]),
                lat=row["lat"], lon=row["lon"], kind=row["kind"], population=row["population"],
                admin1=a1.name if a1 else "", admin1_pcode=a1.pcode if a1 else "",
                admin2=a2.name if a2 else "", admin2_pcode=a2.pcode if a2 else "",
                admin3=a3.name if a3 else "", admin3_pcode=a3.pcode if a3 else "",
                sources=(row["source"],),
            ))
        return Gazetteer(self._places + tuple(added), admin_path=self._admin_path)

    # ------------------------------------------------------------------ access
    @property
    def places(self) -> tuple[Place, ...]:
        """Every place, in file order."""
        return self._places

    def __len__(self) -> int:
        return len(self._places)

    def get(self, place_id: str) -> Place:
        """The place with this id (``KeyError`` if none)."""
        return self._places[self._by_id[place_id]]

    @cached_property
    def _index(self) -> NameIndex:
        return NameIndex(self._places)

    # ------------------------------------------------------------------ resolve
    def resolve(self, name: str, *, near: Near = None, admin1: str | None = None,
                kinds: Iterable[str] | None = None, limit: int = 5) -> list[Candidate]:
        """Ranked candidates for ``name``, best first; an unknown name gives ``[]``.

        ``near``: a place name, a :class:`Place` or ``(lat, lon)``; nearer places rank higher.
        ``admin1``: keep places of this governorate (name in any spelling, or P-code such as
        ``SY07``). ``kinds``: keep places of these kinds. Accept candidates with
        ``score >= ACCEPT_SCORE``.

        >>> [c.place.id for c in Gazetteer.default().resolve("Dana", near="Maarat al-Numan", limit=1)]
        ['wp:ad-dana']
        """
        kind_set = self._check_kinds(kinds)
        admin_pcodes = self._admin1_pcodes(admin1) if admin1 else None
        near_point = self._near_point(near)
        query, level = _split_qualifier(name.strip())
        if level is not None:  # "Idlib province", "Saraqeb city"; else the words are the name
            wanted = {"admin unit", "region"} if level else SETTLEMENT_KINDS
            qualified = self._candidates(query, wanted if kind_set is None else kind_set & wanted,
                                         level, admin_pcodes, near_point, admin_query=bool(level))
            if qualified:
                return qualified[:limit]
        admin_query = kind_set is not None and bool(kind_set & {"admin unit", "region"})
        return self._candidates(name.strip(), kind_set, None, admin_pcodes, near_point, admin_query=admin_query)[:limit]

    def _candidates(self, query: str, kind_set: set[str] | None, level: int | None,
                    admin_pcodes: set[str] | None, near_point: tuple[float, float] | None,
                    *, admin_query: bool) -> list[Candidate]:
        matches = self._index.lookup(query)
        candidates = []
        for m in matches:
            place = self._places[m.index]
            if kind_set is not None and place.kind not in kind_set:
                continue
            if level and place.kind == "admin unit" and place.admin_level != level:
                continue
            if admin_pcodes is not None and place.admin1_pcode not in admin_pcodes:
                continue
            closeness = None
            if near_point is not None:
                closeness = scoring.proximity(distance_km(near_point, place.point))
            p = scoring.prior(place, admin_query=admin_query, proximity=closeness)
            score = scoring.final_score(m.score, p, near=near_point is not None)
            candidates.append(Candidate(place=place, score=score, matched=m.matched, matched_name=m.name))
        candidates.sort(key=lambda c: (-c.score, -c.place.population, c.place.id))
        return candidates

    def _check_kinds(self, kinds: Iterable[str] | None) -> set[str] | None:
        if kinds is None:
            return None
        kind_set = {kinds} if isinstance(kinds, str) else set(kinds)
        unknown = kind_set - set(KINDS)
        if unknown:
            raise InputError(f"unknown kind(s) {sorted(unknown)}; kinds are: {', '.join(KINDS)}", field="kinds")
        return kind_set

    def _admin1_pcodes(self, admin1: str) -> set[str]:
        """P-codes of the governorate(s) an ``admin1`` hint names."""
        value = admin1.strip()
        governorates = [p for p in self._places if p.kind == "admin unit" and p.admin_level == 1]
        if re.fullmatch(r"SY\d\d", value, re.I):
            found = {p.admin1_pcode for p in governorates if p.admin1_pcode == value.upper()}
        else:
            query, _ = _split_qualifier(value)
            keys = {fold(query), skeleton(query)}
            found = {p.admin1_pcode for p in governorates
                     for n in (p.name, p.name_ar, *p.names) if {fold(n), skeleton(n)} & keys}
        if not found:
            raise InputError(f"unknown governorate {admin1!r}", field="admin1")
        return found

    def _near_point(self, near: Near) -> tuple[float, float] | None:
        if near is None:
            return None
        if isinstance(near, Place):
            return near.point
        if isinstance(near, str):
            best = self.resolve(near, limit=1)
            if not best or best[0].score < scoring.ACCEPT_SCORE:
                raise InputError(f"unknown place {near!r}", field="near")
            return best[0].place.point
        lat, lon = near
        return float(lat), float(lon)

    # ------------------------------------------------------------------ reverse
    def reverse(self, lat: float, lon: float, *, kinds: Iterable[str] | None = None) -> ReverseResult:
        """The nearest place (settlements unless ``kinds`` says otherwise) and the OCHA admin
        units containing the point.

        >>> r = Gazetteer.default().reverse(35.864, 36.806)
        >>> r.place.name, r.admin_at(3).pcode
        ('Saraqib', 'SY070003')
        """
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"not a coordinate: {lat}, {lon}", field="lat/lon")
        wanted = self._check_kinds(kinds) or SETTLEMENT_KINDS
        mask = np.array([p.kind in wanted for p in self._places])
        place, dist = None, float("nan")
        if mask.any():
            idx = np.flatnonzero(mask)
            dists = distances_km(lat, lon, self._lats[idx], self._lons[idx])
            best = int(np.argmin(dists))
            place, dist = self._places[idx[best]], float(dists[best])
        return ReverseResult(place=place, distance_km=dist, admin=tuple(self._admin_at(lat, lon)))

    def _admin_at(self, lat: float, lon: float) -> list[AdminUnit]:
        units, tree = self._admin_tree
        from shapely.geometry import Point

        hits = tree.query(Point(lon, lat), predicate="intersects")
        found = sorted((units[i] for i in hits), key=lambda u: u.level)
        return list({u.level: u for u in found}.values())

    @cached_property
    def _admin_tree(self):
        from shapely import STRtree

        frame = self.admin_units()
        units = [AdminUnit(level=int(r.level), name=r.name, pcode=r.pcode, name_ar=r.name_ar)
                 for r in frame.itertuples(index=False)]
        return units, STRtree(list(frame.geometry.values))

    def geometry(self, place: Place | str):
        """The shape of a place: an admin unit's OCHA polygon, else its point (shapely, lon/lat).

        >>> Gazetteer.default().geometry("ocha:SY07").geom_type
        'Polygon'
        """
        from shapely.geometry import Point

        place = self.get(place) if isinstance(place, str) else place
        if place.kind == "admin unit":
            units = self.admin_units(place.admin_level)
            match = units[units["pcode"] == place.id.removeprefix("ocha:")]
            if len(match):
                return match.geometry.iloc[0]
        if place.kind == "region":
            regions = self.regions()
            match = regions[regions["id"] == place.id]
            if len(match):
                return match.geometry.iloc[0]
        return Point(place.lon, place.lat)

    def regions(self):
        """Named areas ("southern Idlib", "Turkish border area") as a GeoDataFrame:
        ``id, name, pcodes`` (the OCHA units they are made of), ``geometry``."""
        return self._read_layer("regions.geojson")

    def _read_layer(self, name: str):
        import geopandas as gpd

        if self._admin_path is None or not (self._admin_path.parent / name).exists():
            raise InputError(f"this gazetteer has no {name}", path=self._admin_path)
        return gpd.GeoDataFrame(_read_admin(self._admin_path.parent / name), geometry="geometry", crs=4326)

    def admin_units(self, level: int | None = None):
        """OCHA governorates (1), districts (2), sub-districts (3) as a GeoDataFrame (EPSG:4326):
        ``level, pcode, name, name_ar, admin1, admin1_pcode, admin2, admin2_pcode, geometry``."""
        frame = self._read_layer("admin_units.geojson")
        if level is not None:
            frame = frame[frame["level"] == level].reset_index(drop=True)
        return frame

    # ------------------------------------------------------------------ exploring
    def search(self, text: str, *, limit: int = 20) -> list[Place]:
        """Places with a name containing ``text`` (folded), biggest first.

        >>> [p.name for p in Gazetteer.default().search("shughur", limit=1)]
        ['Jisr ash Shughūr']
        """
        key = fold(text)
        if not key:
            return []
        hits = [p for p in self._places if any(key in fold(n) for n in (p.name, p.name_ar, *p.names))]
        hits.sort(key=lambda p: (-scoring.prior(p), p.name))
        return hits[:limit]

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts of places by source, kind and governorate."""
        return {
            "source": dict(sorted(Counter(s for p in self._places for s in p.sources).items())),
            "kind": dict(sorted(Counter(p.kind for p in self._places).items())),
            "admin1": dict(sorted(Counter(p.admin1 or "(outside Syria's units)" for p in self._places).items())),
        }

    def to_frame(self):
        """Every place as a GeoDataFrame (one row per place, point geometry, EPSG:4326)."""
        import geopandas as gpd
        import pandas as pd

        rows = [p.to_dict() | {"names": "|".join(p.names), "sources": "|".join(p.sources)} for p in self._places]
        frame = pd.DataFrame(rows)
        return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs=4326)


@lru_cache(maxsize=2)
def _default(share_alike: bool) -> Gazetteer:
    return Gazetteer.from_folder(data_dir(), share_alike=share_alike)


@lru_cache(maxsize=4)
def _read_admin(path: Path):
    import geopandas as gpd

    return gpd.read_file(path)
