"""Arabic words for what a strike hit, by target class (with attached proclitics)."""
from __future__ import annotations

from geo_idlib.reports.lang.ar.words import attached

TARGETS = {
    "hospital": attached(["مشفى", "مستشفى", "مشافي", "مستشفيات", "مركز صحي", "نقطة طبية", "مستوصف"]),
    "school": attached(["مدرسة", "مدارس", "روضة"]),
    "market": attached(["سوق", "أسواق", "اسواق"]),
    "camp": attached(["مخيم", "مخيمات"]),
    "residential": attached(["منازل", "منزل", "الأحياء السكنية", "أحياء سكنية", "مبنى سكني", "مباني سكنية", "بناء"]),
}
