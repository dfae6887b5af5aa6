"""Pure string functions that make transliterations of one Arabic place name comparable.

Three keys, from strict to loose:

* :func:`fold` — a Latin *folded key*: case, diacritics, ayn/hamza marks, spaces and hyphens,
  the Arabic article (al-/el-/ad-/ash-/...), Kafr/Kfar, doubled letters, French and English
  spellings and vowel variants (ou/u/oo, ee/i, e/a) all collapse. ``fold("Jisr Al-Shughour") ==
  fold("Jisr ash Shughur")``.
* :func:`fold_arabic` — the same for Arabic script: tashkeel, alef/hamza forms, ta marbuta,
  alef maqsura, Persian letter forms, the article and word breaks go.
* :func:`skeleton` — the consonant skeleton shared by both scripts (vowels, weak letters and the
  article dropped, letters merged into classes), so ``skeleton("سراقب") == skeleton("Saraqeb")``.

No I/O and no data here: the gazetteer builds its indexes from these keys.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_arabic", "skeleton", "is_arabic", "tokens", "slug", "ARTICLES"]

_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")

#: Standalone forms of the Arabic article as reporters write it, including the assimilated ones.
ARTICLES = frozenset(
    "al el il ul l ad ed an en ar er as es ash esh ech at et ath eth az ez adh edh".split()
)
# Articles glued to the next word by a hyphen or apostrophe ("al-Shughur", "el'Bab"), or written
# as one word with the sun-letter doubling ("Ashshaykh") are split off by the separators regex.
_SEP_RE = re.compile(r"[^0-9a-z]+")
_MARKS = "`'\u2018\u2019\u02bf\u02be\u02bb\u02bc\u00b4\u2032\u055a"  # ayn/hamza/apostrophes

_LATIN_SUBS = [
    # French and other European spellings first (before vowels fold): ch=sh, dj=j, ou=u
    (re.compile(r"tch"), "ch"),
    (re.compile(r"dj|dzh|dsch|zh"), "j"),
    (re.compile(r"sch|ch"), "sh"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"q|c"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"dh"), "z"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w(?=[^aeiouy]|$)"), "u"),  # "Khirbat Ma'rawa" vs "Marauw": w as a vowel
    # vowels: oo/ou/o -> u, ee/ie -> i, e -> a; diphthongs ai/ei/ey -> ay, au/aw -> aw
    (re.compile(r"ou|oo|o"), "u"),
    (re.compile(r"(?<=[aei])u(?=[aei])"), "w"),  # "Aouid" = "Aweid": u between vowels is w
    (re.compile(r"ee|ie|ea(?=[^aeiouy]|$)"), "i"),
    (re.compile(r"e"), "a"),
    (re.compile(r"ai|ay|ei|ey"), "ay"),
    (re.compile(r"iy(?=[^aeiou]|$)"), "i"),
    (re.compile(r"uw(?=[^aeiou]|$)"), "u"),
    (re.compile(r"(?<=[aiu])h$"), ""),  # ta marbuta / final h: Danah = Dana, Jableh = Jabla
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters: Maarrat = Marat, Tall = Tal
]

_ABU = {"abul": "abu", "abol": "abu", "aboul": "abu", "abel": "abu", "abo": "abu"}  # Abul Thohur
_KAFR_RE = re.compile(r"^(?:kafr|kfar|kfr|kaffar|kafar|kefr|kefer|kafer|kufr|kfer)")


def is_arabic(text: str) -> bool:
    """True when ``text`` holds Arabic-script letters.

    >>> is_arabic("سراقب"), is_arabic("Saraqeb")
    (True, False)
    """
    return bool(_ARABIC_RE.search(text))


def _strip_latin(text: str) -> str:
    text = text.replace("\u0131", "i").replace("\u0130", "I").replace("\u00df", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for mark in _MARKS:
        text = text.replace(mark, "")
    return text.lower()


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased Latin word tokens with diacritics and ayn/hamza marks removed.

    >>> tokens("Ma`arrat an-Nu`man")
    ('maarrat', 'an', 'numan')
    """
    return tuple(t for t in _SEP_RE.split(_strip_latin(text)) if t)


def slug(name: str) -> str:
    """A name as an id-friendly slug ("place" when nothing is left).

    >>> slug("Ma`arrat an-Nu`man"), slug("سراقب")
    ('maarrat-an-numan', 'place')
    """
    return "-".join(tokens(name)) or "place"


@lru_cache(maxsize=65536)  # words recur across names ("kafr", "tall", "sharqi")
def _fold_token(token: str) -> str:
    for pattern, repl in _LATIN_SUBS:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The folded key of a Latin-script name ('' when nothing is left).

    >>> fold("Abu al-Duhur") == fold("Abu ad Duhur") == fold("Abou ed Douhour")
    True
    >>> fold("Kfar Nobol")
    'kafrnubul'
    """
    if is_arabic(name):
        return fold_arabic(name)
    words = [_ABU.get(w, w) for w in tokens(name) if w not in ARTICLES]
    out = []
    for w in words:
        m = _KAFR_RE.match(w)
        if m:  # Kafranbel -> kafr + anbel, Kfar -> kafr
            out.append("kafr")
            w = w[m.end():]
        out.append(_fold_token(w))
    key = "".join(out)
    return re.sub(r"([a-z])\1+", r"\1", key)


# ---------------------------------------------------------------- Arabic script
_TASHKEEL_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_AR_MAP = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ۀ": "ه", "ە": "ه",
        "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ئ": "ي",
        "ؤ": "و", "ۆ": "و", "ۇ": "و",
        "ک": "ك", "ڪ": "ك", "گ": "ك",
        "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
    }
)
_AR_WORD_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
#: Words that open OCHA sub-district names ("مركز إدلب" = centre of Idlib) without being the name.
AR_PREFIXES = ("مركز",)


def _arabic_words(name: str) -> list[str]:
    """Normalised Arabic words (ta marbuta kept), without the article or the "centre" prefix."""
    text = _TASHKEEL_RE.sub("", unicodedata.normalize("NFKC", name)).translate(_AR_MAP)
    words = _AR_WORD_RE.findall(text)
    if len(words) > 1 and words[0] in AR_PREFIXES:
        words = words[1:]
    out = []
    for w in words:
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        elif w.startswith("وال") and len(w) > 4:
            w = w[3:]
        out.append(w)
    return out


@lru_cache(maxsize=65536)
def fold_arabic(name: str) -> str:
    """The folded key of an Arabic-script name: one word or two, with or without the article.

    >>> fold_arabic("كفرنبودة") == fold_arabic("كَفْر نَبُّودَة")
    True
    >>> fold_arabic("الدانا") == fold_arabic("دانا")
    True
    """
    return "".join(_arabic_words(name)).replace("ة", "ه")


# ---------------------------------------------------------------- consonant skeleton
# Letter classes shared by both scripts. Weak letters (alef, waw, ya, ayn, hamza, h/ta marbuta)
# are dropped because romanisations keep or drop them at will.
_AR_SKELETON = str.maketrans(
    {
        "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "", "خ": "x", "د": "d", "ذ": "d",
        "ر": "r", "ز": "d", "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "d",
        "ع": "", "غ": "k", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
        "ه": "", "ة": "", "و": "", "ي": "", "ا": "", "ء": "",
    }
)
_LATIN_SKELETON_SUBS = [
    (re.compile(r"sh"), "S"),
    (re.compile(r"kh"), "x"),
    (re.compile(r"th"), "t"),
    (re.compile(r"z"), "d"),
    (re.compile(r"g"), "k"),  # q is said g in Syrian Bedouin speech ("Shegag" = Shiqaq); gh = g
    (re.compile(r"[aeiouyhw]"), ""),
    (re.compile(r"([a-zSx])\1+"), r"\1"),
]


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of a name in either script.

    >>> skeleton("سراقب") == skeleton("Saraqeb") == skeleton("Sarakib")
    True
    >>> skeleton("خان شيخون") == skeleton("Khan Cheikhoun")
    True
    """
    if is_arabic(name):
        words = _arabic_words(name)
        # ta marbuta is pronounced -t before another word (Ma'arrat an-Nu'man), silent at the end
        words = [w[:-1] + "ت" if w.endswith("ة") and i < len(words) - 1 else w for i, w in enumerate(words)]
        key = "".join(words).translate(_AR_SKELETON)
        key = "".join(ch for ch in key if ch.isascii())
    else:
        key = fold(name)
        for pattern, repl in _LATIN_SKELETON_SUBS:
            key = pattern.sub(repl, key)
    return re.sub(r"([a-zSx])\1+", r"\1", key)
