"""How Arabic words are written in reports: proclitics ("و" and, "ب" with, "ل" for, "ف" so) and
the article "ال" attach to the next word, so each listed word is spotted in every attached form;
diacritics and tatweel are dropped before reading."""
from __future__ import annotations

import re
from typing import Iterable

#: Proclitics a word may carry, outermost first ("وب" = "and with").
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_MARKS_RE = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # harakat, superscript alef, tatweel


def attached(words: Iterable[str], *, article: bool = True) -> list[str]:
    """Every form of ``words`` with a proclitic and (with ``article``) the article: "غارات",
    "وغارات", "الغارات", "بالغارات", "للغارات"...

    >>> attached(["غارة"], article=False)[:3]
    ['غارة', 'وغارة', 'فغارة']
    >>> "للغارات" in attached(["غارات"])
    True
    """
    out: list[str] = []
    for word in words:
        bare = word[2:] if word.startswith("ال") else word
        forms = [bare, "ال" + bare] if article or word.startswith("ال") else [bare]
        if word.startswith("ال") and not article:
            forms = [word]
        for form in forms:
            for clitic in PROCLITICS:
                if clitic.endswith("ل") and form.startswith("ال"):
                    out.append(clitic + form[1:])  # ل + ال = لل
                else:
                    out.append(clitic + form)
    return list(dict.fromkeys(out))


def normalise(text: str) -> str:
    """Arabic text without diacritics and tatweel (words then match their listed spelling).

    >>> normalise("قُتِلَ مدنيـون")
    'قتل مدنيون'
    """
    return _MARKS_RE.sub("", text)
