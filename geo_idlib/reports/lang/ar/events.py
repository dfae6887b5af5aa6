"""Arabic event words: cue words by family (with attached proclitics) and the patterns read around
counts and places."""
from __future__ import annotations

import re

from geo_idlib.reports.lang.ar.words import attached
from geo_idlib.reports.phrases import expand

#: Cue words by family (see :mod:`geo_idlib.reports.rules`); a form listed twice keeps its first family.
CUES = {
    # a place held by someone ("تخضع لسيطرة المعارضة"): no change of control told
    "held": attached(["تخضع لسيطرة", "الخاضعة لسيطرة", "خاضعة لسيطرة", "تحت سيطرة", "لسيطرة"], article=False),
    # armed groups whose names hold a capture word ("تحرير", liberation): the name tells of no capture
    "group names": attached(["هيئة تحرير الشام", "تحرير الشام", "الجبهة الوطنية للتحرير", "جبهة تحرير سوريا",
                             "جبهة التحرير"]),
    "capture": attached(["سيطرة", "سيطرت", "سيطر", "تسيطر", "يسيطر", "سيطرته", "سيطرتها", "سيطرتهم", "استعادة",
                         "استعادت", "استعاد", "تستعيد", "يستعيد", "دخول", "دخلت", "دخل", "تقدم", "تقدمت", "تقدمها",
                         "تقدمه", "انتزاع", "انتزعت", "حرر", "حررت", "تحرير", "سقطت بيد", "اقتحام",
                         "اقتحمت", "قضم",
                         # the state agency's words for a capture: "restored security and stability to X"
                         "الأمن والاستقرار إلى", "الأمن والاستقرار الى", "الأمن والأمان إلى", "الأمن والامان الى"]),
    # people who fled before ("مخيمات النازحين"): no flight told here
    "displaced people": attached(["النازحين", "نازحين", "النازحون", "المهجرين", "الأسر النازحة", "العائلات النازحة"],
                                 article=False),
    "flee": attached(["نزوح", "نزح", "نزحوا", "نزحت", "نازح", "فروا", "فرار", "يفرون", "تهجير", "هربوا", "نزوحا",
                      "موجة نزوح",
                      # the number displaced from a place or since a day ("عدد النازحين من X"): a flight counted
                      *expand("عدد|أعداد|اعداد", " ", "النازحين|المهجرين", " ", "من|منذ")]),
    # air cover for a ground advance ("بغطاء جوي روسي"): no strike told
    "air cover": attached(["غطاء جوي", "غطاء جويا", "غطاءً جوياً", "تغطية جوية"]),
    "air": attached(["غارة", "غارات", "قصف جوي", "قصفا جويا", "براميل متفجرة", "برميل متفجر", "جوية", "الجوي",
                     "جويا"]),
    "aircraft": attached(["الطيران", "طيران", "طائرات", "طائرة", "مروحية", "مروحيات", "المروحي", "مسيرة", "مقاتلات",
                          "الحربي", "الحربية", "سيخوي"]),
    "shelling": attached(["قصف مدفعي", "قصفا مدفعيا", "قصفاً مدفعياً", "مدفعيا", "قصفا صاروخيا", "قذائف", "قذيفة", "المدفعية", "مدفعية", "مدفعي", "راجمات", "راجمة", "هاون",
                          "قصف صاروخي", "صاروخي", "قذائف المدفعية", "أرض أرض", "قصف بري", "المدفعي"]),
    "missile": attached(["صواريخ", "صاروخ"]),
    "strike": attached(["قصف", "قصفت", "قصفوا", "استهداف", "استهدف", "استهدفت", "استهدفوا", "ضربة", "ضربات", "يستهدف",
                        "تستهدف", "يقصف", "تقصف"]),
    "damage": attached(["قتل", "قتلت", "مقتل", "قتلى", "قتيل", "قتلوا", "قتلا", "قتلتا", "استشهدا", "استشهدتا", "قضيا",
                        "أصيبا", "أصيبتا", "استشهدوا", "استشهاد", "استشهد", "استشهدت",
                        "شهيد", "شهداء", "شهيدان", "شهيدين", "شهيدا", "ضحايا", "جرحى", "جريح", "إصابة", "إصابات", "أصيب", "أصيبت",
                        "جرح", "دمار", "قضى", "قضت", "قضوا", "مجزرة", "مصرع", "مصرعهم", "مصرعه", "مصرعها", "مصرعهما",
                        "حتفهم", "حتفه", "حتفها", "حتفهما", "حتفهن", "وفاة", "تدمير",
                        "دمرت"]),
    # a bomb left or driven, not dropped: a remote explosive, never an air strike
    "explosive": attached(["سيارة مفخخة", "مفخخة", "عبوة ناسفة", "عبوات ناسفة", "لغم", "ألغام", "انتحاري", "حزام ناسف",
                           "دراجة مفخخة"]),
    "clash": attached(["اشتباكات", "اشتباك", "معارك", "معركة", "مواجهات", "اشتبكت", "هجوم معاكس", "هجوما معاكسا",
                       # an advance tried and repelled: fighting, no capture ("تصدت لمحاولة تقدم")
                       *expand("محاولة |محاولات |محاولتي ", "تقدم|التقدم|اقتحام|تسلل|السيطرة|سيطرة"),
                       # a capture sought, planned or named as the aim ("تسعى للسيطرة"، "الهدف ... هو السيطرة"):
                       # fighting, not a change of control
                       *expand("تسعى|يسعى|تهدف|يهدف", " إلى | الى ", "السيطرة|استعادة|اقتحام|التقدم"),
                       *expand("تريد|يريد|بهدف|بغية|هدفها|هدفه|هو|هي", " ", "السيطرة|سيطرة|استعادة|اقتحام|التقدم"),
                       *expand("تسعى|يسعى|تهدف|يهدف|خطة|خطط|تخطط|يخطط", " ", "للسيطرة|لاستعادة|لاقتحام|للتقدم"),
                       "تصدت", "تصدى", "تصدوا", "التصدي", "تصديها", "تصديهم", "صد هجوم", "صد هجوما", "صدت",
                       "إفشال", "أفشلت", "أحبطت", "إحباط"]),
    "offensive": attached(["هجوم", "هجوما", "حملة عسكرية", "عملية عسكرية", "هجومها البري", "الهجوم البري"]),
    "downing": attached(["إسقاط", "أسقطت", "أسقط", "اسقاط"], article=False),
}

_S = r"[^\s،.؛:]+"  # one Arabic word
# one and two follow the noun they count ("مدنيين اثنين", "طفل واحد"): the noun stands between
# adverbs between a kill verb and its figure ("قتل بادئ الأمر خمسة أشخاص")
_ADVERBS = ("بادئ الأمر", "بادئ الامر", "في البداية", "على الفور", "حينها", "أيضا", "أيضاً", "ايضا", "كذلك", "خلالها",
            "خلاله", "خلالهما", "فيها", "فيه",
            # the day told between the verb and the count ("قتل اليوم خمسة")
            "اليوم", "أمس", "امس", "صباح اليوم", "مساء اليوم", "فجر اليوم", "صباح أمس", "مساء أمس", "ليل أمس")
_ADVERB = rf"(?:\s+(?:{'|'.join(_ADVERBS)}))?"
_COUNTED_NOUNS = ("مدنيين", "مدنيان", "مدني", "شخصين", "شخصان", "شخص", "طفلين", "طفلان", "طفل", "امرأتين", "امرأة",
                  "عنصرين", "عنصر", "رجلين", "رجل")
_COUNTED = rf"(?:\s+(?:ال)?(?:{'|'.join(_COUNTED_NOUNS)}))?"
_HEDGE = r"(?:\s+(?:أكثر من|اكثر من|ما لا يقل عن|لا يقل عن|نحو|حوالي|قرابة|ما يقارب|ما يزيد عن))?"
# "لقي ثلاثة مدنيين حتفهم" (met their death): the verb leads in the singular, the death follows the noun
_DEATH_MET = r"(?:حتف|مصرع)(?:هم|هما|هن|ه|ها)"
KILLED_AFTER = re.compile(rf"^(?:\s+{_S}){{0,3}}?\s*[(\s]*(?:(?:و|ف)?(?:قتلوا|قتلتا|قتلا|استشهدتا|استشهدا|قضيا|قتل|قتيلا|قتيل|قتلى|شهيدا|شهيد|شهداء|قضوا|"
                          rf"(?:لقوا\s+)?{_DEATH_MET}|ماتوا|توفوا|استشهدوا))(?![\w])")
KILLED_BEFORE = re.compile(r"(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:مقتل|قتل|قتلت|لقي|لقيت|استشهاد|استشهد|استشهدت|قضى|قضت|خلفت|خلف|خلفت|وفاة|مصرع|سقوط|"
                           r"حصيلة|راح\s+ضحيتها|راح\s+ضحيته|عن\s+مقتل|عن\s+سقوط|عن\s+استشهاد|إلى|الى)" + _ADVERB + _HEDGE
                           + _COUNTED + r"\s*[(]?\s*$")
INJURED_AFTER = re.compile(rf"^(?:\s+{_S}){{0,2}}?\s*[(\s]*(?:(?:و|ف)?(?:جرحى|جريحا|جريح|جرحوا|أصيبوا|أصيبتا|أصيبا|جرحا|مصابين|إصابات|بجروح))"
                           r"(?![\w])")
INJURED_BEFORE = re.compile(r"(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:جرح|جرحت|أصيب|أصيبت|إصابة|اصابة)" + _HEDGE + _COUNTED
                            + r"\s*[(]?\s*$")
DISPLACED_AFTER = re.compile(rf"^(?:\s+{_S}){{0,2}}?\s+(?:(?:و|ف)?(?:نزحوا|فروا|يفرون|نازح|نازحا|مهجر|هجروا|نزح))(?![\w])")
# "بلغ عدد النازحين من X منذ الشهر الماضي أكثر من N" (the number displaced from X reached N): the words between
# end the name of a region or the time ("الجنوبي"، "الماضي")
_SPAN_ENDS = ("الماضي", "الماضية", "الفائت", "المنصرم", "الجاري", "الحالي", "الأخيرة", "الاخيرة", "الآن",
              "الجنوبي", "الشمالي", "الشرقي", "الغربي", "الجنوبية", "الشمالية", "الشرقية", "الغربية")
DISPLACED_BEFORE = re.compile(r"(?:^|\s)(?:و|ف)?(?:نزوح|نزح|نزحت|فرار|فر|تهجير|هجر|هجرت|"
                              r"(?:عدد|أعداد|اعداد)\s+(?:ال)?(?:نازحين|مهجرين)"
                              rf"(?:(?:\s+[^\s.،؛:\d]+){{0,10}}?\s+(?:{'|'.join(_SPAN_ENDS)}))?)" + _HEDGE + r"\s*$")
KILLED_NOUN = re.compile(r"شهيد|شهداء|قتيل|قتلى")
KILLED_WORDS = ("قتل", "قتي", "شهد", "شهي", "قضو", "حتف", "مصرع", "ماتو", "توفو")
INJURED_WORDS = ("جرح", "جري", "صاب", "صيب")
DISPLACED_WORDS = ("نزح", "نازح", "فرو", "يفرون", "هجر")
#: The last words before a count that a *_BEFORE pattern needs.
BEFORE_WORDS = frozenset(attached(["مقتل", "قتل", "قتلت", "لقي", "لقيت", "استشهاد", "استشهد", "استشهدت", "قضى", "قضت", "خلفت",
                                   "خلف", "وفاة", "مصرع", "سقوط", "حصيلة", "ضحيتها", "ضحيته", "إلى", "الى", "جرح",
                                   "جرحت", "أصيب", "أصيبت", "إصابة", "اصابة", "نزوح", "نزح", "نزحت", "فرار", "فر",
                                   "تهجير", "هجر", "هجرت", "من", "عن", "نحو", "حوالي", "قرابة", "يقارب", "النازحين",
                                   "المهجرين"], article=False)
                         + list(_SPAN_ENDS)
                         + attached(_COUNTED_NOUNS) + [a.split()[-1] for a in _ADVERBS])
DISTANCE_AFTER = re.compile(r"^\s*(?:كم|كيلومترا?ت?|كيلو\s+متر)")
DISTANCE_HINT = re.compile(r"كم|كيلو")
DISTANCE_WORDS = ("كم", "كيلو")
# the positions a shelling came from: "مصدره/من مواقع قوات النظام في X", "مواقعها في X" (its own); bare
# "مواقع الفصائل في X" is what was struck
FROM_BEFORE = re.compile(r"(?:(?:^|\s)(?:و)?من|(?:قمة|القمة|مؤتمر|اجتماع|محادثات)\S*(?:\s+\S+){0,3}?\s+في|"
                         r"(?:مصدره|مصدرها|مواقع(?:ه|ها|هم)|من\s+مواقع\S*|معسكر\S*)(?:\s+\S+){0,4}?\s+في|مصدره|مصدرها|"
                         r"معسكر\S*|انطلاقا\s+من|مراسل(?:\s+\S+){1,3}\s+في)\s+(?:ال)?(?:مدينة|بلدة|قرية)?\s*$")
MORE_IN = re.compile(r"(?:\s+(?:شخصا|أشخاص|اشخاص|مدنيا|مدنيين|مدنيون|آخرين|آخرون|اخرين|منهم|منهن))?\s+في\s")
AGGREGATE_WORDS = ("منذ", "حملة", "الحملة", "إجمالي", "العام", "مجموع")
AGGREGATE = re.compile(r"(?<!\w)(?:منذ\s+(?:بدء|بداية|انطلاق|الاتفاق|عام|شهر|مطلع|أواخر|اواخر|\d)|(?:و|ب|ل)?(?:ال)?حملة|"
                       r"إجمالي|هذا العام|خلال العام|في المجموع|مجموع)(?!\w)")
DESTINATION = re.compile(r"(?:إلى|الى|نحو|باتجاه|صوب)\s+(?P<dest>(?:(?!نحو|إلى|الى|باتجاه|صوب|من\s)[^،.؛\d])*?"
                         r"(?:الحدود|المخيمات|مخيمات|تركيا|الشمال|مناطق)[^،.؛\d]*?)(?=\s+(?:خلال|منذ|بسبب|هربا|بين)|[،.؛]|$)")
ORIGIN = re.compile(r"(?:^|\s)(?:و)?من\s+(?P<orig>[^،.؛]+?)(?=\s+(?:إلى|الى|نحو|باتجاه|صوب|خلال|منذ|بسبب)|[،.؛]|$)")
ROAD = re.compile(r"(?:نحو|باتجاه)\s+(?P<road>(?:ال)?(?:طريق|أوتوستراد|اوتوستراد)\s+\S+(?:\s+\S+)?)")
ROAD_WORD = "طريق"
CLAUSE = re.compile(r"[؛:]|\s+بينما\s+|\s+في\s+حين\s+|\s+فيما\s+")
CLAUSE_MARKS = ("؛", ":", " بينما", " في حين", " فيما")
# a strike verb opening a new phrase ("واستهدفت الطائرات B")
_STRIKE_NEXT = r"(?=و(?:استهدف|قصف|شن|أغار|اغار|ألق|الق)\S*\s)"
# "قتل طفلان بقصف على أ، واستهدفت الطائرات ب": a comma and a new word group opened by و part a toll from a place
# after it; "، وبلدة ب" and "، وب" go on listing the toll's places, "قتلوا، وجرح آخرون في ب" its casualties;
# a strike verb after و parts it even without a comma
_NEW_GROUP = (r"و(?!(?:ب|ل)?(?:ال)?(?:مدينة|مدن|بلدة|بلدات|قرية|قرى|مخيم|مخيمات)\s"
              r"|(?:جرح|أصيب|اصيب|قتل|استشهد|سقط)\S*\s)\S+\s+\S")
TOLL_BREAK = re.compile(rf"[،,]\s*{_NEW_GROUP}|[؛;]|\s{_STRIKE_NEXT}")
# two clauses, each may tell an incident of its own: a semicolon, "فيما/في حين/بينما" (while) opening the
# second ("غارات على A، فيما قتل ثلاثة بقصف على B"), or a strike verb after و ("، واستهدفت الطائرات B")
CLAUSE_JOIN = re.compile(rf"[؛;]\s*|[،,]?\s+(?=(?:و?فيما|في\s+حين|و?بينما)\s)|(?:[،,]\s*|\s+){_STRIKE_NEXT}")
# "مقتل أربعة مدنيين بينهم طفلان في بلدة حاس": the place after the toll, said with في or ب, is where they died
TOLL_PLACE = re.compile(r"(?:^|\s)(?:في\s+|ب)(?:(?:ال)?(?:مدينة|بلدة|قرية|مخيم)\s+)?$")
# "أربعة مدنيين بينهم طفلان": the two are of the four
PART_BEFORE = re.compile(r"(?:^|\s)(?:بينهم|منهم|بينهن|منهن|بينها|منها)\s+$")
# between a count of families and the same people counted as persons: "3000 عائلة (نحو 15000 نسمة)",
# "3000 عائلة، أي نحو 15000 شخص"
SAME_PEOPLE = re.compile(r"[^\d(),،]{0,24}(?:\(|،?\s*أي)[^\d()]{0,16}$")
# "قتل ثلاثة ونزح 200": the و that opens a clause of its own, before its verb
AND_BREAK = re.compile(r"\s+(?=و\S)")
# "قتيلان في كل منهما": every place named has the count, not a share of it
EACH_AFTER = re.compile(r"(?:\s+\S+){0,2}?\s+(?:في\s+|ب|ل)?كل\s+(?:منهما|منها|منهم|واحدة|واحد)(?![\w])")
# "قتل 12 في أ وب، تسعة منهم في أ": the nine are of the twelve
PART_OF = re.compile(r"\s+(?:منهم|منهن)(?![\w])")
# "X باتت محاصرة" (X is now besieged), told after the place: it was not taken
BESIEGED_AFTER = re.compile(r"(?:\s+\S+){0,2}?\s+(?:شبه\s+)?(?:محاصرة|محاصر|محاصرتين)(?![\w])")
# "سيطرت على أجزاء منها قبل أن تنسحب" (took parts of it before withdrawing), after the capture verb: the place was
# taken and left again, fighting and no change of control
GIVEN_UP = re.compile(r"(?:قبل\s+(?:أن|ان)\s+(?:ت|ي)نسحب|قبل\s+(?:ال)?انسحاب|ثم\s+(?:انسحبت|انسحب|انسحبوا|تنسحب)"
                      r"|(?:و|ف)(?:انسحبت|انسحب|انسحبوا)\s+(?:منها|منه|لاحقا|بعد))")
# "عائلة واحدة": a family, not the dead
GROUP_AFTER = re.compile(r"^\s+(?:عائلة|عائلات|أسرة|أسر|منزل|منازل|مبنى|مباني)(?![\w])")
PHRASE_END = re.compile(r"[،,;؛:.]")
LOCATOR = re.compile(r"^[\s،,(]*(?:(?:ال)?(?:مدينة|بلدة|قرية|منطقة|ناحية)\s+)?(?:(?:في\s+|ب)?(?:ريف|شمال|جنوب|شرق|غرب|"
                     r"شمالي|جنوبي|شرقي|غربي|قرب|بالقرب\s+من|بمحاذاة|محيط|أطراف|منطقة|جبل|سهل)(?:\s+(?:شرق|غرب)ي?)?|"
                     r"التابعة\s+ل|في|ب)\s*(?:ال)?(?:مدينة|بلدة|قرية|محافظة|ل)?\s*$")
UNNAMED_PLACE = re.compile(r"(?:في|على)\s+(?:إحدى\s+)?(?:قرى|بلدات|قرية|بلدة|مخيم|مشفى)\s+(?:ب|في|قرب|ضمن)")
#: The words FROM_BEFORE and HEADING_BEFORE need (a cheap check before them).
CONTEXT_WORDS = tuple(attached(["من", "مصدره", "مصدرها", "مواقعه", "مواقعها", "مواقع", "معسكر", "معسكرات", "انطلاقا",
                                "مراسل", "قمة", "مؤتمر", "اجتماع", "محادثات", "نحو", "باتجاه", "صوب", "مشارف",
                                    "تخوم", "مقربة", "كم", "طريق", "حصار", "محاصرة", "تطويق",
                                "أوتوستراد", "اوتوستراد"]))
#: Dead and injured told as one figure ("العشرات من المدنيين بين شهيد وجريح").
CASUALTIES_AFTER = re.compile(r"^(?:\s+\S+){0,3}?\s+بين\s+(?:شهيد|قتيل)\s+و(?:جريح|مصاب)|^(?:\s+\S+)?\s+(?:ضحية|ضحايا)")
#: A place noun in construct before a name ("مدينة X", not "المدينة", the city just named): a clause that holds
#: one names a place, known to the gazetteer or not.
PLACE_NOUN = re.compile(r"(?<!\w)(?:و|ب|ل)?(?:بلدة|مدينة|قرية|بلدات|قرى|مخيم)\s")
# "من" of a unit ("وحدات من الجيش": units of the army) is no object
# "هاجمت مواقع قوات النظام": a force whose positions are named is the object too
OBJECT_BEFORE = re.compile(r"(?:على|ضد|(?<!وحدات )(?<!عناصر )(?<!مجموعات )(?<!تشكيلات )من|مع|بين|يد|"
                           r"(?<!\S)(?:مواقع|نقاط|مقرات|تحصينات|ثكنات))\s+$")
AGENT_BEFORE = re.compile(r"(?:من\s+قبل|بيد|على\s+يد|على\s+أيدي|لصالح)\s+$")
# a place besieged is not taken: "اقتربت من حصار مدينة X" (named after the siege word)
HEADING_BEFORE = re.compile(r"(?:(?:نحو|باتجاه|صوب|مشارف|تخوم|مقربة\s+من(?:\s+\S+){0,2}?|كم\s+(?:عن|من)|"
                            r"(?:ال)?(?:حصار|محاصرة|تطويق))\s+(?:مدينة|بلدة|قرية)?|"
                            r"(?:طريق|الطريق|أوتوستراد|الأوتوستراد|اوتوستراد)(?:\s+(?:الدولي|السريع|الدولية))?"
                            r"(?:\s+\S+\s*[–-])?)\s*$")
