"""The words before a name are matched backwards, on the reversed text, where the name starts
(a forward search tries every position of its window): each backward pattern must read every
string as its forward pattern does."""
import random

from geo_idlib.reports import drafts, evidence

WORDS = ["town", "Towns", "of", "the", "near", "outside", "close", "to", "around", "west", "east", "south",
         "12", "kilometres", "km", "miles", "from", "outskirts", "edge", "edges", "area", "vicinity", "xtown",
         "(town", "city", "cities", "camps", "countryside", "Idlib", "al-", "border", "village", "province",
         "Turkish", "Turkey's", "Lebanese", "Iraqi", "(Turkish", "xTurkish", "region", "district", "\n", "x"]


def _phrases(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["shelled the Town of ", "the outskirts of the ", "8 km west of the ", "a village close to ",
           "crossed into the Turkish border town of ", "the Lebanese ", "the town of the Ottomans, of "]
    for _ in range(n):
        words = "".join(rng.choice(WORDS) + rng.choice([" ", " ", "  ", "\n", "", "\t"]) for _ in range(rng.randint(1, 12)))
        out.append(words[-rng.randint(1, 60):])
    return out


def test_backward_patterns_read_as_forward():
    for before in _phrases(5000, 7):
        m = drafts._KIND_BEFORE_RE.search(before, max(0, len(before) - 32))
        assert drafts._kind_before(before) == ((m.group("word").lower(), m.start()) if m else ("", 0)), \
            f"kind word before {before!r}"
        near = drafts._NEAR_BEFORE_RE.search(before, max(0, len(before) - 48)) is not None
        assert drafts._near_before(before) == near, f"near words before {before!r}"
        window = before[-40:]
        assert bool(evidence._FOREIGN_BEFORE_BACK_RE.match(window[::-1])) \
            == bool(evidence._FOREIGN_BEFORE_RE.search(window)), f"foreign words before {window!r}"
