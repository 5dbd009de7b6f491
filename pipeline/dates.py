"""The one date grammar: dates as Indonesian news pages print them.

Extraction reads publication dates with it, analysis reads event dates
(pipeline/nlp/components/event_dates.py takes its vocabulary and shared patterns
from here). Covers the visible forms ("Senin, 19 Desember 2022 19:42 WIB",
"19 Des 2022", "Kamis, 28 November 2024 | 14:05 WITA", "9/11/2023", "(19/12)" given
a reference date) and machine forms (ISO 8601 with or without offset,
"2023/11/09 14:30:03"). The words (month names, weekdays, zones, provinces per zone)
live in patterns/dates.yaml so they can be edited without touching code.

A value with a time is a timezone-aware ``datetime``; a bare day is a ``date``
(no invented midnight). Indonesia has no daylight saving time, so fixed offsets
are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path

import yaml

PATTERNS_FILE = Path(__file__).parent / "patterns" / "dates.yaml"

WIB = timezone(timedelta(hours=7), "WIB")


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a text, with its character span."""

    value: datetime | date
    start: int
    end: int

    @property
    def has_time(self) -> bool:
        return isinstance(self.value, datetime)


def alternation(words: list[str]) -> str:
    """Longest first, so that "januari" wins over "jan"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


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
        abbreviations = [name for names in spec["weekday_abbreviations"].values() for name in names]
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
        # shared pattern sources: alternations of every spelling, longest first
        self.month_names = alternation(list(self.months))
        self.weekday_names = alternation(list(self.weekdays))
        month = rf"(?P<month>{self.month_names})\.?"
        weekday = rf"(?:(?:{alternation([*self.weekdays, *abbreviations])})\.?\s*,?\s*)?"
        day = r"(?<!\d)(?P<day>[0-3]?\d)"
        year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
        prefixes = alternation(spec.get("time_prefixes", []))
        prefix = rf"(?:(?:{prefixes})\.?\s*)?" if prefixes else ""
        time = (
            r"(?:\s*[,|/·•\-–—]?\s*" + prefix
            + r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d))?(?!\d)"
            + rf"(?:\s*(?P<tz>{alternation(list(self.zones))})\b)?)?"
        )
        flags = re.IGNORECASE
        self.textual = [
            re.compile(weekday + day + r"[\s\-]+" + month + r"[\s\-,]+" + year + time, flags),
            re.compile(r"\b" + weekday + month + r"\s+" + day + r",?\s+" + year + time, flags),
        ]
        self.numeric = re.compile(
            weekday + day + r"(?P<sep>[/.\-])(?P<month>[01]?\d)(?P=sep)" + year + time, flags
        )
        self.numeric_ymd = re.compile(
            r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
            + time, flags
        )
        self.short_numeric = re.compile(r"(?<![\d/])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\d/])")
        self.iso = re.compile(
            r"(?<!\d)(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d"
            r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:\s*(?:Z|[+-][0-2]\d(?::?[0-5]\d)?))?)?)(?![\d:])"
        )


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


def _make(
    year: int, month: int, day: int, hour: str | None, minute: str | None,
    second: str | None, zone: str | None, default_tz: tzinfo,
) -> datetime | date | None:
    try:
        if hour is None:
            return date(year, month, day)
        tz = grammar().zones[zone.upper()] if zone else default_tz
        return datetime(year, month, day, int(hour), int(minute or 0), int(second or 0), tzinfo=tz)
    except ValueError:  # 31 February, 25:00 ...
        return None


def _from_iso(text: str, default_tz: tzinfo) -> datetime | date | None:
    text = text.strip().replace(" ", "T", 1).replace(",", ".")
    text = re.sub(r"\s+(?=[+-]\d|Z)", "", text)
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=default_tz)


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
    text: str, *, default_tz: tzinfo = WIB, reference: date | None = None
) -> list[DateMatch]:
    """Every date expression in ``text``, in order, without overlaps.

    Times without a zone word are read in ``default_tz``. Day/month without a
    year ("Senin (19/12)") is only read when a ``reference`` date is given.
    """
    g = grammar()
    found: list[DateMatch] = []
    for pattern in (*g.textual, g.numeric, g.numeric_ymd):
        for m in pattern.finditer(text):
            month = m.group("month")
            month_no = int(month) if month.isdigit() else g.months[month.lower()]
            value = _make(int(m.group("year")), month_no, int(m.group("day")), m.group("hour"),
                          m.group("minute"), m.group("second"), m.group("tz"), default_tz)
            if value is not None:
                found.append(DateMatch(value, m.start(), m.end()))
    for m in g.iso.finditer(text):
        value = _from_iso(m.group("iso"), default_tz)
        if value is not None:
            found.append(DateMatch(value, m.start(), m.end()))
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
    """Parse one date expression: ISO 8601, or the first Indonesian/English date in ``text``."""
    text = text.strip()
    if not text:
        return None
    if grammar().iso.fullmatch(text):
        return _from_iso(text, default_tz)
    matches = find_dates(text, default_tz=default_tz, reference=reference)
    return matches[0].value if matches else None
