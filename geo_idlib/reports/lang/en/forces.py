"""English names of the forces reports speak of, by ACLED actor name (case-insensitive, whole words)."""
from __future__ import annotations

from geo_idlib.reports.phrases import expand

_FORCES = " forces| troops"
#: Actor names (ACLED style) and the phrases that name them.
FORCES = {
    "Military Forces of Syria": [
        *expand("Russian|Russia|Iran|Iranian", "-backed |-backed Syrian | backed | backed Syrian ",
                "government|army|regime|pro-government", _FORCES),
        *expand("Syrian ", "government|army|regime|air force", "| jets| warplanes| helicopters| aircraft| jet| warplane| helicopter| fighter jet| fighter jets|" + _FORCES),
        *expand("government", " jets| warplanes| helicopters| aircraft| jet| warplane| helicopter|" + _FORCES),
        *expand("pro-government", _FORCES + "| militias"), "regime", "Syrian troops", "the army",
        "the Syrian army", *expand("Assad", "|'s|s", _FORCES), "barrel bomb", "barrel bombs",
        *expand("Syria's |Syrias ", "army|government|regime|military|air force|troops|forces"),
        # the first named of two air forces is actor1 ("Russian and Syrian jets" is Russia's, below)
        *expand("Syrian and Russian |Syrian-Russian |Syrian government and Russian |regime and Russian ",
                "jets|warplanes|aircraft|air strikes|airstrikes|raids|bombing|bombardment|forces"),
        "Syrian Arab Army", "SAA", "troops", *expand("army|Syrian Arab Army|SAA", " units"), "units of the army", "soldiers", "Syrian Armed Forces", "the armed forces", "Syrian forces",
            *expand("regime ", "troops|forces|fighters|jets|warplanes|helicopters|jet|warplane|helicopter"),
        *expand("pro-regime ", "forces|fighters|militias|militiamen|troops"), "Damascus",
    ],
    "Military Forces of Russia": [
        *expand("Russian ", "jets|warplanes|aircraft|planes|air force|airforce|bombers|helicopters|forces|military"
                "|jet|warplane|plane|bomber|helicopter|drone|missile|warship|fighter jet|fighter jets|fighter plane"
                "|fighter planes|fighter-bomber|fighter-bombers"
                "|air strikes|airstrikes|raids|troops|soldiers|drones|air strike|airstrike|raid|strikes|strike|bombing"
                "|bombardment|missiles|warships|air raids|air raid"),
        *expand("Russia's |Russias ", "jets|warplanes|aircraft|air force|military"),
        *expand("Russian and Syrian ", "jets|warplanes|aircraft"), "Moscow",
    ],
    "Military Forces of Turkey": [*expand("Turkish ", "forces|army|troops|military|soldiers|artillery|drones|drone|jets"
                                          "|warplanes|aircraft|tanks|jet|warplane|tank"), "Ankara"],
    "Hayat Tahrir al-Sham": [*expand("Hayat |Hay'at |Hayyat |Hayyaat |", "Tahrir al", "-| ", "Sham"), "HTS",
                             *expand("al-|al |", "Nusra", "| Front"), "Jabhat al-Nusra"],
    "Syrian opposition rebels": ["rebel", "rebels", "insurgents", "militants", "jihadists", "jihadis", "terrorists",
                                 *expand("terrorist ", "groups|organizations|organisations|factions"),
                                         "the factions", "factions", "those factions",
                                 *expand("opposition ", "fighters|factions|groups|forces"), "National Liberation Front",
                                 "National Front for Liberation", *expand("illegal armed ", "groups|formations"),
                                 "NLF", "Free Syrian Army", "FSA", "Jaish al-Fatah", "Army of Conquest",
                                 *expand("Turkish|Turkey", "-backed| backed", " rebels| fighters| factions| groups")],
}
