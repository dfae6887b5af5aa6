"""Arabic letters and the Latin letters sources and reporters write for them (data only).

Each letter maps to its common renderings in English, French and scholarly romanisations,
lower case, without diacritics or ayn/hamza marks (those are removed before comparing), the
usual one first. An empty rendering means the letter is often left unwritten (ayn, hamza, a
final ha). How the renderings are compared with a Latin name is :mod:`geo_idlib.translit`.
"""
from __future__ import annotations

__all__ = ["LETTERS", "INITIAL_ALEF", "ARTICLE", "ARTICLE_VOWELS", "SUN_LETTERS", "SHORT_VOWELS"]

#: Every letter of Arabic script place names and its Latin renderings.
LETTERS: dict[str, tuple[str, ...]] = {
    # consonants
    "ب": ("b", "p"),
    "ت": ("t",),
    "ث": ("th", "t", "s"),
    "ج": ("j", "dj", "g", "dzh", "zh"),
    "ح": ("h", "hh"),
    "خ": ("kh", "ch", "x", "h", "k"),
    "د": ("d",),
    "ذ": ("dh", "z", "d", "th"),
    "ر": ("r",),
    "ز": ("z",),
    "س": ("s", "ss", "c"),
    "ش": ("sh", "ch", "sch", "s"),
    "ص": ("s", "ss", "c"),          # emphatic s
    "ض": ("d", "dh", "z"),          # emphatic d
    "ط": ("t",),                    # emphatic t
    "ظ": ("z", "dh", "th", "d"),    # emphatic dh
    "ع": ("", "a", "e", "aa"),      # ayn: a mark (removed) or the vowel it colours
    "غ": ("gh", "g"),               # ghayn
    "ف": ("f", "ph"),
    "ق": ("q", "k", "g", "c"),      # q is said g in Bedouin speech
    "ك": ("k", "c", "ck"),
    "ل": ("l",),
    "م": ("m",),
    "ن": ("n",),
    "ه": ("h", ""),                 # often silent at the end of a word
    # long vowels, also consonants (w, y)
    "ا": ("a", "aa", "e"),
    "و": ("w", "u", "o", "ou", "oo", "aw", "au", "ow", "v"),
    "ي": ("y", "i", "ee", "ie", "e", "ay", "ai", "ei", "ey", "iy"),
    "ى": ("a", "e", "i", "y"),      # alef maqsura: Mūsá
    "ة": ("a", "ah", "e", "eh", "at", "et", "h"),  # ta marbuta: -a, -ah, -at before a genitive
    # hamza and its seats
    "ء": ("",),
    "أ": ("a", "", "e", "o", "u"),
    "إ": ("i", "e", ""),
    "آ": ("a", "aa"),
    "ؤ": ("u", "o", "w", ""),
    "ئ": ("i", "e", "y", ""),
    # letters of Persian, Kurdish and Turkish names, and variant glyphs sources use
    "پ": ("p", "b"),
    "چ": ("ch", "j"),
    "ژ": ("zh", "j", "z"),
    "گ": ("g", "k"),
    "ڤ": ("v", "f"),
    "ک": ("k", "c"),
    "ی": ("y", "i", "ee", "ie", "e", "ay", "ai", "ei", "ey", "iy"),
    "ٱ": ("a", ""),
}
#: An alef that opens a word carries the word's first vowel (hamza written or not: ادلب = Idlib).
INITIAL_ALEF: tuple[str, ...] = ("a", "i", "e", "u", "o", "")
#: The article ال as sources write it before a moon letter ("al-Ghab", "el Bab") or dropped.
ARTICLE: tuple[str, ...] = ("al", "el", "il", "ul", "l", "")
#: Before a sun letter the article assimilates: a vowel and the letter (as-, ash-, at-, ad-, an-, ar-, az-).
ARTICLE_VOWELS: tuple[str, ...] = ("a", "e")
SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
#: Vowels a romanisation writes where Arabic script writes none.
SHORT_VOWELS = frozenset("aeiou")
