"""Arabic drafts read in their words (see :mod:`geo_idlib.reports.arabic`): the words that open
or close a region's name peeled off its toponym (ريف إدلب الجنوبي -> إدلب, the governorate's
countryside, southern), the kind a cue word states (بلدة، مدينة، ريف، محافظة، مخيم...), and the
evidence an Arabic name needs to be a place (Arabic script has no capitals to tell a name).

>>> from geo_idlib.gazetteer import Gazetteer
>>> from geo_idlib.reports.mentions import find_mentions
>>> [(m.text, m.place.name, m.qualifier) for m in find_mentions("قصف على بلدة كنصفرة", Gazetteer.default())]
[('كنصفرة', 'Kansafrah', 'settlement')]
"""
from __future__ import annotations

from functools import lru_cache

from geo_idlib.gazetteer import SPELT_TIERS
from geo_idlib.names import fold
from geo_idlib.reports import arabic
from geo_idlib.reports.drafts import Draft
from geo_idlib.reports.resolution import Resolver
from geo_idlib.reports.spotting import word_start

def arabic_span(text: str, start: int, end: int, res: "Resolver") -> bool:
    """Whether a span in Arabic script may be a name: not a clock ("بتوقيت دمشق"), and see
    :func:`_arabic_name`."""
    at = word_start(text, start)
    return not arabic.is_clock(text[max(0, at - 24):at]) and _arabic_name(res, text[at:end], start - at)


@lru_cache(maxsize=100_000)  # spans recur from report to report
def _arabic_name(res: "Resolver", words: str, clitic: int) -> bool:
    """Whether ``words[clitic:]`` may be a name: not a cue word nor a phrase opening with a
    preposition ("من صوره" is no Mansurah), not a proclitic reading of a
    frequent word (لبنان is not ل + بنان), known to the gazetteer, and, met loosely, not ending
    on a word that adds nothing to the name."""
    surface = words[clitic:]
    if arabic.is_cue(surface) or arabic.opens_with_preposition(surface):
        return False
    if clitic and surface not in arabic.PLACE_WORDS and arabic.clitic_misreading(words.split()[0], clitic):
        return False  # لبنان, للبنان, فرقه: words of their own, not ل + بنان, ف + رقه
    found = res.candidates(surface)
    if found and " " in surface and found[0].matched not in SPELT_TIERS:
        # met loosely, its last word must add to the name: "معرة النعمان إن" is معرة النعمان
        shorter = res.candidates(surface.rsplit(None, 1)[0])
        return not (shorter and shorter[0].place.id == found[0].place.id and shorter[0].score >= found[0].score)
    return bool(found)


def qualify_arabic(text: str, drafts: list[Draft], res: "Resolver") -> list[Draft]:
    """The Arabic drafts read in their words (see :mod:`geo_idlib.reports.arabic`): the words
    that open or close a region's name peeled off its toponym (ريف إدلب الجنوبي -> إدلب, the
    governorate's countryside, southern), the kind a cue word before it states (بلدة، مدينة،
    ريف، محافظة، مخيم...), directions, the kind of the list it stands in; then only those with
    evidence of being places are kept (see :func:`_without_evidence`)."""
    arabic_at = [i for i, d in enumerate(drafts) if d.text[:1] in arabic.LETTERS]
    if not arabic_at:  # no Arabic name (the text is not read for one)
        return drafts
    cued: set[int] = set()
    prev: Draft | None = None
    listing = False  # the list the draft stands in opened with a plural kind word (قرى A وB)
    for k, i in enumerate(arabic_at):
        d = drafts[i]
        if k and arabic_at[k - 1] != i - 1:  # a Latin name between ends the list
            prev = None
        at = word_start(text, d.start)
        full = d.text
        after = text[d.end:d.end + 40]
        before = arabic.words_before(text[max(0, at - 60):at])
        opened, length, kind, direction, whole = _arabic_reading(
            full, before, text[at:d.start], after[:3], arabic.words_after(after))
        name = full[opened:opened + length]
        phrase = full if whole and name != full else ""
        d.start, d.end, d.text = d.start + opened, d.start + opened + length, name
        d.lead, d.toponym = d.start, None
        if not name:
            continue
        if kind or direction:
            cued.add(i)
            listing = not opened and arabic.opens_list(before)
        elif prev is not None and prev.kind and arabic.LIST_GAP_RE.match(text[prev.end:d.start]):
            kind = prev.kind  # "بلدات كفرسجنة ومعرزيتا"
            if listing:  # the plural kind word is each listed name's cue: "قرى A والشيخ مصطفى"
                cued.add(i)
        else:
            listing = False
        if direction and kind not in ("", "countryside", "province", "near"):
            kind, direction = "near", ""  # جنوب مدينة إدلب: south of the city, near it
        lookup = _arabic_phrase(res, phrase, name, kind, direction)
        if lookup:  # looked up as the region or site, shown as its toponym: إدلب of ريف إدلب الجنوبي
            d.text, d.toponym, kind = lookup, (d.start, d.end), ""
        d.kind, d.direction = d.kind or kind, d.direction or direction
        prev = d
    dropped = _without_evidence(text, drafts, res, arabic_at, cued)
    return [d for i, d in enumerate(drafts) if d.text and i not in dropped]


@lru_cache(maxsize=100_000)  # names recur from report to report in the same words
def _arabic_reading(span: str, before: str, clitic: str, follows: str,
                    after: str) -> tuple[int, int, str, str, bool]:
    """How a spotted Arabic span reads in its words: where its toponym starts and how long it is
    (0 when no name is left: "مركز المدينة", "تل" of a hill the gazetteer does not know, a name
    that closes an organisation's: قناة حلب اليوم, or one put abroad), the kind and direction the
    words around it state, and whether the span as a whole may name a region (its opening and
    closing words are all the direction: not جنوب + شرق إدلب, not ريف إدلب الجنوبي + الغربي).
    ``before`` and ``after`` are the words next to the span's word (:func:`~geo_idlib.reports.arabic.words_before`,
    :func:`~geo_idlib.reports.arabic.words_after`), ``clitic`` its proclitics, ``follows`` the
    three characters after it (a head noun: "تل" of تل النار).

    >>> _arabic_reading("ريف إدلب الجنوبي", "قصف على ", "ب", "، ح", "")
    (4, 4, 'countryside', 'southern', True)
    """
    opened = arabic.opener_end(span)
    closed = arabic.closer_start(span) if opened else len(span)  # الدير الغربي is a village's name
    kind, direction = arabic.read_before(before + clitic + span[:opened], "") if opened else ("", "")
    # a direction before the opening words: جنوب شرق إدلب is not the region شرق إدلب names
    whole = not opened or (kind, direction) == arabic.read_before(span[:opened], "")
    if closed < len(span):  # and the adjectives after it: ريف إدلب الجنوبي الغربي
        direction = direction or arabic.read_after(" " + span[closed:] + after[:30])
        whole = whole and direction == arabic.read_after(" " + span[closed:])
    name = span[opened:closed].rstrip()
    if arabic.is_cue(name) or arabic.is_head(name, follows if closed == len(span) else " ") \
            or (not opened and arabic.in_organisation(before, clitic)) \
            or (closed == len(span) and arabic.abroad(before if not opened else span[:opened], after)):
        return opened, 0, "", "", False
    if not (kind or direction) and not opened:
        kind, direction = arabic.read_before(before, clitic)
        if kind in ("countryside", "province"):
            direction = direction or arabic.read_after(after)
    return opened, len(name), kind, direction, whole


_WHOLE_KINDS = frozenset({"region", "airbase", "military site", "camp", "crossing"})


@lru_cache(maxsize=100_000)  # names recur from report to report in the same words
def _arabic_phrase(res: "Resolver", phrase: str, name: str, kind: str, direction: str) -> str:
    """What a name is looked up as when more than its toponym names the place: the spotted
    phrase when it names a region or a site (ريف إدلب الجنوبي, جنوب إدلب, مخيم الكرامة), or the
    direction noun and a governorate's name when that is a region (الريف الجنوبي لإدلب -> جنوب
    إدلب); '' when the toponym is looked up itself (ريف حماة الغربي: the governorate)."""
    def region(surface: str) -> bool:
        return any(c.place.kind == "region" for c in res.candidates(surface))

    if phrase and any(c.place.kind in _WHOLE_KINDS for c in res.candidates(phrase)[:1]):
        return phrase
    noun = arabic.direction_noun(direction) if kind in ("", "countryside", "province") else ""
    return f"{noun} {name}" if noun and res.stated(name) and region(f"{noun} {name}") else ""


def _without_evidence(text: str, drafts: list[Draft], res: "Resolver", arabic_at: list[int],
                      cued: set[int]) -> set[int]:
    """The indexes of the Arabic drafts (among ``arabic_at``) without evidence of being places.
    Arabic script has no capitals to tell a name. A frequent word (الباب، الثورة), or a word-like
    one met only through the transliteration of a Latin name, needs a cue word of its own before
    it (بلدة، قرية، ريف...); one of the commonest words (كان، على) met that way is never a place. A
    rarer one met that way is a place with a cue, after a preposition (نزحوا من X، في X), in a list
    of them ("بلدات A وB"), in a list with a place that is one ("A وB، C"), when a governorate is
    stated after it (X بريف إدلب), or when the report names the same place with evidence elsewhere. A name the sources give in Arabic
    needs nothing more unless it is one word that reads like a word (الراعي "the shepherd"):
    then it needs such evidence too."""
    n = len(drafts)
    # the names left in Arabic script after their reading: every other draft needs nothing
    facts = {i: _arabic_facts(res, drafts[i].text) for i in arabic_at if drafts[i].text[:1] in arabic.LETTERS}

    def stated_after(i: int) -> bool:
        return i + 1 < n and bool(res.stated(drafts[i + 1].text)) \
            and bool(arabic.STATED_GAP_RE.match(text[drafts[i].end:drafts[i + 1].start]))

    ok = {i: need == "sure" or (i in cued and need != "never")
          or (need == "evidence" and (bool(drafts[i].kind) or stated_after(i)
                                      or arabic.after_preposition(text[max(0, drafts[i].start - 48):drafts[i].start])))
          for i, (_, need) in facts.items()}
    if all(ok.values()):
        return set()
    open_ = {i for i, (_, need) in facts.items() if need == "evidence"}  # may take its evidence from the report
    listed = [i for i in facts if i + 1 in facts
              and arabic.LIST_GAP_RE.match(text[drafts[i].end:drafts[i + 1].start])]
    for _ in range(2):
        # a place the report names with evidence once is that place everywhere in it (كفر سجنة, كفرسجنة)
        named = {place for i, (place, _) in facts.items() if ok[i] and place}
        ok = {i: ok[i] or (i in open_ and place in named) for i, (place, _) in facts.items()}
        for order in (listed, reversed(listed)):  # along each list, both ways
            for i in order:
                if ok[i] or ok[i + 1]:
                    ok[i], ok[i + 1] = ok[i] or i in open_, ok[i + 1] or i + 1 in open_
    return {i for i, sure in ok.items() if not sure}


def _seat(place) -> bool:
    """Whether a town or city is the seat of its district or sub-district (it bears its name):
    the places reports name most, whatever else the word means."""
    names = {fold(n) for n in (place.name, *place.names)}
    return place.kind in ("city", "town") and bool({fold(place.admin2), fold(place.admin3)} & names)


@lru_cache(maxsize=100_000)  # names recur from report to report
def _arabic_facts(res: "Resolver", surface: str) -> tuple[str, str]:
    """The best place of an Arabic name and what it needs to count as one: "sure" (a name of the
    sources, not a word), "evidence" (see :func:`_without_evidence`), "cue" (a cue word of its own),
    "never" (one of the commonest words met only by transliteration)."""
    best = res.candidates(surface)[:1] if surface else ()
    place = best[0].place.id if best else ""
    strong = bool(best) and best[0].matched in SPELT_TIERS
    level = arabic.commonness(surface) if surface else 3
    if strong and (level == 0 or " " in surface):  # جبل الزاوية, معرة النعمان: several words of the sources
        return place, "sure"
    if strong and level == 1 and _seat(best[0].place):  # أريحا: Jericho in the dictionary, a district seat here
        return place, "sure"
    if level == 3 and not strong:
        return place, "never"
    if level >= 2 or (level == 1 and not strong):
        return place, "cue"
    return place, "evidence"
