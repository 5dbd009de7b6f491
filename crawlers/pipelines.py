"""The one item pipeline: write each complete article to the raw store."""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.crawler import Crawler

from crawlers.rawstore import RawStore, StoredArticle

logger = logging.getLogger(__name__)


class RawStorePipeline:
    def __init__(self, path: str) -> None:
        self.store = RawStore(path)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RawStorePipeline":
        path = crawler.settings.get("PANTAU_RAW_STORE")
        if not path:
            raise ValueError("PANTAU_RAW_STORE is not set: where should raw pages go?")
        return cls(path)

    def process_item(self, item: StoredArticle, spider: Spider) -> StoredArticle:
        if self.store.add(item):
            spider.report.stored(item.source_id)  # type: ignore[attr-defined]
        else:
            spider.report.duplicate(item.source_id)  # type: ignore[attr-defined]
        return item

    def close_spider(self, spider: Spider) -> None:
        self.store.close()
