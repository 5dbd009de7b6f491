"""WARC files -> the raw store: the captures of our hosts that pass the pre-filter.

What is stored here is processed like crawled pages (`pipeline.process`), with
`discovered_via = warc`, the archive file as `discovered_from` and the capture date as
fetch time. An article already in the raw store (crawled, or read from an earlier
archive) is not stored twice, so a killed backfill simply reads its files again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crawlers.items import StoredArticle
from crawlers.rawstore import RawStore, raw_store_path
from crawlers.urls import canonicalize
from crawlers.warc.hosts import Hosts
from crawlers.warc.prefilter import may_be_relevant
from crawlers.warc.reader import Capture, WarcError, captures
from pipeline.records import RawPage

logger = logging.getLogger("pantau.warc")

VIA = "warc"


@dataclass
class IngestResult:
    files: int = 0
    captures: int = 0  # articles on wanted hosts
    filtered: int = 0  # left out by the pre-filter: cannot be relevant
    stored: int = 0  # new in the raw store
    known: int = 0  # already in the raw store
    unreadable: int = 0  # files that could not be read (to the end)
    by_source: dict[str, int] = field(default_factory=dict)  # new per source

    def add(self, other: IngestResult) -> None:
        self.files += other.files
        self.captures += other.captures
        self.filtered += other.filtered
        self.stored += other.stored
        self.known += other.known
        self.unreadable += other.unreadable
        for source_id, count in other.by_source.items():
            self.by_source[source_id] = self.by_source.get(source_id, 0) + count


def selected(path: str, hosts: Hosts, *, prefilter: bool, result: IngestResult) -> Iterator[StoredArticle]:
    """The articles of one WARC file worth processing, as the raw store keeps them."""
    for capture in captures(path, hosts.wanted):
        result.captures += 1
        if prefilter and not may_be_relevant(RawPage(p.url, p.body, p.encoding, p.page_no) for p in capture.pages):
            result.filtered += 1
            continue
        yield stored_article(capture, hosts, path)


def stored_article(capture: Capture, hosts: Hosts, origin: str) -> StoredArticle:
    """A capture as a raw-store fetch; pantau's own metadata (an export) restores its identity."""
    if capture.fetch is not None:
        fetch = capture.fetch
        return StoredArticle(fetch["source_id"], capture.url, fetch["key_url"], fetch.get("canonical_url"), VIA,
                             origin, capture.pages, aliases=list(fetch.get("aliases", [])), source=fetch.get("source"),
                             listed_date=fetch.get("listed_date"))
    entry = hosts.entry(capture.url)
    key = canonicalize(capture.url)
    return StoredArticle(entry["id"], capture.url, key, None, VIA, origin, capture.pages, aliases=[capture.url],
                         source=entry)


def ingest(db_path: str | Path, files: list[str], hosts: Hosts, *, prefilter: bool = True,
           on_file: Callable[[str, IngestResult], None] | None = None) -> IngestResult:
    """Read every file into the raw store beside the warehouse, one article per transaction."""
    total = IngestResult()
    with RawStore(raw_store_path(db_path)) as store:
        for path in files:
            result = IngestResult(files=1)
            try:
                for article in selected(path, hosts, prefilter=prefilter, result=result):
                    if store.add(article):
                        result.stored += 1
                        result.by_source[article.source_id] = result.by_source.get(article.source_id, 0) + 1
                    else:
                        result.known += 1
            except WarcError as exc:  # one bad file never stops the others; what it gave is kept
                result.unreadable += 1
                logger.warning("%s", exc)
            total.add(result)
            logger.info("%s: %d articles of our hosts, %d left out by the pre-filter, %d new, %d already stored",
                        path, result.captures, result.filtered, result.stored, result.known)
            if on_file:
                on_file(path, total)
    return total
