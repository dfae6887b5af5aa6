"""Inline JS/CSS: Leaflet and MarkerCluster from the XStatic PyPI packages, plus our own files.

Nothing here is fetched from the network: every asset is read from an installed package and
emitted inside the HTML as ``<script>``/``<style>`` text, images as ``data:`` URIs.
"""
from __future__ import annotations

import base64
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import xstatic.pkg.leaflet as xs_leaflet
import xstatic.pkg.leaflet_markercluster as xs_cluster
from branca.element import Element

from folium.template import Template

#: name -> (package data folder, file) of every third-party asset we inline.
_XSTATIC = {
    "leaflet.js": (xs_leaflet.BASE_DIR, "leaflet.js"),
    "leaflet.css": (xs_leaflet.BASE_DIR, "leaflet.css"),
    "markercluster.js": (xs_cluster.BASE_DIR, "leaflet.markercluster.js"),
    "markercluster.css": (xs_cluster.BASE_DIR, "MarkerCluster.css"),
}


def _data_uri(path: Path) -> str:
    mime = {".png": "image/png", ".svg": "image/svg+xml"}[path.suffix]
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """The text of a third-party asset (see ``_XSTATIC``) or one of our ``templates/`` files.

    CSS ``url(images/x.png)`` references become ``data:`` URIs.

    >>> "Leaflet 1.9.3" in asset("leaflet.js"), "url(data:image/png;base64," in asset("leaflet.css")
    (True, True)
    """
    if name in _XSTATIC:
        folder, filename = _XSTATIC[name]
        path = Path(folder) / filename
        text = path.read_text(encoding="utf-8")
        if name.endswith(".css"):
            text = re.sub(r"url\((images/[\w.-]+\.png)\)",
                          lambda m: f"url({_data_uri(path.parent / m.group(1))})", text)
        return text
    return (resources.files("geo_idlib") / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def default_icon_js() -> str:
    """JS pointing Leaflet's default marker icon at inline images instead of ``images/``."""
    images = Path(xs_leaflet.BASE_DIR) / "images"
    return ("L.Icon.Default.mergeOptions({"
            f"iconUrl:'{_data_uri(images / 'marker-icon.png')}',"
            f"iconRetinaUrl:'{_data_uri(images / 'marker-icon-2x.png')}',"
            f"shadowUrl:'{_data_uri(images / 'marker-shadow.png')}'}});")


class InlineScript(Element):
    """A ``<script>`` holding JS text (``</script`` inside it is neutralised).

    >>> InlineScript("var a = '</script>';").render()
    "<script>var a = '<\\\\/script>';</script>"
    """

    _template = Template("<script>{{ this.code }}</script>")

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "InlineScript"
        self.code = re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


class InlineStyle(Element):
    """A ``<style>`` holding CSS text (``</style`` inside it is neutralised)."""

    _template = Template("<style>{{ this.code }}</style>")

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "InlineStyle"
        self.code = re.sub(r"</(style)", r"<\\/\1", code, flags=re.IGNORECASE)
