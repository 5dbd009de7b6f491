"""The processing step: raw store -> extract -> analyse -> warehouse, in resumable batches.

Each batch is one transaction; a fetch is marked processed in the same transaction,
so a killed run resumes where it stopped and never loads anything twice. Each fetch
carries its source's entry as it was at crawl time, so the result never depends on
which sources file is passed later. Extraction and analysis of the batches can run in
worker processes (`workers`); this process stays the only writer.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TypeVar

import duckdb

from crawlers.rawstore import RawStore, raw_store_path
from crawlers.sources import Source
from pipeline.nlp.provenance import rules, rules_version
from pipeline.pool import run_tasks
from pipeline.syndication import MIN_WORDS
from pipeline.work import Chunk, ProcessResult, process_chunk
from warehouse.load import record_rules, write_batch
from warehouse.syndication import link_duplicates

__all__ = ["ProcessResult", "new_load_id", "pending_fetches", "process"]

logger = logging.getLogger("pantau.process")
_log_progress = logging.getLogger("pantau.progress.process")  # what a progress bar shows instead, when there is one

Progress = Callable[[int, int, "ProcessResult"], None]
"""Called with (done, total, figures so far) before the first batch and after each one."""

T = TypeVar("T")


def new_load_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def pending_fetches(con: duckdb.DuckDBPyConnection, store: RawStore, *, reprocess: bool, retry_failed: bool,
                    stale: bool = False) -> list[int]:
    """Raw fetches still to process: all of them, or those never processed, plus, if asked, the failed
    ones and those of articles whose analysis other rules than today's made (``stale``)."""
    all_ids = store.fetch_ids()
    if reprocess:
        return all_ids
    skip = "outcome <> 'failed'" if retry_failed else "TRUE"
    done = {row[0] for row in con.execute(f"SELECT fetch_id FROM processed_fetches WHERE {skip}").fetchall()}
    if stale:
        done -= {row[0] for row in con.execute(
            "SELECT p.fetch_id FROM processed_fetches p JOIN stg_analysis n USING (article_id)"
            " WHERE n.rules_version IS DISTINCT FROM ?", [rules_version()]).fetchall()}
    return [fid for fid in all_ids if fid not in done]


def process_stored(raw_path: Path, fetch_ids: list[int], configured: dict[str, str | None], load_id: str) -> Chunk:
    """One task: read these fetches from the raw store and process them (in any process)."""
    with RawStore(raw_path, read_only=True) as store:
        return process_chunk(store.iter_articles(fetch_ids), configured, load_id)


def process(
    con: duckdb.DuckDBPyConnection,
    db_path: str | Path,
    sources: list[Source],
    *,
    load_id: str,
    reprocess: bool = False,
    retry_failed: bool = False,
    stale: bool = False,
    batch_size: int = 200,
    workers: int = 1,
    progress: Progress | None = None,
) -> ProcessResult:
    """Extract and analyse every pending raw fetch and load it, one transaction per batch."""
    result = ProcessResult()
    raw_path = raw_store_path(db_path)
    if not raw_path.exists():
        logger.info("no raw store at %s yet: nothing to process", raw_path)
        return result
    with RawStore(raw_path, read_only=True) as store:
        todo = pending_fetches(con, store, reprocess=reprocess, retry_failed=retry_failed, stale=stale)
    result.todo = len(todo)
    if not todo:
        logger.info("nothing to process: every raw fetch is processed")
    else:
        _log_progress.info("processing %d raw article fetches%s", len(todo),
                           f" in {workers} worker processes" if workers > 1 and len(todo) > batch_size else "")
        record_rules(con, *rules())
    if progress:
        progress(0, len(todo), result)
    configured = {s.id: s.province for s in sources}
    tasks = [functools.partial(process_stored, raw_path, ids, configured, load_id) for ids in _chunks(todo, batch_size)]
    done = 0
    loaded: list[str] = []
    unknown: dict[str, int] = {}
    for chunk in run_tasks(tasks, min(workers, len(tasks))):
        write_batch(con, chunk.batch)
        result.add(chunk.result)
        for source_id, count in chunk.unknown.items():
            unknown[source_id] = unknown.get(source_id, 0) + count
        loaded += [a.article_id for a in chunk.batch.articles]
        done += len(chunk.batch.outcomes)
        if progress:
            progress(done, len(todo), result)
        _log_progress.info("processed %d/%d (articles %d, not articles %d, failed %d)",
                           done, len(todo), result.articles, result.not_articles, result.failed)
    _warn_unknown(unknown)
    result.copies = link_new(con, loaded)
    return result


def link_new(con: duckdb.DuckDBPyConnection, loaded: list[str]) -> int:
    """Link syndicated copies among the articles just loaded and any an interrupted run left unlinked."""
    unlinked = [row[0] for row in con.execute(
        "SELECT article_id FROM stg_articles WHERE word_count >= ?"
        " AND article_id NOT IN (SELECT article_id FROM syn_signatures)", [MIN_WORDS]).fetchall()]
    to_link = list(dict.fromkeys(loaded + unlinked))
    if not to_link:
        return 0
    copies = link_duplicates(con, to_link)
    logger.info("syndication: %d of %d articles compared are copies of earlier ones", copies, len(to_link))
    return copies


def _warn_unknown(unknown: dict[str, int]) -> None:
    for source_id, count in sorted(unknown.items()):
        logger.warning("%d fetches of source %r, which is not in the sources file and was crawled before "
                       "fetches kept their source's entry: analysed without a home province", count, source_id)
