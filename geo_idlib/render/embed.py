"""The iframe snippets to paste into an article: responsive from 320 to 1200 px, sandboxed,
with the attribution line. :func:`embed_snippet` points at the map where it is hosted;
:func:`standalone_snippet` carries the whole map inside (``srcdoc``), so it needs no hosting."""
from __future__ import annotations

import re

from geo_idlib.errors import InputError
from geo_idlib.layers.templating import template

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def embed_snippet(src: str, title: str) -> str:
    """HTML for an iframe showing the map at ``src`` (a relative path or an http(s) URL).

    >>> print(embed_snippet("idlib_demo.html", "Strikes <2018>").splitlines()[3][:60])
    <iframe src="idlib_demo.html" title="Strikes &lt;2018&gt;" l
    """
    if _SCHEME.match(src) and not src.lower().startswith(("http://", "https://")):
        raise InputError(f"the map's address must be relative or http(s): {src!r}")
    hosted = "a relative address: it works only where the map file is hosted beside the article" \
        if not _SCHEME.match(src) else "the address where the map file is hosted"
    return template("embed.j2").render(src=src, srcdoc=None, title=title, hosted=hosted)


def standalone_snippet(html: str, title: str) -> str:
    """HTML for an iframe that holds the whole map page ``html`` (escaped into ``srcdoc``).

    >>> snippet = standalone_snippet("<p title='x'>map & key</p>", "Strikes")
    >>> 'srcdoc="&lt;p title=&#39;x&#39;&gt;map &amp; key&lt;/p&gt;"' in snippet
    True
    """
    return template("embed.j2").render(src=None, srcdoc=html, title=title, hosted="")
