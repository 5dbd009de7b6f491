"""Archive URL shapes: templates over dates and search terms, and the dates archive URLs carry.

An outlet's archive is reached through URLs that name a day, a month or a search
term. The sources file writes them as templates; this module expands a template for
every period of a backfill window, and reads the period a sitemap's name gives
(`sitemap-2024-02.xml`, `/sitemap/2024/02/14.xml`), so old children are never fetched.

Placeholders:
  {date:FMT}  the first day of the period, FMT made of %Y %y %m %-m %d %-d %j (default %Y-%m-%d)
  {end:FMT}   the last day of the same period
  {query}     a search term, URL-encoded
  {slug}      the same term as a lower-case hyphenated slug (tag pages)
The period is the finest unit the {date} codes name: a day (%d, %-d, %j), a month (%m, %-m),
or a year (%Y, %y); {end} may name a finer unit (`?from={date:%Y-%m}-01&to={end:%Y-%m-%d}` is
monthly). A value in the query string is percent-encoded whole (`02%2F14%2F2024`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote, quote_plus, urlsplit

_PLACEHOLDER = re.compile(r"\{([a-z]+)(?::([^{}]*))?\}")
_CODE = re.compile(r"%(-?[A-Za-z%])")
_CODES = {"Y": "year", "y": "year", "m": "month", "-m": "month", "d": "day", "-d": "day", "j": "day", "%": None}
_UNITS = ("day", "month", "year")  # finest first
DEFAULT_DATE_FORMAT = "%Y-%m-%d"


class TemplateError(ValueError):
    """A template that cannot be expanded; the message says which part is wrong."""


@dataclass(frozen=True)
class Template:
    """A parsed archive URL template."""

    text: str
    unit: str | None  # day | month | year; None when the template names no date
    terms: bool  # it takes a search term ({query} or {slug})

    def render(self, start: date | None = None, term: str | None = None) -> str:
        """The URL for the period starting at `start` (and the search term, if the template takes one)."""
        end = period_end(start, self.unit) if start is not None and self.unit else None
        query_at = self.text.find("?")

        def value(match: re.Match[str]) -> str:
            name, fmt = match.group(1), match.group(2)
            if name in ("date", "end"):
                text = format_day(start if name == "date" else end, fmt or DEFAULT_DATE_FORMAT)  # type: ignore[arg-type]
            elif name == "slug":
                text = slugify(term or "")
            else:
                text = term or ""
            in_query = 0 <= query_at < match.start()
            if name == "query":
                return quote_plus(text) if in_query else quote(text, safe="")
            return quote(text, safe="" if in_query else "/")

        return _PLACEHOLDER.sub(value, self.text)


def parse_template(text: str) -> Template:
    """Check a template's placeholders and date codes; raise TemplateError naming the first problem."""
    units: list[str] = []
    terms = False
    for match in _PLACEHOLDER.finditer(text):
        name, fmt = match.group(1), match.group(2)
        if name in ("query", "slug"):
            if fmt is not None:
                raise TemplateError(f"{{{name}}} takes no format, got {match.group(0)!r}")
            terms = True
        elif name in ("date", "end"):
            codes = _CODE.findall(fmt or DEFAULT_DATE_FORMAT)
            if not codes or set(codes) == {"%"}:
                raise TemplateError(f"{match.group(0)!r} names no date part (use %Y, %m, %d ...)")
            for code in codes:
                if code not in _CODES:
                    raise TemplateError(f"unsupported date code %{code} in {match.group(0)!r} "
                                        "(use %Y %y %m %-m %d %-d %j)")
                if _CODES[code] and name == "date":
                    units.append(_CODES[code])
        else:
            raise TemplateError(f"unknown placeholder {match.group(0)!r} (use {{date:...}}, {{end:...}}, "
                                "{query} or {slug})")
    if "{end" in text and "{date" not in text:
        raise TemplateError(f"{text!r} has {{end:...}} without {{date:...}}, which names the period")
    leftover = _PLACEHOLDER.sub("", text)
    if "{" in leftover or "}" in leftover:
        raise TemplateError(f"unbalanced braces in {text!r}")
    unit = next((u for u in _UNITS if u in units), None)
    return Template(text, unit, terms)


def format_day(day: date, fmt: str) -> str:
    """strftime for the codes templates allow, with %-m and %-d (no leading zero) on every platform."""
    values = {"Y": f"{day.year:04d}", "y": f"{day.year % 100:02d}", "m": f"{day.month:02d}", "-m": str(day.month),
              "d": f"{day.day:02d}", "-d": str(day.day), "j": f"{day.timetuple().tm_yday:03d}", "%": "%"}
    return _CODE.sub(lambda m: values[m.group(1)], fmt)


def slugify(term: str) -> str:
    """'Netralitas ASN' -> 'netralitas-asn', as tag pages name their topics."""
    return "-".join(re.findall(r"[a-z0-9]+", term.lower()))


def period_start(day: date, unit: str) -> date:
    if unit == "day":
        return day
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def period_end(start: date, unit: str | None) -> date:
    if unit == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if unit == "year":
        return start.replace(month=12, day=31)
    return start


def periods(since: date, until: date, unit: str) -> Iterator[tuple[date, date]]:
    """Every period of `unit` that overlaps since..until, oldest first, as (first day, last day)."""
    start = period_start(since, unit)
    while start <= until:
        end = period_end(start, unit)
        yield start, end
        start = end + timedelta(days=1)


_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_.](0[1-9]|1[0-2])(?![\d])")
_YEAR = re.compile(r"(?<![\d])((?:19|20)\d\d)(?=[-/_.]|$)(?!\d)")


def period_in_url(url: str) -> tuple[date, date] | None:
    """The period a sitemap's URL names (sitemap-2024-02-14.xml, /2024/02/, ?date=2024-02), or None.

    A day wins over a month, a month over a year; numbers that are no plausible date
    (ids, page numbers) give None.
    """
    parts = urlsplit(url)
    text = parts.path + ("?" + parts.query if parts.query else "")
    if m := _DAY.search(text):
        try:
            day = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            return None
        return day, day
    if m := _MONTH.search(text):
        start = date(int(m.group(1)), int(m.group(2)), 1)
        return start, period_end(start, "month")
    if m := _YEAR.search(text.rsplit("/", 1)[-1] if "/" in parts.path else text):
        start = date(int(m.group(1)), 1, 1)
        return start, period_end(start, "year")
    return None
