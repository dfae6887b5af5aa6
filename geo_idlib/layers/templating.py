"""The jinja2 environment of our map elements, and rendering that never re-parses data.

Templates live in ``geo_idlib/templates/`` and follow folium's convention of ``header``,
``html`` and ``script`` macros. ``{{ x }}`` is HTML-escaped; ``{{ x|tojs }}`` is JSON that is
safe inside a ``<script>`` block.

branca's ``MacroElement.render`` wraps each macro's *output* in ``Element(...)``, which compiles
it as a jinja2 template again: a place name containing ``{{ ... }}`` would be evaluated (template
injection) or break the build. Our elements inherit :class:`LiteralRender`, which puts the
output into the page as plain text instead.

>>> ENV.from_string("<b>{{ t }}</b><script>var d = {{ t|tojs }};</script>").render(t="<i>")
'<b>&lt;i&gt;</b><script>var d = "\\\\u003ci\\\\u003e";</script>'
"""
from __future__ import annotations

from typing import Any

import jinja2
from branca.element import Element
from folium.map import Layer
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


class Literal(Element):
    """Text that goes into the page exactly as given (never parsed as a template).

    >>> Literal("{{ 7 * 7 }}").render()
    '{{ 7 * 7 }}'
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Literal"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class LiteralRender:
    """Mixin for branca ``MacroElement`` subclasses: macro output is added as :class:`Literal`.

    A folium ``Layer`` with ``show=True`` is also added to its parent, as ``Layer.render`` does.
    """

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        name = self.get_name()
        module = self._template.module
        for part, target in (("header", figure.header), ("html", figure.html),
                             ("script", figure.script)):
            macro = getattr(module, part, None)
            if macro is not None:
                target.add_child(Literal(str(macro(self, kwargs))), name=name)
        if isinstance(self, Layer) and self.show:
            figure.script.add_child(Literal(f"{name}.addTo({self._parent.get_name()});\n"),
                                    name=f"{name}_add")
        for child in self._children.values():
            child.render(**kwargs)
