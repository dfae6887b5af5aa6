"""Gazetteer benchmark: load time, and resolutions per second for 10,000 mixed names.

The same names go through a naive baseline in the same run: rapidfuzz ``process.extractOne``
over every raw name of every place. Prints figures; asserts nothing.

    python bench/gazetteer.py [N]
"""
from __future__ import annotations

import random
import sys
import time
import unicodedata

from rapidfuzz import process

from geo_idlib.gazetteer import ACCEPT_SCORE, Gazetteer, store
from geo_idlib.names import fold, fold_arabic, skeleton, tokens

UNKNOWN = ["London", "Paris", "Beirut", "Ahmad Hilal", "Syrian Observatory", "White Helmets",
           "Reuters", "ceasefire", "Moscow", "Ankara", "Bashar al-Assad", "Civil Defence"]


def _strip(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _respell(name: str, rng: random.Random) -> str:
    """A folded variant: what reporters do to a name (accents, articles, Kafr, vowels, hyphens)."""
    out = _strip(name).replace("‘", "").replace("`", "'")
    for a, b in (("al-", "el-"), ("Al ", "El-"), ("ash ", "al-"), ("Kafr", "Kfar"), ("u", "ou"), ("ee", "i")):
        if a in out and rng.random() < 0.7:
            out = out.replace(a, b)
    return out.upper() if rng.random() < 0.2 else out


def _typo(name: str, rng: random.Random) -> str:
    """A fuzzy variant: one letter dropped or two swapped (not the first)."""
    chars = list(_strip(name))
    i = rng.randrange(1, len(chars) - 1)
    if rng.random() < 0.5:
        del chars[i]
    else:
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def mixed_names(gz: Gazetteer, n: int, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` (kind, name) pairs: a quarter each exact, folded, fuzzy, unknown."""
    rng = random.Random(seed)
    pool = [p for p in gz.places if p.admin1_pcode in {"SY07", "SY05", "SY02", "SY06"}]
    names = []
    for i in range(n):
        place = rng.choice(pool)
        kind = ("exact", "folded", "fuzzy", "unknown")[i % 4]
        if kind == "exact":
            names.append((kind, rng.choice((place.name,) + place.names)))
        elif kind == "folded":
            names.append((kind, _respell(rng.choice((place.name,) + place.names), rng)))
        elif kind == "fuzzy":
            while not (long := [x for x in (place.name,) + place.names if len(x) >= 7 and not x.islower()]):
                place = rng.choice(pool)
            names.append((kind, _typo(rng.choice(long), rng)))
        else:
            word = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
            names.append((kind, rng.choice(UNKNOWN + [word.title()])))
    return names


def main(n: int = 10_000) -> None:
    t0 = time.perf_counter()
    folder = store.data_dir()
    gz = Gazetteer.from_folder(folder)
    t_load = time.perf_counter() - t0
    gz.resolve("warm-up")  # builds the name index
    t_index = time.perf_counter() - t0 - t_load
    print(f"load: {t_load * 1000:.0f} ms to read {len(gz)} places, {t_index * 1000:.0f} ms to index "
          f"(first resolve), {(t_load + t_index) * 1000:.0f} ms total")

    names = mixed_names(gz, n)
    for cached in (fold, fold_arabic, skeleton, tokens):
        cached.cache_clear()  # repeated names still hit the string caches, as in real reports
    t0 = time.perf_counter()
    answers = [gz.resolve(name, limit=1) for _, name in names]
    ours = time.perf_counter() - t0
    rate = n / ours
    unique = len({name for _, name in names})
    print(f"geo_idlib resolve: {n} names ({unique} distinct) in {ours:.2f} s = {rate:,.0f} names/s")
    for kind in ("exact", "folded", "fuzzy", "unknown"):
        picked = [a for (k, _), a in zip(names, answers) if k == kind]
        accepted = sum(bool(a) and a[0].score >= ACCEPT_SCORE for a in picked)
        print(f"  {kind:8s} {len(picked):6d} names, {accepted / len(picked):6.1%} accepted")

    raw = sorted({x for p in gz.places for x in (p.name, *p.names)})
    sample = names[: max(200, n // 20)]
    t0 = time.perf_counter()
    for _, name in sample:
        process.extractOne(name, raw)
    base = (time.perf_counter() - t0) / len(sample) * n
    print(f"baseline rapidfuzz process.extractOne over {len(raw):,} raw names: {n / base:,.0f} names/s "
          f"(timed on {len(sample)} of the names)")
    print(f"speed-up: {base / ours:.1f}x (target >= 10x); throughput target >= 20,000 names/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
