"""The unit of processing: a chunk of stored fetches -> one Batch (extracted, analysed, signed).

One function serves every way of running it: in the writer's own process, in a pool of
worker processes on this machine, and in Dask tasks on other machines. It reads nothing
from and writes nothing to the warehouse; the single writer loads what it returns.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from crawlers.items import StoredArticle
from pipeline.extract import NotAnArticle, extract_article
from pipeline.extract.pubdate import LISTING
from pipeline.records import Analysis, Article, RawPage
from warehouse.load import Batch

logger = logging.getLogger("pantau.process")


@dataclass
class ProcessResult:
    todo: int = 0
    articles: int = 0
    not_articles: int = 0
    failed: int = 0
    relevant: int = 0
    copies: int = 0  # syndicated copies linked (duplicate_of) in this run
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, error)

    def add(self, other: ProcessResult) -> None:
        """Fold a chunk's figures into the run's."""
        self.articles += other.articles
        self.not_articles += other.not_articles
        self.failed += other.failed
        self.relevant += other.relevant
        self.copies += other.copies
        self.failures += other.failures


@dataclass
class Homes:
    """An outlet's home province: from the entry stored with the fetch, else the sources file."""

    configured: dict[str, str | None] = field(default_factory=dict)
    unknown: dict[str, int] = field(default_factory=dict)  # fetches of sources neither knows

    def of(self, stored: StoredArticle) -> str | None:
        if stored.source is not None:
            return stored.source.get("province")
        if stored.source_id in self.configured:
            return self.configured[stored.source_id]
        self.unknown[stored.source_id] = self.unknown.get(stored.source_id, 0) + 1
        return None


@dataclass
class Chunk:
    """What processing made of a chunk: the rows to load, the figures, sources without a home."""

    batch: Batch
    result: ProcessResult
    unknown: dict[str, int]


def process_chunk(stored: Iterable[StoredArticle], configured: dict[str, str | None], load_id: str) -> Chunk:
    """Extract, analyse and sign every fetch of the chunk; a failing page or text fails alone."""
    from pipeline import syndication

    homes = Homes(configured)
    batch = Batch(load_id)
    result = ProcessResult()
    for article in stored:
        _extract_into(batch, article, homes.of(article), result)
    batch.analyses = _analyse(batch, result)
    result.relevant += sum(a.is_relevant for a in batch.analyses)
    texts = [a.text for a in batch.articles]
    batch.signatures = {a.article_id: None if sig is None else sig.to_bytes()
                        for a, sig in zip(batch.articles, syndication.signatures(texts))}
    return Chunk(batch, result, homes.unknown)


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


def fetch_row(stored: StoredArticle) -> dict[str, Any]:
    """The fetch as the warehouse logs it (raw_fetches)."""
    return {
        "fetch_id": stored.fetch_id, "article_id": stored.article_id, "url": stored.url,
        "canonical_url": stored.canonical_url, "source_id": stored.source_id,
        "discovered_via": stored.discovered_via, "discovered_from": stored.discovered_from,
        "fetched_at": _parse_time(stored.fetched_at), "n_pages": len(stored.pages),
        "status": stored.pages[0].status if stored.pages else None,
    }


def _extract_into(batch: Batch, stored: StoredArticle, province: str | None, result: ProcessResult) -> None:
    article_id = stored.article_id
    batch.fetches.append(fetch_row(stored))
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
