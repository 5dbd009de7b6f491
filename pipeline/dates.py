"""The one date grammar: dates as news pages print them.

Extraction reads publication dates with it, analysis reads event dates
(pipeline/nlp/components/event_dates.py takes its vocabulary and shared patterns
from here). Covers the visible forms ("Senin, 19 Desember 2022 19:42 WIB",
"19 Des 2022", "Kamis, 28 November 2024 | 14:05 WITA", "9/11/2023", "20. Februar 2019",
"Nov. 8, 2023 10:28 pm EST", "(19/12)" given a reference date) and machine forms
(ISO 8601 with or without offset, "2023/11/09 14:30:03", "Wed, 20 Feb 2019 17:19:53 GMT").
The words (month names, weekdays, zones, provinces per zone) live in
patterns/dates.yaml so they can be edited without touching code.

A value with a time is a timezone-aware ``datetime``; a bare day is a ``date``
(no invented midnight). A zone written on the page (a zone word, "Z", "+07:00",
"GMT+7") always wins; only a time without one is read in the caller's default zone.
Indonesia has no daylight saving time, so fixed offsets are exact there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

PATTERNS_FILE = Path(__file__).parent / "patterns" / "dates.yaml"

# /2024/03/04/, /2024-03-04/, /20240304/, and a two-digit year /16/02/15/ (yy/mm/dd)
_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:[/_.-]|$)"),
    re.compile(r"[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/_.-]|$)"),
    re.compile(r"/(\d\d)/([01]\d)/([0-3]\d)/"),
)
# /2020/10/ before a slug, as WordPress files its posts: the month, with no day
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/")

WIB = timezone(timedelta(hours=7), "WIB")
# Every full date has a four-digit year, or a two-digit year right before a time.
_MAY_HOLD_A_DATE = re.compile(r"(?:19|20)\d\d|[/.\-\w]\.?\s*'?\d\d\s*[,|/·•\-–—]?\s*\d{1,2}[:.][0-5]\d")


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a text, with its character span."""

    value: datetime | date
    start: int
    end: int
    zone_written: bool = False  # the text gave the time's zone (word or offset)

    @property
    def has_time(self) -> bool:
        return isinstance(self.value, datetime)


def alternation(words: list[str]) -> str:
    """Longest first, so that "januari" wins over "jan"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def first_letters(words: Iterable[str]) -> str:
    """The letters ``words`` start with, escaped for a character class: a pattern opening with a test of them is
    given up at most positions of a text at once, where one opening with an assertion or a group is entered there."""
    return "".join(sorted({re.escape(w[0]) for w in words}))


def _offset(sign: str, hours: str, minutes: str | None) -> timedelta:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return -delta if sign in "-−" else delta


class Grammar:
    """dates.yaml, compiled once: the vocabulary and the patterns built from it."""

    def __init__(self, spec: dict) -> None:
        self.version = str(spec["version"])
        self.months: dict[str, int] = {
            name.lower(): int(num) for num, names in spec["months"].items() for name in names
        }
        self.weekdays: dict[str, int] = {  # full names only
            name.lower(): int(num) for num, names in spec["weekdays"].items() for name in names
        }
        abbreviations = [name for names in spec["date_line_weekdays"].values() for name in names]
        self.zones: dict[str, tzinfo] = {
            name.upper(): timezone(timedelta(hours=hours), name.upper())
            for name, hours in spec["timezones"].items()
        }
        self.province_zones: dict[str, tzinfo] = {
            prov.lower(): self.zones[zone.upper()]
            for zone, provs in spec.get("province_timezones", {}).items()
            for prov in provs
        }
        self.event: dict = spec["event"]
        lines = spec["date_lines"]
        self.date_line_class = re.compile(alternation(lines["class_words"]), re.I)
        self.updated_label = re.compile(alternation(lines["updated_words"]), re.I)
        self.published_label = re.compile(alternation(lines["published_words"]), re.I)
        self.two_digit_pivot = int(spec["two_digit_years"]["pivot"])
        # shared pattern sources: alternations of every spelling, longest first
        self.month_names = alternation(list(self.months))
        self.weekday_names = alternation(list(self.weekdays))
        month = rf"(?P<month>{self.month_names})\.?"
        weekday = rf"(?:(?:{alternation([*self.weekdays, *abbreviations])})\.?\s*,?\s*)?"
        day = r"(?<![\d.])(?P<day>[0-3]?\d)"
        year4 = r"(?P<year>(?:19|20)\d\d)(?!\d)"
        year2 = r"(?P<year>'?\d\d)(?![\d/.\-])"  # read only when a time follows ("15 Feb 16 16:15")
        prefixes = alternation(spec.get("time_prefixes", []))
        prefix = rf"(?:(?:{prefixes})\.?\s*)?" if prefixes else ""
        zone_words = alternation(list(self.zones))
        # a zone written after a time: a zone word (optionally with an offset, "GMT+7"),
        # a numeric offset ("+07:00", "-0500") or "Z"; optionally in brackets
        zone = (
            rf"(?:\s*\(?\s*(?:(?P<tz>{zone_words})(?:\s*(?P<tzsign>[+\-−])\s*(?P<tzh>\d{{1,2}})(?::?(?P<tzm>\d\d))?)?"
            r"|(?P<sign>[+\-−])(?P<oh>[01]\d):?(?P<om>[0-5]\d)|(?P<z>Z))\b\)?)?"
        )
        ampm = r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
        time = (
            r"(?:\s*(?:[,|/·•\-–—]|\b(?:at|um|à)\b)?\s*" + prefix
            + r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d))?(?!\d)"
            + ampm + r"(?:\s*(?:uhr|h)\b\.?)?" + zone + ")"
        )
        flags = re.IGNORECASE
        ordinal = r"(?:st|nd|rd|th)?"

        def day_first(year: str, tail: str) -> re.Pattern[str]:
            return re.compile(weekday + day + r"\.?" + ordinal + r"[\s\-]+" + month + r"[\s\-,]+" + year + tail, flags)

        def month_first(year: str, tail: str) -> re.Pattern[str]:
            return re.compile(r"\b" + weekday + month + r"\s+" + day + ordinal + r",?\s+" + year + tail, flags)

        def numeric(year: str, tail: str) -> re.Pattern[str]:
            return re.compile(weekday + day + r"(?P<sep>[/.\-])(?P<month>[01]?\d)(?P=sep)" + year + tail, flags)

        self.written = [  # patterns whose month is a name or a number in day-month-year order
            day_first(year4, f"(?:{time})?"), month_first(year4, f"(?:{time})?"), numeric(year4, f"(?:{time})?"),
            day_first(year2, time), month_first(year2, time), numeric(year2, time),
        ]
        self.numeric_short_year = numeric(year2, "")  # "30.10.23": only where a date line is known
        self.numeric_ymd = re.compile(
            r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
            + f"(?:{time})?", flags
        )
        self.short_numeric = re.compile(r"(?<![\d/])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\d/])")
        self.iso = re.compile(
            r"(?<!\d)(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d"
            r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:\s*(?:Z|[+-][0-2]\d(?::?[0-5]\d)?))?)?)(?![\d:])"
            + rf"(?:\s*\(?(?P<tz>{zone_words})\b\)?)?"
        )

    def year(self, text: str) -> int:
        """A written year; two digits are 20yy up to the pivot, else 19yy."""
        digits = text.lstrip("'")
        if len(digits) == 4:
            return int(digits)
        return (2000 if int(digits) <= self.two_digit_pivot else 1900) + int(digits)

    def zone(self, m: re.Match[str]) -> tzinfo | None:
        """The zone written after a matched time, or None."""
        groups = m.groupdict()
        if groups.get("z"):
            return UTC
        if groups.get("sign"):
            return timezone(_offset(groups["sign"], groups["oh"], groups["om"]))
        word = groups.get("tz")
        if not word:
            return None
        base = self.zones[word.upper()]
        if groups.get("tzsign"):
            return timezone(base.utcoffset(None) + _offset(groups["tzsign"], groups["tzh"], groups.get("tzm")))
        return base


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The grammar of patterns/dates.yaml, read once per process."""
    with PATTERNS_FILE.open(encoding="utf-8") as fh:
        return Grammar(yaml.safe_load(fh))


def timezone_for_province(province: str | None) -> tzinfo:
    """The zone an outlet of this province prints its times in (WIB unless listed)."""
    if not province:
        return WIB
    key = re.sub(r"^provinsi\s+", "", province.strip().lower())
    return grammar().province_zones.get(key, WIB)


def jakarta_date(value: datetime | date) -> date:
    """The calendar date in WIB, the convention for publication dates."""
    if isinstance(value, datetime):
        return value.astimezone(WIB).date()
    return value


def _hour(hour: str, ampm: str | None) -> int:
    value = int(hour)
    if ampm and ampm.lower() == "p" and value < 12:
        return value + 12
    if ampm and ampm.lower() == "a" and value == 12:
        return 0
    return value


def _from_match(m: re.Match[str], month_no: int, default_tz: tzinfo) -> DateMatch | None:
    g = grammar()
    try:
        day = date(g.year(m.group("year")), month_no, int(m.group("day")))
    except ValueError:  # 31 February ...
        return None
    if m.groupdict().get("hour") is None:
        return DateMatch(day, m.start(), m.end())
    if m.group("ampm") and int(m.group("hour")) > 12:
        return None
    zone = g.zone(m)
    try:
        value = datetime(day.year, day.month, day.day, _hour(m.group("hour"), m.group("ampm")),
                         int(m.group("minute")), int(m.group("second") or 0), tzinfo=zone or default_tz)
    except ValueError:  # 25:00 ...
        return None
    return DateMatch(value, m.start(), m.end(), zone_written=zone is not None)


def _from_iso(text: str, default_tz: tzinfo, zone_word: str | None = None) -> tuple[datetime | date, bool] | None:
    """An ISO 8601 value and whether its zone was written."""
    text = text.strip().replace(" ", "T", 1).replace(",", ".")
    text = re.sub(r"\s+(?=[+-]\d|Z)", "", text)
    try:
        if len(text) == 10:
            return date.fromisoformat(text), False
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo:
        return value, True
    if zone_word:
        return value.replace(tzinfo=grammar().zones[zone_word.upper()]), True
    return value.replace(tzinfo=default_tz), False


def _nearest_year(day: int, month: int, reference: date) -> date | None:
    """A day/month without year: the year that puts it closest to the reference."""
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs(d - reference), default=None)


def find_dates(
    text: str, *, default_tz: tzinfo = WIB, reference: date | None = None, short_years: bool = False
) -> list[DateMatch]:
    """Every date expression in ``text``, in order, without overlaps.

    Times without a written zone are read in ``default_tz``. Day/month without a
    year ("Senin (19/12)") is only read when a ``reference`` date is given. A numeric
    date with a two-digit year and no time ("30.10.23") is read only with ``short_years``,
    for text known to be a date line (elsewhere it may be a version or a score).
    """
    g = grammar()
    if reference is None and not short_years and not _MAY_HOLD_A_DATE.search(text):
        return []
    found: list[DateMatch] = []
    patterns = (*g.written, g.numeric_ymd, *([g.numeric_short_year] if short_years else []))
    for pattern in patterns:
        for m in pattern.finditer(text):
            month = m.group("month")
            month_no = int(month) if month.isdigit() else g.months[month.lower().rstrip(".")]
            match = _from_match(m, month_no, default_tz)
            if match is not None:
                found.append(match)
    for m in g.iso.finditer(text):
        parsed = _from_iso(m.group("iso"), default_tz, m.group("tz"))
        if parsed is not None:
            found.append(DateMatch(parsed[0], m.start(), m.end(), zone_written=parsed[1]))
    if reference is not None:
        for m in g.short_numeric.finditer(text):
            value = _nearest_year(int(m.group("day")), int(m.group("month")), reference)
            if value is not None:
                found.append(DateMatch(value, m.start(), m.end()))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMatch] = []
    for match in found:
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def parse_date(
    text: str, *, default_tz: tzinfo = WIB, reference: date | None = None
) -> datetime | date | None:
    """Parse one date expression: ISO 8601, or the first date written in ``text``."""
    match = parse_date_match(text, default_tz=default_tz, reference=reference)
    return match.value if match else None


def parse_date_match(
    text: str, *, default_tz: tzinfo = WIB, reference: date | None = None
) -> DateMatch | None:
    """Like parse_date, with whether the zone was written."""
    text = text.strip()
    if not text:
        return None
    m = grammar().iso.fullmatch(text)
    if m:
        parsed = _from_iso(m.group("iso"), default_tz, m.group("tz"))
        return DateMatch(parsed[0], 0, len(text), zone_written=parsed[1]) if parsed else None
    matches = find_dates(text, default_tz=default_tz, reference=reference)
    return matches[0] if matches else None


def url_date(url: str) -> date | None:
    """A date in the URL path: /2024/03/04/, /2024-03-04/, /20240304/ or /16/02/15/."""
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            try:
                return date(grammar().year(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def url_month(url: str) -> date | None:
    """The first day of a month in the URL path (/2020/10/), for what only needs a story's month."""
    m = _URL_MONTH.search(urlsplit(url).path)
    return date(int(m.group(1)), int(m.group(2)), 1) if m else None
