"""The strikes payload as it was built before issue 12 (one row at a time): the reference the
column-wise :func:`geo_idlib.layers.strikes.strike_payload` must agree with."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from geo_idlib.layers.strikes import NO_FIGURE, TEXT_COLUMNS, _int_or_missing, _text, _urls, precision_radius_m
from geo_idlib.layers.symbols import OTHER, SYMBOLS


def reference_payload(events: pd.DataFrame, admin_radius_m: Mapping[str, float] | None = None) -> dict:
    """The JSON-ready payload of ``events`` (ACLED-style columns; missing ones count as empty)."""
    radii = admin_radius_m or {}
    strings: dict[str, int] = {"": 0}

    def intern(value: object) -> int:
        return strings.setdefault(_text(value), len(strings))

    types = sorted({_text(t) for t in events.get("sub_event_type", pd.Series(dtype=str))})
    known_types = [t for t in SYMBOLS if t in types]
    type_index = {t: known_types.index(t) if t in known_types else len(known_types) for t in types}
    tolls = "fatalities" in events
    dates = sorted({_text(d)[:10] for d in events["event_date"]} - {""})
    date_index = {d: i for i, d in enumerate(dates)} | {"": -1}  # -1: undated
    cols: dict[str, list] = {k: [] for k in ("lat", "lon", "d", "tp", "t", "fmin", "fmax", "f",
                                             "people", "prec", "r", "url", *TEXT_COLUMNS)}
    for row in events.to_dict("records"):
        cols["lat"].append(int(round(float(row["latitude"]) * 1e5)))
        cols["lon"].append(int(round(float(row["longitude"]) * 1e5)))
        cols["d"].append(date_index[_text(row["event_date"])[:10]])
        cols["tp"].append(max(1, _int_or_missing(row.get("time_precision"))))
        cols["t"].append(type_index.get(_text(row.get("sub_event_type")), len(known_types)))
        best = _int_or_missing(row.get("fatalities"))
        low = _int_or_missing(row.get("fatalities_min"))
        high = _int_or_missing(row.get("fatalities_max"))
        if low < 0 and high < 0 and best <= 0:  # no figure: ACLED's 0 (or no such column) is none reported,
            best = NO_FIGURE if tolls and pd.isna(row.get("fatalities")) else -1  # an empty toll has no figure
        cols["f"].append(best if best >= 0 else low)  # the symbol's size: the smallest without a figure
        cols["fmin"].append(low if low >= 0 else best)
        cols["fmax"].append(high if high >= 0 else best)
        cols["people"].append(_int_or_missing(row.get("people")))
        cols["prec"].append(min(3, max(1, _int_or_missing(row.get("geo_precision")))))
        cols["r"].append(precision_radius_m(row, radii))
        cols["url"].append(intern(_urls(row.get("source_url"))))
        for key in TEXT_COLUMNS:
            cols[key].append(intern(row.get(key)))
    symbols = [SYMBOLS[t] for t in known_types] + [OTHER]
    return {
        "n": len(events), "dates": dates, "strings": list(strings), "cols": cols,
        "types": [{"name": s.label, "path": s.path, "colour": s.colour} for s in symbols],
    }
