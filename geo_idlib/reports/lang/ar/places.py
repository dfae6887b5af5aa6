"""Arabic words around place names: the clitics a name carries, the words that say what kind of
place follows, directions, and the frequent words that are places (data only; the reading is
:mod:`geo_idlib.reports.arabic`)."""
from __future__ import annotations

#: Conjunctions and prepositions written attached to the next word, in the order they stack
#: (وبإدلب = and in Idlib); the article ال follows them and stays with the name (بالدانا -> الدانا).
CONJUNCTIONS = ["و", "ف"]
PREPOSITIONS = ["ب", "ل", "ك"]

#: Words before a name that say what kind of place it is, as they stand in construct before it
#: (بلدة سراقب, not البلدة), read without their proclitics (بريف، وقرى).
KIND_WORDS = {
    "city": ["مدينة", "مدينتي", "مدن", "مركز"],
    "settlement": ["بلدة", "بلدتي", "بلدات", "قرية", "قريتي", "قرى", "القرى", "البلدات", "بلدتا", "قريتا"],
    "camp": ["مخيم", "مخيمي", "مخيمات"],
    "airbase": ["مطار", "مطاري", "قاعدة", "معسكر"],
    "crossing": ["معبر", "معابر"],
    "checkpoint": ["حاجز", "حواجز"],
    "province": ["محافظة", "محافظتي", "محافظات"],
    "countryside": ["ريف", "ريفي", "أرياف", "ارياف"],
    "subdistrict": ["ناحية"],
    "near": ["قرب", "محيط", "أطراف", "اطراف", "ضواحي", "مشارف", "منطقة", "منطقتي", "مناطق", "أحياء", "تخوم",
             "محور", "محوري", "محاور"],
}
#: The plural and dual kind words that open a list of places (قرى A وB وC، بلدتي A وB): each name of
#: the list has that cue word of its own.
LIST_KIND_WORDS = ["مدينتي", "مدينتا", "مدن", "بلدتي", "بلدتا", "بلدات", "البلدات", "قريتي", "قريتا", "قرى", "القرى",
                   "مخيمي", "مخيمات", "مطاري", "محافظتي", "محافظات"]
#: Direction nouns before a name (جنوب إدلب = southern Idlib; جنوب غرب = south-west).
DIRECTION_NOUNS = {
    "جنوب": "south", "شمال": "north", "شرق": "east", "غرب": "west",
    "جنوبي": "south", "شمالي": "north", "شرقي": "east", "غربي": "west", "وسط": "central",
}
#: Direction adjectives after a countryside (ريف إدلب الجنوبي = the southern Idlib countryside).
DIRECTION_ADJECTIVES = {
    "الجنوبي": "south", "الجنوبية": "south", "الشمالي": "north", "الشمالية": "north",
    "الشرقي": "east", "الشرقية": "east", "الغربي": "west", "الغربية": "west",
    "الأوسط": "central", "الاوسط": "central",
}
#: Words that open a place name without being it: the region names "ريف إدلب الجنوبي" and
#: "جنوب إدلب" are mentions of إدلب, OCHA's "مركز إدلب" one of the city, a site's name (مطار
#: أبو الظهور، مخيم الكرامة) or a settlement's (مدينة حلب) one of its toponym.
NAME_OPENERS = ["ريف", "محافظة", "مركز", "جنوب", "شمال", "شرق", "غرب", "مدينة", "بلدة", "قرية", "مخيم",
                "مطار", "قاعدة", "معسكر", "معبر", "حاجز", "ناحية", "منطقة"]

#: Nouns that head place names (تل النار، جبل الزاوية، عين البيضا): alone before another word
#: they are the start of a name the gazetteer does not know, not a place.
NAME_HEADS = ["تل", "تلة", "جبل", "عين", "دير", "كفر", "خربة", "مزرعة", "وادي", "سهل", "معرة", "خان",
              "بئر", "قلعة", "جسر", "حي", "تلال", "جبال", "قرية", "مخيم", "معسكر", "حاجز", "طريق"]
#: Frequent words (wordfreq's Arabic list) that are place names and are read as places without
#: a cue word: the governorates of the north-west and their capitals, and the country's capital.
#: Every other frequent word (الباب "the door", الثورة "the revolution") needs a cue word of its
#: own before it: بلدة، قرية، مدينة، ريف...
PLACE_WORDS = ["إدلب", "ادلب", "حلب", "حماة", "حماه", "اللاذقية", "دمشق"]
#: Words that head the name of an organisation, an outlet or an armed group a place name may
#: close (قناة حلب اليوم، منظومة إسعاف سراقب، مديرية صحة إدلب، جيش إدلب الحر): not a place there.
ORGANISATION_WORDS = ["قناة", "شبكة", "وكالة", "تلفزيون", "إذاعة", "راديو", "صحيفة", "جريدة", "موقع", "منظومة",
                      "تنسيقية", "مديرية", "جيش", "فيلق", "لواء", "ألوية", "كتائب", "كتيبة", "تجمع", "حركة",
                      "جبهة", "هيئة", "اتحاد", "رابطة", "جمعية", "منظمة"]
#: Words that end the words before a name: a preposition puts it in a place role (في، من...).
PREPOSITIONS_BEFORE = ["في", "من", "على", "إلى", "الى", "عن", "مع", "حتى", "نحو", "باتجاه", "عبر", "داخل",
                       "خارج", "بين", "قرب", "حول", "لدى", "عند"]
#: Words around a name that make it a place abroad (مدينة الريحانية التركية، ولاية هاتاي): a
#: Syrian village spelt like it is not meant.
FOREIGN_BEFORE = ["ولاية"]
FOREIGN_AFTER = ["التركية", "التركي", "اللبنانية", "اللبناني", "العراقية", "العراقي", "الأردنية", "الأردني",
                 "الروسية", "الروسي", "الإيرانية", "الإيراني", "الأمريكية", "الأميركية", "الأمريكي",
                 "الأوروبية", "الألمانية", "الفرنسية", "البريطانية"]
#: Pronouns written attached to the end of a noun (مواقعه "its positions", منازلهم "their homes"):
#: a common word with one of them is still a word, not a rare name.
PRONOUN_SUFFIXES = ["هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي"]
#: Words before a city name that make it a clock, not a place (بتوقيت دمشق).
TIME_WORDS = ["بتوقيت", "توقيت"]
