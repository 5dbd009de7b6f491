"""The publication date and where it came from.

Candidates, each with its source: the page's declared date (JSON-LD ``datePublished``
of the article, then meta tags), the visible date line nearest the headline (so a
site-wide "today" bar is not taken for it), a date in the URL path, and htmldate's
reading of the page. ``choose`` applies the rule documented in the README
(Extraction > Publication dates) and explains a missing date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from lxml import etree

from pipeline.dates import DateMatch, Grammar, find_dates, grammar, jakarta_date, parse_date_match
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
_MAX_DATE_DISTANCE = 150  # elements between headline and a visible date line
_MAX_DATE_LINE_EXTRA = 60  # characters besides the date in a date line ("Oleh X | ..."), not a sentence
_SENTENCE = 80  # characters of a paragraph that is running text, not a date line
_DATELINE_LEAD = 40  # characters of place name a dateline may put before its date
_DATELINE = re.compile(r"\s*(?:\([^)]{0,20}\)\s*)?[-–—:|„“\"«]")
_ZONED_ISO = re.compile(r"\d[T ]\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?\s*(?:Z|[+-]\d\d:?\d\d)\b")

# Where a publication date came from, as stored in articles.date_source (LISTING is set at processing,
# from the day a sitemap, feed or archive listing gave the link).
JSONLD, META, VISIBLE, URL, HTMLDATE, NOT_FOUND = "jsonld", "meta", "visible", "url", "htmldate", "not_found"
LISTING = "listing"


@dataclass(frozen=True)
class Found:
    """One reading of the publication date."""

    value: datetime | date
    source: str
    zone_written: bool = False  # a time whose zone the page states
    distance: int | None = None  # a visible line: elements from the headline
    updated: bool = False  # a visible line labelled as the last update

    @property
    def day(self) -> date:
        """The day as the page prints it (in the value's own offset)."""
        return self.value.date() if isinstance(self.value, datetime) else self.value


def _ld_published(obj: dict | None) -> str | None:
    """An object's datePublished, or (as some CMSs nest the article's fields) that of
    the page object in its mainEntityOfPage."""
    if obj is None:
        return None
    page = obj.get("mainEntityOfPage")
    for value in (obj.get("datePublished"), page.get("datePublished") if isinstance(page, dict) else None):
        if isinstance(value, str):
            return value
    return None


def declared_dates(tree: etree._Element, tags: dict[str, str], article_ld: dict | None,
                   tz: tzinfo, page_ld: dict | None = None) -> list[Found]:
    """The readable publication dates the page declares: the article's JSON-LD first,
    then meta tags, then the JSON-LD of the web page (a blog's SEO plugin dates only that)."""
    raw: list[tuple[str, str]] = []
    if (published := _ld_published(article_ld)) is not None:
        raw.append((published, JSONLD))
    raw += [(tags[k], META) for k in _DATE_META if k in tags]
    raw += [(v, META) for k, v in tags.items() if _DATE_META_KEY.search(k) and not grammar().updated_label.search(k)]
    raw += [(el.get("content") or el.get("datetime") or "", META)
            for el in tree.xpath('//*[@itemprop="datePublished"]')]
    if (published := _ld_published(page_ld)) is not None:
        raw.append((published, JSONLD))
    found = []
    for text, source in raw:
        match = parse_date_match(text, default_tz=tz)
        if match is not None:
            found.append(Found(match.value, source, match.zone_written))
    return found


def element_position(tree: etree._Element, target: etree._Element | None) -> int:
    """Pre-order index of ``target`` under <body> (else of <article>/<main>), else 0."""
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


def visible_date(tree: etree._Element, anchor: int, tz: tzinfo) -> Found | None:
    """The date line nearest the anchor (the headline): after it beats before it, a time
    and a date-ish class help, an "updated" label or class hurts."""
    best: tuple[float, DateMatch, int, bool] | None = None
    body = tree.find("body")
    for pos, el in enumerate(body.iter()):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        offset = pos - anchor
        distance = offset if offset >= 0 else -2 * offset
        if distance > _MAX_DATE_DISTANCE:
            if offset > 0:
                break
            continue
        texts = [(t, own) for t, own in ((el.text, True), (el.tail, False))
                 if t and 6 <= len(t.strip()) <= 150 and any(c.isdigit() for c in t)]
        attribute = el.get("datetime") if el.tag == "time" else None
        if not texts and not attribute:
            continue
        cues = grammar()
        hints = [classes(a) for a in (el, *list(el.iterancestors())[:2])]  # its own first
        dated_class = bool(cues.date_line_class.search(" ".join(hints)))
        values: list[tuple[DateMatch, str]] = []
        printed: set[date] = set()  # days the element's own text shows
        for text, own in texts:
            for m in find_dates(text, default_tz=tz, short_years=dated_class):
                if len(text.strip()) - (m.end - m.start) <= _MAX_DATE_LINE_EXTRA:
                    values.append((m, text[:m.start]))
                    printed |= {_local_day(m.value)} if own else set()
        if attribute:
            match = parse_date_match(attribute, default_tz=tz)
            if match is not None and (not printed or _local_day(match.value) in printed):
                values.append((match, ""))  # the attribute, unless the reader sees another day
        if not values:
            continue
        updated_class = _labelled_updated(hints, cues)
        for match, before in values:
            score = distance - (15 if match.has_time else 0)
            score -= 10 if dated_class else 0
            updated = bool(cues.updated_label.search(before) or updated_class)
            score += 200 if updated else 0
            if best is None or score < best[0]:
                best = (score, match, distance, updated)
    if best is None:
        return None
    _, match, distance, updated = best
    return Found(match.value, VISIBLE, match.zone_written, distance, updated)


def _labelled_updated(hints: list[str], cues: Grammar) -> bool:
    """The nearest element whose classes name a role (``hints``: the element's classes,
    then its parents') says whether this is the last update: its own class first
    ("updated" inside a "posted-on" line is the update)."""
    for hint in hints:
        if cues.updated_label.search(hint):
            return not cues.published_label.search(hint)
        if cues.published_label.search(hint):
            return False
    return False


def htmldate_reading(tree: etree._Element, url: str, *, alone: bool) -> Found | None:
    """htmldate's publication date for the page (a day, no time). When it would be the
    only reading, a day that a sentence of the body names is an event's, not the page's."""
    from htmldate import find_date

    try:
        text = find_date(tree, extensive_search=True, original_date=True, url=url)
    except Exception:
        return None
    if not text or text.endswith("-01-01"):
        return None  # 1 January is how htmldate reads a year alone (a copyright line)
    day = date.fromisoformat(text)
    return None if alone and _in_running_text(tree, day) else Found(day, HTMLDATE)


def _in_running_text(tree: etree._Element, day: date) -> bool:
    """The day is written in a sentence of the body: an event's date, not the page's.
    A dateline opening the paragraph ("27.1.2022 – Bei der ...") is the page's own."""
    for p in tree.find("body").iter("p"):
        text = p.text_content()
        if len(text) >= _SENTENCE and any(day in (jakarta_date(m.value), _local_day(m.value))
                                          and not _is_dateline(text, m) for m in find_dates(text)):
            return True
    return False


def _is_dateline(text: str, match: DateMatch) -> bool:
    """The date opens the paragraph (after at most a place name) and a dash, colon or
    quote follows it: "Berlin, 27.1.2022 – ...", not a date inside a sentence."""
    return match.start <= _DATELINE_LEAD and "." not in text[:match.start] and bool(_DATELINE.match(text[match.end:]))


def _local_day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _page_offset(local: datetime, zoned: datetime) -> datetime | None:
    """``zoned``'s instant in the offset at which it reads as ``local`` (a time the page
    prints without zone), when that offset is a real one: a multiple of 15 minutes
    between UTC-12 and UTC+14."""
    utc = zoned.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    delta = local.replace(tzinfo=None, second=0, microsecond=0) - utc
    if delta % timedelta(minutes=15) or not timedelta(hours=-12) <= delta <= timedelta(hours=14):
        return None
    return zoned.astimezone(timezone(delta))


def zoned_timestamps(tree: etree._Element, tags: dict[str, str], ld_objects: list[dict]) -> list[datetime]:
    """Every timestamp the page writes with its zone (meta tags, JSON-LD, <time>): the
    zones a time printed without one can be matched against."""
    texts = [v for v in tags.values() if len(v) <= 40]
    texts += [v for obj in ld_objects for k, v in obj.items()
              if isinstance(v, str) and "date" in k.lower() and len(v) <= 40]
    texts += [el.get("datetime") for el in tree.iter("time") if el.get("datetime")]
    found = []
    for text in texts:
        if _ZONED_ISO.search(text):
            match = parse_date_match(text)
            if match is not None and match.zone_written and isinstance(match.value, datetime):
                found.append(match.value)
    return found


def _with_written_zone(reading: Found, zoned: list[datetime]) -> Found:
    """A time printed without zone takes the zone of the page's timestamp that shows the
    same time to the minute: a zone written on the page wins over the outlet's."""
    if reading.zone_written or not isinstance(reading.value, datetime):
        return reading
    clock = reading.value.replace(tzinfo=None, second=0, microsecond=0)
    for value in zoned:
        if value.replace(tzinfo=None, second=0, microsecond=0) == clock:
            return replace(reading, value=value, zone_written=True)
    return reading


def _as_printed(declared: Found, visible: Found) -> tuple[Found, Found]:
    """The declared moment and the visible line, when they are one moment, both in the
    offset the page prints it: the line's own zone, or (for a line without zone) the
    offset at which the declared instant reads as the line's time."""
    d, v = declared.value, visible.value
    if not (isinstance(d, datetime) and isinstance(v, datetime)):
        return declared, visible
    if declared.zone_written and visible.zone_written:
        shown = v if abs(d - v) < timedelta(minutes=1) else None
    elif declared.zone_written:
        shown = _page_offset(v, d)
    elif visible.zone_written:
        same_minute = abs(d.replace(tzinfo=None) - v.replace(tzinfo=None)) < timedelta(minutes=1)
        shown = d.replace(tzinfo=v.tzinfo) if same_minute else None
    else:
        shown = None
    if shown is None:
        return declared, visible
    return replace(declared, value=shown, zone_written=True), replace(visible, value=shown, zone_written=True)


def _timed(readings: list[Found], day: date) -> datetime | None:
    """The time of the chosen day: the best-placed reading of that day with a time."""
    return next((r.value for r in readings if isinstance(r.value, datetime) and r.day == day), None)


@dataclass(frozen=True)
class Chosen:
    """The publication date and its source (or why there is none)."""

    value: datetime | date | None
    source: str


def choose(declared: list[Found], visible: Found | None, in_url: date | None,
           second_opinion: Callable[[bool], Found | None], zoned: list[datetime] = ()) -> Chosen:
    """The rule (README, Extraction > Publication dates): each reading gives the day as
    the page prints it; the day most readings agree on wins, a tie going to the
    better-placed reading (declared, visible line, URL, htmldate). htmldate is asked
    only when pantau's own readings disagree or there are none."""
    zoned = [*zoned, *(r.value for r in declared if r.zone_written and isinstance(r.value, datetime))]
    first = _with_written_zone(declared[0], zoned) if declared else None
    visible = _with_written_zone(visible, zoned) if visible else None
    if first is not None and visible is not None:
        first, visible = _as_printed(first, visible)
    readings = [r for r in (first, visible, Found(in_url, URL) if in_url else None) if r is not None]
    if len({r.day for r in readings}) != 1:
        opinion = second_opinion(not readings)
        if opinion is not None:
            readings.append(opinion)
    if not readings:
        return Chosen(None, NOT_FOUND)
    votes = Counter(r.day for r in readings)
    winner = next(r for r in readings if votes[r.day] == max(votes.values()))
    return Chosen(_timed(readings, winner.day) or winner.day, winner.source)
