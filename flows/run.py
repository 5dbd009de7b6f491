"""Thin Prefect flows over flows.steps: crawl -> process -> load, with per-source counts.

They work in Prefect's local (ephemeral) mode and against a server (PREFECT_API_URL).
"""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact

from crawlers.sources import load_sources
from flows import crawling, processing
from warehouse.db import connect, writer_lock
from warehouse.load import finish_run, start_run, write_crawl_stats
from warehouse.migrate import migrate


@task(name="crawl", retries=0)
def crawl_task(sources_file: str | None, db: str, only: list[str] | None, settings: dict[str, str] | None) -> crawling.CrawlResult:
    logger = get_run_logger()
    result = crawling.crawl(sources_file, db, only=only, settings=settings, echo=logger.info)
    if result.returncode != 0:
        raise RuntimeError(f"crawler exited with {result.returncode}: " + " | ".join(result.errors[-3:]))
    return result


@task(name="process")
def process_task(sources_file: str | None, db: str, load_id: str, command: str, reprocess: bool,
                 retry_failed: bool, crawl: crawling.CrawlResult | None, batch_size: int = 200) -> processing.ProcessResult:
    logger = get_run_logger()
    sources = load_sources(sources_file)
    con = connect(db)
    try:
        migrate(con)
        start_run(con, load_id, command)
        if crawl is not None:
            write_crawl_stats(con, load_id, crawl.figures)
        artifact = create_progress_artifact(0.0, description="pantau: raw fetches processed")

        def progress(done: int, total: int) -> None:
            update_progress_artifact(artifact, 100.0 * done / max(total, 1))

        result = processing.process(con, db, sources, load_id=load_id, reprocess=reprocess,
                               retry_failed=retry_failed, batch_size=batch_size, progress=progress)
        finish_run(con, load_id, {"crawl": crawl.figures if crawl else None, "process": result.__dict__})
    finally:
        con.close()
    logger.info("processed %d: %d articles (%d relevant), %d not articles, %d failed",
                result.todo, result.articles, result.relevant, result.not_articles, result.failed)
    for url, error in result.failures[:20]:
        logger.warning("failed: %s: %s", url, error)
    return result


def _report(crawl: crawling.CrawlResult) -> None:
    """The per-source figures as a Prefect table artifact (the crawler already logged them)."""
    rows = [{"source": sid, **{k: f.get(k) for k in ("discovered", "known", "fetched", "new", "failed", "last_error")}}
            for sid, f in crawl.figures.items()]
    if rows:
        create_table_artifact(rows, key="pantau-crawl", description="Per-source crawl figures")


@flow(name="pantau-run", log_prints=True)
def run_flow(db: str, sources_file: str | None = None, only: list[str] | None = None,
             settings: dict[str, str] | None = None) -> dict:
    """Crawl every source, then extract, analyse and load what is new."""
    load_id = processing.new_load_id()
    with writer_lock(db):
        crawl = crawl_task(sources_file, db, only, settings)
        _report(crawl)
        result = process_task(sources_file, db, load_id, "run", False, False, crawl)
    return {"load_id": load_id, "crawl": crawl.figures, "process": result.__dict__}


@flow(name="pantau-crawl")
def crawl_flow(db: str, sources_file: str | None = None, only: list[str] | None = None,
               settings: dict[str, str] | None = None) -> dict:
    """Crawl into the raw store only (process later with `pantau process`)."""
    with writer_lock(db):
        crawl = crawl_task(sources_file, db, only, settings)
    _report(crawl)
    return crawl.figures


@flow(name="pantau-process")
def process_flow(db: str, sources_file: str | None = None, reprocess: bool = False, retry_failed: bool = False,
                 batch_size: int = 200) -> dict:
    """Extract, analyse and load raw fetches not yet processed (or all, or the failed ones)."""
    load_id = processing.new_load_id()
    command = "reprocess" if reprocess else "retry-failed" if retry_failed else "process"
    with writer_lock(db):
        result = process_task(sources_file, db, load_id, command, reprocess, retry_failed, None, batch_size)
    return {"load_id": load_id, "process": result.__dict__}
