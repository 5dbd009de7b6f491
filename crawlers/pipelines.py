"""The one item pipeline: write each complete article to the raw store."""

from __future__ import annotations

from scrapy.crawler import Crawler

from crawlers.items import StoredArticle
from crawlers.rawstore import RawStore


class RawStorePipeline:
    def __init__(self, crawler: Crawler, path: str) -> None:
        self.crawler = crawler
        self.store = RawStore(path)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RawStorePipeline":
        path = crawler.settings.get("PANTAU_RAW_STORE")
        if not path:
            raise ValueError("PANTAU_RAW_STORE is not set: where should raw pages go?")
        return cls(crawler, path)

    def process_item(self, item: StoredArticle) -> StoredArticle:
        report = self.crawler.spider.report  # type: ignore[union-attr]
        if self.store.add(item):
            report.stored(item.source_id)
        else:
            report.duplicate(item.source_id)
        return item

    def close_spider(self) -> None:
        self.store.close()
