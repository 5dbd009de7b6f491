"""The publication date, in the order sites are most reliable: JSON-LD, meta tags, the
visible date line nearest the headline (so a site-wide "today" bar is not taken for
it), then a date in the URL path."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from urllib.parse import urlsplit

from lxml import etree

from pipeline.dates import find_dates, parse_date
from pipeline.extract.dom import SKIP_TAGS, classes

# <meta name|property|itemprop> holding the publication date, most specific first;
# then any other key that says "publish date" (e.g. a CMS prefix "dtk:publishdate").
_DATE_META = (
    "article:published_time", "og:article:published_time", "article:published",
    "og:published_time", "datepublished", "date_published", "publishdate", "publish-date",
    "publish_date", "published_date", "pubdate", "article.published", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.created", "dc.date.created", "sailthru.date",
    "parsely-pub-date", "content_publisheddate", "publication_date", "date",
)
_DATE_META_KEY = re.compile(r"publish(?:ed)?[_:.-]?(?:date|time)|pubdate|datepublished", re.I)
_DATE_CLASS = re.compile(r"date|time|tanggal|tgl|waktu|publish|posted|meta", re.I)
_MODIFIED = re.compile(r"diperbarui|diperbaharui|update|diubah|modified|revisi", re.I)
_PUBLISHED_CLASS = re.compile(r"publish|posted|terbit", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)")
_MAX_DATE_DISTANCE = 150  # elements between headline and a visible date line
_MAX_DATE_LINE_EXTRA = 60  # characters besides the date in a date line ("Oleh X | ..."), not a sentence


def metadata_date(tree: etree._Element, tags: dict[str, str], article_ld: dict | None,
                  tz: tzinfo) -> datetime | date | None:
    """The first readable publication date of JSON-LD, meta tags or itemprop."""
    raw_dates = []
    if article_ld is not None and isinstance(article_ld.get("datePublished"), str):
        raw_dates.append(article_ld["datePublished"])
    raw_dates += [tags[k] for k in _DATE_META if k in tags]
    raw_dates += [v for k, v in tags.items() if _DATE_META_KEY.search(k) and not _MODIFIED.search(k)]
    raw_dates += [el.get("content") or el.get("datetime") or ""
                  for el in tree.xpath('//*[@itemprop="datePublished"]')]
    for raw in raw_dates:
        value = parse_date(raw, default_tz=tz)
        if value is not None:
            return value
    return None


def url_date(url: str) -> date | None:
    """A /2024/03/04/ date in the URL path."""
    m = _URL_DATE.search(urlsplit(url).path)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def element_position(tree: etree._Element, target: etree._Element | None) -> int:
    """Pre-order index of the headline under <body> (or of <article>/<main>), else 0."""
    body = tree.find("body")
    if target is None:
        target = next(iter(body.iter("article")), None)
    if target is None:
        target = next(iter(body.iter("main")), None)
    if target is None:
        return 0
    for pos, el in enumerate(body.iter()):
        if el is target:
            return pos
    return 0


@dataclass
class _DateCandidate:
    value: datetime | date
    score: float


def visible_date(tree: etree._Element, anchor: int, tz: tzinfo) -> datetime | date | None:
    """The date line nearest the headline: after it beats before it, a time and a
    date-ish class help, an "updated" label or class hurts."""
    best: _DateCandidate | None = None
    body = tree.find("body")
    for pos, el in enumerate(body.iter()):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        values: list[tuple[datetime | date, str]] = []
        if el.tag == "time" and el.get("datetime"):
            value = parse_date(el.get("datetime"), default_tz=tz)
            if value is not None:
                values.append((value, ""))
        for text in (el.text, el.tail):
            if not text or not 6 <= len(text.strip()) <= 150 or not any(c.isdigit() for c in text):
                continue
            for m in find_dates(text, default_tz=tz):
                if len(text.strip()) - (m.end - m.start) <= _MAX_DATE_LINE_EXTRA:
                    values.append((m.value, text[:m.start]))
        if not values:
            continue
        offset = pos - anchor
        distance = offset if offset >= 0 else -2 * offset
        if distance > _MAX_DATE_DISTANCE:
            continue
        hint = " ".join(classes(a) for a in (el, *list(el.iterancestors())[:2]))
        for value, before in values:
            score = distance - (15 if isinstance(value, datetime) else 0)
            score -= 10 if _DATE_CLASS.search(hint) else 0
            if _MODIFIED.search(before) or (_MODIFIED.search(hint) and not _PUBLISHED_CLASS.search(hint)):
                score += 200
            if best is None or score < best.score:
                best = _DateCandidate(value, score)
    return best.value if best else None
