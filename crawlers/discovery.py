"""Reading the pages that lead to articles: sitemaps, feeds and listings.

Pure functions over bytes, shared by the spider and by `pantau sources --probe`, so
the probe sees exactly what a crawl would see. Each link carries the date its entry
point gives (sitemap `lastmod`, Google News `publication_date`, a feed item's date),
which lets a crawl skip old entries before fetching them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from io import BytesIO
from urllib.parse import urljoin

import feedparser
import lxml.etree
import lxml.html

WIB = timezone(timedelta(hours=7))


class DiscoveryError(ValueError):
    """An entry point that cannot be read; the message says why, in a few words."""


@dataclass(frozen=True)
class Link:
    """A link found on an entry point, with what the entry point says about it."""

    url: str
    published: date | None = None  # the day in Jakarta the entry point dates it to
    title: str | None = None  # feed item title, news:title or anchor text
    rel: str = ""  # the anchor's rel attribute (listings)
    summary: str | None = None  # feed item description, news:keywords, or an anchor's title attribute
    modified: bool = False  # `published` is a sitemap lastmod: the link changed then, and was published before


@dataclass(frozen=True)
class SitemapPage:
    kind: str  # "urlset" or "sitemapindex"
    links: list[Link]  # article links, or child sitemaps dated by their lastmod


def entry_date(text: str | None) -> date | None:
    """The Jakarta day of a sitemap/feed date (W3C datetime or RFC 822); None when unreadable."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return _leading_iso_day(text)
    if value.tzinfo is None:
        return value.date()
    return value.astimezone(WIB).date()


def _leading_iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_sitemap(body: bytes, base_url: str) -> SitemapPage:
    """Entries of a sitemap or sitemap index, in document order.

    Truncated XML yields its complete entries; anything that is not a sitemap raises.
    """
    if not body.strip():
        raise DiscoveryError("empty sitemap")
    events = lxml.etree.iterparse(
        BytesIO(body), events=("start", "end"), recover=True, remove_comments=True, resolve_entities=False,
        huge_tree=True, remove_pis=True,
    )
    try:
        _, root = next(events)
    except (StopIteration, lxml.etree.XMLSyntaxError) as exc:
        raise DiscoveryError(f"not XML: {exc}") from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise DiscoveryError(f"not a sitemap (root element {kind!r})")
    links: list[Link] = []
    try:
        for event, el in events:
            if event != "end" or _local(el.tag) not in ("url", "sitemap"):
                continue
            link = _sitemap_entry(el, base_url)
            if link is not None:
                links.append(link)
            el.clear()
    except lxml.etree.XMLSyntaxError:
        pass  # truncated: keep what was complete
    return SitemapPage(kind, links)


def _sitemap_entry(el: lxml.etree._Element, base_url: str) -> Link | None:
    loc = lastmod = published = title = keywords = None
    for child in el.iter():
        name = _local(child.tag)
        text = (child.text or "").strip()
        if name == "loc" and loc is None:
            loc = text
        elif name == "lastmod":
            lastmod = text
        elif name == "publication_date":
            published = text
        elif name == "title" and _local(child.getparent().tag) == "news":
            title = text
        elif name == "keywords" and _local(child.getparent().tag) == "news":
            keywords = text
    if not loc:
        return None
    day = entry_date(published)
    return Link(urljoin(base_url, loc), day or entry_date(lastmod), title or None, summary=keywords or None,
                modified=day is None and entry_date(lastmod) is not None)


def read_feed(body: bytes, content_type: str, base_url: str) -> list[Link]:
    """Items of an RSS 2.0 or Atom feed; a truncated feed yields its complete items."""
    feed = feedparser.parse(body, response_headers={"content-type": content_type})
    if not feed.entries:
        raise DiscoveryError(f"feed unreadable: {feed.bozo_exception}" if feed.bozo else "feed has no entries")
    links = []
    for entry in feed.entries:
        candidates = [entry.get("link")] + [
            alt.get("href") for alt in entry.get("links", []) if alt.get("rel") == "alternate"
        ]
        url = next((c for c in candidates if c), None)
        if not url:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime(*stamp[:6], tzinfo=UTC).astimezone(WIB).date() if stamp else None
        links.append(Link(urljoin(base_url, url), published, (entry.get("title") or "").strip() or None,
                          summary=_plain(entry.get("summary"))))
    return links


def _plain(markup: str | None) -> str | None:
    """The text of a feed item's HTML description, on one line."""
    if not markup or not markup.strip():
        return None
    try:
        text = lxml.html.fromstring(markup).text_content()
    except (lxml.etree.ParserError, ValueError):
        return None
    return " ".join(text.split()) or None


def read_listing(body: bytes | str, base_url: str) -> list[Link]:
    """Every anchor of an HTML page, absolute, with its text and rel (pagination is the caller's)."""
    try:
        tree = lxml.html.fromstring(body)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise DiscoveryError(f"listing is not HTML: {exc}") from None
    links = [
        Link(urljoin(base_url, href.strip()), None, " ".join(a.text_content().split()) or None,
             (a.get("rel") or "").lower(), " ".join((a.get("title") or "").split()) or None)
        for a in tree.iter("a") if (href := a.get("href")) and not href.strip().startswith(("#", "javascript:", "mailto:"))
    ]
    links += [Link(urljoin(base_url, el.get("href", "").strip()), rel="next")
              for el in tree.iter("link") if "next" in (el.get("rel") or "").lower().split() and el.get("href")]
    return links


def iter_children(page: SitemapPage) -> Iterator[Link]:
    """A sitemap index's children, newest first (undated last)."""
    yield from sorted(page.links, key=lambda link: link.published or date.min, reverse=True)
