"""Arabic counts: number words (feminine and masculine, nominative and oblique), compounds ("واحد
وعشرون" = 21), ACLED's vague values ("عشرات" = 10), hedges and person words (singular, dual)."""
from __future__ import annotations

import re

from geo_idlib.reports.lang.ar.words import attached

_UNITS = {
    1: "واحد واحدة", 2: "اثنان اثنين اثنتان اثنتين إثنين", 3: "ثلاثة ثلاث", 4: "أربعة أربع اربعة اربع",
    5: "خمسة خمس", 6: "ستة ست", 7: "سبعة سبع", 8: "ثمانية ثماني ثمان", 9: "تسعة تسع", 10: "عشرة عشر",
}
_TENS = {20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "أربعون أربعين اربعين", 50: "خمسون خمسين",
         60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين"}
_BIG = {100: "مئة مائة", 200: "مئتان مئتين مائتين", 1000: "ألف الف", 2000: "ألفان ألفين",
        1_000_000: "مليون", 2_000_000: "مليونان مليونين"}
#: Number words and their values (units, teens, tens, hundreds, thousands).
WORD_VALUES: dict[str, int] = {}
for _table in (_UNITS, _TENS, _BIG):
    for _value, _words in _table.items():
        WORD_VALUES.update(dict.fromkeys(_words.split(), _value))
for _value in range(3, 10):  # "ثلاثة عشر" = 13
    for _unit in _UNITS[_value].split():
        WORD_VALUES[f"{_unit} عشر"] = WORD_VALUES[f"{_unit} عشرة"] = 10 + _value
WORD_VALUES.update({"أحد عشر": 11, "إحدى عشرة": 11, "احد عشر": 11, "اثنا عشر": 12, "اثني عشر": 12,
                    "اثنتا عشرة": 12, "اثنتي عشرة": 12})
#: Plural scales after a number ("25 ألف", "ثلاثة ملايين", "3 آلاف").
SCALES = {"ألف": 1000, "الف": 1000, "آلاف": 1000, "ألفا": 1000, "مليون": 1_000_000, "ملايين": 1_000_000}
#: ACLED's fixed values for vague plurals, with their attached forms.
VAGUE_VALUES = {w: v for base, v in (("عشرات", 10), ("مئات", 100), ("آلاف", 1000)) for w in attached([base])}
_VAGUE = "|".join(sorted(map(re.escape, VAGUE_VALUES), key=len, reverse=True))
VAGUE_PATTERN = rf"(?:{_VAGUE})(?:\s+(?:الآلاف|آلاف))?"
#: Hedges and their canonical names.
QUALIFIERS = {"أكثر من": "over", "اكثر من": "over", "ما لا يقل عن": "at least", "لا يقل عن": "at least",
              "ما لا يقلّ عن": "at least", "على الأقل": "at least", "نحو": "about", "حوالي": "about",
              "حوالى": "about", "قرابة": "nearly", "ما يقارب": "nearly", "زهاء": "about", "ما يزيد عن": "over",
              "ما يزيد على": "over", "أزيد من": "over", "ما يصل إلى": "up to"}
_WORD = "|".join(sorted((re.escape(w) for w in WORD_VALUES), key=len, reverse=True))
_ONES = "|".join(sorted((re.escape(w) for v, ws in _UNITS.items() if v < 10 for w in ws.split()), key=len,
                        reverse=True))
_TEN_WORDS = "|".join(re.escape(w) for ws in _TENS.values() for w in ws.split())
#: One number in words: "ثلاثة", "خمسة عشر", "واحد وعشرون".
UNIT = rf"(?:(?:{_ONES})\s+و(?:{_TEN_WORDS})|(?:{_WORD}))"
#: Kin named by their relation to the person before ("امرأة وطفلها"): a count only in a list.
KIN = ("طفلها طفله ابنها ابنه ابنتها ابنته زوجها زوجته شقيقه شقيقها والدته والده أمه ابنهما طفليها طفليه ابنيها "
       "ابنيه طفلهما ابنتهما طفلتهما طفلته طفلتها طفليهما ابنيهما")
#: Persons a report may list one by one: singular 1, dual 2, plural 0.
PERSONS = {
    **dict.fromkeys("رجل امرأة سيدة طفل طفلة فتاة شاب مدني مدنيا مواطن شهيد شهيدا قتيل قتيلا مسن عجوز رضيع شخص "
                    "شخصا آخر".split(), 1),
    **dict.fromkeys("طفلها طفله ابنها ابنه ابنتها ابنته زوجها زوجته شقيقه شقيقها والدته والده أمه ابنهما طفلهما "
                    "ابنتهما طفلتهما طفلته طفلتها".split(), 1),
    **dict.fromkeys("طفلان طفلين امرأتان امرأتين شهيدان شهيدين قتيلان قتيلين شقيقان شقيقين رجلان رجلين "
                    "طفليها طفليه ابنيها ابنيه طفليهما ابنيهما شخصان شخصين مدنيان".split(), 2),
    **dict.fromkeys("أطفال اطفال نساء رجال مدنيين مدنيون أشخاص اشخاص شهداء قتلى إخوة اخوة أشقاء مواطنين "
                    "أطفالها أطفاله أولاده أولادها".split(), 0),
}
#: Words before a lone person that make it no count ("بين قتيل وجريح": dead and wounded alike).
NO_COUNT_BEFORE = frozenset({"بين"})
ADJECTIVES: tuple[str, ...] = ()
DETERMINERS: tuple[str, ...] = ()
RANGE = ("إلى", "الى", "و")
BETWEEN = ("بين", "و")
#: What joins listed persons: "امرأة وطفلها" (the "و" is attached to the next item).
LIST_GAP = r"\s*،?\s*"
#: What parts the two sides' figures of one toll: "١٢ عنصرا من قوات النظام، مقابل ٨ مقاتلين" (against 8
#: fighters) counts 20, in the same phrase.
SUM_GAP = r"[^.؛:\d]{0,80}?\s+مقابل\s+"


def word_value(text: str) -> int:
    """The value of a number written in words ("واحد وعشرون" = 21).

    >>> word_value("واحد وعشرون"), word_value("خمسة عشر"), word_value("ثلاثة")
    (21, 15, 3)
    """
    text = " ".join(text.split())
    if text in WORD_VALUES:
        return WORD_VALUES[text]
    unit, _, tens = text.partition(" و")
    return WORD_VALUES[unit] + WORD_VALUES[tens]


def vague_value(text: str) -> int:
    """ACLED's value of a vague quantity ("عشرات الآلاف" = 10,000).

    >>> vague_value("عشرات الآلاف"), vague_value("مئات")
    (10000, 100)
    """
    words = text.split()
    return VAGUE_VALUES[words[0]] * (1000 if len(words) > 1 else 1)
