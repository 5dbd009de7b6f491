"""The writer jobs (run, crawl, process, backfill): one implementation for the command line and the flows.

A job takes the warehouse's writer lock, runs its steps (crawl, process) and records
the run in `load_runs` and `crawl_stats`. The command line passes the plain steps;
the Prefect flows pass the same steps wrapped as tasks, so both paths do the same.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from crawlers.launch import CrawlOptions, CrawlResult, crawl
from crawlers.sources import load_sources
from pipeline.process import ProcessResult, new_load_id, process
from warehouse.db import connect, writer_lock
from warehouse.load import finish_run, start_run, write_crawl_stats
from warehouse.migrate import migrate

logger = logging.getLogger("pantau.jobs")


class Reporter(Protocol):
    """Where a job shows its progress: a live terminal view, plain lines, or Prefect artifacts."""

    def crawl_figures(self, figures: dict[str, dict[str, Any]]) -> None: ...

    def crawl_months(self, months: dict[str, dict[str, int]]) -> None: ...

    def crawl_finished(self, result: CrawlResult) -> None: ...

    def process_progress(self, done: int, total: int, result: ProcessResult) -> None: ...

    def process_finished(self, result: ProcessResult) -> None: ...


@dataclass
class ProcessOptions:
    sources_file: str | None = None
    mode: str = "process"  # process | reprocess | retry-failed | stale
    batch_size: int = 200
    workers: int = 1  # processes that extract and analyse; 1: in this process


@dataclass
class WarcOptions:
    """Backfill from web archives: which files, which hosts, and where the work runs."""

    inputs: list[str]
    sources_file: str | None = None
    only: list[str] | None = None  # these sources' hosts only
    all_hosts: bool = False
    prefilter: bool = True
    dask: str | None = None  # a scheduler's address, or "local"; None: read the files here
    workers: int = 1  # with dask="local": the local cluster's workers
    parts: str | None = None  # where Dask workers write result parts (shared folder or object store URL)
    batch_size: int = 200


@dataclass
class JobResult:
    load_id: str
    crawl: dict[str, dict[str, Any]] | None = None
    process: dict[str, Any] | None = None
    warc: dict[str, Any] | None = None


def crawl_step(db: str, options: CrawlOptions, reporter: Reporter, debug_log: str | None = None) -> CrawlResult:
    result = crawl(db, options, on_figures=reporter.crawl_figures, on_months=reporter.crawl_months,
                   debug_log=debug_log)
    reporter.crawl_finished(result)
    return result


def process_step(db: str, options: ProcessOptions, load_id: str, reporter: Reporter) -> ProcessResult:
    """Process what is pending in a migrated warehouse (run_job migrates first)."""
    sources = load_sources(options.sources_file)
    con = connect(db)
    try:
        result = process(con, db, sources, load_id=load_id, reprocess=options.mode == "reprocess",
                         retry_failed=options.mode == "retry-failed", stale=options.mode == "stale",
                         batch_size=options.batch_size, workers=options.workers,
                         progress=reporter.process_progress)
    finally:
        con.close()
    reporter.process_finished(result)
    return result


def warc_step(db: str, options: WarcOptions, load_id: str) -> dict[str, Any]:
    """Read web archives into the raw store (here), or process them on Dask and load the parts."""
    from crawlers.warc.hosts import Hosts
    from crawlers.warc.reader import expand

    hosts = Hosts(load_sources(options.sources_file, only=options.only), all_hosts=options.all_hosts)
    files = expand(options.inputs)
    if options.dask:
        from pipeline.distributed import backfill_on_dask

        return asdict(backfill_on_dask(db, files, hosts, load_id=load_id, address=options.dask,
                                       workers=options.workers, prefilter=options.prefilter, parts=options.parts,
                                       batch_size=options.batch_size))
    from crawlers.warc.ingest import ingest

    return asdict(ingest(db, files, hosts, prefilter=options.prefilter))


@dataclass
class Steps:
    """The steps a job calls: plain functions, or the same wrapped as Prefect tasks."""

    crawl: Callable[..., CrawlResult] = crawl_step
    process: Callable[..., ProcessResult] = process_step
    warc: Callable[..., dict[str, Any]] = warc_step


@dataclass
class Job:
    db: str
    command: str  # run | crawl | backfill | process | reprocess | retry-failed | stale
    crawl: CrawlOptions | None = None
    process: ProcessOptions | None = None
    warc: WarcOptions | None = None
    debug_log: str | None = None
    steps: Steps = field(default_factory=Steps)


def run_job(job: Job, reporter: Reporter) -> JobResult:
    """Crawl and/or process under the writer lock, recording the run and its crawl figures."""
    result = JobResult(new_load_id())
    with writer_lock(job.db), _backfill_pool(job) as pool:
        _announce_if_new(job.db)
        warming = _warm_up_in_background() if job.crawl and job.process and pool is None else None
        crawled = job.steps.crawl(job.db, job.crawl, reporter, job.debug_log) if job.crawl else None
        if warming is not None:
            warming.join()
        con = connect(job.db)
        try:
            migrate(con)
            start_run(con, result.load_id, job.command)
            if crawled is not None:
                result.crawl = crawled.figures
                if not job.crawl.backfill:  # type: ignore[union-attr]  # source health judges the live entry points
                    write_crawl_stats(con, result.load_id, crawled.figures)
        finally:
            con.close()
        if job.warc is not None:
            result.warc = job.steps.warc(job.db, job.warc, result.load_id)
        processed = job.steps.process(job.db, job.process, result.load_id, reporter) if job.process else None
        if processed is not None:
            result.process = {k: v for k, v in asdict(processed).items() if k != "failures"}
        con = connect(job.db)
        try:
            stats = {"crawl": result.crawl, "process": result.process}
            finish_run(con, result.load_id, stats if result.warc is None else {**stats, "warc": result.warc})
        finally:
            con.close()
    return result


def _backfill_pool(job: Job) -> contextlib.AbstractContextManager[object]:
    """Worker processes started now, so they load while a backfill crawls or reads its archives.

    Only for backfills, which bring much to process: an everyday run or `process` often has
    less than a batch, which this process handles at once (warmed up during the crawl), and
    the processing step starts its own pool when there are several batches. Not for a Dask
    backfill, whose workers do the processing.
    """
    large = job.warc is not None or (job.crawl is not None and job.crawl.backfill)
    if job.process is None or job.process.workers <= 1 or not large or (job.warc is not None and job.warc.dask):
        return contextlib.nullcontext()
    from pipeline.pool import Workers

    return Workers(job.process.workers)


def _warm_up_in_background() -> threading.Thread:
    """Load the analysis pipeline while the crawler (another process) works: processing then starts at once."""
    def warm_up() -> None:
        try:
            from pipeline import nlp, syndication

            nlp.get_nlp()
            syndication.signatures([])
        except Exception:  # processing will load it again and report the problem there
            logger.debug("warm-up failed", exc_info=True)

    thread = threading.Thread(target=warm_up, name="pantau-warm-up", daemon=True)
    thread.start()
    return thread


def _announce_if_new(db: str) -> None:
    path = Path(db)
    if not path.exists() or path.stat().st_size == 0:
        logger.info("new warehouse at %s", path.resolve())
