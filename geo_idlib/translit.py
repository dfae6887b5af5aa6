"""How well a Latin name renders an Arabic-script name: a sound transliteration, letter by letter.

Most villages of the north-west have no Arabic name in the sources, only Latin ones ("Kansafrah",
"Kafr Sajnah", "Maar Shurin"). :func:`similarity` aligns the Arabic letters with a Latin name
through the letter table of :mod:`geo_idlib.arabic_letters` (emphatics, ayn, ghayn, hamza
seats, ta marbuta, alef maqsura, long vowels as vowels or consonants, the article and its
sun-letter assimilation) at the least cost: short vowels the script does not write and doubled
letters cost little, a letter left out or a Latin consonant with no Arabic letter cost much.

>>> round(similarity("كنصفرة", "Kansafrah"), 2), round(similarity("كفرومة", "Kafr Hum"), 2)
(0.95, 0.74)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from geo_idlib.arabic_letters import (ARTICLE, ARTICLE_VOWELS, INITIAL_ALEF, LETTERS, SHORT_VOWELS,
                                      SUN_LETTERS)
from geo_idlib.names import AR_PREFIXES, ARTICLES, is_arabic, skeleton, tokens

__all__ = ["cost", "similarity", "sound_keys"]

SHORT_VOWEL_COST = 0.15  # a vowel the script does not write
DOUBLING_COST = 0.0  # Maarrat, Hass, Tall: doubled letters (shadda) are a spelling choice
FINAL_H_COST = 0.2  # Danah, Muqah: an h after a final vowel
CONSONANT_COST = 1.0  # a Latin consonant no Arabic letter accounts for
#: The cost of leaving out an Arabic letter that has no silent rendering.
DROP_COST = {"ا": 0.5, "و": 0.5, "ي": 0.5, "ى": 0.5, "ی": 0.5, "ة": 0.4, "ح": 0.6}
DROP_CONSONANT = 1.0

_TASHKEEL_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_WORD_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_ALEFS = frozenset("اأإآٱ")
Unit = tuple[tuple[str, ...], float]  # Latin renderings, cost of leaving the letter out


@lru_cache(maxsize=65536)
def _units(arabic: str) -> tuple[Unit, ...]:
    """The Arabic name as units to align: one per letter, one for each article."""
    text = _TASHKEEL_RE.sub("", unicodedata.normalize("NFKC", arabic))
    words = _WORD_RE.findall(text)
    if len(words) > 1 and words[0] in AR_PREFIXES:
        words = words[1:]
    out: list[Unit] = []
    for word in words:
        if word.startswith("ال") and len(word) > 3:
            nxt = word[2]
            assimilated = tuple(v + r for v in ARTICLE_VOWELS for r in LETTERS.get(nxt, ()) if r) \
                if nxt in SUN_LETTERS else ()
            out.append((ARTICLE + assimilated, 0.0))
            word = word[2:]
        for i, ch in enumerate(word):
            if ch in _ALEFS and i == 0:
                out.append((INITIAL_ALEF, 0.0))
            elif ch == "ة" and word[i - 1:i] == "ا":  # -āh is written -a once: Hama (حماة)
                out.append((LETTERS[ch] + ("",), 0.0))
            elif ch in LETTERS:
                out.append((LETTERS[ch], DROP_COST.get(ch, DROP_CONSONANT)))
    return tuple(out)


@lru_cache(maxsize=65536)
def _latin(name: str) -> tuple[str, tuple[float, ...]]:
    """The Latin name's letters (tokens joined) and the cost of each letter left unmatched."""
    words = tokens(name)
    text = "".join(words)
    ends = set()
    at = 0
    for w in words:
        at += len(w)
        ends.add(at - 1)
    costs = []
    for k, ch in enumerate(text):
        if k and ch == text[k - 1]:
            costs.append(DOUBLING_COST)
        elif ch in SHORT_VOWELS:
            costs.append(SHORT_VOWEL_COST)
        elif ch == "h" and k in ends and k and text[k - 1] in SHORT_VOWELS:
            costs.append(FINAL_H_COST)
        else:
            costs.append(CONSONANT_COST)
    return text, tuple(costs)


@lru_cache(maxsize=262144)
def cost(arabic: str, latin: str) -> float:
    """The least cost of writing ``arabic`` as ``latin`` (0 for a perfect rendering).

    >>> cost("حاس", "Hass"), cost("قسطون", "Qastun")
    (0.0, 0.15)
    """
    units = _units(arabic)
    text, ins = _latin(latin)
    m = len(text)
    row = [0.0] * (m + 1)
    for j in range(m):
        row[j + 1] = row[j] + ins[j]
    for renderings, drop in units:
        new = [row[0] + (0.0 if "" in renderings else drop)] + [0.0] * m
        for j in range(1, m + 1):
            best = row[j] + drop
            for r in renderings:
                n = len(r)
                if n <= j and (n == 0 or text.startswith(r, j - n)):
                    c = row[j - n]
                    if c < best:
                        best = c
            c = new[j - 1] + ins[j - 1]
            new[j] = c if c < best else best
        row = new
    return round(row[m], 4)


def similarity(arabic: str, latin: str) -> float:
    """1 for a perfect rendering, falling by the cost per Arabic letter (0 at worst)."""
    units = _units(arabic)
    if not units:
        return 0.0
    return max(0.0, 1.0 - cost(arabic, latin) / len(units))


@lru_cache(maxsize=65536)
def sound_keys(name: str) -> frozenset[str]:
    """The consonant skeletons Arabic script may spell ``name`` by (any script): the whole
    name's (one word: كفرومة = Kafr Rumah), its words' joined (two words, each with its own
    letters: كويرس شرقي = Kuwayris Sharqi), and without the -t of a first word's ta marbuta
    (معرة حرمة = Ma'arrat Hurmah).

    >>> sorted(sound_keys("Ma'arrat Hurmah"))
    ['mrrm', 'mrtrm']
    """
    words = [w for w in (name.split() if is_arabic(name) else tokens(name)) if w not in ARTICLES]
    skels = [skeleton(w) for w in words]
    keys = {skeleton(name), "".join(skels)}
    keys.add("".join(k[:-1] if i < len(skels) - 1 and k.endswith("t") and not is_arabic(name) else k
                     for i, k in enumerate(skels)))
    return frozenset(keys - {""})
