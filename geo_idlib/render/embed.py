"""The iframe snippet to paste into an article: responsive, sandboxed, with the attribution line."""
from __future__ import annotations

import re

from geo_idlib.errors import InputError
from geo_idlib.layers.templating import template

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def embed_snippet(src: str, title: str) -> str:
    """HTML for an iframe showing the map at ``src`` (a relative path or an http(s) URL).

    >>> print(embed_snippet("idlib_demo.html", "Strikes <2018>").splitlines()[1][:60])
    <iframe src="idlib_demo.html" title="Strikes &lt;2018&gt;" l
    """
    if _SCHEME.match(src) and not src.lower().startswith(("http://", "https://")):
        raise InputError(f"the map's address must be relative or http(s): {src!r}")
    return template("embed.j2").render(src=src, title=title)
