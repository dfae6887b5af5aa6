"""Arabic names of the sources reports cite, and the verbs of saying and denying."""
from __future__ import annotations

from geo_idlib.reports.lang.ar.words import attached

SOURCES = {
    "Syrian Observatory for Human Rights": attached(["المرصد السوري", "المرصد السوري لحقوق الإنسان", "المرصد"]),
    "Syrian Civil Defence": attached(["الدفاع المدني", "الخوذ البيضاء", "فرق الدفاع المدني"]),
    "rescuers": attached(["فرق الإنقاذ", "فرق الانقاذ", "المسعفين", "المسعفون"]),
    "medical sources": attached(["مصادر طبية", "مصدر طبي", "أطباء"]),
    "residents": attached(["الأهالي", "الاهالي", "سكان", "شهود عيان", "شاهد عيان"]),
    "activists": attached(["ناشطون", "ناشطين", "الناشطون", "الناشطين", "ناشطو", "ناشط"]),
    "United Nations": attached(["الأمم المتحدة", "الامم المتحدة", "مكتب تنسيق الشؤون الإنسانية"]),
    "Russian Ministry of Defence": attached(["وزارة الدفاع الروسية", "موسكو"]),
    "Syrian state media": attached(["سانا", "وكالة سانا", "الوكالة العربية السورية للأنباء", "التلفزيون الرسمي",
                                    "الإعلام الرسمي", "وسائل إعلام النظام"]),
    "Turkish officials": attached(["أنقرة", "وسائل إعلام تركية", "وكالة الأناضول", "الأناضول"]),
    "Syria Response Coordinators": attached(["منسقو الاستجابة", "منسقي الاستجابة", "منسقو استجابة سوريا",
                                             "منسقي استجابة سوريا"]),
    "Syrian Network for Human Rights": attached(["الشبكة السورية لحقوق الإنسان"]),
}
VERBS = {
    "denies": attached(["نفى", "نفت", "ينفي", "تنفي", "نفي"], article=False),
    "says": attached(["قال", "قالت", "يقول", "تقول", "أفاد", "أفادت", "افاد", "افادت", "ذكر", "ذكرت", "أكد", "أكدت",
                      "أعلن", "أعلنت", "وثق", "وثقت", "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "نقل", "نقلت",
                      "أشار", "أشارت", "رصد", "أحصى", "أضاف", "أضافت"], article=False),
}
