"""Middlewares: polite retries, and faults reported as one line each instead of tracebacks.

Scrapy's own RetryMiddleware retries at once, which hammers a struggling regional
site; ours waits first, and gives up when a server asks for a longer pause than a
crawl should spend (the next scheduled run will try again).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

bugs = logging.getLogger("pantau.crawl.debug")


def retry_after_seconds(value: bytes | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings) -> None:  # type: ignore[no-untyped-def]
        super().__init__(settings)
        self.base = settings.getfloat("PANTAU_RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("PANTAU_RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("PANTAU_RETRY_AFTER_MAX", 60.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        if asked is not None and asked > self.retry_after_max:
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await self._wait(asked if asked is not None else self._backoff(retry))
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._wait(self._backoff(retry))
        return retry

    def _backoff(self, retry: Request) -> float:
        return min(self.cap, self.base * 2 ** (retry.meta.get("retry_times", 1) - 1))

    @staticmethod
    async def _wait(seconds: float) -> None:
        if seconds > 0:
            await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class SpiderErrors:
    """A callback that raises is a bug: one warning line for the run, the traceback to the debug log."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SpiderErrors:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception) -> list:
        source_id = response.meta.get("source_id", "?")
        bugs.debug("spider error on %s", response.url, exc_info=exception)
        self.crawler.spider.report.failed(  # type: ignore[union-attr]
            source_id, response.url, f"spider error: {type(exception).__name__}: {exception}")
        return []


class RobotsTxt(RobotsTxtMiddleware):
    """robots.txt as Scrapy reads it, but an unreadable one is one reported failure, not a traceback.

    Scrapy then crawls the host as if robots.txt allowed everything, as browsers and
    search engines do when it cannot be fetched. Requests that wait for a host's
    robots.txt together are all checked against it (Scrapy 2.19 checks only the first).
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            robots_url = f"{url.scheme}://{netloc}/robots.txt"
            robots_request = Request(robots_url, priority=self.DOWNLOAD_PRIORITY,
                                     meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
            try:
                response = await self.crawler.engine.download_async(robots_request)
                await self._parse_robots(response, netloc, request)
            except Exception as exc:
                if not isinstance(exc, IgnoreRequest):
                    bugs.debug("robots.txt of %s", netloc, exc_info=exc)
                    self.crawler.spider.report.failed(  # type: ignore[union-attr]
                        request.meta.get("source_id", "?"), robots_url, f"robots.txt unreadable: {type(exc).__name__}: {exc}")
                self._robots_error(exc, netloc)
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            # Awaiting the shared Deferred hands the parser to the first waiter only (the next ones get
            # None and would go unchecked); once it fires, the table holds the parser (or None) for all.
            await maybe_deferred_to_future(parser)
            return self._parsers[netloc]  # type: ignore[return-value]
        return parser

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self.crawler.spider.report.failed(  # type: ignore[union-attr]
                request.meta.get("source_id", "?"), response.url,
                f"robots.txt answered HTTP {response.status}: crawling as if it allowed everything")
        await super()._parse_robots(response, netloc, request)
