"""Thin Prefect flows over pantau.jobs: the same steps, as tasks, with artifacts.

Used by the deployments in prefect.yaml, and by the command line when PREFECT_API_URL
points at a server. The work itself is in pantau.jobs and the stage packages.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.cache_policies import NO_CACHE

from crawlers.launch import CrawlOptions, CrawlResult
from crawlers.report import BACKFILL_FIGURES, FIGURES
from pantau import jobs
from pantau.progress import PlainReporter
from pipeline.pool import usable_cores
from pipeline.process import ProcessResult

crawl_task = task(jobs.crawl_step, name="crawl", cache_policy=NO_CACHE)
process_task = task(jobs.process_step, name="process", cache_policy=NO_CACHE)


class PrefectReporter(PlainReporter):
    """Plain lines in the flow's log, plus a progress artifact and the per-source table."""

    def __init__(self, columns: tuple[str, ...] = FIGURES) -> None:
        super().__init__(columns=columns)
        self._artifact: Any = None

    def crawl_finished(self, result: CrawlResult) -> None:
        super().crawl_finished(result)
        rows = [{"source": sid, **{k: f.get(k) for k in (*self.columns, "last_error")}}
                for sid, f in result.figures.items()]
        if rows:
            create_table_artifact(rows, key="pantau-crawl", description="Per-source crawl figures")
        if result.months:
            create_table_artifact([{"month": month, **f} for month, f in sorted(result.months.items())],
                                  key="pantau-backfill-months", description="Backfill figures by month")

    def process_progress(self, done: int, total: int, result: ProcessResult) -> None:
        if self._artifact is None:
            self._artifact = create_progress_artifact(0.0, description="pantau: raw fetches processed")
        update_progress_artifact(self._artifact, 100.0 * done / max(total, 1))


def _job(command: str, db: str, crawl: CrawlOptions | None, process: jobs.ProcessOptions | None) -> jobs.Job:
    return jobs.Job(db=db, command=command, crawl=crawl, process=process,
                    steps=jobs.Steps(crawl=crawl_task, process=process_task))


def _crawl_options(sources_file: str | None, only: list[str] | None, since: str | None, max_new: int | None,
                   settings: dict[str, str] | None) -> CrawlOptions:
    return CrawlOptions(sources_file=sources_file, only=only, since=date.fromisoformat(since) if since else None,
                        max_new=max_new, settings=settings or {})


@flow(name="pantau-run")
def run_flow(db: str, sources_file: str | None = None, only: list[str] | None = None, since: str | None = None,
             max_new: int | None = None, settings: dict[str, str] | None = None,
             workers: int | None = None) -> dict[str, Any]:
    """Crawl every source, then extract, analyse and load what is new (workers: default, the usable cores)."""
    job = _job("run", db, _crawl_options(sources_file, only, since, max_new, settings),
               jobs.ProcessOptions(sources_file=sources_file, workers=workers or usable_cores()))
    return jobs.run_job(job, PrefectReporter()).__dict__


@flow(name="pantau-crawl")
def crawl_flow(db: str, sources_file: str | None = None, only: list[str] | None = None, since: str | None = None,
               max_new: int | None = None, settings: dict[str, str] | None = None) -> dict[str, Any]:
    """Crawl into the raw store only (process later with `pantau process`)."""
    job = _job("crawl", db, _crawl_options(sources_file, only, since, max_new, settings), None)
    return jobs.run_job(job, PrefectReporter()).__dict__


@flow(name="pantau-process")
def process_flow(db: str, sources_file: str | None = None, mode: str = "process",
                 batch_size: int = 200, workers: int | None = None) -> dict[str, Any]:
    """Extract, analyse and load raw fetches not yet processed (or all: reprocess, the failed: retry-failed,
    what other rules analysed: stale)."""
    job = _job(mode, db, None, jobs.ProcessOptions(sources_file=sources_file, mode=mode, batch_size=batch_size,
                                                   workers=workers or usable_cores()))
    return jobs.run_job(job, PrefectReporter()).__dict__


@flow(name="pantau-backfill")
def backfill_flow(db: str, since: str, until: str | None = None, sources_file: str | None = None,
                  only: list[str] | None = None, max_new: int | None = None, all_topics: bool = False,
                  settings: dict[str, str] | None = None) -> dict[str, Any]:
    """Crawl the outlets' archives for since..until (resumable), then extract, analyse and load what is new."""
    crawl = _crawl_options(sources_file, only, since, max_new, settings)
    crawl.backfill, crawl.all_topics = True, all_topics
    crawl.until = date.fromisoformat(until) if until else None
    job = _job("backfill", db, crawl, jobs.ProcessOptions(sources_file=sources_file))
    return jobs.run_job(job, PrefectReporter(columns=BACKFILL_FIGURES)).__dict__


def run_as_flow(job: jobs.Job) -> dict[str, Any]:
    """The command line's job, run as the matching flow on the Prefect server."""
    crawl, process = job.crawl, job.process
    if job.warc is not None:
        from flows.backfill import backfill_warc_flow

        warc = job.warc
        return backfill_warc_flow(db=job.db, warc=warc.inputs, sources_file=warc.sources_file,
                                  all_hosts=warc.all_hosts, prefilter=warc.prefilter,
                                  address=None if warc.dask in (None, "local") else warc.dask,
                                  workers=warc.workers, parts=warc.parts, batch_size=warc.batch_size)
    if crawl and crawl.backfill:
        return backfill_flow(db=job.db, since=crawl.since.isoformat(),  # type: ignore[union-attr]
                             until=crawl.until.isoformat() if crawl.until else None, sources_file=crawl.sources_file,
                             only=crawl.only, max_new=crawl.max_new, all_topics=crawl.all_topics,
                             settings=crawl.settings)
    crawl_args = ({"sources_file": crawl.sources_file, "only": crawl.only,
                   "since": crawl.since.isoformat() if crawl.since else None, "max_new": crawl.max_new,
                   "settings": crawl.settings} if crawl else {})
    if crawl and process:
        return run_flow(db=job.db, **crawl_args, workers=process.workers)
    if crawl:
        return crawl_flow(db=job.db, **crawl_args)
    assert process is not None
    return process_flow(db=job.db, sources_file=process.sources_file, mode=process.mode,
                        batch_size=process.batch_size, workers=process.workers)
