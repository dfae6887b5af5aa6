"""Reading Arabic around a place name: the proclitics glued to it, the words before it that say
what kind of place it is (بلدة، مدينة، ريف، محافظة...), directions (جنوب إدلب، ريف إدلب
الجنوبي), the words that open a region's name without being the name, clocks (بتوقيت دمشق), and
the frequent words that need a cue before they are places. The words are language data
(:mod:`geo_idlib.reports.lang.ar.places`); this module only reads them.

>>> read_before("قصف على بلدة ", "")
('settlement', '')
>>> read_before("في الريف الجنوبي ", "ل")
('countryside', 'southern')
"""
from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from geo_idlib.reports.lang.ar import places as ar

__all__ = [
    "LETTERS", "LETTER_RE", "MARKS_RE", "has_marks", "is_head", "COMMON_ZIPF", "WORDLIKE_ZIPF", "COMMONEST_ZIPF",
    "PLACE_WORDS", "commonness", "clitic_misreading", "never_a_name", "name_starts", "readings",
    "is_letter", "is_cue", "opens_with_preposition", "is_common", "read_before", "opens_list", "read_after", "in_organisation", "abroad",
    "opener_end", "closer_start", "direction_noun", "is_clock", "LIST_GAP_RE", "STATED_GAP_RE",
    "words_before", "words_after",
]

#: Words at least this frequent in wordfreq's Arabic list (Zipf scale; the 5,000th word is ~4.4)
#: are common words: a name spelt like one needs a cue before it is a place.
COMMON_ZIPF = 4.0
#: ... and a name at least this frequent reads like a word (عصرا "in the afternoon", جروح "wounds"),
#: at least this one is among the commonest words of the language (كان "was", على "on").
WORDLIKE_ZIPF, COMMONEST_ZIPF = 3.0, 5.0
_MIN_STEM = 3  # letters a name keeps after its proclitics

_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3"
_WORD_RE = re.compile(rf"[{_LETTERS}\u064B-\u065F\u0670\u0640]+")
_KIND_OF = {w: kind for kind, words in ar.KIND_WORDS.items() for w in words}
_CUES = frozenset(_KIND_OF) | frozenset(ar.DIRECTION_NOUNS) | frozenset(ar.NAME_OPENERS)
#: Arabic letters and the tatweel (no digits, marks or punctuation).
_LETTER_RANGES = ((0x0621, 0x063A), (0x0640, 0x064A), (0x0671, 0x06D3))
LETTERS = frozenset(chr(c) for a, b in _LETTER_RANGES for c in range(a, b + 1))
#: Any one of :data:`LETTERS` (to ask whether a text holds Arabic at all).
LETTER_RE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _LETTER_RANGES) + "]")
#: Tashkeel: vowel marks, shadda, sukun (not word characters for regular expressions).
MARKS_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
PLACE_WORDS = frozenset(ar.PLACE_WORDS)
_COMPASS = ar.DIRECTION_NOUNS
_HEADS = frozenset(ar.NAME_HEADS)
_ORGS = dict.fromkeys(ar.ORGANISATION_WORDS, True)
_FOREIGN_BEFORE = dict.fromkeys(ar.FOREIGN_BEFORE, True)
_FOREIGN_AFTER = frozenset(ar.FOREIGN_AFTER)
_PREPOSITIONS = frozenset(ar.PREPOSITIONS_BEFORE)
_LIST_OPENERS = dict.fromkeys(ar.LIST_KIND_WORDS, True)
_NOUN_OF = {compass: noun for noun, compass in reversed(ar.DIRECTION_NOUNS.items())}


def _prefixes() -> tuple[tuple[str, int], ...]:
    """Every proclitic stack with the offset where the name starts in a word that opens with it:
    و، ب، وب، ... (after it); وال، بال، وبال (the article stays: والدانا -> الدانا); لل، ولل
    (ل + ال without its alef: للدانا -> دانا). Longest first."""
    out = {}
    for conj in ["", *ar.CONJUNCTIONS]:
        for prep in ["", *ar.PREPOSITIONS]:
            stack = conj + prep
            if stack:
                out[stack] = len(stack)
            if prep == "ل":
                out[stack + "ل"] = len(stack) + 1
            else:
                out[stack + "ال"] = len(stack)
    out.pop("ال", None)
    return tuple(sorted(out.items(), key=lambda kv: (-len(kv[0]), kv[0])))


_PREFIXES = _prefixes()


@lru_cache(maxsize=65536)
def name_starts(word: str) -> tuple[int, ...]:
    """Offsets in ``word`` where a name may start after proclitics, nearest first.

    >>> name_starts("بريف"), name_starts("والدانا"), name_starts("وبكفرنبل")
    ((1,), (1,), (2, 1))
    """
    found = {at for prefix, at in _PREFIXES if word.startswith(prefix) and len(word) - at >= _MIN_STEM}
    return tuple(sorted(found, reverse=True))


@lru_cache(maxsize=65536)
def readings(word: str, *, article: bool = True) -> tuple[str, ...]:
    """``word`` as written, then without its article, then without each proclitic stack that
    may open it (with and without the article, unless ``article=False``): بلدة is a word, بريف
    is ب + ريف.

    >>> readings("بريف")
    ('بريف', 'ريف')
    >>> readings("والقرى")
    ('والقرى', 'القرى', 'قرى')
    """
    out = [word]
    for at in (0, *name_starts(word)):
        stem = word[at:]
        out += [stem, stem[2:]] if article and stem.startswith("ال") and len(stem) > 3 else [stem]
    return tuple(dict.fromkeys(out))


def _lookup(word: str, table) -> str:
    """What ``table`` says of ``word`` read without its proclitics; the article is not stripped
    (a cue is in construct: مدينة سراقب, not المدينة; شمال إدلب, not الشمالي)."""
    return next((table[w] for w in readings(word, article=False) if w in table), "")


def has_marks(text: str) -> bool:
    """True when ``text`` holds tashkeel.

    >>> has_marks("معرّة"), has_marks("معرة")
    (True, False)
    """
    return not text.isascii() and MARKS_RE.search(text) is not None  # ASCII is told at once, without a scan


def is_letter(char: str) -> bool:
    """True for one Arabic letter.

    >>> is_letter("ب"), is_letter("b"), is_letter("")
    (True, False, False)
    """
    return char in LETTERS


def is_cue(surface: str) -> bool:
    """True when ``surface`` is a cue word itself (بريف، المدينة، جنوب), never a name.

    >>> is_cue("بريف"), is_cue("سراقب")
    (True, False)
    """
    return any(w in _CUES for w in readings(surface))


@lru_cache(maxsize=65536)
def commonness(surface: str) -> int:
    """3 for one of the commonest words (Zipf frequency of the whole >= ``COMMONEST_ZIPF``), 2
    for a common word or phrase of common words (:func:`is_common`), 1 for a word-like one
    (>= ``WORDLIKE_ZIPF``, or a common word with an attached pronoun), 0 for the rest and for
    ``PLACE_WORDS``.

    >>> commonness("كان"), commonness("الباب"), commonness("عصرا"), commonness("مواقعه"), commonness("كنصفرة")
    (3, 2, 1, 1, 0)
    """
    if surface in PLACE_WORDS:
        return 0
    zipf = zipf_frequency(surface, "ar")
    if zipf >= COMMONEST_ZIPF:
        return 3
    if is_common(surface):
        return 2
    if zipf < WORDLIKE_ZIPF and " " not in surface:  # مواقعه: a common word with a pronoun is word-like
        stems = [surface[:-len(s)] for s in ar.PRONOUN_SUFFIXES if surface.endswith(s) and len(surface) - len(s) >= 3]
        if any(is_common(stem) for stem in stems):
            return 1
    return int(zipf >= WORDLIKE_ZIPF)


@lru_cache(maxsize=65536)
def clitic_misreading(word: str, at: int) -> bool:
    """True when ``word`` read from ``at`` (after proclitics) misreads a word of its own: the
    word, or a reading with fewer proclitics, is word-like and more frequent than the stem
    (لبنان is not ل + بنان, فرقه not ف + رقه; بحلب is ب + حلب).

    >>> clitic_misreading("لبنان", 1), clitic_misreading("فرقه", 1), clitic_misreading("بحلب", 1)
    (True, True, False)
    """
    stem = zipf_frequency(word[at:], "ar")
    return any(zipf >= WORDLIKE_ZIPF and zipf > stem
               for zipf in (zipf_frequency(word[o:], "ar") for o in (0, *name_starts(word)) if o < at))


@lru_cache(maxsize=65536)
def never_a_name(surface: str) -> bool:
    """True for a cue word and for one of the commonest words (:func:`commonness` 3), which a
    name that only sounds like them never is.

    >>> never_a_name("بلدة"), never_a_name("كان"), never_a_name("كنصفرة")
    (True, True, False)
    """
    return is_cue(surface) or commonness(surface) == 3


@lru_cache(maxsize=65536)
def is_common(surface: str) -> bool:
    """True when every word of ``surface`` is a frequent Arabic word (wordfreq) and the surface
    is not one of the frequent words that are places (``PLACE_WORDS``).

    >>> is_common("الباب"), is_common("إدلب"), is_common("كنصفرة"), is_common("جبل الزاوية")
    (True, False, False, True)
    """
    if surface in PLACE_WORDS:
        return False
    words = _WORD_RE.findall(surface)
    return bool(words) and all(zipf_frequency(w, "ar") >= COMMON_ZIPF for w in words)


_PUNCT = "()[]\"'\u201c\u201d\u00ab\u00bb"
_STOPS = "\u060c,.:;!?\u061f\u061b"  # a comma or a full stop ends the words around a name


def _near_words(text: str, *, last: bool) -> list[str]:
    """Up to four words at the end (``last``) or the start of ``text`` with only spaces, brackets
    and quotes between them and the name; a comma or a non-Arabic token ends the run."""
    parts = text[-48:].split() if last else text[:48].split()
    if last and text[-1:] and not text[-1:].isspace() and text[-1] not in _PUNCT:
        parts = parts[:-1]  # the name's own word (a clitic) is not before it
    out: list[str] = []
    for part in (reversed(parts[-5:]) if last else parts[:5]):
        read = _near_part(part, last)
        if read is None:
            break
        word, stop = read
        if word:  # not a bracket or a quote on its own: بلدة "حزارين"
            out.append(word)
            if stop:
                break
    return out[::-1] if last else out


@lru_cache(maxsize=100_000)  # words recur from report to report
def _near_part(part: str, last: bool) -> tuple[str, bool] | None:
    """How one whitespace-separated part reads in :func:`_near_words` (``last``: read leftwards
    from a name): None when the words stop before it (a comma on the name's side, not an Arabic
    word), else its word ('' for a bracket or quote alone) and whether they stop after it."""
    word = part.strip(_PUNCT)
    if not word:
        return "", False
    if last and word[-1:] in _STOPS:
        return None
    stop = word[-1:] in _STOPS
    word = word.rstrip(_STOPS)
    if not word or not _WORD_RE.fullmatch(word):
        return None
    return word, stop or (word != part.lstrip(_PUNCT) if last else word != part.rstrip(_PUNCT).rstrip(_STOPS))


def words_before(before: str) -> str:
    """The words next to a name at the end of ``before`` that the readers here read, as one
    string that they read alike: what a reading may be remembered by (not the text around).

    >>> words_before("قال، في بلدة ")
    'في بلدة '
    """
    words = _near_words(before, last=True)
    return " ".join(words) + " " if words else ""


def words_after(after: str) -> str:
    """The words next to a name at the start of ``after``, as :func:`words_before` gives them.

    >>> words_after(" الجنوبي الغربي، حيث")
    ' الجنوبي الغربي'
    """
    words = _near_words(after, last=False)
    return " " + " ".join(words) if words else ""


def _compass(words: list[str]) -> str:
    """"southern", "south-western"... for one or two compass words."""
    if words == ["central"]:
        return "central"
    return "-".join(words[:-1] + [words[-1] + "ern"]) if 0 < len(words) <= 2 else ""


def read_before(before: str, clitic: str) -> tuple[str, str]:
    """The kind of place and the direction the words just before a name state: ``before`` is the
    text up to the word the name is in, ``clitic`` the proclitics glued to the name.

    >>> read_before("على مدينة ", ""), read_before("جنوب غرب ", ""), read_before("قرب ", "")
    (('city', ''), ('', 'south-western'), ('near', ''))
    >>> read_before("أطراف مدينة ", ""), read_before("مناطق ريفي ", "")
    (('near', ''), ('countryside', ''))
    """
    words = _near_words(before, last=True)
    adjectives: list[str] = []
    while words and clitic.endswith("ل") and _lookup(words[-1], ar.DIRECTION_ADJECTIVES):
        adjectives.insert(0, _lookup(words.pop(), ar.DIRECTION_ADJECTIVES))
    if adjectives:  # "الريف الجنوبي لإدلب": the countryside, its direction, ل and the name
        if words and any(_KIND_OF.get(w) == "countryside" for w in readings(words[-1])):
            return "countryside", _compass(adjectives)
        return "", ""
    kind = _lookup(words[-1], _KIND_OF) if words else ""
    if kind:
        words.pop()
        # أطراف مدينة سراقب: near the city; مناطق ريف إدلب: the countryside itself
        if words and kind not in ("countryside", "province") and _lookup(words[-1], _KIND_OF) == "near":
            kind = "near"
            words.pop()
    compass: list[str] = []
    while words and len(compass) < 2 and _lookup(words[-1], _COMPASS):
        compass.insert(0, _lookup(words.pop(), _COMPASS))
    return kind, _compass(compass)


def opens_list(before: str) -> bool:
    """True when the word right before a name is a plural or dual kind word: the names listed
    after it (قرى A وB وC، بلدتي A وB) each have that cue word of their own.

    >>> opens_list("قصف على قرى "), opens_list("وبلدتي "), opens_list("على قرية ")
    (True, True, False)
    """
    words = _near_words(before, last=True)
    return bool(words) and _lookup(words[-1], _LIST_OPENERS) is True


def in_organisation(before: str, clitic: str) -> bool:
    """True when the name that follows ``before`` closes an organisation's name: an organisation
    word right before it, or two words before it with no preposition between.

    >>> in_organisation("قال مراسل قناة ", ""), in_organisation("أطلقتها منظومة إسعاف ", "")
    (True, True)
    >>> in_organisation("قصف الجيش على ", ""), in_organisation("قناة ", "و")
    (False, False)
    """
    if clitic:  # a proclitic starts a new phrase: "قناة وسراقب" is not one name
        return False
    words = _near_words(before, last=True)[-2:]
    if words and _lookup(words[-1], _ORGS):
        return True
    return len(words) == 2 and bool(_lookup(words[0], _ORGS)) and words[1] not in _PREPOSITIONS \
        and not _lookup(words[1], _KIND_OF)


def after_preposition(before: str) -> bool:
    """True when a preposition stands right before a name (``before``: the text up to it): a word
    of its own (في، من، على، قرب...) or attached to the name's word (بكفرنبودة، لكفرنبودة).

    >>> after_preposition("نزحوا من "), after_preposition("قصفت الطائرات "), after_preposition("قصف على ب")
    (True, False, True)
    """
    if before[-1:] in ar.PREPOSITIONS and (len(before) < 2 or before[-2] in " و"):  # the name's own clitic
        return True
    words = _near_words(before, last=True)
    return bool(words) and words[-1] in _PREPOSITIONS


def opens_with_preposition(surface: str) -> bool:
    """True when a span of several words opens with a preposition of its own (من، في، على...): no
    name does, whatever name its sounds spell ("من صوره", from his pictures, is no Mansurah).

    >>> opens_with_preposition("من صوره"), opens_with_preposition("معرة النعمان"), opens_with_preposition("من")
    (True, False, False)
    """
    first, _, rest = surface.partition(" ")
    return bool(rest) and first in _PREPOSITIONS


def abroad(before: str, after: str) -> bool:
    """True when the words around a name put it abroad: a foreign province before it, a foreign
    nationality right after it.

    >>> abroad("إلى مدينة ", " التركية أمس"), abroad("في ولاية ", ""), abroad("إلى مدينة ", " أمس")
    (True, True, False)
    """
    words = _near_words(after, last=False)
    if words and words[0] in _FOREIGN_AFTER:
        return True
    words = _near_words(before, last=True)
    return bool(words) and _lookup(words[-1], _FOREIGN_BEFORE) is True


def read_after(after: str) -> str:
    """The direction adjectives right after a countryside's name (ريف إدلب الجنوبي الغربي).

    >>> read_after(" الجنوبي الغربي، حيث"), read_after(" حيث")
    ('south-western', '')
    """
    compass = []
    for w in _near_words(after, last=False)[:2]:
        if w not in ar.DIRECTION_ADJECTIVES:
            break
        compass.append(ar.DIRECTION_ADJECTIVES[w])
    return _compass(compass)


def opener_end(surface: str) -> int:
    """Where the name starts in a spotted span that opens with words that are not the name
    ("ريف إدلب الجنوبي", "جنوب إدلب", "مركز إدلب"), else 0.

    >>> opener_end("ريف إدلب الجنوبي"), opener_end("جسر الشغور")
    (4, 0)
    """
    m = re.match(rf"(?:(?:{'|'.join(ar.NAME_OPENERS)})\s+)+", surface)
    return m.end() if m and m.end() < len(surface) else 0


def closer_start(surface: str) -> int:
    """Where the direction adjectives that close a span start ("ريف إدلب الجنوبي"), else its length.

    >>> s = "ريف إدلب الجنوبي"; s[:closer_start(s)]
    'ريف إدلب '
    """
    end = len(surface)
    words = surface.split()
    while len(words) > 1 and words[-1] in ar.DIRECTION_ADJECTIVES:
        end = surface.rindex(words.pop())
    return end


def direction_noun(direction: str) -> str:
    """The Arabic direction noun for "southern", "northern"... ('' for compounds).

    >>> direction_noun("southern"), direction_noun("south-western")
    ('جنوب', '')
    """
    return _NOUN_OF.get(direction.removesuffix("ern"), "")


def is_head(surface: str, after: str) -> bool:
    """True when ``surface`` is the head noun of a longer name that goes on after it ("تل" of
    تل النار, "جبل" of جبل الزاوية): alone it is not the place.

    >>> is_head("تل", " النار قرب"), is_head("تل", "، حيث"), is_head("كفرنبل", " النار")
    (True, False, False)
    """
    return surface in _HEADS and bool(re.match(rf"\s+[{_LETTERS}]", after))


_TIME_WORD_RE = re.compile("|".join(map(re.escape, ar.TIME_WORDS)))


def is_clock(before: str) -> bool:
    """True when a city name follows the word "time": "بتوقيت دمشق" (a clock time before it,
    "10:09 دمشق", is a time zone in any script: :func:`geo_idlib.reports.evidence.time_zone`).

    >>> is_clock("الساعة العاشرة بتوقيت "), is_clock("قال مسؤول في ")
    (True, False)
    """
    if _TIME_WORD_RE.search(before) is None:  # a cheap check first
        return False
    words = _near_words(before, last=True)
    return bool(words) and words[-1] in ar.TIME_WORDS


_LIST_SEP = r"[\s()\"\u201c\u201d]*(?:[\u060c,][\s()\"\u201c\u201d]*و?|و)"
_LIST_KINDS = "|".join(sorted((w for k in ("settlement", "city", "camp") for w in ar.KIND_WORDS[k]), key=len, reverse=True))
#: What stands between two names of one list: a comma or و glued to the next name (brackets and
#: quotes around them), at most two items the gazetteer does not know, and a kind word opening
#: the next: "كفرسجنة، معرزيتا", "سراقب ومعرة النعمان", "كنصفرة، وأرينبة، والفطيرة", "بلدتي A
#: وB وقريتي C".
LIST_GAP_RE = re.compile(rf"^{_LIST_SEP}(?:[{_LETTERS}]+{_LIST_SEP}){{0,2}}(?:(?:{_LIST_KINDS})\s+)?$")
#: What may stand between a name and the governorate stated after it: سراقب بريف إدلب, X في ريف Y,
#: X جنوب إدلب, X، إدلب, X بريف #إدلب.
STATED_GAP_RE = re.compile(
    r"^\s*[،,]?\s*(?:في\s+)?(?:(?:ب|و|في\s+)?(?:ال)?(?:ريف|محافظة|منطقة)\s+)?"
    r"(?:(?:ال)?(?:جنوب|شمال|شرق|غرب)[ي]?\s+){0,2}(?:ب)?#?$")
