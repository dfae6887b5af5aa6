"""Reports to events in batches, in this process or on a Dask cluster, a bounded part of the corpus
in memory at a time.

The report files are cut into batches of :data:`BATCH_FILES` files, in the order given. Each batch
is read, extracted (:func:`~geo_idlib.reports.events.extract_reports`), given stable ids and, for
the map, the review items of its names; batches come back in the files' order, so the events
are the same rows in the same order however the work ran. A report's events never depend on
another report, so a batch boundary changes nothing; merging (which does compare reports) runs
on the whole table afterwards, never within a batch.

* In this process, one batch is read and extracted at a time: reports are dropped once
  extracted, and the caches that grow with new names are bounded (:func:`bound_caches`).
* On Dask (``--workers N``: a local cluster of N processes; ``--scheduler tcp://HOST:PORT``: a
  running cluster), the files go out as a ``dask.bag``, one partition per batch; each worker
  loads the gazetteer once (the bundled one, plus ``--places`` from the same path) and sends back
  only the events, the review items and a line per report.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("published: 2018-02-05\\n\\nJets struck Saraqeb on Sunday, killing 4 people.")
>>> [(b.reports[0].report_id, b.events["location"].tolist()) for b in batches([folder / "a.txt"])]
[('a', ['Saraqib'])]
"""
from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from geo_idlib.errors import InputError

__all__ = ["Batch", "Told", "BATCH_FILES", "CACHE_LIMIT", "RENEW_REPORTS", "batches", "run_batch", "scan_reports",
           "bound_caches", "dask_client"]

#: Report files per batch (a .csv/.jsonl table of reports counts as one file).
BATCH_FILES = 200
#: On Dask, at least this many batches per worker, so that the workers finish together.
PARTITIONS_PER_WORKER = 8
#: Entries a cache of the reports room may hold before it is emptied (checked between batches).
CACHE_LIMIT = 20_000
#: Reports after which the resolver's look-ups (a dict per gazetteer, growing with new names) start afresh.
RENEW_REPORTS = 20_000


class Told(NamedTuple):
    """What the run keeps of a report once its events are out: for the summary and warnings."""

    report_id: str
    path: str
    published: dt.date | None


@dataclass
class Batch:
    """The events of a batch of report files (stable ids), their reports and review items."""

    events: pd.DataFrame
    reports: list[Told] = field(default_factory=list)
    items: list = field(default_factory=list)


@functools.lru_cache(maxsize=2)
def _gazetteer(places: str | None):
    from geo_idlib.gazetteer import Gazetteer

    gz = Gazetteer.default()
    return gz.with_places(places) if places else gz


def run_batch(paths: list[str | Path], *, published: dt.date | None = None, gazetteer=None,
              places: str | None = None, review: bool = False) -> Batch:
    """One batch: the reports of ``paths`` read and extracted with ``gazetteer`` (else the
    bundled one with ``places``); ``review``: also the review items of their names."""
    from geo_idlib import review as reviewing
    from geo_idlib.reports.events import extract_reports
    from geo_idlib.reports.mentions import find_mentions, matcher_for
    from geo_idlib.reports.reading import read_report_file
    from geo_idlib.review import stable_ids

    gz = gazetteer if gazetteer is not None else _gazetteer(places)
    reports = [r for p in paths for r in read_report_file(p)]
    events = extract_reports(reports, published=published, gazetteer=gz)
    items = []
    if review:
        matcher = matcher_for(gz)
        for r in reports:
            items += reviewing.name_items(r.report_id, r.text, find_mentions(r.text, gz, matcher=matcher), gz)
    return Batch(stable_ids(events) if len(events) else events,
                 [Told(r.report_id, r.path, r.published) for r in reports], items)


def scan_reports(paths: list[str | Path]) -> tuple[int, list[Told]]:
    """``(count, undated)``: every report file of ``paths`` read and checked as
    :func:`~geo_idlib.reports.reading.read_reports` checks them (the first problem raises), one at
    a time and then dropped; the reports without a publication date.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("Jets struck Saraqeb.")
    >>> scan_reports([p])[0]
    1
    """
    from geo_idlib.reports.reading import read_report_file

    seen: set[str] = set()
    undated: list[Told] = []
    for path in paths:
        for r in read_report_file(path):
            if r.report_id in seen:
                raise InputError(f"report id {r.report_id!r} is used twice", path=r.path, field="id")
            seen.add(r.report_id)
            if r.published is None:
                undated.append(Told(r.report_id, r.path, None))
    return len(seen), undated


def _partition(paths: list[str], **options: Any) -> list[Batch]:
    """A dask.bag partition of report files, as one batch (on a worker)."""
    batch = run_batch(list(paths), **options)
    bound_caches(reports=len(batch.reports))
    return [batch]


def batches(paths: list[str | Path], *, published: dt.date | None = None, gazetteer=None,
            places: str | None = None, review: bool = False, client=None,
            batch_files: int | None = None) -> Iterator[Batch]:
    """The batches of ``paths`` (report files; ``batch_files`` a batch, :data:`BATCH_FILES` by default)
    in order, run here or on the Dask ``client``.

    Raises :class:`InputError` for the first bad file in order, or a report id used twice.
    """
    paths = [str(p) for p in paths]
    batch_files = batch_files or BATCH_FILES
    if client is not None:  # batches small enough that every worker gets several (the last ones end together)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        batch_files = max(1, min(batch_files, -(-len(paths) // (PARTITIONS_PER_WORKER * workers))))
    groups = [paths[i:i + batch_files] for i in range(0, len(paths), batch_files)]
    seen: set[str] = set()
    for batch in _run(groups, published, gazetteer, places, review, client):
        for r in batch.reports:
            if r.report_id in seen:
                raise InputError(f"report id {r.report_id!r} is used twice", path=r.path, field="id")
            seen.add(r.report_id)
        yield batch


def _run(groups: list[list[str]], published, gazetteer, places, review, client) -> Iterator[Batch]:
    if client is None:
        for group in groups:
            batch = run_batch(group, published=published, gazetteer=gazetteer, places=places, review=review)
            bound_caches(reports=len(batch.reports))
            yield batch
        return
    import dask.bag as db

    if not groups:
        return
    bag = db.from_sequence([p for g in groups for p in g], npartitions=len(groups))
    parts = bag.map_partitions(_partition, published=published, places=places, review=review).to_delayed()
    futures = client.compute(parts)
    for future in futures:  # in order: the first bad file raises first, and results stream out
        yield future.result()[0]
        future.release()


def bound_caches(limit: int = CACHE_LIMIT, *, reports: int = 0) -> int:
    """Empty the ``functools`` caches of the reports room (and of name folding) that hold more
    than ``limit`` entries, and, once :data:`RENEW_REPORTS` reports have gone through this
    process since the last time (``reports``: how many just did), the resolver's per-gazetteer
    look-ups, so that memory stays flat however many reports go through; the number of caches
    emptied. Small caches (language packs, automata) are kept."""
    global _since_renewal
    emptied = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("geo_idlib.reports", "geo_idlib.names", "geo_idlib.translit")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name and info().currsize > limit:
                value.cache_clear()
                emptied += 1
    _since_renewal += reports
    if _since_renewal >= RENEW_REPORTS:
        from geo_idlib.reports.resolution import resolver_for

        resolver_for.cache_clear()  # a new resolver, its look-ups made again as names come
        _since_renewal = 0
        emptied += 1
    return emptied


_since_renewal = 0


def dask_client(workers: int | None = None, scheduler: str | None = None):
    """A ``dask.distributed`` client: on a new local cluster of ``workers`` processes (one thread
    each), or on the running scheduler at ``scheduler`` (``tcp://HOST:PORT``); ``None`` for
    neither. Close it (and its cluster) with ``client.close()``."""
    if not workers and not scheduler:
        return None
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--workers and --scheduler need dask.distributed: pip install 'geo_idlib[dask]'",
                         field="workers" if workers else "scheduler") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise InputError(f"no Dask scheduler at {scheduler} ({exc})", field="scheduler") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(cluster)
    client.close = functools.partial(_close_both, client, cluster, client.close)
    return client


def _close_both(client, cluster, close, *args, **kwargs) -> None:
    close(*args, **kwargs)
    cluster.close()
