"""English page furniture: what marks a caption, a dateline or a related-links line (never an
event of its own, never the date of the body's events)."""
from __future__ import annotations

import re

#: A sentence that describes a picture or video rather than telling what happened.
CAPTION = re.compile(
    r"(?:[\"'(]?(?:a|an|the|this|in\s+this)\s+)?(?:(?:file\s+)?(?:picture|photo(?:graph)?|image|screenshot|still|"
    r"video|footage|smoke|scene)s?\b[^.]{0,160}?\b(?:shows?|showing|taken|uploaded|posted|released|billows?|rises?|"
    r"shortly after)\b|(?:photo|picture|image|video)\s*:)", re.IGNORECASE)
#: Credits that end a caption line: "| AFP", "(Reuters)", "Photo: ...".
CREDIT = re.compile(r"\|\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*$|\((?:AFP|Reuters|AP|Getty(?: Images)?)\)\s*$|"
                    r"\b(?:Photo|Picture|Image)\s*(?:credit)?\s*:\s*[\w .-]+$", re.IGNORECASE)
#: A dateline opening a report: "DAMASCUS, Jan. 29 (Xinhua) —", "Hama, SANA –", "Idlib, Syria:".
DATELINE = re.compile(r"(?:[A-Z][\w'’.-]*(?:[ /,]+(?:[A-Z][\w'’.-]*|al|el|\d{1,2},?|\d{4}))*\s*(?:\([A-Za-z. ]+\))?)\s*"
                      r"(?:[-–—:]|\s-|\s–|\s—)\s+(?=[A-Z\"“])")
