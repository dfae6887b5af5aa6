"""Arabic words for what a strike hit, by target class (with attached proclitics; a masculine
noun also as its indefinite accusative, "سوقاً" read without the tanween: "سوقا")."""
from __future__ import annotations

from geo_idlib.reports.lang.ar.words import attached

TARGETS = {
    "hospital": attached(["مشفى", "مستشفى", "مشافي", "مستشفيات", "مركز صحي", "مركزا صحيا", "نقطة طبية", "مستوصف",
                         "مستوصفا"]),
    "school": attached(["مدرسة", "مدارس", "روضة"]),
    "market": attached(["سوق", "سوقا", "أسواق", "اسواق"]),
    "camp": attached(["مخيم", "مخيما", "مخيمات"]),
    "residential": attached(["منازل", "منزل", "منزلا", "الأحياء السكنية", "أحياء سكنية", "مبنى سكني", "مباني سكنية", "بناء"]),
}
