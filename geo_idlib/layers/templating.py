"""The jinja2 environment of our map elements: autoescaped HTML, plus a ``tojs`` filter.

Templates live in ``geo_idlib/templates/`` and follow folium's convention of ``header``,
``html`` and ``script`` macros. ``{{ x }}`` is HTML-escaped; ``{{ x|tojs }}`` is JSON that is
safe inside a ``<script>`` block.

>>> ENV.from_string("<b>{{ t }}</b><script>var d = {{ t|tojs }};</script>").render(t="<i>")
'<b>&lt;i&gt;</b><script>var d = "\\\\u003ci\\\\u003e";</script>'
"""
from __future__ import annotations

import jinja2
from markupsafe import Markup

from geo_idlib.layers.safe import json_for_script

ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("geo_idlib", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=False,
)
ENV.filters["tojs"] = lambda obj: Markup(json_for_script(obj))


def template(name: str) -> jinja2.Template:
    """The template ``geo_idlib/templates/<name>``."""
    return ENV.get_template(name)
