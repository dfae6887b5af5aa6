"""Reports in batches: the table streamed batch by batch is the table of the whole run (issue 12)."""
import pytest

import geo_idlib.batches
from geo_idlib.batches import batches, bound_caches, scan_reports
from geo_idlib.cli import main
from geo_idlib.errors import InputError
from geo_idlib.reports.events import extract_reports
from geo_idlib.reports.reading import read_reports
from geo_idlib.review import stable_ids
from geo_idlib.tables import table_bytes

TEXTS = [  # our own words
    "published: 2019-07-22\n\nJets struck Saraqeb on Sunday, killing 4 people, rescuers said.",
    "published: 2019-07-23\n\nShelling hit Kafr Nubl on Monday; two children were hurt.",
    "Government forces captured Khan Shaykhun after clashes, a monitor said.",
    "published: 2019-07-24\n\nWarplanes bombed Maarat al-Numan and Ariha on Tuesday, killing 9.",
]


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    for i, text in enumerate(TEXTS):
        (d / f"r{i}.txt").write_text(text, encoding="utf-8")
    return d


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".json"])
def test_streamed_table_is_the_table_of_the_whole_run(folder, tmp_path, monkeypatch, gz, suffix):
    monkeypatch.setattr(geo_idlib.batches, "BATCH_FILES", 1)  # one batch per file
    whole = stable_ids(extract_reports(read_reports([folder]), gazetteer=gz))
    out = tmp_path / f"events{suffix}"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    assert out.read_bytes() == table_bytes(whole, suffix)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the temporary file took OUT's place


def test_scan_checks_every_file_and_keeps_the_undated(folder):
    count, undated = scan_reports(sorted(folder.iterdir()))
    assert (count, [r.report_id for r in undated]) == (4, ["r2"])
    (folder / "sub").mkdir()
    (folder / "sub" / "r1.txt").write_text("Jets struck Idlib.", encoding="utf-8")
    with pytest.raises(InputError, match="report id 'r1' is used twice"):
        scan_reports([*sorted(folder.glob("*.txt")), folder / "sub" / "r1.txt"])
    with pytest.raises(InputError, match="is used twice"):
        list(batches([*sorted(folder.glob("*.txt")), folder / "sub" / "r1.txt"], batch_files=2))


def test_big_caches_are_emptied_and_small_ones_kept():
    from geo_idlib.names import fold

    fold.cache_clear()
    for i in range(30):
        fold(f"Kafr {i}")
    assert bound_caches(limit=20) >= 1 and fold.cache_info().currsize == 0
    fold("Saraqeb")
    bound_caches(limit=20)
    assert fold.cache_info().currsize == 1
