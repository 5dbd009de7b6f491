"""Large backfills on Dask: one task per WARC file, Parquet result parts, one writer.

Each task reads one archive, keeps our hosts' pages that pass the pre-filter, runs the
same per-chunk processing as `pantau process` (pipeline.work.process_chunk) and writes
a part per chunk to the parts folder (a shared folder or an object store on a real
cluster). This process, the only writer, then loads the parts in file order
(warehouse.load_parts), so a killed backfill resumes without duplicates and neither
store ever has two writers.
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import fsspec

from crawlers.warc.hosts import Hosts
from crawlers.warc.ingest import IngestResult, selected
from crawlers.warc.reader import WarcError
from pipeline.parts import write_part
from pipeline.process import link_new
from pipeline.work import ProcessResult, process_chunk
from warehouse.db import connect
from warehouse.load_parts import load_parts

logger = logging.getLogger("pantau.warc")


@dataclass
class DaskResult:
    warc: IngestResult = field(default_factory=IngestResult)
    process: ProcessResult = field(default_factory=ProcessResult)


def parts_folder(db: str | Path, load_id: str, parts: str | None) -> str:
    """Where this run's parts go: the given folder or URL, else a folder beside the warehouse."""
    base = parts or str(Path(db).with_name(Path(db).stem + ".parts"))
    return posixpath.join(base, load_id)


def prepare_parts(db: str | Path, load_id: str, parts: str | None) -> str:
    """Create this run's parts folder (local, shared or in an object store); return its URL.

    In the default folder beside the warehouse, parts that a killed run left are removed:
    the writer lock says no other run is using them, and the next run makes them again.
    """
    folder = parts_folder(db, load_id, parts)
    fs, path = fsspec.core.url_to_fs(folder)
    if parts is None and fs.exists(posixpath.dirname(path)):
        for stale in fs.ls(posixpath.dirname(path), detail=False):
            fs.rm(stale, recursive=True)
    fs.makedirs(path, exist_ok=True)
    return folder


def process_warc(path: str, hosts: Hosts, *, prefilter: bool, load_id: str, folder: str, index: int,
                 batch_size: int = 200) -> tuple[list[str], IngestResult]:
    """One task: a WARC file -> result parts in `folder`; returns their URLs (in order) and the file's figures."""
    figures = IngestResult(files=1)
    urls: list[str] = []
    articles = selected(path, hosts, prefilter=prefilter, result=figures)
    while chunk := list(islice(articles, batch_size)):
        url = posixpath.join(folder, f"{index:06d}-{len(urls):04d}.parquet")
        write_part(url, chunk, process_chunk(chunk, {}, load_id))
        urls.append(url)
    return urls, figures


@contextmanager
def dask_client(address: str, workers: int) -> Iterator[Any]:
    """A client of the scheduler at `address`, or of a local cluster of `workers` processes ("local")."""
    import dask
    from distributed import Client, LocalCluster

    dask.config.set({"distributed.worker.daemon": False, "logging.distributed": "warning"})
    if address != "local":
        with Client(address) as client:
            yield client
        return
    with LocalCluster(**local_cluster_options(workers)) as cluster, Client(cluster) as client:
        yield client


def local_cluster_options(workers: int) -> dict[str, Any]:
    """A local cluster for one run: a process per worker with one thread, on loopback, no dashboard, quiet to close."""
    from pipeline.dask_logging import QuietShutdown

    return {"n_workers": workers, "threads_per_worker": 1, "processes": True, "host": "127.0.0.1",
            "dashboard_address": None, "plugins": (QuietShutdown(),)}


def backfill_on_dask(db: str | Path, files: list[str], hosts: Hosts, *, load_id: str, address: str, workers: int,
                     prefilter: bool = True, parts: str | None = None, batch_size: int = 200) -> DaskResult:
    """Process every file as a Dask task and load the results here; then link syndicated copies."""
    folder = prepare_parts(db, load_id, parts)
    with dask_client(address, workers) as client:
        futures = [client.submit(process_warc, f, hosts, prefilter=prefilter, load_id=load_id, folder=folder,
                                 index=i, batch_size=batch_size, pure=False) for i, f in enumerate(files)]
        return collect(db, list(zip(files, (f.result for f in futures))), load_id, folder)


def collect(db: str | Path, results: list[tuple[str, Callable[[], tuple[list[str], IngestResult]]]], load_id: str,
            folder: str) -> DaskResult:
    """Wait for each file's task in file order (fetch ids as the in-process path gives them) and load its parts.

    `results` pairs each file with the call that waits for its task (a Dask or Prefect future's result).
    """
    result = DaskResult()
    article_ids: list[str] = []
    for path, wait in results:
        try:
            urls, figures = wait()
        except WarcError as exc:  # one bad file never stops the others
            result.warc.unreadable += 1
            logger.warning("%s", exc)
            continue
        loaded = load_parts(db, urls, load_id)
        figures.stored, figures.known, figures.by_source = loaded.stored, loaded.known, loaded.by_source
        result.warc.add(figures)
        result.process.add(loaded.process)
        article_ids += loaded.article_ids
        logger.info("%s: %d articles of our hosts, %d left out by the pre-filter, %d parts loaded",
                    path, figures.captures, figures.filtered, len(urls))
    fs, base = fsspec.core.url_to_fs(folder)
    fs.rm(base, recursive=True)
    logger.info("loaded %d new fetches (%d already stored): %d articles, %d not articles, %d failed",
                result.warc.stored, result.warc.known, result.process.articles, result.process.not_articles,
                result.process.failed)
    con = connect(db)
    try:
        result.process.copies = link_new(con, article_ids)
    finally:
        con.close()
    return result
