"""Day-precise event dates in the body, normalised against the publication date.

Forms: "Senin (19/12/2022)", "Kamis (9/11)", "17 November 2023", "17 November", "kemarin",
and a bare weekday ("di Jakarta, Selasa.") taken as the nearest such day on or before
publication. A month alone ("akhir Oktober 2023") is not a date.

Month and weekday names come from the one date grammar (pipeline.dates), which
extraction shares; the forms above and the words of its `event` section are this
component's own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.dates import alternation, grammar

from ..extensions import register

YEAR_SPAN = 1  # a year-less date lies within a year of publication


class EventDates:
    def __init__(self) -> None:
        register()
        words = grammar()
        data = words.event
        self.months: dict[str, int] = words.months
        self.weekdays: dict[str, int] = words.weekdays
        self.relative: dict[str, int] = data["relative"]
        self.before = set(data["before_words"])
        self.after = set(data["after_words"])
        self.recurring = re.compile(r"\b(?:" + "|".join(map(re.escape, data["recurring"])) + r")\s+(?:hari\s+)?$", re.I)
        wd, mo, rel = words.weekday_names, words.month_names, alternation(list(self.relative))
        lead = "|".join(re.escape(w) for w in data["weekday_lead"] if w.isalpha())
        self.paren = re.compile(
            rf"\b(?P<wd>{wd})\s*,?\s*\(\s*(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)", re.I)
        self.named = re.compile(
            rf"(?:\b(?:{wd})\s*,?\s*)?(?<![\w/])(?P<d1>\d{{1,2}})(?:\s*(?:[-–]|hingga|sampai|dan)\s*(?P<d2>\d{{1,2}}))?\s+(?P<m>{mo})\.?"
            rf"(?:\s+(?P<y>\d{{4}}))?(?![\w])", re.I)
        self.numeric = re.compile(r"(?<![\w./-])(?P<d1>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\w/])")
        self.bare = re.compile(
            rf"(?:(?<=,)|(?<=\()|\b(?:{lead}))\s*(?P<wd>{wd})\b(?!\s*,?\s*\(?\s*\d)(?:\s+(?P<mod>\w+))?", re.I)
        self.rel = re.compile(rf"\b(?P<rel>{rel})\b", re.I)

    def __call__(self, doc: Doc) -> Doc:
        pub: date | None = doc._.published
        text = doc.text
        found: list[tuple[int, int, date]] = []
        taken: list[tuple[int, int]] = []
        for m in self.paren.finditer(text):
            for d in self._days(m, pub, weekday=self.weekdays.get(m["wd"].lower())):
                found.append((m.start(), m.end(), d))
            taken.append(m.span())
        for rx in (self.named, self.numeric):
            for m in rx.finditer(text):
                if _overlaps(m.span(), taken):
                    continue
                for d in self._days(m, pub):
                    found.append((m.start(), m.end(), d))
                taken.append(m.span())
        if pub is not None:
            for m in self.bare.finditer(text):
                if _overlaps(m.span(), taken) or not m["wd"][0].isupper() or \
                        self.recurring.search(text, max(0, m.start("wd") - 20), m.start("wd")):
                    continue
                d = self._weekday(self.weekdays[m["wd"].lower()], pub, (m["mod"] or "").lower())
                found.append((m.start("wd"), m.end("wd"), d))
                taken.append(m.span())  # "Jumat kemarin" is one date, not also "kemarin"
            for m in self.rel.finditer(text):
                if not _overlaps(m.span(), taken):
                    found.append((m.start(), m.end(), pub + timedelta(days=self.relative[m["rel"].lower()])))
        spans, dates = [], []
        headline = doc._.headline_tokens or set()
        for start, end, d in sorted(found, key=lambda f: f[0]):
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is not None and span.start in headline:
                continue
            if span is not None:
                span._.date = d
                spans.append(span)
            if d not in dates:
                dates.append(d)
        doc.spans["event_dates"] = spans
        doc._.event_dates = dates
        return doc

    def _days(self, m: re.Match, pub: date | None, weekday: int | None = None) -> list[date]:
        month = m["m"]
        month = int(month) if month.isdigit() else self.months.get(month.lower().rstrip("."))
        second = m.groupdict().get("d2")
        days = [int(m["d1"])] + ([int(second)] if second else [])
        year = m["y"]
        out = []
        for day in days:
            d = _make(int(year) + (2000 if len(year) == 2 else 0), month, day) if year else \
                _infer_year(day, month, pub, weekday if len(days) == 1 else None)
            if d is not None:
                out.append(d)
        return out

    def _weekday(self, wd: int, pub: date, mod: str) -> date:
        back = (pub.weekday() - wd) % 7
        if mod in self.before and back == 0:
            back = 7
        if mod in self.after:
            return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        return pub - timedelta(days=back)


def _make(y: int, m: int | None, d: int) -> date | None:
    try:
        return date(y, m, d) if m else None
    except ValueError:
        return None


def _infer_year(day: int, month: int | None, pub: date | None, weekday: int | None) -> date | None:
    """Pick the year that matches the weekday if one was written, else the one nearest publication."""
    if pub is None or not month:
        return None
    cands = [d for y in range(pub.year - YEAR_SPAN, pub.year + YEAR_SPAN + 1) if (d := _make(y, month, day))]
    if weekday is not None:
        cands = [d for d in cands if d.weekday() == weekday] or cands
    return min(cands, key=lambda d: abs((d - pub).days)) if cands else None


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


@Language.factory("pantau_event_dates_v1", assigns=["doc.spans", "doc._.event_dates"])
def make_event_dates(nlp: Language, name: str) -> EventDates:
    return EventDates()
