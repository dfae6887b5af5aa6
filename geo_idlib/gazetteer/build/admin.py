"""OCHA COD-AB administrative units: as places, as polygons, and the join of points to them."""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.ops import unary_union

ADMIN_FIELDS = {1: "admin1", 2: "admin2", 3: "admin3"}
_SUFFIXES = {1: ("Governorate", "Province"), 2: ("District",), 3: ("Sub-district", "Subdistrict", "Nahiya")}
_AR_CENTRE = "مركز "


def read_admin_units(folder: Path) -> gpd.GeoDataFrame:
    """All OCHA units of levels 1-3 in one frame: level, pcode, name, name_ar, parents, geometry.

    Geometries are the published ones (EPSG:4326), unsimplified.
    """
    frames = []
    for level in (1, 2, 3):
        gdf = gpd.read_file(folder / f"syr_admin{level}.shp").to_crs(4326)
        own1 = level == 1
        out = pd.DataFrame({
            "level": level, "pcode": gdf["PCODE"], "name": gdf["NAME_EN"],
            "name_ref": gdf["NAM_EN_REF"], "name_ar": gdf["NAME_AR"],
            "admin1": gdf["NAME_EN"] if own1 else gdf["ADM1_EN"],
            "admin1_pcode": gdf["PCODE"] if own1 else gdf["ADM1_PCODE"],
            "admin2": "" if level < 2 else (gdf["NAME_EN"] if level == 2 else gdf["ADM2_EN"]),
            "admin2_pcode": "" if level < 2 else (gdf["PCODE"] if level == 2 else gdf["ADM2_PCODE"]),
        })
        frames.append(gpd.GeoDataFrame(out, geometry=gdf.geometry.values, crs=4326))
    units = pd.concat(frames, ignore_index=True)
    return gpd.GeoDataFrame(units, geometry="geometry", crs=4326).sort_values(["level", "pcode"], ignore_index=True)


def admin_unit_records(units: gpd.GeoDataFrame) -> list[dict]:
    """Each unit as a place record (kind ``admin unit``, point = representative point).

    Names: OCHA's English and Arabic names (Arabic without the "مركز" centre prefix too) plus
    "X Governorate"/"X Province", "X District", "X Sub-district" forms reporters use.
    """
    records = []
    for row in units.itertuples(index=False):
        english = list(dict.fromkeys(n for n in (row.name, row.name_ref) if isinstance(n, str) and n))
        arabic = [row.name_ar] + ([row.name_ar.removeprefix(_AR_CENTRE)] if row.name_ar.startswith(_AR_CENTRE) else [])
        names = english + [f"{n} {s}" for n in english for s in _SUFFIXES[row.level]] + arabic
        point = row.geometry.representative_point()
        rec = {
            "source": "ocha", "ref": row.pcode, "name": row.name, "names": list(dict.fromkeys(names)),
            "name_ar": arabic[-1], "lat": point.y, "lon": point.x, "kind": "admin unit",
            "population": 0, "admin_level": row.level,
            "admin1": row.admin1, "admin1_pcode": row.admin1_pcode,
            "admin2": row.admin2, "admin2_pcode": row.admin2_pcode,
            "admin3": row.name if row.level == 3 else "", "admin3_pcode": row.pcode if row.level == 3 else "",
        }
        records.append(rec)
    return records


#: A point this close outside every unit (a city on the coast, a crossing on the border line, a
#: border village a few hundred metres off the boundary's line) takes the nearest unit.
EDGE_M = 2000.0


def join_admin(frame: pd.DataFrame, units: gpd.GeoDataFrame) -> pd.DataFrame:
    """Add admin1-3 names and P-codes to points (``lat``/``lon``) by point-in-polygon; a point
    outside every unit but within :data:`EDGE_M` of one takes the nearest.

    Points further outside Syria's units keep empty admin fields.
    """
    level3 = units[units["level"] == 3][["pcode", "name", "admin1", "admin1_pcode", "admin2",
                                         "admin2_pcode", "geometry"]]
    points = gpd.GeoDataFrame(frame[["lat", "lon"]].copy(), geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs=4326)
    joined = gpd.sjoin(points, level3, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    outside = joined["pcode"].isna()
    if outside.any():  # metric, so that the distance is metres
        near = gpd.sjoin_nearest(points[outside.to_numpy()].to_crs(32637), level3.to_crs(32637), how="left",
                                 max_distance=EDGE_M)
        near = near[~near.index.duplicated(keep="first")]
        joined.loc[near.index, level3.columns.drop("geometry")] = near[level3.columns.drop("geometry")]
    out = frame.copy()
    for col in ("admin1", "admin1_pcode", "admin2", "admin2_pcode"):
        out[col] = joined[col].fillna("").to_numpy()
    out["admin3"] = joined["name"].fillna("").to_numpy()
    out["admin3_pcode"] = joined["pcode"].fillna("").to_numpy()
    return out


def boundaries_geojson(units: gpd.GeoDataFrame, tolerance_m: float = 50.0) -> str:
    """The units as one GeoJSON text, simplified by ``tolerance_m`` metres, coordinates rounded.

    Topology between neighbours is not preserved exactly; 50 m is far below what reverse
    geocoding of reported places needs.
    """
    metric = units.to_crs(32637)
    simplified = metric.geometry.simplify(tolerance_m, preserve_topology=True).to_crs(4326)
    out = units.drop(columns=["name_ref"], errors="ignore").copy()
    out["geometry"] = simplified.set_precision(1e-5).values
    return out.to_json(drop_id=True, ensure_ascii=False, sort_keys=True)


def region_geometries(regions: list[dict], units: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Each region's polygon (the union of its units) with its id and name."""
    by_pcode = dict(zip(units["pcode"], units.geometry))
    shapes = [unary_union([by_pcode[c] for c in r["pcodes"]]) for r in regions]
    return gpd.GeoDataFrame({"id": [r["id"] for r in regions], "name": [r["name"] for r in regions],
                             "pcodes": ["|".join(r["pcodes"]) for r in regions]}, geometry=shapes, crs=4326)


def region_records(regions: list[dict], units: gpd.GeoDataFrame) -> list[dict]:
    """Regions as place records: point = representative point; admin fields shared by all units."""
    info = units.set_index("pcode")
    out = []
    for r, shape in zip(regions, region_geometries(regions, units).geometry):
        point = shape.representative_point()
        rows = info.loc[r["pcodes"]]
        rec = dict(r, lat=point.y, lon=point.x, admin_level=0,
                   admin3="", admin3_pcode="", admin2="", admin2_pcode="", admin1="", admin1_pcode="")
        if rows["admin1_pcode"].nunique() == 1:
            rec.update(admin1=rows["admin1"].iloc[0], admin1_pcode=rows["admin1_pcode"].iloc[0])
        if rows["admin2_pcode"].nunique() == 1 and rows["admin2_pcode"].iloc[0]:
            rec.update(admin2=rows["admin2"].iloc[0], admin2_pcode=rows["admin2_pcode"].iloc[0])
        out.append(rec)
    return out
