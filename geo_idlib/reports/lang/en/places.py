"""English words around place names: what may stand next to a name, what kind of place the
words around it say, and which words introduce a place. Pure data, read by
:mod:`geo_idlib.reports.mentions` and :mod:`geo_idlib.reports.evidence`.

>>> "village" in KIND_WORDS and "near" in PLACE_CUES
True
"""
from __future__ import annotations

#: Capitalised words that may stand next to a place name without making it part of another name.
NEIGHBOURS = frozenset(
    "the in on at of from near outside inside across around throughout into to towards toward "
    "and or but both as while after before since between by for with within via "
    "northern southern eastern western central rural greater north south east west "
    "northwestern northeastern southwestern southeastern north-western north-eastern "
    "south-western south-eastern province provinces governorate governorates city town village villages "
    "countryside district camp camps airbase air base military airport highway road idp idps".split()
)

#: Lower-case words a place name may hold ("Abu al-Duhur air base", "southern Idlib").
LOWER_WORDS = frozenset(
    "air base airbase airport military camp camps crossing border dam hill prison bridge junction plain "
    "valley mount highway road the of with rural countryside north south east west northern southern "
    "eastern western".split()
)

#: Words before or after a name that say what kind of place it is, and the kind they say.
KIND_WORDS = {
    "town": "settlement", "towns": "settlement", "city": "city", "cities": "city",
    "village": "settlement", "villages": "settlement", "camp": "camp", "camps": "camp",
    "community": "settlement", "communities": "settlement",
    "province": "province", "provinces": "province", "governorate": "province", "governorates": "province",
    "district": "district", "sub-district": "subdistrict", "subdistrict": "subdistrict", "region": "province",
    "countryside": "countryside", "outskirts": "near", "suburbs": "near", "edge": "near", "edges": "near",
    "area": "near", "vicinity": "near", "airbase": "airbase", "air base": "airbase", "airport": "airbase",
    "military airport": "airbase", "air field": "airbase", "airfield": "airbase",
}

#: Compass and size words that make a governorate a region ("southern Idlib", "rural Hama").
DIRECTIONS = (
    "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
    "north-west", "north-east", "south-west", "south-east",
    "northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern",
    "southeastern", "north-western", "north-eastern", "south-western", "south-eastern",
    "rural", "central", "greater",
)

#: Words that put the next name in a place role: "in X", "near X", "shelled X".
PLACE_CUES = frozenset(
    "in at near outside inside around into onto across from to towards toward via through throughout "
    "between within on of hit hitting struck striking shelled shelling bombed bombing pounded pounding "
    "targeted targeting captured capturing seized retook recaptured entered reached stormed besieged "
    "fled leaving left".split()
)

#: Words after a name that make it part of something else, an organisation, when capitalised as
#: its name is ("Aleppo Today", "Idlib Post"; "Sarmin today" is the town).
NOT_PLACE_AFTER = (
    "media", "observatory", "center", "centre", "council", "office", "university", "news", "agency",
    "today", "network", "post", "directorate", "brigade", "brigades", "army", "party", "movement",
    "liberation", "commission",
)
#: Words after a name that make it part of something else however written: a time zone, a front
#: ("the Hama front"), a family name ("the Khattab family", "the Abbas clan"; "Saraqib families"
#: may still be people of a place).
NOT_PLACE_AFTER_ANY_CASE = ("time", "front", "family", "clan")

#: Verbs that make a capital city stand for its government ("Damascus said", "Ankara denies").
GOVERNMENT_VERBS = frozenset(
    "said says say denied denies deny accused accuses accuse announced announces claimed claims insisted "
    "insists wants wanted demanded demands warned warns rejected rejects agreed agrees backed backs "
    "supports supported responded responds blamed blames".split()
)

#: Places abroad that reports on Syria often name (border provinces and towns, capitals, venues
#: of talks): never a Syrian place unless spelt exactly as one ("Kilis" is not the village Killi).
FOREIGN_PLACES = frozenset(
    "Hatay Antakya Antioch Reyhanli Reyhanlı Kilis Gaziantep Antep Sanliurfa Şanlıurfa Urfa Akcakale Akçakale "
    "Ceylanpinar Ceylanpınar Nusaybin Mardin Adana Mersin Ankara Istanbul Yayladagi Yayladağı Iskenderun "
    "Beirut Tripoli Arsal Baalbek Hermel Akkar Sidon Tyre Amman Mafraq Zaatari Irbid Ramtha Baghdad Mosul Erbil "
    "Qaim Tehran Moscow Sochi Astana Nur-Sultan Geneva Brussels Doha Riyadh Cairo Washington".split()
)
#: Adjectives and possessives of other countries that put the next name abroad ("the Turkish town of Kilis").
FOREIGN_ADJECTIVES = (
    "Turkish", "Turkey's", "Lebanese", "Lebanon's", "Iraqi", "Iraq's", "Jordanian", "Jordan's", "Iranian",
    "Iran's", "Israeli", "Israel's",
)
#: Countries whose name after a place puts it abroad ("Sinjar, Iraq", "Kilis in Turkey").
FOREIGN_COUNTRIES = ("Turkey", "Türkiye", "Lebanon", "Iraq", "Jordan", "Iran", "Israel")
