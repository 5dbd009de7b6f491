"""One generic spider for every outlet: sitemaps, feeds and listings lead to articles.

Everything site-specific comes from the sources file; this module knows only the
shapes of the web (sitemap indexes, RSS/Atom, paginated listings, paginated articles).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip, gzip_magic_number
from twisted.python.failure import Failure

from crawlers.discovery import DiscoveryError, Link, SitemapPage, read_feed, read_listing, read_sitemap
from crawlers.events import emit_figures
from crawlers.items import StoredArticle, StoredPage, UrlAlias
from crawlers.rawstore import RawStore
from crawlers.report import CrawlReport
from crawlers.sources import Source, load_sources
from crawlers.urls import absolute, canonicalize, continuation_urls, is_article_candidate, rules, same_site

HTML_TYPES = ("text/html", "application/xhtml+xml")
AMP_HTML = re.compile(rb"<html[^>]*\s(amp|\xe2\x9a\xa1)(\s|=|>)", re.I)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sources: dict[str, Source] = {}
        self.known: set[str] = set()
        self.queued: set[str] = set()
        self.requested: dict[str, int] = {}  # new article requests per source this run
        self.report: CrawlReport
        self.since: dict[str, date | None] = {}  # per source: links dated before this day are not fetched
        self.max_new: int | None = None  # overrides every source's max_new_articles

    @classmethod
    def from_crawler(cls, crawler: scrapy.crawler.Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        only = settings.getlist("PANTAU_ONLY_SOURCES") or None
        spider.sources = {s.id: s for s in load_sources(settings.get("PANTAU_SOURCES_FILE"), only=only)}
        with RawStore(settings.get("PANTAU_RAW_STORE")) as store:
            spider.known = store.known_urls()
        spider.report = CrawlReport(list(spider.sources), emit_figures if settings.getbool("PANTAU_EVENTS") else None)
        since = settings.get("PANTAU_SINCE")
        today = datetime.now(timezone(timedelta(hours=7))).date()
        spider.since = {
            s.id: date.fromisoformat(since) if since else today - timedelta(days=s.since_days) if s.since_days else None
            for s in spider.sources.values()
        }
        spider.max_new = settings.getint("PANTAU_MAX_NEW") or None
        spider.max_pages = settings.getint("PANTAU_MAX_ARTICLE_PAGES")
        spider.max_sitemaps = settings.getint("PANTAU_MAX_SITEMAPS")
        spider.sitemap_maxsize = settings.getint("PANTAU_SITEMAP_MAXSIZE")
        crawler.signals.connect(spider._closed, signal=scrapy.signals.spider_closed)
        return spider

    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        self.report.write(self.settings.get("PANTAU_STATS_FILE"))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources.values():
            self.logger.debug("source %s: %s", source.id, source.base_url)
            entries = source.entry_urls
            for url in entries["sitemap"]:
                yield self._entry(url, source, self.parse_sitemap, sitemaps_seen=0, download_maxsize=self.sitemap_maxsize)
            for url in entries["feed"]:
                yield self._entry(url, source, self.parse_feed)
            for url in entries["listing"]:
                yield self._entry(url, source, self.parse_listing, depth_listing=1, listing_root=url)

    def _entry(self, url: str, source: Source, callback: Any, **meta: Any) -> scrapy.Request:
        return scrapy.Request(
            url, callback=callback, errback=self.failed, dont_filter=False,
            meta={"source_id": source.id, **meta}, priority=10,
        )

    # --- discovery ---------------------------------------------------------------------

    def _read_sitemap(self, response: Response, source: Source) -> SitemapPage | None:
        """The sitemap in a response (gzipped or not); None, reported, when it cannot be read."""
        body = response.body
        if gzip_magic_number(response):
            limit = self.settings.getint("PANTAU_SITEMAP_MAXSIZE")
            try:
                body = gunzip(body, max_size=limit)
            except (OSError, EOFError) as exc:
                self.report.failed(source.id, response.url, f"broken gzip sitemap: {exc}")
                return None
            except ValueError:  # scrapy's guard against decompression bombs
                self.report.failed(source.id, response.url, f"gzip sitemap over {limit} bytes uncompressed")
                return None
        try:
            return read_sitemap(body, response.url)
        except DiscoveryError as exc:
            self.report.failed(source.id, response.url, str(exc))
            return None

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        source = self.sources[response.meta["source_id"]]
        sitemap = self._read_sitemap(response, source)
        if sitemap is None:
            return
        if sitemap.kind == "sitemapindex":
            seen = response.meta.get("sitemaps_seen", 0)
            children = sorted(sitemap.links, key=lambda link: link.published or date.min, reverse=True)
            fresh = [c for c in children if not self._too_old(c, source)]
            for child in fresh[: max(0, self.max_sitemaps - seen)]:
                if same_site(child.url, source):
                    yield response.follow(
                        child.url, callback=self.parse_sitemap, errback=self.failed, priority=10,
                        meta={"source_id": source.id, "sitemaps_seen": seen + len(children),
                              "download_maxsize": self.sitemap_maxsize},
                    )
            return
        for link in sorted(sitemap.links, key=lambda link: link.published or date.min, reverse=True):
            yield from self._candidate(link, source, "sitemap", response.url, from_listing=False)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        source = self.sources[response.meta["source_id"]]
        try:
            links = read_feed(response.body, self._content_type(response), response.url)
        except DiscoveryError as exc:
            self.report.failed(source.id, response.url, str(exc))
            return
        for link in links:
            yield from self._candidate(link, source, "feed", response.url, from_listing=False)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        source = self.sources[response.meta["source_id"]]
        if not self._is_html(response):
            self.report.failed(source.id, response.url, "listing is not an HTML page")
            return
        try:
            links = read_listing(response.body, response.url)
        except DiscoveryError as exc:
            self.report.failed(source.id, response.url, str(exc))
            return
        for link in links:
            if not same_site(link.url, source):
                continue
            if self._is_next_listing(link, response):
                yield from self._next_listing(response, link.url, source)
            else:
                yield from self._candidate(link, source, "listing", response.url, from_listing=True)

    def _next_listing(self, response: Response, url: str, source: Source) -> Iterator[scrapy.Request]:
        """Follow a listing's pagination, up to the source's max_listing_pages."""
        depth = response.meta["depth_listing"]
        if depth < source.max_listing_pages:
            yield response.follow(
                url, callback=self.parse_listing, errback=self.failed, priority=5,
                meta={"source_id": source.id, "depth_listing": depth + 1,
                      "listing_root": response.meta["listing_root"]},
            )

    def _is_next_listing(self, link: Link, response: Response) -> bool:
        """A pagination link: rel=next, a "next" word, or a page number on the same listing."""
        if "next" in link.rel.split():
            return True
        url = link.url
        words = rules().next_words
        plain = (link.title or "").strip().lower()
        label = plain.rstrip("»›> ").strip() or plain
        if label in words or plain in words:
            return True
        if label.isdigit() and 1 < int(label) <= 1000:
            root = canonicalize(response.meta["listing_root"])
            root_path = root.split("?")[0].rstrip("/")
            return canonicalize(url).startswith(root_path)
        return False

    def _too_old(self, link: Link, source: Source) -> bool:
        since = self.since.get(source.id)
        return since is not None and link.published is not None and link.published < since

    def _candidate(self, link: Link, source: Source, via: str, found_on: str, *, from_listing: bool) -> Iterator[scrapy.Request]:
        url = canonicalize(link.url)
        if url in self.queued or not is_article_candidate(url, source, from_listing=from_listing):
            return
        self.queued.add(url)
        if url not in self.known and self._too_old(link, source):
            self.report.old(source.id)
            return
        known = url in self.known
        self.report.discovered(source.id, known)
        if known:
            return
        if not self._room_for(source):
            self.report.deferred(source.id)
            return
        yield scrapy.Request(
            url, callback=self.parse_article, errback=self.failed,
            meta={"source_id": source.id, "via": via, "found_on": found_on, "requested": url, "pages": [],
                  "listed_date": link.published.isoformat() if link.published and not link.modified else None},
        )

    def _room_for(self, source: Source) -> bool:
        """Count one more new article for the source, unless its cap for this run is reached."""
        cap = self.max_new or source.max_new_articles
        if self.requested.get(source.id, 0) >= cap:
            return False
        self.requested[source.id] = self.requested.get(source.id, 0) + 1
        return True

    # --- articles ----------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        source = self.sources[meta["source_id"]]
        pages: list[StoredPage] = meta["pages"]
        if not self._is_html(response):
            kind = self._content_type(response) or "no type"
            self.report.failed(source.id, response.url, f"not an HTML page ({kind})", meta.get("month"))
            return
        if not pages:
            self.report.fetched(source.id, meta.get("month"))
            amp_target = self._amp_canonical(response)
            if amp_target:  # store the page an AMP mirror stands for, once; the mirror's URL leads to it
                if amp_target not in self.queued and amp_target not in self.known:
                    self.queued.add(amp_target)
                    yield response.follow(amp_target, callback=self.parse_article, errback=self.failed,
                                          meta={**_carried(meta), "requested": amp_target, "pages": []})
                yield UrlAlias(meta["requested"], amp_target)
                return
        pages = pages + [self._page(response, len(pages) + 1)]
        next_url = self._next_article_page(response, pages)
        if next_url:
            yield response.follow(next_url, callback=self.parse_article, errback=self._page_failed,
                                  meta={**_carried(meta), "pages": pages}, dont_filter=True)
            return
        yield self._article(source, meta, pages)

    def _article(self, source: Source, meta: dict[str, Any], pages: list[StoredPage]) -> StoredArticle:
        first = pages[0]
        canonical = meta.get("canonical")
        key = canonical if canonical and same_site(canonical, source) else canonicalize(first.url)
        return StoredArticle(
            source_id=source.id, url=first.url, key_url=key, canonical_url=canonical,
            discovered_via=meta["via"], discovered_from=meta["found_on"], pages=pages,
            aliases=[meta["requested"], canonicalize(first.url)], source=source.snapshot(),
            listed_date=meta.get("listed_date"), month=meta.get("month"),
        )

    def _page_failed(self, failure: Failure) -> Iterator[StoredArticle]:
        """A later page of an article failed: keep the pages we have rather than nothing."""
        request = failure.request
        source = self.sources[request.meta["source_id"]]
        self.report.failed(source.id, request.url, self._describe(failure), request.meta.get("month"))
        yield self._article(source, request.meta, request.meta["pages"])

    def _page(self, response: Response, page_no: int) -> StoredPage:
        if page_no == 1:
            canonical = response.css('link[rel="canonical"]::attr(href)').get()
            response.meta["canonical"] = canonicalize(absolute(response.url, canonical)) if canonical else None
        encoding = response.encoding if isinstance(response, TextResponse) else None
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        return StoredPage(
            page_no=page_no, url=response.url, status=response.status, headers=headers,
            encoding=_declared_charset(headers) or encoding, fetched_at=datetime.now(UTC).isoformat(),
            body=response.body,
        )

    def _amp_canonical(self, response: Response) -> str | None:
        """On an AMP page, the page it mirrors (we store that one instead)."""
        if not AMP_HTML.search(response.body[:4096]):
            return None
        canonical = response.css('link[rel="canonical"]::attr(href)').get()
        target = canonicalize(absolute(response.url, canonical)) if canonical else None
        return target if target and target != canonicalize(response.url) else None

    def _next_article_page(self, response: Response, pages: list[StoredPage]) -> str | None:
        """The URL of the article's next page, if it is paginated (rel=next or a page link)."""
        if len(pages) >= self.max_pages:
            return None
        first = canonicalize(pages[0].url)
        wanted = continuation_urls(first, len(pages) + 1)
        hrefs = response.css('link[rel="next"]::attr(href), a[rel~="next"]::attr(href)').getall()
        hrefs += response.css("a::attr(href)").getall()
        seen = {canonicalize(p.url) for p in pages}
        paths = {urlsplit(w).path.rstrip("/") for w in wanted}
        for href in hrefs:
            url = absolute(response.url, href)
            if not url or urlsplit(url).path.rstrip("/") not in paths:  # cheap test before canonicalising
                continue
            url = canonicalize(url)
            if url in wanted and url not in seen:
                return url
        return None

    # --- helpers -----------------------------------------------------------------------

    @staticmethod
    def _content_type(response: Response) -> str:
        return response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()

    def _is_html(self, response: Response) -> bool:
        ctype = self._content_type(response)
        if ctype and ctype not in HTML_TYPES:
            return False
        head = response.body[:1024].lstrip().lower()
        return head.startswith(b"<") or any(tag in head for tag in (b"<html", b"<head", b"<body"))

    def failed(self, failure: Failure) -> None:
        request = failure.request
        first_url = (request.meta.get("redirect_urls") or [request.url])[0]
        self.report.failed(request.meta.get("source_id", "?"), first_url, self._describe(failure),
                           request.meta.get("month"))

    @staticmethod
    def _describe(failure: Failure) -> str:
        if failure.check(HttpError):
            return f"HTTP {failure.value.response.status}"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:300]


def _declared_charset(headers: dict[str, str]) -> str | None:
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


_CARRIED = ("source_id", "via", "found_on", "requested", "canonical", "listed_date", "month")


def _carried(meta: dict[str, Any]) -> dict[str, Any]:
    """Our own keys of a response's meta, without Scrapy's internal ones."""
    return {k: meta[k] for k in _CARRIED if k in meta}
