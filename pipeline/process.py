"""The processing step: raw store -> extract -> analyse -> warehouse, in resumable batches.

Each batch is one transaction; a fetch is marked processed in the same transaction,
so a killed run resumes where it stopped and never loads anything twice. Each fetch
carries its source's entry as it was at crawl time, so the result never depends on
which sources file is passed later.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from crawlers.items import StoredArticle
from crawlers.rawstore import RawStore, raw_store_path
from crawlers.sources import Source
from pipeline.extract import NotAnArticle, extract_article
from pipeline.extract.pubdate import LISTING
from pipeline.nlp.provenance import rules, rules_version
from pipeline.records import Analysis, Article, RawPage
from pipeline.syndication import MIN_WORDS
from warehouse.load import Batch, record_rules, write_batch
from warehouse.syndication import link_duplicates

logger = logging.getLogger("pantau.process")
_log_progress = logging.getLogger("pantau.progress.process")  # what a progress bar shows instead, when there is one

Progress = Callable[[int, int, "ProcessResult"], None]
"""Called with (done, total, figures so far) before the first batch and after each one."""

T = TypeVar("T")


def new_load_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


@dataclass
class ProcessResult:
    todo: int = 0
    articles: int = 0
    not_articles: int = 0
    failed: int = 0
    relevant: int = 0
    copies: int = 0  # syndicated copies linked (duplicate_of) in this run
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, error)


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
    progress: Progress | None = None,
) -> ProcessResult:
    """Extract and analyse every pending raw fetch and load it, one transaction per batch."""
    result = ProcessResult()
    raw_path = raw_store_path(db_path)
    if not raw_path.exists():
        logger.info("no raw store at %s yet: nothing to process", raw_path)
        return result
    homes = _Provinces(sources)
    with RawStore(raw_path, read_only=True) as store:
        todo = pending_fetches(con, store, reprocess=reprocess, retry_failed=retry_failed, stale=stale)
        result.todo = len(todo)
        if not todo:
            logger.info("nothing to process: every raw fetch is processed")
        else:
            _log_progress.info("processing %d raw article fetches", len(todo))
            record_rules(con, *rules())
        if progress:
            progress(0, len(todo), result)
        done = 0
        loaded: list[str] = []
        for chunk in _chunks(store.iter_articles(todo), batch_size):
            batch = Batch(load_id)
            for stored in chunk:
                _extract_into(batch, stored, homes.of(stored), result)
            batch.analyses = _analyse(batch, result)
            result.relevant += sum(a.is_relevant for a in batch.analyses)
            write_batch(con, batch)
            loaded += [a.article_id for a in batch.articles]
            done += len(chunk)
            if progress:
                progress(done, len(todo), result)
            _log_progress.info("processed %d/%d (articles %d, not articles %d, failed %d)",
                               done, len(todo), result.articles, result.not_articles, result.failed)
    homes.warn_unknown()
    # Articles loaded by an earlier, interrupted run may not have been compared yet.
    unlinked = [row[0] for row in con.execute(
        "SELECT article_id FROM stg_articles WHERE word_count >= ?"
        " AND article_id NOT IN (SELECT article_id FROM syn_signatures)", [MIN_WORDS]).fetchall()]
    to_link = list(dict.fromkeys(loaded + unlinked))
    if to_link:
        result.copies = link_duplicates(con, to_link)
        logger.info("syndication: %d of %d articles compared are copies of earlier ones", result.copies, len(to_link))
    return result


class _Provinces:
    """An outlet's home province: from the entry stored with the fetch, else today's sources file."""

    def __init__(self, sources: list[Source]) -> None:
        self.configured = {s.id: s.province for s in sources}
        self.unknown: dict[str, int] = {}

    def of(self, stored: StoredArticle) -> str | None:
        if stored.source is not None:
            return stored.source.get("province")
        if stored.source_id in self.configured:
            return self.configured[stored.source_id]
        self.unknown[stored.source_id] = self.unknown.get(stored.source_id, 0) + 1
        return None

    def warn_unknown(self) -> None:
        for source_id, count in sorted(self.unknown.items()):
            logger.warning("%d fetches of source %r, which is not in the sources file and was crawled before "
                           "fetches kept their source's entry: analysed without a home province", count, source_id)


def _analyse(batch: Batch, result: ProcessResult) -> list[Analysis]:
    """Analyse the batch at once; if that fails, article by article, so one bad text fails alone.

    An article whose analysis fails is still loaded (its text is good) without analysis
    rows, and its fetch is marked failed so `--retry-failed` analyses it again.
    """
    from pipeline import nlp  # spaCy and the rules load only when there is something to analyse

    try:
        return list(nlp.analyse(batch.articles))
    except Exception:  # a bug in a rule on some text: find which article, keep the rest
        logger.exception("analysis failed for a batch; retrying its articles one by one")
    analyses: list[Analysis] = []
    outcomes = {o["article_id"]: o for o in batch.outcomes}
    for article in batch.articles:
        try:
            analyses += list(nlp.analyse([article]))
        except Exception as exc:
            error = f"analysis: {type(exc).__name__}: {exc}"
            outcomes[article.article_id].update(outcome="failed", error=error[:1000])
            result.failed += 1
            result.failures.append((article.url, error))
            logger.warning("analysis failed for %s: %s", article.url, error)
    return analyses


def _extract_into(batch: Batch, stored: StoredArticle, province: str | None, result: ProcessResult) -> None:
    article_id = stored.article_id
    batch.fetches.append({
        "fetch_id": stored.fetch_id, "article_id": article_id, "url": stored.url,
        "canonical_url": stored.canonical_url, "source_id": stored.source_id,
        "discovered_via": stored.discovered_via, "discovered_from": stored.discovered_from,
        "fetched_at": _parse_time(stored.fetched_at), "n_pages": len(stored.pages),
        "status": stored.pages[0].status if stored.pages else None,
    })
    outcome: dict[str, Any] = {"fetch_id": stored.fetch_id, "article_id": article_id, "error": None}
    pages = [RawPage(url=p.url, html=p.body, encoding=p.encoding, page_no=p.page_no) for p in stored.pages]
    try:
        article: Article = extract_article(
            pages, article_id=article_id, url=stored.url, source_id=stored.source_id, source_province=province
        )
    except NotAnArticle as exc:
        outcome.update(outcome="not_article", error=str(exc) or None)
        result.not_articles += 1
        logger.debug("not an article: %s", exc)
    except Exception as exc:  # ExtractionError or a bug: one bad page must never stop the batch
        error = f"{type(exc).__name__}: {exc}"
        outcome.update(outcome="failed", error=error[:1000])
        result.failed += 1
        result.failures.append((stored.url, error))
        logger.warning("extraction failed for %s: %s", stored.url, error)
    else:
        if stored.listed_date and article.published_at is None:
            # The page gives no publication time of its own (at most a date read from its text): the day its
            # sitemap, feed or dated archive page gave is the better word.
            article.published_date = date.fromisoformat(stored.listed_date)
            article.date_source = LISTING
        outcome["outcome"] = "article"
        batch.articles.append(article)
        result.articles += 1
        logger.debug("article %s: %r, %s, %d words", stored.url, article.title, article.published_date,
                     len(article.text.split()))
    batch.outcomes.append(outcome)


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
