"""The strike symbols: one SVG path and colour per sub_event_type, sized by sqrt(fatalities).

Paths live in a 24x24 box; the same path draws the SVG markers, the canvas points of large
maps (through ``Path2D``) and the legend.

>>> SYMBOLS["Air/drone strike"].colour
'#D55E00'
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from geo_idlib.layers.safe import escape_text


@dataclass(frozen=True)
class Symbol:
    """How one sub_event_type is drawn: an SVG path in a 24x24 box and a fill colour."""

    label: str
    path: str
    colour: str


#: One symbol per sub_event_type we produce; colours from the Okabe-Ito colour-blind-safe set.
SYMBOLS: dict[str, Symbol] = {
    "Air/drone strike": Symbol("Air/drone strike", "M2 3h20L12 22z", "#D55E00"),
    "Shelling/artillery/missile attack": Symbol(
        "Shelling, artillery, missile", "M12 1l11 11-11 11L1 12z", "#E69F00"),
    "Armed clash": Symbol(
        "Armed clash", "M2 6l4-4 6 6 6-6 4 4-6 6 6 6-4 4-6-6-6 6-4-4 6-6z", "#CC79A7"),
    "Government regains territory": Symbol(
        "Government regains territory", "M3 3h18v18H3z", "#0072B2"),
    "Non-state actor overtakes territory": Symbol(
        "Non-state actor overtakes territory", "M12 1l10 5.5v11L12 23 2 17.5v-11z", "#009E73"),
    "Displacement": Symbol("Displacement", "M1 8h12V3l10 9-10 9v-5H1z", "#56B4E9"),
    "Remote explosive/landmine/IED": Symbol(
        "Car bomb, IED, landmine", "M12 1l3 7 8 1-6 5 2 8-7-4-7 4 2-8-6-5 8-1z", "#F0E442"),
}
#: What any other (or missing) sub_event_type gets.
OTHER = Symbol("Other or unknown type", "M12 2a10 10 0 1 0 0.01 0z", "#555555")

MIN_PX, MAX_PX = 12, 48


def size_px(fatalities: float) -> int:
    """Symbol size in pixels: its area grows with the number killed (radius ~ sqrt).

    >>> size_px(0), size_px(4), size_px(100), size_px(10_000)
    (12, 18, 42, 48)
    """
    f = max(0.0, float(fatalities)) if fatalities == fatalities else 0.0
    return int(min(MAX_PX, round(MIN_PX + 3 * math.sqrt(f))))


def svg(symbol: Symbol, px: int) -> str:
    """An inline ``<svg>`` of ``symbol`` at ``px`` pixels (for legends and popups).

    >>> svg(OTHER, 12)[:40]
    '<svg xmlns="http://www.w3.org/2000/svg" '
    """
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" '
            f'viewBox="0 0 24 24" aria-hidden="true"><path d="{escape_text(symbol.path)}" '
            f'fill="{escape_text(symbol.colour)}" stroke="#fff" stroke-width="1.5"/></svg>')
