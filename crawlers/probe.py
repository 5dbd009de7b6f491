"""`pantau sources --probe`: each source's entry points fetched once, and a sample article read.

It is how a user with internet checks the sources file before a crawl: for every
robots.txt, sitemap, feed and listing, the HTTP status and how many article links a
crawl would take from it; then one of those articles, fetched and extracted (title,
date, length of text). `--mark` writes the verdict into the sources file itself.
"""

from __future__ import annotations

import gzip
import io
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

import httpx
from protego import Protego

from crawlers import settings as crawl_settings
from crawlers.discovery import DiscoveryError, Link, read_feed, read_listing, read_sitemap
from crawlers.sources import Source
from crawlers.urls import canonicalize, is_article_candidate

TIMEOUT = 15.0
MAX_BYTES = 50 * 1024 * 1024


@dataclass
class EntryProbe:
    kind: str  # robots | sitemap | feed | listing | sample
    url: str
    status: int | None = None  # HTTP status; None when no answer came
    links: int = 0  # article links found (entry points)
    note: str = ""  # the problem, or what the sample extracted to


@dataclass
class SourceProbe:
    source_id: str
    entries: list[EntryProbe] = field(default_factory=list)
    sample: EntryProbe | None = None

    @property
    def links(self) -> int:
        return sum(e.links for e in self.entries)

    @property
    def verdict(self) -> str:
        """ok: articles found and the sample extracts; partial: some entry points failed; dead: nothing usable."""
        points = [e for e in self.entries if e.kind != "robots"]
        working = [e for e in points if e.links]
        if not working:
            return "dead"
        if self.sample is None or self.sample.note.startswith("not extracted") or len(working) < len(points):
            return "partial"
        return "ok"


@dataclass(frozen=True)
class _Page:
    url: str
    status: int
    content: bytes
    content_type: str
    encoding: str | None


class _Fetcher:
    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def get(self, url: str) -> tuple[_Page | None, str]:
        """The page, or None and why not (network error, too large)."""
        try:
            with self.client.stream("GET", url) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        return None, f"larger than {MAX_BYTES} bytes"
                return _Page(str(response.url), response.status_code, bytes(body),
                             response.headers.get("content-type", ""), response.charset_encoding), ""
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def probe_source(source: Source, client: httpx.Client) -> SourceProbe:
    fetch = _Fetcher(client)
    result = SourceProbe(source.id)
    robots_url = source.absolute("/robots.txt")
    response, problem = fetch.get(robots_url)
    robots = (Protego.parse(response.content.decode("utf-8", "replace"))
              if response is not None and response.status == 200 else None)
    result.entries.append(EntryProbe("robots", robots_url, response.status if response else None,
                                     note=problem or ("" if robots or response is None else "none: all allowed")))
    samples: list[Link] = []
    for kind, urls in source.entry_urls.items():
        for url in urls:
            entry = EntryProbe(kind, url)
            result.entries.append(entry)
            if robots is not None and not robots.can_fetch(url, crawl_settings.USER_AGENT):
                entry.note = "disallowed by robots.txt"
                continue
            links = _probe_entry(fetch, source, entry)
            samples += links
            entry.links = len({link.url for link in links})
    if samples:
        result.sample = _probe_sample(fetch, source, max(samples, key=lambda link: link.published or date.min))
    return result


def _probe_entry(fetch: _Fetcher, source: Source, entry: EntryProbe) -> list[Link]:
    response, problem = fetch.get(entry.url)
    if response is None:
        entry.note = problem
        return []
    entry.status = response.status
    if response.status != 200:
        entry.note = f"HTTP {response.status}"
        return []
    try:
        if entry.kind == "sitemap":
            links = _sitemap_links(fetch, response, entry)
        elif entry.kind == "feed":
            links = read_feed(response.content, response.content_type, response.url)
        else:
            links = read_listing(response.content, response.url)
    except DiscoveryError as exc:
        entry.note = str(exc)
        return []
    found = [Link(canonicalize(link.url), link.published, link.title) for link in links
             if is_article_candidate(canonicalize(link.url), source, from_listing=entry.kind == "listing")]
    if not found:
        entry.note = entry.note or "no article links"
    return found


def _sitemap_links(fetch: _Fetcher, response: _Page, entry: EntryProbe) -> list[Link]:
    """A sitemap's article links; for an index, those of its newest child (one more fetch)."""
    sitemap = read_sitemap(_gunzipped(response.content), response.url)
    if sitemap.kind == "urlset":
        return sitemap.links
    if not sitemap.links:
        raise DiscoveryError("empty sitemap index")
    newest = max(sitemap.links, key=lambda link: link.published or date.min)
    entry.note = f"index of {len(sitemap.links)} sitemaps; newest: {newest.url}"
    child, problem = fetch.get(newest.url)
    if child is None or child.status != 200:
        raise DiscoveryError(f"{entry.note}: {problem or f'HTTP {child.status}'}")  # type: ignore[union-attr]
    return read_sitemap(_gunzipped(child.content), child.url).links


def _gunzipped(body: bytes) -> bytes:
    """A .xml.gz sitemap served as a file (no Content-Encoding): its XML, within the size limit."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
            data = handle.read(MAX_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise DiscoveryError(f"broken gzip sitemap: {exc}") from None
    if len(data) > MAX_BYTES:
        raise DiscoveryError(f"gzip sitemap over {MAX_BYTES} bytes uncompressed")
    return data


def _probe_sample(fetch: _Fetcher, source: Source, link: Link) -> EntryProbe:
    from pipeline.extract import ExtractionError, NotAnArticle, extract_article
    from pipeline.records import RawPage

    sample = EntryProbe("sample", link.url)
    response, problem = fetch.get(link.url)
    if response is None:
        sample.note = f"not extracted: {problem}"
        return sample
    sample.status = response.status
    if response.status != 200:
        sample.note = f"not extracted: HTTP {response.status}"
        return sample
    try:
        article = extract_article([RawPage(url=response.url, html=response.content, encoding=response.encoding)],
                                  article_id="probe", url=link.url, source_id=source.id,
                                  source_province=source.province)
    except (NotAnArticle, ExtractionError) as exc:
        sample.note = f"not extracted: {exc}"
        return sample
    day = article.published_date.isoformat() if article.published_date else "no date"
    sample.note = f"title {article.title!r}, {day}, {len(article.text):,} characters of text"
    return sample


def probe_sources(sources: list[Source], *, workers: int = 8) -> list[SourceProbe]:
    """Probe every source (several at a time; one request at a time per source)."""
    headers = {"User-Agent": crawl_settings.USER_AGENT}
    with (httpx.Client(headers=headers, timeout=TIMEOUT, follow_redirects=True) as client,
          ThreadPoolExecutor(max_workers=workers) as pool):
        return list(pool.map(lambda s: probe_source(s, client), sources))


def print_probes(results: list[SourceProbe], stream: IO[str] = sys.stdout) -> None:
    for result in results:
        print(f"{result.source_id}: {result.verdict} ({result.links} article links)", file=stream)
        for entry in [*result.entries, *([result.sample] if result.sample else [])]:
            status = str(entry.status) if entry.status is not None else "---"
            links = f"{entry.links:>5} links" if entry.kind not in ("robots", "sample") else " " * 11
            print(f"  {entry.kind:<8} {status:>3} {links}  {entry.url}" + (f"  ({entry.note})" if entry.note else ""),
                  file=stream)


def mark_sources_file(path: str | Path, results: list[SourceProbe], today: date | None = None) -> Path:
    """Write each probed entry's verdict as a `probe:` line, keeping the file's comments and order."""
    from ruamel.yaml import YAML

    path = Path(path)
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    document = yaml.load(path.read_text(encoding="utf-8"))
    by_id = {r.source_id: r for r in results}
    stamp = (today or date.today()).isoformat()
    for entry in document["sources"]:
        result = by_id.get(entry.get("id"))
        if result is not None:
            failing = [f"{e.kind} {e.note or e.status}" for e in result.entries if e.kind != "robots" and not e.links]
            entry["probe"] = f"{stamp} {result.verdict}: {result.links} article links" + (
                f"; failing: {'; '.join(failing)}" if failing else "") + (
                f"; sample {result.sample.note}" if result.sample else "")
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(document, handle)
    return path
