"""Reports run on a local Dask cluster (worker processes) give what the run in this process gives,
events that straddle a partition boundary included (issue 12)."""
import subprocess
import sys

import pandas as pd
import pytest

from geo_idlib.batches import batches
from geo_idlib.sources import merge_sources

distributed = pytest.importorskip("dask.distributed")

REPORTS = {  # our own words; two outlets tell the Saraqeb raid, in files that land in other partitions
    "a-wire.txt": "published: 2019-07-22\noutlet: Wire\n\nJets struck Saraqeb on Sunday, killing 4 people, "
                  "rescuers said. Shelling hit Kafr Nubl on Monday.",
    "b-filler.txt": "published: 2019-07-22\noutlet: Local\n\nGovernment forces captured Khan Shaykhun on Sunday "
                    "after clashes, a monitor said.",
    "c-monitor.txt": "published: 2019-07-23\noutlet: Monitor\n\nWarplanes bombed Saraqib on Sunday, leaving 6 dead, "
                     "the monitor said.",
    "d-undated.txt": "Airstrikes hit Maarat al-Numan, killing two civilians, medics said.",
}


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
            distributed.Client(c) as client:
        yield c, client


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def test_cluster_events_equal_the_in_process_ones(cluster, folder):
    paths = sorted(folder.glob("*.txt"))
    here = [b for b in batches(paths, batch_files=1)]
    there = [b for b in batches(paths, batch_files=1, client=cluster[1])]
    assert len(there) == len(paths)  # one partition per file: the two tellings sit in different partitions
    local = pd.concat([b.events for b in here], ignore_index=True)
    remote = pd.concat([b.events for b in there], ignore_index=True)
    pd.testing.assert_frame_equal(remote, local)
    assert [r for b in there for r in b.reports] == [r for b in here for r in b.reports]
    merged = merge_sources([remote], ["reports"])
    saraqib = merged[merged["location"] == "Saraqib"]
    assert saraqib["report_id"].tolist() == ["a-wire; c-monitor"]  # merged across partitions, once
    assert (saraqib["fatalities_min"].tolist(), saraqib["fatalities_max"].tolist()) == ([4], [6])
    pd.testing.assert_frame_equal(merged, merge_sources([local], ["reports"]))


def test_cli_on_a_running_scheduler_writes_the_same_bytes(cluster, folder, tmp_path):
    def run(*extra):
        out = tmp_path / f"events{len(extra)}.csv"
        subprocess.run([sys.executable, "-m", "geo_idlib.cli", "extract", str(folder), "-o", str(out), "-q", *extra],
                       check=True, capture_output=True)
        return out.read_bytes()

    assert run("--scheduler", cluster[0].scheduler_address) == run()


def test_map_with_local_workers_draws_the_same_map(folder, tmp_path):
    def run(name, *extra):
        out = tmp_path / name / "m.html"
        subprocess.run([sys.executable, "-m", "geo_idlib.cli", "map", str(folder), "-o", str(out), "--events-out",
                        str(out.with_suffix(".csv")), "-q", "--offline", *extra], check=True, capture_output=True)
        return [p.read_bytes() for p in (out, out.with_suffix(".csv"), out.with_name("m.review.csv"))]

    assert run("workers", "--workers", "2") == run("here")
