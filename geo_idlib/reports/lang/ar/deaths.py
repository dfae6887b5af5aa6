"""Arabic words that tell of deaths, and words that say no one died (with attached proclitics).

A sentence of an event that holds a word of ``told`` but gives no death toll tells of deaths
without a figure ("سقوط عدد من القتلى"، "سقوط ضحايا"): its ``fatalities`` stay empty, not 0. A
word of ``none`` says there were no deaths, or that none are known ("دون وقوع إصابات"، "لم ترد
أنباء عن ضحايا"): ACLED's 0 stands.
"""
from __future__ import annotations

from geo_idlib.reports.lang.ar.words import attached

DEATHS = {
    "told": attached(["قتلى", "قتيل", "قتيلا", "مقتل", "قتل", "قتلت", "قتلوا", "استشهاد", "استشهد", "استشهدت",
                      "استشهدوا", "شهداء", "شهيد", "شهيدا", "ضحايا", "ضحية", "وفيات", "وفاة", "جثث", "جثة",
                      "جثامين", "مصرع", "مصرعهم", "مصرعه", "مصرعها", "مصرعهما", "حتفهم", "حتفه", "حتفها", "حتفهما",
                      "حتفهن", "قضوا", "خسائر بشرية", "خسائر في الأرواح"]),
    # narrow phrases: "بدون" alone is also the drone's "طائرة بدون طيار", "لم يرد" also "did not reply"
    "none": attached(["دون وقوع", "دون سقوط", "دون تسجيل", "دون إصابات", "دون ضحايا", "دون خسائر", "بدون وقوع",
                      "بدون إصابات", "بدون ضحايا", "بدون خسائر", "عدم وقوع", "عدم سقوط", "لم ترد أنباء",
                      "لم ترد معلومات", "لم ترد تقارير", "لم تسجل إصابات", "لم تسجل أي إصابات", "لم تسجل خسائر",
                      "لم يسجل وقوع", "لم يسجل سقوط", "لم تسفر", "لم يسفر", "لا أنباء عن", "لا معلومات عن ضحايا",
                      "لا إصابات", "لا ضحايا"], article=False),
}
