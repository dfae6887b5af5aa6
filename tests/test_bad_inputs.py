"""The bad-input corpus (tests/bad_inputs/): every file (or folder), through the command its folder names,
either works or stops with exit code 2 and one line naming the file, the line and the field,
with no traceback, nothing written at -o and an existing output kept.

``expected.csv`` says, per case, ``ok`` or the line and field the error must name (and, for a
folder, the file in it).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo_idlib.cli import main

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "bad_inputs"
EXAMPLES = HERE.parent / "examples"
#: The command each folder's files go through: {file} is the file, {out} the output folder.
COMMANDS = {
    "map": ["map", "{file}", "-o", "{out}/map.html", "--offline", "--embed", "--events-out", "{out}/events.csv"],
    "extract": ["extract", "{file}", "-o", "{out}/events.csv"],
    "merge": ["merge", "{file}", "-o", "{out}/merged.geojson"],
    "geoparse": ["geoparse", "--json", "{file}", "-o", "{out}/mentions.json"],
    "control": ["map", "--control", "{file}", "-o", "{out}/map.html", "--offline"],
    "frontline": ["frontline", "{file}", "-o", "{out}/front.gpkg"],
    "flows": ["flows", "{file}", "-o", "{out}/flows.geojson"],
    "places": ["geoparse", "--json", str(EXAMPLES / "reports" / "2018-02-06-monitor-raids.txt"), "--places", "{file}",
               "-o", "{out}/mentions.json"],
    "overrides": ["map", str(EXAMPLES / "events_demo.csv"), "--overrides", "{file}", "-o", "{out}/map.html",
                  "--offline"],
}
#: Strings that would run in a browser if a map left them unescaped.
RAW_PAYLOADS = ("<img src=x onerror", "<script>alert", "<svg onload")


def expected() -> dict[str, dict]:
    with open(CORPUS / "expected.csv", encoding="utf-8", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


CASES = expected()


def test_the_corpus_is_large_and_every_file_has_an_expectation():
    files = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*") if not p.name.startswith("_"))
    assert files == sorted(CASES), "add the file to expected.csv (or remove it from the list)"
    assert len(files) >= 100 and {f.split("/")[0] for f in files} == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input(name, tmp_path, capsys):
    case, file = CASES[name], CORPUS / name
    out = tmp_path / "out"
    out.mkdir()
    argv = [a.format(file=file, out=out) for a in COMMANDS[name.split("/")[0]]]
    existing = Path(argv[argv.index("-o") + 1])
    existing.write_bytes(b"an output of an earlier run")
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if case["outcome"] == "ok":
        assert code == 0, err
        assert existing.read_bytes() != b"an output of an earlier run"
        written = b"".join(p.read_bytes() for p in out.iterdir() if p.suffix == ".html")
        assert not any(raw.encode() in written for raw in RAW_PAYLOADS), "a payload reached the map unescaped"
        return
    lines = err.splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith("geo-idlib: error: "), err
    named = file / case["inside"] if case["inside"] else file  # a folder's case names the file in it
    where = f"{named}:{case['line']}: " if case["line"] else f"{named}: "
    where += f"field {case['field']!r}: " if case["field"] else ""
    assert lines[0].startswith(f"geo-idlib: error: {where}"), lines[0]
    assert case["message"] in lines[0]
    assert [p.name for p in out.iterdir()] == [existing.name], "an output was written after a failure"
    assert existing.read_bytes() == b"an output of an earlier run"
