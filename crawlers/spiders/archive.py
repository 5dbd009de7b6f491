"""The backfill spider: the outlets' own archives for a window of days, topic-filtered and resumable.

For every source it reads the archive entry points of the sources file (dated sitemap
indexes and templates, date-indexed listings, tag pages, site search) and its
sitemaps, expanded for each day or month of the window. Article links are judged by
the topic filter before they are fetched; everything read and found is recorded in
the frontier (crawlers/frontier.py), so a killed backfill resumes where it stopped.
Articles are fetched and stored as `run` does, with the same politeness.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawlers.archive import parse_template, period_in_url, periods
from crawlers.discovery import DiscoveryError, Link, read_listing
from crawlers.frontier import ArchiveLink, ArchivePage, Frontier, window_key
from crawlers.sources import Archive, Source
from crawlers.spiders.news import NewsSpider
from crawlers.topic import load_lexicon
from crawlers.urls import canonicalize, is_article_candidate, same_site

logger = logging.getLogger("pantau.crawl")

GONE = (404, 410)
MAX_PAGES = Archive.model_fields["max_pages"].default
# Scrapy runs higher priorities first: an archive page's articles before the next day's
# index, so the queue stays short; the best-scored articles first.
ENTRY, CHILD, NEXT_PAGE, ARTICLE = 10, 12, 15, 20


class ArchiveSpider(NewsSpider):
    name = "archive"

    @classmethod
    def from_crawler(cls, crawler: scrapy.crawler.Crawler, *args: Any, **kwargs: Any) -> ArchiveSpider:
        spider: ArchiveSpider = super().from_crawler(crawler, *args, **kwargs)  # type: ignore[assignment]
        settings = crawler.settings
        today = datetime.now(timezone(timedelta(hours=7))).date()
        spider.window_start = date.fromisoformat(settings.get("PANTAU_SINCE"))
        spider.window_end = date.fromisoformat(settings.get("PANTAU_UNTIL") or today.isoformat())
        spider.all_topics = settings.getbool("PANTAU_ALL_TOPICS")
        spider.lexicon = load_lexicon()
        spider.frontier = Frontier(settings.get("PANTAU_RAW_STORE"), window_key(spider.window_start, spider.window_end))
        spider.listing_seen = {}  # entry point -> article links its pages showed in this run
        return spider

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        super()._closed(spider, reason)
        self.frontier.close()

    def _room_for(self, source: Source) -> bool:
        """A backfill has no per-source cap unless --max-new gives one."""
        return self.max_new is None or super()._room_for(source)

    # --- planning ----------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        planned = {s.id: self._entry_pages(s) for s in self.sources.values()}
        for source_id, pages in planned.items():
            if not pages:
                logger.info("source %s has no archive entry points or sitemaps: nothing to backfill", source_id)
        self.frontier.plan(p for pages in planned.values() for p in pages)
        ids = list(self.sources)
        pending = self.frontier.pending_pages(ids)
        logger.info("backfill %s..%s: %d archive pages to read", self.window_start, self.window_end, len(pending))
        for page in pending:
            yield self._page_request(page, ENTRY if page.depth == 1 else NEXT_PAGE)
        self._reconsider_filtered(ids)
        for link in self.frontier.links(ids, "queued"):
            if link.url in self.known or link.url in self.queued:
                continue
            self.queued.add(link.url)
            self.report.discovered(link.source_id, False, link.month)
            if self._room_for(self.sources[link.source_id]):
                yield self._article_request(link)
            else:
                self.report.deferred(link.source_id)

    def _entry_pages(self, source: Source) -> list[ArchivePage]:
        """Every archive entry point of the source, expanded for each period of the window and each search term."""
        kinds = [("sitemap", source.sitemaps)]
        if archive := source.archive:
            kinds += [("sitemap", archive.sitemaps), ("listing", archive.listings), ("topic", archive.topics),
                      ("search", archive.search)]
        pages = []
        for kind, texts in kinds:
            for text in texts:
                template = parse_template(text)
                spans = list(periods(self.window_start, self.window_end, template.unit)) if template.unit else [None]
                terms = self.lexicon.search_terms if template.terms else (None,)
                for span in spans:
                    for term in terms:
                        url = source.absolute(template.render(span[0] if span else None, term))
                        pages.append(ArchivePage(url, source.id, kind, *(span or (None, None))))
        return pages

    def _reconsider_filtered(self, source_ids: list[str]) -> None:
        """Links an earlier run filtered out are judged again: the lexicon may have changed, or --all-topics."""
        kept = []
        for link in self.frontier.links(source_ids, "filtered"):
            score = self.lexicon.score(Link(link.url, title=link.title, summary=link.summary))
            if self.all_topics or self.lexicon.keeps(score):
                kept.append(replace(link, score=score, state="queued"))
        if kept:
            self.frontier.requeue(kept)
            logger.info("%d links filtered out earlier are fetched now", len(kept))

    def _page_request(self, page: ArchivePage, priority: int) -> scrapy.Request:
        meta: dict[str, Any] = {"source_id": page.source_id, "archive_page": page, "depth_listing": page.depth,
                                "listing_root": page.root or page.url, "month": page.month or "undated"}
        if page.kind == "sitemap":
            meta["download_maxsize"] = self.sitemap_maxsize
        return scrapy.Request(page.url, callback=self.parse_archive, errback=self.failed, meta=meta,
                              priority=priority)

    def _article_request(self, link: ArchiveLink) -> scrapy.Request:
        score = link.score if link.score is not None else self.lexicon.threshold
        return scrapy.Request(
            link.url, callback=self.parse_article, errback=self.failed, priority=ARTICLE + score,
            meta={"source_id": link.source_id, "via": link.via, "found_on": link.found_on, "requested": link.url,
                  "pages": [], "month": link.month, "archive_link": True,
                  "listed_date": link.listed_date.isoformat() if link.listed_date else None})

    # --- archive pages -----------------------------------------------------------------

    def parse_archive(self, response: Response) -> Iterator[scrapy.Request]:
        page: ArchivePage = response.meta["archive_page"]
        source = self.sources[page.source_id]
        self.report.page(source.id, page.month or "undated")
        if page.kind == "sitemap":
            links, next_pages = self._read_archive_sitemap(response, page, source)
        else:
            links, next_pages = self._read_archive_listing(response, page, source)
        rows, requests = [], []
        for link in links:
            row, request = self._consider(link, source, page)
            if row is not None:
                rows.append(row)
            if request is not None:
                requests.append(request)
        self.frontier.page_done(page.url, rows, next_pages)
        for next_page in next_pages:
            yield self._page_request(next_page, CHILD if page.kind == "sitemap" else NEXT_PAGE)
        yield from requests

    def _read_archive_sitemap(self, response: Response, page: ArchivePage,
                              source: Source) -> tuple[list[Link], list[ArchivePage]]:
        sitemap = self._read_sitemap(response, source)
        if sitemap is None:
            return [], []
        if sitemap.kind == "urlset":
            return sitemap.links, []
        children = []
        for child in sitemap.links:
            if not same_site(child.url, source):
                continue
            span = period_in_url(child.url)
            if span and (span[1] < self.window_start or span[0] > self.window_end):
                continue  # its name says it covers days outside the window
            if not span and child.published and child.published < self.window_start:
                continue  # unchanged since before the window
            children.append(ArchivePage(canonicalize(child.url), source.id, "sitemap", *(span or (None, None)),
                                        depth=page.depth + 1))
        return [], children

    def _read_archive_listing(self, response: Response, page: ArchivePage,
                              source: Source) -> tuple[list[Link], list[ArchivePage]]:
        if not self._is_html(response):
            self.report.failed(source.id, response.url, "archive page is not an HTML page", page.month)
            return [], []
        try:
            found = read_listing(response.body, response.url)
        except DiscoveryError as exc:
            self.report.failed(source.id, response.url, str(exc), page.month)
            return [], []
        merged: dict[str, Link] = {}  # a story's thumbnail, headline and "more" anchors are one link
        next_urls = []
        for link in found:
            if not same_site(link.url, source):
                continue
            if self._is_next_listing(link, response):
                next_urls.append(canonicalize(link.url))
                continue
            key = canonicalize(link.url)
            seen = merged.get(key)
            merged[key] = link if seen is None else replace(
                seen, title=_joined(seen.title, link.title), summary=_joined(seen.summary, link.summary))
        links = list(merged.values())
        shown = self.listing_seen.setdefault(page.root or page.url, set())
        fresh = [url for url in merged if url not in shown and is_article_candidate(url, source, from_listing=True)]
        shown.update(fresh)
        depth_limit = source.archive.max_pages if source.archive else MAX_PAGES
        if not fresh or page.depth >= depth_limit:
            return links, []  # a page without articles, or one repeating its earlier pages, ends the pagination
        next_pages = [ArchivePage(url, source.id, page.kind, page.period_start, page.period_end, page.depth + 1,
                                  page.root or page.url) for url in dict.fromkeys(next_urls) if url != page.url]
        return links, next_pages

    def _consider(self, link: Link, source: Source, page: ArchivePage) -> tuple[ArchiveLink | None,
                                                                                 scrapy.Request | None]:
        """Judge one link an archive page gave: known, outside the window, off-topic, or to fetch."""
        url = canonicalize(link.url)
        if url in self.queued or not is_article_candidate(url, source, from_listing=page.kind != "sitemap"):
            return None, None
        self.queued.add(url)
        exact = link.published if link.published and not link.modified else page.day
        month = (exact.strftime("%Y-%m") if exact else page.month
                 or (link.published.strftime("%Y-%m") if link.published and link.published <= self.window_end
                     else "undated"))
        if url in self.known:
            self.report.discovered(source.id, True, month)
            return None, None
        day = exact or link.published
        if day and (day < self.window_start or (day > self.window_end and not link.modified)):
            self.report.old(source.id, month)
            return None, None
        score = self.lexicon.score(link)
        keep = self.all_topics or self.lexicon.keeps(score)
        row = ArchiveLink(url, source.id, page.url, f"archive-{page.kind}", link.title, link.summary, exact, month,
                          score, "queued" if keep else "filtered")
        if not keep:
            self.report.filtered(source.id, month)
            return row, None
        self.report.discovered(source.id, False, month)
        if not self._room_for(source):
            self.report.deferred(source.id)
            return row, None
        return row, self._article_request(row)

    # --- failures ----------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        if response.meta.get("archive_link") and not response.meta["pages"] and not self._is_html(response):
            self.frontier.link_gone(response.meta["requested"])  # a PDF stays a PDF: not asked for again
        yield from super().parse_article(response)

    def failed(self, failure: Failure) -> None:
        """As for any crawl; a page or link the site says is gone is not asked for again in this window."""
        super().failed(failure)
        if not (failure.check(HttpError) and failure.value.response.status in GONE):
            return
        meta = failure.request.meta
        if "archive_page" in meta:
            self.frontier.page_gone(meta["archive_page"].url)
        elif meta.get("archive_link"):
            self.frontier.link_gone(meta["requested"])


def _joined(first: str | None, second: str | None) -> str | None:
    if not first or not second or second in first:
        return first or second
    return f"{first} {second}"
