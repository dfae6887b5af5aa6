"""Commands over the gazetteer: ``resolve``, ``reverse`` and ``gazetteer build|search|stats``."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from geo_idlib.cli.common import add_places_option, command, load_gazetteer
from geo_idlib.errors import InputError

_CANDIDATE_FIELDS = ("id", "name", "name_ar", "lat", "lon", "kind", "admin1", "admin2", "admin3",
                     "pcode", "score", "matched")


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "resolve", help="resolve place names to candidates",
                description="Resolve names to ranked candidates (a best score of 0.75 or more is accepted, "
                            "0.90 or more is confident).",
                examples=['geo-idlib resolve "Jisr Al-Shqour" "سراقب" "Kfar Nobol"',
                          'geo-idlib resolve Dana --near "Maarat al-Numan" --json',
                          'geo-idlib resolve Jabala --admin1 Idlib --places my_places.csv'])
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--json", action="store_true", help="a JSON array: one candidate list per NAME")
    p.add_argument("--near", metavar="NAME", help="prefer places near this place")
    p.add_argument("--admin1", metavar="NAME", help="only places in this governorate (name or P-code)")
    p.add_argument("--kind", action="append", dest="kinds", metavar="KIND", help="only places of this kind")
    p.add_argument("--limit", type=int, default=5, metavar="N")
    add_places_option(p)
    p.set_defaults(func=cmd_resolve)

    p = command(sub, "reverse", help="nearest place and admin units at a point",
                examples=["geo-idlib reverse 35.864 36.806", "geo-idlib reverse 35.864 36.806 --json"])
    p.add_argument("lat", type=float)
    p.add_argument("lon", type=float)
    p.add_argument("--json", action="store_true")
    add_places_option(p)
    p.set_defaults(func=cmd_reverse)

    g = command(sub, "gazetteer", help="build, search and count the gazetteer",
                examples=["geo-idlib gazetteer search shughur", "geo-idlib gazetteer stats --json",
                          "geo-idlib gazetteer build"])
    gsub = g.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)
    b = command(gsub, "build", help="rebuild the bundled gazetteer from gazetteer/sources/",
                examples=["geo-idlib gazetteer build", "geo-idlib gazetteer build --sources my_sources/ -o out/"])
    b.add_argument("--sources", type=Path, default=None, help="sources folder (default: gazetteer/sources)")
    b.add_argument("-o", "--out", type=Path, default=None, help="output folder (default: gazetteer/)")
    b.set_defaults(func=cmd_build)
    s = command(gsub, "search", help="places whose names contain TEXT",
                examples=["geo-idlib gazetteer search shughur", "geo-idlib gazetteer search 'كفر' --limit 50"])
    s.add_argument("text")
    s.add_argument("--limit", type=int, default=20)
    add_places_option(s)
    s.set_defaults(func=cmd_search)
    t = command(gsub, "stats", help="counts by source, kind and governorate",
                examples=["geo-idlib gazetteer stats", "geo-idlib gazetteer stats --places my_places.csv --json"])
    t.add_argument("--json", action="store_true")
    add_places_option(t)
    t.set_defaults(func=cmd_stats)


def cmd_resolve(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError("--limit must be at least 1", field="limit")
    gz = load_gazetteer(args)
    results = [gz.resolve(n, near=args.near, admin1=args.admin1, kinds=args.kinds, limit=args.limit)
               for n in args.names]
    if args.json:
        out = [[{k: c.to_dict()[k] for k in _CANDIDATE_FIELDS} for c in cands] for cands in results]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for name, cands in zip(args.names, results):
        if not cands:
            print(f"{name}\tunknown")
            continue
        best = cands[0]
        p = best.place
        from geo_idlib.gazetteer import ACCEPT_SCORE

        verdict = "" if best.score >= ACCEPT_SCORE else "\t(below threshold: check)"
        where = " / ".join(x for x in (p.admin3, p.admin2, p.admin1) if x)
        others = "; ".join(f"{c.place.name} ({c.place.admin1 or '-'}, {c.score:.2f})" for c in cands[1:])
        print(f"{name}\t{p.name}\t{p.name_ar}\t{p.lat:.5f},{p.lon:.5f}\t{p.kind}\t{where}\t{p.pcode}"
              f"\t{best.score:.2f} {best.matched}{verdict}" + (f"\talso: {others}" if others else ""))
    return 0


def cmd_reverse(args: argparse.Namespace) -> int:
    result = load_gazetteer(args).reverse(args.lat, args.lon)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return 0
    if result.place:
        print(f"{result.place.name}\t{result.place.name_ar}\t{result.distance_km:.2f} km\t{result.place.id}")
    for unit in result.admin:
        print(f"admin{unit.level}\t{unit.name}\t{unit.name_ar}\t{unit.pcode}")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from geo_idlib.gazetteer.build import build_gazetteer
    from geo_idlib.gazetteer.store import project_gazetteer_dir

    root = project_gazetteer_dir()
    report = build_gazetteer(args.sources or root / "sources", args.out or root)
    print(f"{report.places} places ({report.wikipedia_only} known only from the Wikipedia map); "
          f"{report.merged_marks} map marks merged; {report.seats_named} sub-district seats named; "
          f"{len(report.moved_names)} neighbours' names moved")
    for name, src, dst in report.moved_names:
        print(f"  moved {name!r}: {src} -> {dst}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError("--limit must be at least 1", field="limit")
    for p in load_gazetteer(args).search(args.text, limit=args.limit):
        print(f"{p.id}\t{p.name}\t{p.name_ar}\t{p.kind}\t{p.admin1}\t{p.lat:.5f},{p.lon:.5f}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    stats = load_gazetteer(args).stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0
    for group, counts in stats.items():
        print(f"by {group}:")
        for key, n in counts.items():
            print(f"  {key:32s} {n:6d}")
    return 0
