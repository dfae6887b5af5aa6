"""Making untrusted strings safe for HTML and for data embedded in ``<script>`` blocks."""
from __future__ import annotations

import html
import json
import re
from typing import Any

_HTTP_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(obj: Any) -> str:
    """Compact, key-sorted JSON that cannot close a ``<script>`` block or open a comment.

    >>> json_for_script({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False)
    return re.sub("[<>&'\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group(0)], text)


def safe_url(url: object) -> str:
    """``url`` if it is a plain http(s) URL, else ``""`` (``javascript:``, ``data:``... are dropped).

    >>> safe_url(" https://example.org/a?b=1 "), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', '')
    """
    text = str(url or "").strip()
    return text if _HTTP_URL.match(text) else ""


def escape_text(text: object) -> str:
    """HTML-escape ``text`` (quotes too), treating ``None`` as empty.

    >>> escape_text('"><b>')
    '&quot;&gt;&lt;b&gt;'
    """
    return html.escape("" if text is None else str(text), quote=True)
