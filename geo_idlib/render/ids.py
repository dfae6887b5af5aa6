"""Deterministic element ids: folium/branca give every element a random id; we renumber them."""
from __future__ import annotations

from collections.abc import Iterator

from branca.element import Element, Figure


def walk(root: Element) -> Iterator[Element]:
    """Every element under ``root`` (itself first), depth first in insertion order."""
    stack = [root]
    while stack:
        element = stack.pop()
        yield element
        children = list(element._children.values())
        if isinstance(element, Figure):
            children = [element.header, element.html, element.script] + children
        stack.extend(reversed(children))


def renumber(root: Element) -> None:
    """Give every element under ``root`` an id from a counter, so names repeat across runs.

    >>> import folium
    >>> m = folium.Map(tiles=None)
    >>> renumber(m.get_root()); m.get_name()
    'map_0005'
    """
    for number, element in enumerate(walk(root)):
        element._id = f"{number:04d}"
