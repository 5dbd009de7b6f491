"""The one item pipeline: write each complete article, and each extra URL of one, to the raw store."""

from __future__ import annotations

from scrapy.crawler import Crawler

from crawlers.items import StoredArticle, UrlAlias
from crawlers.rawstore import RawStore


class RawStorePipeline:
    def __init__(self, crawler: Crawler, path: str) -> None:
        self.crawler = crawler
        self.store = RawStore(path)
        self.pending: dict[str, list[str]] = {}  # URL of an article not stored yet -> its aliases

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RawStorePipeline:
        path = crawler.settings.get("PANTAU_RAW_STORE")
        if not path:
            raise ValueError("PANTAU_RAW_STORE is not set: where should raw pages go?")
        return cls(crawler, path)

    def process_item(self, item: StoredArticle | UrlAlias) -> StoredArticle | UrlAlias:
        if isinstance(item, UrlAlias):
            if not self.store.add_alias(item.url, item.of):
                self.pending.setdefault(item.of, []).append(item.url)
            return item
        report = self.crawler.spider.report  # type: ignore[union-attr]
        if self.store.add(item):
            report.stored(item.source_id, item.month)
        else:
            report.duplicate(item.source_id)
        for url in item.urls & self.pending.keys():
            for alias in self.pending.pop(url):
                self.store.add_alias(alias, url)
        return item

    def close_spider(self) -> None:
        self.store.close()
