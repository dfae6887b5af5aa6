"""Who holds a place: the controllers of control tables, the words for them, and the sides of the front.

Data only, with the two look-ups that read it. Controllers are what a control table says
(``government``, ``opposition``, ``HTS``, ``Turkey-backed``, ``SDF``, ``IS``, ``contested``);
the *sides* group the factions that hold one side of a front: the opposition, HTS and the
Turkey-backed factions face the government together (their boundaries are drawn, thinner, as
no front).

>>> canonical_controller("Regime"), controller_of_actor("HTS: Hayat Tahrir al-Sham")
('government', 'HTS')
>>> side_of("HTS") == side_of("opposition") != side_of("government")
True
"""
from __future__ import annotations

import re

#: Canonical controllers, and the words reports and maps use for them.
CONTROLLERS = {
    "government": ("government", "gov", "regime", "saa", "syrian army", "syrian government", "pro-government"),
    "opposition": ("opposition", "opp", "rebels", "rebel", "fsa", "nlf", "national front for liberation"),
    "HTS": ("hts", "hayat tahrir al-sham", "tahrir al-sham", "jan", "nusra", "jabhat al-nusra", "opp_jan"),
    "Turkey-backed": ("turkey-backed", "turkey", "sna", "tfsa", "syrian national army"),
    "SDF": ("sdf", "ypg", "syrian democratic forces"),
    "IS": ("is", "isis", "isil", "islamic state"),
    "contested": ("contested", "disputed", "frontline"),
}
#: Colours for each controller (colour-blind-safe where it matters: government vs the rest).
COLOURS = {"government": "#c0392b", "opposition": "#2e8b57", "HTS": "#4d4d4d",
           "Turkey-backed": "#1f78b4", "SDF": "#e6ab02", "IS": "#111111", "contested": "#9b59b6"}
#: The side of the front each controller holds.
SIDES = {"government": "government", "opposition": "opposition", "HTS": "opposition",
         "Turkey-backed": "opposition", "SDF": "SDF", "IS": "IS", "contested": "contested"}
#: Words in an event's actor (ACLED's names, or the ones reports give) -> the controller of a
#: place it takes; the first that matches wins.
ACTOR_WORDS = (
    ("military forces of syria", "government"), ("military forces of russia", "government"),
    ("military forces of iran", "government"), ("pro-government", "government"),
    ("hayat tahrir", "HTS"), ("tahrir al-sham", "HTS"), ("hts", "HTS"), ("nusra", "HTS"),
    ("syrian democratic forces", "SDF"), ("sdf", "SDF"), ("ypg", "SDF"),
    ("islamic state", "IS"), ("isis", "IS"),
    ("military forces of turkey", "Turkey-backed"), ("syrian national army", "Turkey-backed"),
    ("turkey-backed", "Turkey-backed"),
    ("opposition", "opposition"), ("rebel", "opposition"), ("national liberation front", "opposition"),
    ("nlf", "opposition"), ("free syrian army", "opposition"),
)

_LOOKUP = {alias: canon for canon, aliases in CONTROLLERS.items() for alias in aliases}


def canonical_controller(text: str) -> str | None:
    """The canonical name of a controller, or ``None`` if the word is unknown.

    >>> canonical_controller("JaN"), canonical_controller("x")
    ('HTS', None)
    """
    return _LOOKUP.get(re.sub(r"\s+", " ", str(text).strip().lower()))


def controller_of_actor(actor: str) -> str | None:
    """The controller an event's actor stands for (``None``: not one the table knows).

    >>> controller_of_actor("Military Forces of Russia"), controller_of_actor("Syrian opposition rebels")
    ('government', 'opposition')
    """
    text = f" {str(actor or '').lower()} "
    for word, controller in ACTOR_WORDS:
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text):
            return controller
    return canonical_controller(actor)


def side_of(controller: str) -> str:
    """The side of the front a controller holds."""
    return SIDES.get(controller, controller)
