"""English words for what a strike hit, by target class (case-insensitive, whole words)."""
from __future__ import annotations

from geo_idlib.reports.phrases import expand

TARGETS = {
    "hospital": [*expand("hospital|clinic", "|s"), *expand("medical ", "centre|center|facility|facilities|point"),
                 *expand("health ", "centre|center")],
    "school": [*expand("school|kindergarten", "|s"), "university"],
    "market": expand("market|marketplace|souq|bazaar", "|s"),
    "camp": ["camp", "camps", *expand("displacement |tent ", "settlement", "|s")],
    "residential": ["residential", *expand("home|house|apartment|building|neighbourhood|neighborhood", "|s"),
                    *expand("five|four|three|six|multi", "-| ", "storey|story")],
}
