"""Commands over the gazetteer: ``resolve``, ``reverse`` and ``gazetteer build|search|stats``."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import ACCEPT_SCORE, Gazetteer

_CANDIDATE_FIELDS = ("id", "name", "name_ar", "lat", "lon", "kind", "admin1", "admin2", "admin3",
                     "pcode", "score", "matched")


def add_places_option(parser: argparse.ArgumentParser) -> None:
    """``--places FILE``: every command that resolves names accepts the user's own places."""
    parser.add_argument("--places", metavar="CSV", type=Path,
                        help="extra places (CSV with name,lat,lon[,id,name_ar,names,kind,population,source])")


def load_gazetteer(args: argparse.Namespace) -> Gazetteer:
    """The bundled gazetteer, extended by ``--places`` when given."""
    gz = Gazetteer.default()
    return gz.with_places(args.places) if getattr(args, "places", None) else gz


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("resolve", help="resolve place names to candidates",
                       description=f"Resolve names to ranked candidates (accept score >= {ACCEPT_SCORE}).")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--json", action="store_true", help="a JSON array: one candidate list per NAME")
    p.add_argument("--near", metavar="NAME", help="prefer places near this place")
    p.add_argument("--admin1", metavar="NAME", help="only places in this governorate (name or P-code)")
    p.add_argument("--kind", action="append", dest="kinds", metavar="KIND", help="only places of this kind")
    p.add_argument("--limit", type=int, default=5, metavar="N")
    add_places_option(p)
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("reverse", help="nearest place and admin units at a point")
    p.add_argument("lat", type=float)
    p.add_argument("lon", type=float)
    p.add_argument("--json", action="store_true")
    add_places_option(p)
    p.set_defaults(func=cmd_reverse)

    g = sub.add_parser("gazetteer", help="build, search and count the gazetteer")
    gsub = g.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)
    b = gsub.add_parser("build", help="rebuild the bundled gazetteer from gazetteer/sources/")
    b.add_argument("--sources", type=Path, default=None, help="sources folder (default: gazetteer/sources)")
    b.add_argument("-o", "--out", type=Path, default=None, help="output folder (default: gazetteer/)")
    b.set_defaults(func=cmd_build)
    s = gsub.add_parser("search", help="places whose names contain TEXT")
    s.add_argument("text")
    s.add_argument("--limit", type=int, default=20)
    add_places_option(s)
    s.set_defaults(func=cmd_search)
    t = gsub.add_parser("stats", help="counts by source, kind and governorate")
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
