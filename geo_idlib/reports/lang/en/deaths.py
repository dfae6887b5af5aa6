"""English words that tell of deaths, and words that say no one died (case-insensitive, whole words).

A sentence of an event that holds a word of ``told`` but gives no death toll tells of deaths
without a figure ("several people were killed", "deaths were reported"): its ``fatalities``
stay empty, not 0. A word of ``none`` says there were no deaths, or that none are known ("no
one was killed", "no casualties were reported"): ACLED's 0 stands.
"""
from __future__ import annotations

from geo_idlib.reports.phrases import expand

DEATHS = {
    "told": ["killed", "killing", "kills", "dead", "died", "dies", "dying", "death", "deaths", "death toll",
             "fatalities", "fatality", "casualties", "victims", "martyred", "martyrs", "perished", "bodies",
             "lost their lives", "loss of life", "loss of lives"],
    "none": ["no one", "nobody", "none were", "none was", "none died", "whether anyone", "whether there were", "if any",
             *expand("no |no immediate |no reported |without ", "casualties|deaths|fatalities|victims|dead|"
                     "injuries|loss of life"),
             *expand("no |no immediate |no further ", "reports of|report of|word of|information on")],
}
