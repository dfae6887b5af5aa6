"""Arabic dates: Levantine and Gulf month names, weekdays, "اليوم" (today), "أمس" (yesterday) and
the date patterns (named by kind as in :mod:`geo_idlib.reports.dates`)."""
from __future__ import annotations

from geo_idlib.reports.lang.ar.words import attached

_MONTH_NAMES = {
    1: "كانون الثاني|يناير", 2: "شباط|فبراير", 3: "آذار|اذار|مارس", 4: "نيسان|أبريل|ابريل|إبريل",
    5: "أيار|ايار|مايو", 6: "حزيران|يونيو|يونيه", 7: "تموز|يوليو|يوليه", 8: "آب|اب|أغسطس|اغسطس",
    9: "أيلول|ايلول|سبتمبر", 10: "تشرين الأول|تشرين الاول|أكتوبر|اكتوبر", 11: "تشرين الثاني|نوفمبر",
    12: "كانون الأول|كانون الاول|ديسمبر",
}
MONTHS = {name: n for n, names in _MONTH_NAMES.items() for name in names.split("|")}
_WEEKDAY_NAMES = {0: "الاثنين|الإثنين|الأثنين", 1: "الثلاثاء", 2: "الأربعاء|الاربعاء", 3: "الخميس",
                  4: "الجمعة", 5: "السبت", 6: "الأحد|الاحد"}
# weekdays always take the article: bare "اثنين" is two, "واحد" one, "أحد" one of
WEEKDAYS = {form: n for n, names in _WEEKDAY_NAMES.items() for form in attached(names.split("|"), article=False)}
_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_TEENS = ["الحادي عشر", *(u + " عشر" for u in _UNITS[1:])]
#: Day ordinals ("في الخامس من أيار", "الحادي والعشرين من آب").
ORDINALS = {**{u: n for n, u in enumerate(_UNITS, 1)}, "الاول": 1, "العاشر": 10,
            **{t: n for n, t in enumerate(_TEENS, 11)}, "العشرين": 20, "الثلاثين": 30,
            **{("الحادي" if n == 1 else u) + " والعشرين": 20 + n for n, u in enumerate(_UNITS, 1)},
            "الحادي والثلاثين": 31}
#: Days back from the publication date.
DAYS_BACK = {"اليوم": 0, "أمس": 1, "امس": 1, "البارحة": 1, "الأمس": 1, "أول أمس": 2, "أول امس": 2,
             "اول أمس": 2, "اول امس": 2}
#: The words before a whole year ("عام 2019").
YEAR_BEFORE = frozenset({"عام", "العام", "سنة"})
DAY_COUNTS = {"يوم": 1, "يومين": 2, "يومان": 2, "ثلاثة أيام": 3}
#: Direction words of relative dates: +1 after, -1 before, 0 the same day ("في اليوم ذاته").
DIRECTIONS = {"بعد": 1, "قبل": -1, "التالي": 1, "السابق": -1, "ذاته": 0, "نفسه": 0, "ذات": 0, "نفس": 0}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = rf"(?P<month>{_alt(MONTHS)})(?:\s*/\s*(?:{_alt(MONTHS)}))?"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_REL = _alt(attached([w for w in DAYS_BACK if " " not in w], article=False) + [w for w in DAYS_BACK if " " in w])
#: Date patterns by kind; each starts with a word boundary.
PATTERNS = (
    ("iso", rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("dmy", rf"\b(?P<day>[0-3]?\d)[/.-](?P<mnum>[01]?\d)[/.-]{_YEAR}\b"),  # 18/5/2019: the day first
    ("ordinal_month", rf"\b(?P<ordinal>{_alt(ORDINALS)})\s+من\s+(?:شهر\s+)?{_MONTH}(?:\s*(?:عام|سنة)?\s*{_YEAR})?"),
    ("day_month", rf"\b{_DAY}\s+(?:من\s+)?(?:شهر\s+)?{_MONTH}(?:\s*(?:عام|سنة)?\s*{_YEAR})?"),
    ("monthyear", rf"\b(?:شهر\s+)?{_MONTH}\s+(?:عام\s+|سنة\s+)?{_YEAR}\b"),
    ("year", rf"\b(?:في|خلال|منذ)\s+(?:عام|العام|سنة)\s+{_YEAR}\b"),
    # "الجمعة الماضي" (last Friday) said on a Friday is a week before
    ("weekday", rf"\b(?P<weekday>{_alt(WEEKDAYS)})(?P<last>\s+(?:الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة))?\b"),
    # the day after, before or the same as the one last spoken of: "في اليوم التالي", "في ذات اليوم" (not today)
    ("next", r"\b(?:(?P<dir>ذات|نفس)\s+اليوم|اليوم\s+(?P<dir2>التالي|السابق|ذاته|نفسه))\b"),
    ("today", rf"\b(?P<rel>{_REL})\b"),
    ("after", r"\b(?P<dir>بعد|قبل)\s+(?P<count>يومين|يوم)\b"),
    ("last_week", r"\b(?:الأسبوع|الاسبوع)\s+(?:الماضي|المنصرم|الفائت)\b"),
    ("this_week", r"\b(?:(?:الأسبوع|الاسبوع)\s+(?:الجاري|الحالي)|(?:مطلع\s+|بداية\s+)?هذا\s+(?:الأسبوع|الاسبوع))\b"),
    ("prev_month", r"\b(?:الشهر)\s+(?:الماضي|المنصرم|الفائت|السابق)\b"),
    # "منتصف الشهر" (the middle of the month) alone is this month's; "منتصف الشهر الماضي" last month's
    ("this_month", r"\b(?:الشهر\s+(?:الجاري|الحالي)|(?:مطلع\s+)?هذا\s+الشهر|"
                   r"(?:منتصف|مطلع|أواسط|اواسط)\s+الشهر(?!\s+(?:الماضي|المنصرم|الفائت|السابق)))\b"),
    ("recent", r"\b(?:قبل\s+(?:أيام|ايام)|منذ\s+(?:أيام|ايام)|"
               r"(?:خلال|في)\s+(?:الأيام|الايام)\s+(?:الماضية|الأخيرة|الاخيرة))\b"),
)
#: The words every date expression holds (besides ISO dates).
HINTS = (*WEEKDAYS, *MONTHS, *attached([w for w in DAYS_BACK if " " not in w], article=False), "يوم", "يومين",
         "أيام", "ايام", "الأيام", "الايام",
         *attached(["الأسبوع", "الاسبوع", "الشهر"], article=False))
#: The words a date expression may start with (besides digits).
STARTERS = frozenset([*WEEKDAYS, *(m.split()[0] for m in MONTHS), *HINTS, "شهر", "بعد", "قبل", "أول", "اول", "في",
                      "الأسبوع", "الاسبوع", "منذ", "الشهر", "هذا", "مطلع", "منتصف", "أواسط", "اواسط", "ذات", "نفس", *(o.split()[0] for o in ORDINALS),
                      "خلال", "منذ"])
