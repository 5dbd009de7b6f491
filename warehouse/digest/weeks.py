"""ISO weeks as the digest names them ('2023-W45'), counted in Asia/Jakarta."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")
_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})")


class WeekError(ValueError):
    """A --week value that is not an ISO week."""


@dataclass(frozen=True, order=True)
class Week:
    """One ISO week, Monday to Sunday."""

    start: date

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def label(self) -> str:
        year, number, _ = self.start.isocalendar()
        return f"{year}-W{number:02d}"

    def shift(self, weeks: int) -> Week:
        return Week(self.start + timedelta(weeks=weeks))

    def __str__(self) -> str:
        return self.label


def parse_week(text: str) -> Week:
    """'2023-W45' (or '2023W45') -> that week; anything else, or W53 of a 52-week year, is refused."""
    match = _WEEK.fullmatch(text.strip().upper())
    if not match:
        raise WeekError(f"--week expects an ISO week such as 2023-W45, got {text!r}")
    try:
        return Week(date.fromisocalendar(int(match[1]), int(match[2]), 1))
    except ValueError:
        raise WeekError(f"{text!r} is not a week of {match[1]}") from None


def week_of(day: date) -> Week:
    return Week(day - timedelta(days=day.weekday()))


def jakarta_today() -> date:
    """Today in Asia/Jakarta, the calendar every date of the product is counted in."""
    return datetime.now(JAKARTA).date()


def last_full_week(now: datetime | None = None) -> Week:
    """The most recent Monday-to-Sunday week that has ended in Jakarta (the digest's default)."""
    today = (now or datetime.now(JAKARTA)).astimezone(JAKARTA).date()
    return week_of(today).shift(-1)
