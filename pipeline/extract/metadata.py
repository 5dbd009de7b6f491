"""What page 1 says about itself: JSON-LD, meta tags, headline, publication date, author."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from urllib.parse import urlsplit

from lxml import etree

from pipeline.dates import url_date
from pipeline.extract.byline import valid_name, visible_author
from pipeline.extract.dom import norm_key
from pipeline.extract.headline import pick_headline
from pipeline.extract.pubdate import (
    Chosen,
    Found,
    choose,
    declared_dates,
    element_position,
    htmldate_reading,
    visible_date,
    zoned_timestamps,
)

# schema.org vocabulary: types that say "this page is one article".
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report)$")
_AUTHOR_META = ("author", "article:author", "og:article:author", "dc.creator", "parsely-author",
                "sailthru.author", "content_author")


@dataclass
class Meta:
    """What page 1 says about itself."""

    title: str | None = None
    headline_el: etree._Element | None = None
    published: datetime | date | None = None
    date_source: str = ""
    date_readings: list[Found] = field(default_factory=list)  # every reading, for inspection
    author: str | None = None
    og_type: str | None = None
    ld_types: set[str] = field(default_factory=set)
    has_article_ld: bool = False


def _is_jsonld(script: etree._Element) -> bool:
    """A JSON-LD block: by its type, or (some CMSs leave the type out) by its start."""
    kind = (script.get("type") or "").lower()
    text = script.text or ""
    return "ld+json" in kind or (not kind and text.lstrip().startswith("{") and '"@context"' in text[:200])


def _lenient_json(raw: str) -> object | None:
    """JSON as CMSs write it: strict, else without trailing commas and // comment lines,
    else the first complete value (a stray closing brace after it)."""
    uncommented = re.sub(r"(?m)(^|(?<=[,{\[]))\s*//.*$", "", raw)
    texts = (raw, re.sub(r",\s*([}\]])", r"\1", raw), re.sub(r",\s*([}\]])", r"\1", uncommented))
    for text in texts:
        try:
            return json.loads(text, strict=False)
        except ValueError:
            continue
    decoder = json.JSONDecoder(strict=False)
    for text in texts:
        try:
            return decoder.raw_decode(text)[0]
        except ValueError:
            continue
    return None


def _jsonld_objects(tree: etree._Element) -> Iterator[dict]:
    """Every JSON object in the page's JSON-LD blocks, @graph and nested lists flattened."""
    for script in tree.iter("script"):
        if not script.text or not _is_jsonld(script):
            continue
        raw = script.text.strip().removeprefix("<!--").removesuffix("-->")
        raw = re.sub(r"^\s*//\s*<!\[CDATA\[|//\s*\]\]>\s*$", "", raw)
        data = _lenient_json(raw)
        if data is None:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                yield item
                # only containers that hold the page's own entity: an ItemList of
                # NewsArticles on a listing page must not make it an article
                for key in ("@graph", "mainEntity"):
                    inner = item.get(key)
                    if isinstance(inner, (list, dict)):
                        stack[:0] = inner if isinstance(inner, list) else [inner]


def _types(obj: dict) -> list[str]:
    t = obj.get("@type")
    names = t if isinstance(t, list) else [t]
    return [n.rsplit("/", 1)[-1] for n in names if isinstance(n, str)]


def _names(value: object) -> list[str]:
    """Author names from a JSON-LD author value (string, object or list of them)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            out.append(html.unescape(name).strip())
    return out


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    """<meta> name/property/itemprop (lower-cased) -> first non-empty content."""
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and key not in tags:
                tags[key] = content
    return tags


def _host_name(url: str) -> str:
    """The outlet's name as its host spells it: "www.kabarlembah.co.id" -> "kabarlembah"."""
    labels = (urlsplit(url).hostname or "").split(".")[:-1]  # without the top-level domain
    while len(labels) > 1 and len(labels[-1]) <= 3:  # "co" of .co.id, "go" of .go.id
        labels.pop()
    name = labels[-1] if labels else ""
    return name if len(name) >= 4 and not name.isdigit() else ""


def _date_anchor(tree: etree._Element, meta: Meta) -> etree._Element | None:
    """Where the date line is looked for: the headline, else a heading that reads as the title."""
    if meta.headline_el is not None or not meta.title:
        return meta.headline_el
    key = norm_key(meta.title)
    for el in tree.find("body").iter("h2", "h3", "h4"):
        if norm_key(el.text_content()) == key:
            return el
    return None


def read_metadata(tree: etree._Element, url: str, tz: tzinfo) -> Meta:
    meta = Meta()
    tags = _meta_tags(tree)
    objects = list(_jsonld_objects(tree))
    article_ld: dict | None = None
    page_ld: dict | None = None
    site_names = {tags.get("og:site_name", ""), tags.get("application-name", "")}
    for obj in objects:
        types = _types(obj)
        meta.ld_types.update(types)
        if any(_ARTICLE_TYPE.search(t) for t in types) and article_ld is None:
            article_ld = obj
        if "WebPage" in types and page_ld is None:
            page_ld = obj
        if any(t in ("WebSite", "Organization", "NewsMediaOrganization") for t in types):
            site_names.update(_names(obj.get("name")))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            site_names.update(_names(publisher.get("name")))
    meta.has_article_ld = article_ld is not None
    meta.og_type = (tags.get("og:type") or "").lower() or None
    site_names.add(_host_name(url))
    site_names.discard("")
    site_keys = {norm_key(n) for n in site_names}

    ld_headline = ""
    if article_ld is not None:
        headline = article_ld.get("headline") or article_ld.get("name")
        ld_headline = html.unescape(headline) if isinstance(headline, str) else ""
    doc_title = tree.findtext(".//title") or ""
    meta.title, meta.headline_el = pick_headline(
        tree, [ld_headline, tags.get("og:title", ""), tags.get("twitter:title", ""), doc_title], site_names)

    declared = declared_dates(tree, tags, article_ld, tz, page_ld)
    visible = visible_date(tree, element_position(tree, _date_anchor(tree, meta)), tz)
    in_url = url_date(url)
    asked: list[Found] = []

    def second_opinion(alone: bool) -> Found | None:
        reading = htmldate_reading(tree, url, alone=alone)
        asked.extend([reading] if reading else [])
        return reading

    chosen: Chosen = choose(declared, visible, in_url, second_opinion, zoned_timestamps(tree, tags, objects))
    meta.published, meta.date_source = chosen.value, chosen.source
    meta.date_readings = [*declared[:1], *(r for r in (visible, *asked) if r is not None)]
    if in_url:
        meta.date_readings.append(Found(in_url, "url"))

    names = _names(article_ld.get("author")) if article_ld is not None else []
    names += [tags[k] for k in _AUTHOR_META if k in tags]
    for name in names:
        valid = valid_name(name, site_keys)
        if valid:
            meta.author = valid
            break
    else:
        meta.author = visible_author(tree, site_keys)
    return meta
