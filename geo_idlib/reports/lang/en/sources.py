"""English names of the sources reports cite, and the verbs of saying and denying."""
from __future__ import annotations

from geo_idlib.reports.phrases import expand

#: Canonical source names and the phrases reports use for them (case-insensitive, whole words).
SOURCES = {
    "Syrian Observatory for Human Rights": [
        "Syrian Observatory", "Syrian Observatory for Human Rights", "the Observatory", "SOHR",
        *expand("a |the ", "Britain|UK", "-based ", "|war ", "monitor"),
        *expand("a |the ", "war monitor|monitoring group")],
    "Syrian Civil Defence": [*expand("civil defen", "c|s", "e", "| sources| workers| officials| volunteers"),
                             "White Helmets"],
    "rescuers": ["rescuers", "rescue workers"],
    "medical sources": ["medics", "doctors", "medical sources", *expand("hospital ", "officials|staff|director")],
    "residents": ["residents", "locals", "witnesses", "eyewitnesses", "a witness", "an eyewitness"],
    "activists": ["activists", "opposition media"],
    "United Nations": ["the United Nations", "the UN", "UN officials", "OCHA", "UNHCR"],
    "Russian government": ["Russia", "the Russian government", "Russian officials", "the Russian embassy"],
    "Russian Ministry of Defence": [*expand("Russia's |Russias |Russian |the Russian ", "defence|defense", " ministry"),
                                    "Moscow", "the Kremlin"],
    "Syrian state media": ["state media", "Syrian state media", "SANA", "state television", "the Syrian army",
                           *expand("army ", "officials|sources"), "a military source"],
    "Turkish officials": ["Turkish officials", "Ankara"],
}
#: Verbs of saying and of denying.
VERBS = {
    "denies": ["denies", "denied", "deny", "denying", "rejected", "dismissed"],
    "says": ["said", "says", "say", "saying", "told", "reported", "reports", "stated", "estimated", "counted",
             "documented", *expand("put the ", "|death ", "toll"), "according to", "claimed", "claims",
             "confirmed", "announced"],
}
