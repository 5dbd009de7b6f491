"""What the spider hands to the raw store: one article with all its pages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def article_id_for(url: str) -> str:
    """A stable id from the article's identifying URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


@dataclass
class StoredPage:
    page_no: int
    url: str
    status: int | None
    headers: dict[str, str]
    encoding: str | None
    fetched_at: str
    body: bytes


@dataclass
class StoredArticle:
    """One article fetch with all its pages, as the crawler gives it to the store."""

    source_id: str
    url: str  # first page, as fetched (after redirects)
    key_url: str  # the URL that identifies the article (canonical when trustworthy)
    canonical_url: str | None
    discovered_via: str | None
    discovered_from: str | None
    pages: list[StoredPage]
    aliases: list[str] = field(default_factory=list)  # other URL forms that lead here
    fetch_id: int | None = None
    source: dict[str, Any] | None = None  # the source's entry as it was at crawl time (province, settings)
    listed_date: str | None = None  # ISO day a sitemap, feed or dated archive page gave the link
    month: str | None = None  # YYYY-MM the backfill counts the article under (not stored)

    def __repr__(self) -> str:  # Scrapy logs items: never their page bodies
        return f"StoredArticle({self.source_id!r}, {self.url!r}, pages={len(self.pages)})"

    @property
    def urls(self) -> set[str]:
        """Every URL form known to lead to this article."""
        return {self.url, self.key_url, *self.aliases} | ({self.canonical_url} if self.canonical_url else set())

    @property
    def article_id(self) -> str:
        return article_id_for(self.key_url)

    @property
    def fetched_at(self) -> str:
        return self.pages[0].fetched_at if self.pages else datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class UrlAlias:
    """Another URL for an article: an AMP mirror dropped in favour of the page it mirrors."""

    url: str
    of: str  # a URL of the article it stands for

    def __repr__(self) -> str:
        return f"UrlAlias({self.url!r} -> {self.of!r})"
