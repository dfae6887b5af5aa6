"""English event words: the cue words by family and the patterns read around counts and places."""
from __future__ import annotations

import re

from geo_idlib.reports.phrases import expand

#: Cue words by family (case-insensitive, whole words): a sentence's families decide what it
#: tells of (see :mod:`geo_idlib.reports.rules`).
CUES = {
    "capture": [*expand("captur|seiz|recaptur", "e|ed|ing"), "took control of", "took", "taken", "taking", "retook",
                "retaken", *expand("regain", "|ed|ing"), "overran", "fell to", "entered", *expand("liberat",
                                   "e|ed|ing"),
                "won back", "took full control", "in the hands of", "in hands of", "fall of",
                "advanced into", "in full control of", "secured", "fully secured", "full control over", *expand("pushed |drove |driven |expelled ",
                "|the ", "rebels|insurgents|militants|jihadists", " out of| from"),
                # the state agency's words for a capture
                *expand("restored security ", "|and stability ", "to"),
                *expand("able|managed", " to ", "control|take|capture|seize|retake|regain")],
    "flee": ["fled", "flee", "fleeing", "displaced", "displacing", "displacement", "uprooted", "uprooting",
             "forced from their homes", "out of their homes", "fled their homes",
             # "80,000 people left the area": people who left a place fled it ("troops left" did not)
             *expand("people|families|civilians|residents|persons|households", " ", "|have |had |have now ", "left")],
    # people who fled before ("a shelter for displaced families", "a family displaced from X", "a camp
    # of people who fled the offensive"): who they are, no flight told here
    "displaced people": [*expand("displaced ", "families|people|persons|civilians|Syrians|children"),
                         *expand("family|families", " displaced"), *expand("who ", "|had ", "fled")],
    "air": [*expand("air strike|airstrike|air raid|airraid|raid|bomb|barrel bomb", "|s"), "bombed", "bombing"],
    # aircraft: a strike unless the sentence tells of fighting ("jets gave cover to the advance")
    "aircraft": [*expand("jet|warplane|plane|helicopter|drone", "|s"), "aircraft", "bombers", "air force"],
    "shelling": [*expand("shell", "|s|ed|ing"), "artillery", *expand("rocket|mortar", "|s"), "grad",
                 "ground-to-ground", "surface-to-surface", *expand("ballistic|cruise|guided", " missile", "|s")],
    # fired by jets or by guns: the report decides (see the strike and shelling rules)
    "missile": ["missile", "missiles"],
    "strike": ["strike", "strikes", "struck", "pounded", "pounding", "hit", "attack", "attacks", "attacked",
               "targeted", "bombardment", "bombardments", "bombarded", "bombarding",
               *expand("came|come|comes|coming", " under fire| under attack")],
    "damage": ["killed", "killing", "dead", "died", "bodies", "toll", "death", "deaths", "lives", "martyred",
               "perished", "casualties", "fatalities", "wounded", "wounding",
               "injured", "injuring", "hurt", "levelled", "leveled",
               "destroyed", "damaged", "wrecked", "flattened", "collapsed", "out of service", "out of action"],
    # a bomb left or driven, not dropped: a remote explosive, never an air strike
    "explosive": [*expand("car bomb|truck bomb|roadside bomb|landmine|land mine|IED|improvised explosive device"
                          "|explosive device|suicide bomber|suicide attack|suicide bombing|booby trap", "|s"),
                  "booby-trapped", "booby trapped", "bomb-laden"],
    "clash": [*expand("clash", "|es|ed"), "fighting", "battle", "battles", "fought", "battled",
              *expand("counteroffensive|counter-offensive|counterattack|counter-attack|ambush", "|s"),
              *expand("counterattack|counter-attack|ambush", "ed|ing"),
              "repel", "repelled", "ground forces", "ground advance", "stormed", "storming",
              # a capture tried and failed: fighting, not a change of control ("failed to regain territory")
              *expand("failed|fail|tried|trying|attempted|attempting|attempt|attempts|bid|bids|effort",
                      " to ", "capture|seize|take|retake|regain|recapture|advance|storm")],
    # a campaign named in passing ("where government forces are conducting an offensive"): a clash
    # only when nothing else is told
    "offensive": [*expand("offensive|assault", "|s"), "advance", "advances", "advancing"],
    # an aircraft brought down: the place it fell near is not struck
    "downing": ["shot down", "shoot down", "shooting down", "downed", "downing", "brought down", "bringing down"],
}

_PEOPLE = r"(?:people|civilians|children|women|men|residents|persons|others|of them|fighters|soldiers)"
# An aside between a count and its verb: "nine people, among them women and children, were killed".
_ASIDE = (r"(?:,\s+(?:among\s+(?:them|whom)|including|mostly|most\s+of\s+them|many\s+of\s+them)\b[^,;.]{0,60},"
          r"|\s*[–—]\s*[^–—.;]{1,80}[–—]|\s+\([^()]{1,60}\))?")
_I = re.IGNORECASE

KILLED_AFTER = re.compile(
    rf"^(?:\s+(?:more|of\s+(?:them|whom)|{_PEOPLE}|[a-z]+)){{0,6}}?{_ASIDE}\s+(?:(?:were|was|are|is|have been|had been|"
    rf"has been|been|being|have|had|has)\s+)?(?:(?:reportedly|also|all)\s+)?(?:(?:feared|reported|confirmed|believed|"
    rf"thought|said|known|among\s+those)\s+(?:to\s+(?:have\s+)?(?:been\s+)?)?)?"
    rf"(?:killed|dead|died|die|bodies|martyred|perished|lost\s+their\s+lives|fatalities|deaths)\b", _I)
_HEDGE = (r"(?:\s+(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|roughly|"
          r"an\s+estimated))?")
# "including a family of five": a part of the toll told before it, not a toll (the lookbehinds)
KILLED_BEFORE = re.compile(r"(?:killing(?: of)?|killed|death toll (?:of|at|to|rose to|stood at|is|was|reached)|toll at|"
                           r"(?<!including\s)(?<!including\sa\s)(?<!among\sthem\s)(?<!among\sthem\sa\s)family of|"
                           r"deaths? of|lives of|(?:dead|killed|victims) (?:were|included)|martyrdom of|bodies of|"
                           r"number of (?:deaths|dead|people killed|victims) (?:is|was|rose to|reached|at)|"
                           r"(?:put|puts|putting) (?:the|its) (?:death )?toll(?: (?:in|from|for) [^,.;]{1,40}?)? at|pulled out|recovered|"
                           r"claimed the lives of|claims the lives of|the deaths? of|claim(?:ed|ing|s)|"
                           r"toll\b[^.;]{0,160}?(?:rose|risen|climbed|jumped|increased|reached|stood at|stands at)"
                           r"(?:\s+to)?)" + _HEDGE
                           + r"\s+$", _I)
INJURED_AFTER = re.compile(rf"^(?:\s+{_PEOPLE})?{_ASIDE}\s+(?:(?:were|was|are|have been)\s+)?(?:injured|wounded|hurt|"
                           r"injuries)\b",
                           _I)
INJURED_BEFORE = re.compile(r"(?:injuring|wounding|wounded|injured)" + _HEDGE + r"\s+$", _I)
DISPLACED_AFTER = re.compile(
    rf"^(?:\s+of)?(?:\s+(?:{_PEOPLE}|more|others))?(?:\)|,\s+or\s+(?:[^,.;()]|,\d){{1,30}},|,)?"  # "(15,000 people) fled"
    r"\s+(?:(?:have|had|has)\s+)?(?:(?:already|now|reportedly)\s+)?"
    r"(?:(?:been|were|was)\s+)?(?:to\s+)?(?:fled|flee|fleeing|displaced|uprooted|forced|driven|"
    r"left(?!\s+(?:behind|over|alive|dead|in\s+place)\b))\b", _I)
DISPLACED_BEFORE = re.compile(r"(?:displacing|displaced|uprooting|uprooted|forcing|forced|driving|drove|driven|"
                              r"causing|caused|prompting|prompted|sending)" + _HEDGE + r"\s+$", _I)
INJURED_WORDS, KILLED_WORDS = ("injur", "wound", "hurt"), ("kill", "dead", "died", "die", "bodies", "martyr",
                                                             "perish", "lives", "fatalit", "death")
DISPLACED_WORDS = ("fle", "displac", "uproot", "forced", "driven", "left")
#: The last word before a count that one of the *_BEFORE patterns needs.
BEFORE_WORDS = frozenset("killing killed of at to were included is was reached out recovered "
                         "injuring wounding wounded injured displacing "
                         "displaced uprooting uprooted forcing forced driving drove driven causing caused prompting "
                         "prompted sending least than over nearly almost about around some many roughly "
                         "estimated claimed claiming claims".split())
DISTANCE_AFTER = re.compile(r"^[\s-]*(?:kilomet(?:re|er)s?|km)\b", _I)
DISTANCE_HINT = re.compile(r"kilomet|\dkm|\bkm\b", _I)
DISTANCE_WORDS = ("km", "kilomet")
# "fired from positions in X", "launched from the area of the settlement of X": where fire came from
FROM_BEFORE = re.compile(r"\b(?:from(?:\s+(?:their|its|the)?\s*(?:positions?|bases?|areas?|launch\s+sites?)\s+(?:in|of|near|around)"
                         r"(?:\s+the\s+(?:settlements?|towns?|villages?)\s+of)?)?|stationed\s+(?:at|in)|based\s+(?:at|in)|took\s+off\s+from|taking\s+off\s+from|"
                         r"(?:reporter|correspondent|journalist)s?\s+in|reporting\s+from|"
                         r"(?:concert|conference|talks|summit|meeting|visit)\s+(?:held\s+)?in)"
                         r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", _I)
MORE_IN = re.compile(r"\s+(?:more\s+|of\s+(?:them|whom)\s+)?(?:in|at)\b", _I)
AGGREGATE_WORDS = ("campaign", "offensive", "in total", "since", "overall", "war", "conflict")
AGGREGATE = re.compile(r"\b(?:campaign|offensive|in total|since (?:the|its|it|late|early|\w+ \d{4}|\d)|overall|"
                       r"(?:the|civil|\w+-year-old) (?:war|conflict)(?! monitor))\b", _I)
DESTINATION = re.compile(r"\b(?:to|towards|toward|for|into)\s+(?:the\s+)?(?P<dest>(?:safety of\s+)?(?:areas?|camps?|"
                         r"the)?[^,.;]*?(?:border|camps?|north|areas?)(?:\s+with\s+Turkey)?)\b", _I)
ORIGIN = re.compile(r"\b(?:(?:fled|left)\s+from|fled|from|left)\s+(?!(?:north|south|east|west)\w*\b)(?:the\s+)?(?P<orig>front ?lines?"
                    r"(?:\s+in\s+[^,.;]+?)?|[^,.;]+?)(?=\s+(?:to|towards|toward|for|into|since|after)\b|[,.;]|$)", _I)
#: Where people arrived or took refuge: a destination even when the origin is told after it
#: ("500 families arrived in Atma camps after fleeing Y").
ARRIVAL = re.compile(r"\b(?:arrived|arriving|arrive|arrives|(?:took|taken|taking|sought|seeking|found)\s+(?:refuge|shelter)"
                     r"|sheltering)\s+(?:in|at)\s+(?P<dest>[^,.;]+?)"
                     r"(?=\s+(?:after|from|fleeing|having|since|said|say|says|told|who|where|when|on|during|as)\b|[,.;]|$)",
                     _I)
#: Right before a place people fled to, when DESTINATION does not say so ("fled A to B and C", "left A for B").
DESTINATION_BEFORE = re.compile(r"\b(?:to|towards?|into|for)\s+(?:the\s+)?(?:(?:towns?|cities|villages?|camps?|areas?)\s+"
                                r"(?:of\s+|around\s+|near\s+)?)?$", _I)
#: A place named only to locate the one before it ("Kansafra village south of Ariha", "the Hamamiyat
#: area near Kafr Zita"): the words between the two.
LOCATOR = re.compile(r"^[\s,(]*(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:town|city|village|area|camp|neighbou?rhood|"
                     r"district)\s*,?\s*)?(?:(?:some|about|around|nearly)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s?)\s+"
                     r"(?:(?:north|south|east|west)\w*\s+)?(?:of|from)|"
                     r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|"
                     r"in\s+the\s+(?:\w+\s+)?(?:countryside|outskirts|suburbs|vicinity)|near|outside|close\s+to)(?:\s+of)?)"
                     r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", _I)
#: Before the first of two places a road or stretch runs between ("on the road between A and B"):
#: one event near A, not one in each.
BETWEEN_BEFORE = re.compile(r"\b(?:road|highway|motorway|route|stretch|way|area|fields?|farmland)\s+(?:that\s+runs\s+|"
                            r"running\s+|linking\s+|connecting\s+)?between\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$",
                            _I)
#: An unnamed place a toll is told for ("killed 11 in a rebel-held town in Idlib province"): the report
#: names it next.
UNNAMED_PLACE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|camp|hospital|market|school|"
                           r"neighbou?rhood)\b", _I)
#: A force that is the object of a verb ("counter-attacks on regime forces", "losing it to rebels").
OBJECT_BEFORE = re.compile(r"\b(?:on|at|against|from|with|over|to|after|losing\s+it\s+to|"
                           r"(?:backed|supported|armed|funded|sponsored)\s+by)\s+(?:the\s+)?$", _I)
#: After a force, the words that make it the side struck ("a Turkish convoy came under fire",
#: "army positions were shelled"), read up to the first event word after the force.
STRUCK_AFTER = re.compile(r"^(?:\s+[\w-]+){0,8}?\s+(?:(?:came|comes|come|coming)\s+under\s+(?:fire|attack|shelling|"
                          r"bombardment|bombing)|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:attacked|targeted|"
                          r"hit|struck|shelled|bombed|ambushed))\b", _I)
#: Before a force that brokered or guaranteed a deal ("a ceasefire brokered by Moscow and Ankara"):
#: no side of the incident.
BROKER_BEFORE = re.compile(r"\b(?:brokered|mediated|negotiated|sponsored|guaranteed|agreed|signed)\s+(?:by|between)\s+"
                           r"(?:(?:the\s+)?[\w-]+\s+and\s+)?(?:the\s+)?$", _I)
#: A force that is the agent after a verb ("was captured by rebels", "fell to the army").
AGENT_BEFORE = re.compile(r"\b(?:by|to)\s+(?:the\s+)?$", _I)
#: A place an army heads for or stands off from ("pushing towards Y", "12 km from Y"): no event there.
HEADING_BEFORE = re.compile(r"\b(?:(?:towards?|in\s+the\s+direction\s+of|closer\s+to|advancing\s+on|approach(?:ing|es)?|"
                            r"within\s+reach\s+of|(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+)?(?:from|of|off))"
                            r"\s+(?:the\s+)?(?:(?:town|city|village|province)\s+of\s+)?"
                            # "a convoy heading to an observation post in Y": where it was going, not where it was hit
                            r"|(?:heading|headed|bound|on\s+(?:its|their)\s+way|en\s+route)\s+(?:to|for|towards?)\s+"
                            r"(?:(?:the|an?|its|their)\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:in|at|near)\s+)?)$", _I)
#: The words FROM_BEFORE and HEADING_BEFORE need (a cheap check before them).
CONTEXT_WORDS = ("from", "stationed", "based", "off", "towards", "toward", "direction", "closer", "advancing",
                 "heading", "headed", "bound", "way", "route",
                 "reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists",
                 "concert", "conference", "talks", "summit", "meeting", "visit",
                 "approaching", "approach", "approaches", "reach", "km", "kilometres", "kilometers", "kilometre",
                 "kilometer", "miles", "mile")
#: Dead and injured told as one figure ("15 killed or wounded", "casualties").
CASUALTIES_AFTER = re.compile(rf"^(?:\s+{_PEOPLE})?\s+(?:(?:were|have been)\s+)?(?:killed|dead)\s+(?:or|and)\s+"
                              r"(?:wounded|injured)\b|^\s+casualties\b", _I)
#: A place noun: a clause that holds one names a place, known to the gazetteer or not.
PLACE_NOUN = re.compile(r"\b(?:town|village|city|camp)\s+of\b", _I)
ROAD = re.compile(r"\btowards?\s+the\s+(?P<road>[A-Z][\w'-]+(?:-[A-Z][\w'-]+)?\s+(?:highway|road|motorway))")
ROAD_WORD = "toward"
CLAUSE = re.compile(r"[;:]|\s+while\s+|\s+whereas\s+")
CLAUSE_MARKS = (";", ":", " while", " whereas")
# two clauses, each may tell an incident of its own: after a semicolon, or after ", and" when a subject and
# its verb follow ("took A and B, and the Civil Defence recorded deaths in raids on C")
CLAUSE_JOIN = re.compile(r";\s|,\s+(?:and|while|whereas|but)\s+(?=(?:[\w'-]+\s+){1,4}?(?:[a-z]+ed|said|says|hit|struck|"
                         r"took|shot|fell|fled|left|was|were|has|have|had)\b)")
# "seized X, encircling a post in Y": a phrase of another verb ends the places taken ("including" does not)
CAPTURE_END = re.compile(r",\s+(?!including\b)[a-z]+ing\b")
# "eleven members of one family died": the one counts a family, not the dead
GROUP_AFTER = re.compile(r"^\s+(?:famil(?:y|ies)|households?|homes?|houses?|buildings?)\b", re.IGNORECASE)
# "Two children were among five people killed": the two are of the five
PART_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}?\s+(?:were|are|was|is)\s+(?:also\s+)?among\b", re.IGNORECASE)
# after a capture verb: the place was left again ("took X before withdrawing"): fighting, no change of hands
GIVEN_UP = re.compile(r"\b(?:before\s+(?:withdrawing|pulling\s+(?:back|out)|retreating|being\s+(?:driven|pushed)\s+"
                      r"(?:back|out))|only\s+to\s+(?:withdraw|retreat|lose\s+it)|(?:but|and)\s+(?:then\s+|later\s+)?"
                      r"(?:withdrew|pulled\s+(?:back|out)|retreated|(?:were|was)\s+(?:driven|pushed)\s+(?:back|out)))\b",
                      re.IGNORECASE)
# between a count of families and the same people counted as persons: "3,000 families (about
# 15,000 people)", "3,000 families, or 15,000 people"
SAME_PEOPLE = re.compile(r"[^\d(),]{0,24}(?:\(|,\s*or|,\s*i\.e\.)[^\d()]{0,16}$", re.IGNORECASE)
# "shelling killed three and 200 people fled": the "and" that may start a clause of its own
AND_BREAK = re.compile(r"\s+and\s+", re.IGNORECASE)
# "killing two people in each": every place named has the count, not a share of it
EACH_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:in\s+each|each|apiece|in\s+both)\b", re.IGNORECASE)
# "12 killed in A and B, nine of them in A": the nine are of the twelve
PART_OF = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
# "including two girls", "among the dead were six children": a part of a toll told before it (which it
# does not lower); "including four in X" is still X's toll
TOLL_PART_BEFORE = re.compile(r"\b(?:including|among\s+(?:them|whom)|among\s+(?:the\s+|those\s+)?(?:dead|killed|victims|"
                         r"fatalities)\s+(?:were|was|are|is)|(?:dead|victims|fatalities)\s+included)" + _HEDGE + r"\s+$", _I)
# "the toll later rose to 20", "the number of dead now stands at 20": the new toll replaces the one told before
REVISED_BEFORE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|went\s+up|(?:now\s+)?stands\s+at|"
                            r"(?:has|had|have)\s+reached|now\s+at)(?:\s+to)?" + _HEDGE + r"\s+$", _I)
PHRASE_END = re.compile(r"[,;:.]")
# "hit A, killing two, and B, killing three": a toll does not reach over a new coordinated phrase
TOLL_BREAK = re.compile(r",\s*(?:and|while|but|whereas)\s|;")
