"""Arabic page furniture: captions, credits and datelines."""
from __future__ import annotations

import re

#: A sentence that describes a picture or video.
CAPTION = re.compile(r"(?:صورة|الصورة|صور|فيديو|شاهد|أرشيفية|لقطة)\b")
#: Credits that end a caption line: "(الدفاع المدني)", "- تويتر".
CREDIT = re.compile(r"\((?:[^()]{2,40})\)\s*$|[-–]\s*(?:تويتر|فيسبوك|أرشيف|إنترنت|انترنت)\s*$")
#: A dateline opening a report: "أنقرة (زمان التركية) –".
DATELINE = re.compile(r"[^\s()،.]+(?:\s+[^\s()،.]+){0,2}\s*\([^()]{2,30}\)\s*[-–—:]\s+")
