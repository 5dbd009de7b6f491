"""Which source a captured page belongs to, by its host: the sources file's outlets, or any host.

An outlet owns its host, the www. twin and its subdomains (regional editions), as
when crawling; the same URL rules decide what is an article (tags, categories,
search and static pages are not). With every host allowed, an unknown host becomes a
source of its own, named after the host.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from crawlers.sources import Source
from crawlers.urls import is_article_candidate, path_and_query, rules


def _bare(host: str) -> str:
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


class Hosts:
    def __init__(self, sources: list[Source], *, all_hosts: bool = False) -> None:
        self.by_host = {_bare(urlsplit(s.base_url).hostname or ""): s for s in sources}
        self.ids = {s.id for s in sources}
        self.all_hosts = all_hosts

    def source_of(self, url: str) -> Source | None:
        """The configured outlet whose host (or a parent domain of it) serves this URL."""
        labels = _bare(urlsplit(url).hostname or "").split(".")
        for i in range(len(labels)):
            source = self.by_host.get(".".join(labels[i:]))
            if source is not None:
                return source
        return None

    def wanted(self, url: str, fetch: dict[str, Any] | None = None) -> bool:
        """Whether a capture of this URL may be an article of ours (before reading its body).

        A page pantau exported itself (`fetch`: its metadata) was an article of its source
        when crawled: it is kept while that source is configured, whatever its host now.
        """
        if fetch is not None and fetch.get("source_id") in self.ids:
            return True
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        source = self.source_of(url)
        if source is not None:
            return is_article_candidate(url, source, from_listing=False)
        return self.all_hosts and not any(p.search(path_and_query(url)) for p in rules().non_article)

    def entry(self, url: str) -> dict[str, Any]:
        """The source entry stored with the fetch: the outlet's, or one made from the host."""
        source = self.source_of(url)
        if source is not None:
            return source.snapshot()
        parts = urlsplit(url)
        host = _bare(parts.hostname or "")
        return {"id": re.sub(r"[^a-z0-9]+", "_", host).strip("_"), "name": host, "province": None,
                "base_url": f"{parts.scheme}://{parts.netloc}"}
