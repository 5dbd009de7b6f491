"""Day-precise event dates in the body, normalised against the publication date.

Forms: "Senin (19/12/2022)", "Kamis (9/11)", "17 November 2023", "17 November", "kemarin",
and a bare weekday ("di Jakarta, Selasa.") taken as the nearest such day on or before
publication. A month alone ("akhir Oktober 2023") is not a date. A range counts by its first
day; the page's date line is the publication date, not an event. A cited source's date ("dikutip dari
laman Pemkab, Selasa (17/9/2024)") is kept: it is the day the statement quoted was made.

Month and weekday names come from the one date grammar (pipeline.dates), which
extraction shares; the forms above and the words of its `event` section are this
component's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.dates import alternation, find_dates, first_letters, grammar

from ..extensions import register
from ..resources import load
from .segmenter import sentences

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
        self.ranges = {w.lower() for w in data["range_words"]}
        self.line_max = data["date_line_max_words"]
        rng = alternation(data["range_words"])
        self.range_gap = re.compile(rf"\s*(?:{rng})\s*", re.I)
        mod = alternation([*self.before, *self.after])
        classify = load("classify")
        contests = [w for spec in classify["elections"].values() for w in spec["words"]]
        self.polling_days = {date.fromisoformat(str(d)) for spec in classify["elections"].values()
                             for d in (spec.get("held") or {}).values()}
        # a law's number between the contest word and the year makes it the law's year, no contest's
        # ("Undang-Undang Pemilu Nomor 7 Tahun 2017")
        law = alternation([w.rstrip(".") for w in classify["law_numbers"]])
        self.contest_year = re.compile(
            rf"\b(?:{alternation(contests)})\b(?:\W+(?!(?:{law})\b)\w+){{0,{data['contest_year_reach']}}}?"
            rf"\W+(?P<y>(?:19|20)\d\d)\b", re.I)
        self.recurring = re.compile(r"\b(?:" + "|".join(map(re.escape, data["recurring"])) + r")\s+(?:hari\s+)?$", re.I)
        wd, mo, rel = words.weekday_names, words.month_names, alternation(list(self.relative))
        leads = [w for w in data["weekday_lead"] if w.isalpha()]
        lead = "|".join(map(re.escape, leads))
        # each pattern below opens with a test of the first letter its match can start with, so that the engine,
        # which tries a pattern at every position of the text, gives up on most positions at once; one whose match
        # opens with a digit opens with that digit and looks behind it from there, so the engine skips to digits
        wd_first, lead_first = first_letters(self.weekdays), first_letters(leads)
        self.paren = re.compile(
            rf"(?=[{wd_first}])\b(?P<wd>{wd})\s*,?\s*"
            rf"\(\s*(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)", re.I)
        self.named = re.compile(
            rf"\b(?=[{wd_first}\d])(?:\b(?P<wd>{wd})\s*,?\s*)?"
            rf"(?<![\w/])(?P<d1>\d{{1,2}})(?:\s*(?P<join>{rng}|dan)\s*(?P<d2>\d{{1,2}}))?"
            rf"\s+(?:bulan\s+)?(?P<m>{mo})\.?"
            rf"(?:(?:\s*,\s*(?=(?:19|20)\d\d)|\s+(?:tahun\s+)?)(?P<y>\d{{4}}))?(?:\s+(?P<mod>{mod})\b)?(?![\w])", re.I)
        # the English order some outlets print in the body: "February 12, 2024", "Monday, February 12, 2024";
        # read only where a day, a comma and a year stand (rare: a cheap search spares the month scan)
        self.comma_year = re.compile(r"\d,\s*(?:19|20)\d\d\b")
        self.month_first = re.compile(
            rf"(?:\b(?P<wd>{wd})\s*,?\s*)?\b(?P<m>{mo})\.?\s+(?P<d1>\d{{1,2}}),\s*(?P<y>(?:19|20)\d\d)(?![\w])", re.I)
        self.numeric = re.compile(
            r"(?P<d1>\d(?<![\w./-]\d)\d?)(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/.-]\d)")
        # "25 September hingga 23 November 2024": the start takes its year from the end
        self.span_range = re.compile(
            rf"(?P<d1>\d(?<![\w/]\d)\d?)\s+(?P<m1>{mo})\.?\s*(?:{rng})\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{mo})\.?\s+"
            rf"(?P<y>\d{{4}})(?![\w])", re.I)
        # mid-sentence, a capitalised weekday moved by "lalu"/"depan" needs no lead word ("digelar Senin lalu");
        # at a sentence's start "Minggu lalu" is last week
        self.bare = re.compile(
            rf"(?=[\s{wd_first}{lead_first}])"
            rf"(?:(?<=,)|(?<=\()|\b(?=[{lead_first}])(?:{lead})|(?=\s)(?<=(?-i:[a-z]))(?=\s+(?:{wd})\s+(?:{mod})\b))"
            rf"\s*(?P<wd>{wd})\b"
            rf"(?!\s*,?\s*\(?\s*\d)(?:\s+(?P<mod>\w+))?", re.I)
        self.rel = re.compile(rf"(?=[{first_letters(self.relative)}])\b(?P<rel>{rel})\b", re.I)
        paren_lead = data["bare_paren_lead"]
        self.paren_bare = re.compile(
            rf"\b(?=[{first_letters(paren_lead)}])(?:{alternation(paren_lead)})\.?\s*"
            rf"\(\s*(?P<d1>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{2,4}}))?\s*\)", re.I)
        self.range_between = re.compile(
            rf"[^.;\n]*\b(?:{alternation([*data['range_words'], *data['range_end_words']])})\b[^.;\n]*", re.I)
        self.range_reach = data["range_reach"]
        # where the patterns above can start, found by cheap searches (see _Starts)
        self.weekday_words = sorted(self.weekdays)
        self.relative_words = sorted(self.relative)
        self.lead_lengths = sorted({len(w) for w in leads})
        self.paren_lead_lengths = sorted({len(w) for w in paren_lead})

    def __call__(self, doc: Doc) -> Doc:
        pub: date | None = doc._.published
        text = doc._.text
        found: list[tuple[int, int, date]] = []
        taken: list[tuple[int, int]] = self._date_lines(text)
        years = self._contest_years(doc) if pub is None else {}
        for m in self.span_range.finditer(text):
            if _overlaps(m.span(), taken):
                continue
            taken.append(m.span())
            first, last = self.months.get(m["m1"].lower()), self.months.get(m["m2"].lower())
            d = make_date(int(m["y"]) - (1 if first and last and first > last else 0), first, int(m["d1"]))
            if d is not None:
                found.append((m.start(), m.end(), d))
        yearless: list[re.Match] = []  # days whose year nothing told: a range's end may
        weekday_days: list[tuple[int, int, int, int]] = []  # (start, weekday, day, month) of "Selasa (6/2)"
        starts = _Starts(text)
        weekdays = starts.of_words(self.weekday_words)
        english = (self.month_first.finditer(text),) if self.comma_year.search(text) else ()
        for found_by in (starts.matches(self.paren, weekdays),
                         starts.matches(self.named, starts.with_digits(weekdays)),
                         *english, self.numeric.finditer(text),
                         starts.matches(self.paren_bare, starts.before_parens(self.paren_lead_lengths))):
            for m in found_by:
                if _overlaps(m.span(), taken):
                    continue
                taken.append(m.span())
                weekday = self.weekdays.get(m["wd"].lower()) if m.groupdict().get("wd") else None
                contest_year = next((y for (s, e), y in years.items() if s <= m.start() < e), None)
                # a day written with its weekday ("Selasa (9/7)", "Jumat, 15 September") is the report's own
                # day: the contest its sentence dates gives it a year only when it is that contest's polling day
                if weekday is not None and contest_year and \
                        make_date(contest_year, self._month(m["m"]), int(m["d1"])) not in self.polling_days:
                    contest_year = None
                days = self._days(m, pub, weekday=weekday, contest_year=contest_year)
                for d in days:
                    found.append((m.start(), m.end(), d))
                if not days and not m["y"]:
                    yearless.append(m)
                    if weekday is not None and pub is None and not m["d2"]:
                        weekday_days.append((m.start(), weekday, int(m["d1"]), self._month(m["m"])))
        found = self._range_starts(text, yearless, found)
        if pub is not None:
            for m in starts.matches(self.bare, starts.before_words(weekdays, self.lead_lengths)):
                if _overlaps(m.span(), taken) or not m["wd"][0].isupper() or \
                        self.recurring.search(text, max(0, m.start("wd") - 20), m.start("wd")):
                    continue
                d = self._weekday(self.weekdays[m["wd"].lower()], pub, (m["mod"] or "").lower())
                found.append((m.start("wd"), m.end("wd"), d))
                taken.append(m.span())  # "Jumat kemarin" is one date, not also "kemarin"
            for m in starts.matches(self.rel, starts.of_words(self.relative_words)):
                if not _overlaps(m.span(), taken):
                    found.append((m.start(), m.end(), pub + timedelta(days=self.relative[m["rel"].lower()])))
        found.sort(key=lambda f: f[0])
        # "28 November 2023 sampai 10 Februari 2024": the range's end is no event of its own
        found = [f for k, f in enumerate(found)
                 if not (k and f[0] > found[k - 1][1] and self.range_gap.fullmatch(text, found[k - 1][1], f[0]))]
        spans, dates = [], []
        headline = doc._.headline_tokens or set()
        for start, end, d in found:
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
        doc._.weekday_days = [(wd, day, month) for start, wd, day, month in weekday_days
                              if (s := doc.char_span(start, start + 1, alignment_mode="expand")) is None
                              or s.start not in headline]
        return doc

    def _range_starts(self, text: str, yearless: list[re.Match],
                      found: list[tuple[int, int, date]]) -> list[tuple[int, int, date]]:
        """ "dimulai (3/10) dan berakhir pada (12/12/2024)": the start takes the end's year, the end is dropped."""
        for m in yearless:
            month = self._month(m["m"])
            end = min((f for f in found if m.end() <= f[0] <= m.end() + self.range_reach), default=None)
            if end is None or not month or not self.range_between.fullmatch(text, m.end(), end[0]):
                continue
            year = end[2].year - (1 if month > end[2].month else 0)
            start = make_date(year, month, int(m["d1"]))
            if start is not None:
                found = [f for f in found if f is not end] + [(m.start(), m.end(), start)]
        return found

    def _contest_years(self, doc: Doc) -> dict[tuple[int, int], int]:
        """Character span of each sentence that dates a contest ("Pilkada Serentak 2024") -> year."""
        out = {}
        for sent in sentences(doc):
            m = self.contest_year.search(sent.text)
            if m:
                out[(sent.start_char, sent.end_char)] = int(m["y"])
        return out

    def _month(self, written: str) -> int:
        """A month written as a number or a name ("9", "Sept."); 0 for none."""
        return int(written) if written.isdigit() else self.months.get(written.lower().rstrip("."), 0)

    def _days(self, m: re.Match, pub: date | None, weekday: int | None = None,
              contest_year: int | None = None) -> list[date]:
        month = self._month(m["m"])
        groups = m.groupdict()
        days = [int(m["d1"])]
        if groups.get("d2") and (groups.get("join") or "-").lower() not in self.ranges:
            days.append(int(m["d2"]))  # "27 dan 28 Agustus"; a range "27-29 Agustus" counts by its first day
        year = m["y"] or (str(contest_year) if contest_year else None)
        mod = (groups.get("mod") or "").lower()
        out = []
        for day in days:
            d = make_date(int(year) + (2000 if len(year) == 2 else 0), month, day) if year else \
                _infer_year(day, month, pub, weekday if len(days) == 1 else None,
                            -1 if mod in self.before else 1 if mod in self.after else 0)
            if d is not None and not m["y"] and weekday is not None and d.weekday() != weekday:
                continue  # "Kamis (14/9)" beside "Pemilu 2024": a Thursday of another year than the contest's
            if d is not None:
                out.append(d)
        return out

    def _date_lines(self, text: str) -> list[tuple[int, int]]:
        """Short lines that print the page's date ("Selasa, 21 Mei 2024 19:21 WIB"): a date with a
        clock time, or nothing but a date. They tell publication, not an event."""
        out, start = [], 0
        for line in text.split("\n"):
            if line.strip() and len(line.split()) <= self.line_max:
                matches = find_dates(line)
                dated = sum(d.end - d.start for d in matches)
                if any(d.has_time for d in matches) or (matches and dated >= 0.6 * len(line.strip())):
                    out.append((start, start + len(line)))
            start += len(line) + 1
        return out

    def _weekday(self, wd: int, pub: date, mod: str) -> date:
        back = (pub.weekday() - wd) % 7
        if mod in self.before and back == 0:
            back = 7
        if mod in self.after:
            return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        return pub - timedelta(days=back)


def make_date(y: int, m: int | None, d: int) -> date | None:
    """The day, if the calendar has it (no 29 February in a common year, no 31 April)."""
    try:
        return date(y, m, d) if m else None
    except ValueError:
        return None


def _infer_year(day: int, month: int | None, pub: date | None, weekday: int | None, side: int = 0) -> date | None:
    """Pick the year that matches the weekday if one was written, else the one nearest publication;
    ``side`` -1 ("14 Februari lalu") keeps it on or before publication, 1 ("mendatang") after."""
    if pub is None or not month:
        return None
    cands = [d for y in range(pub.year - YEAR_SPAN, pub.year + YEAR_SPAN + 1) if (d := make_date(y, month, day))]
    if weekday is not None:
        cands = [d for d in cands if d.weekday() == weekday] or cands
    if side:
        cands = [d for d in cands if (d - pub).days * side >= 0] or cands
    return min(cands, key=lambda d: abs((d - pub).days)) if cands else None


class _Starts:
    """Positions of a text where a pattern's match can start, for patterns whose opening (a weekday or
    lead word, a digit) the engine cannot skip to: it would try them at every position of the text.
    ``matches`` tries the pattern only at such positions, which gives finditer's matches (leftmost first,
    none overlapping; no pattern here matches an empty string) as long as the positions include every
    start a match can have. Words are found in the lower-cased text, which the patterns' IGNORECASE
    matches exactly, except for the three letters below that IGNORECASE takes for an ASCII letter and
    lower() does not: a text with one of them is searched in full."""

    _UNFOLDED = "İıſ"
    _DIGIT = re.compile(r"\d(?<![\w/]\d)")  # a digit no word character or slash precedes
    _PAREN = re.compile(r"\(\s*\d")

    def __init__(self, text: str) -> None:
        self.text = text
        unfolded = not text.isascii() and any(c in text for c in self._UNFOLDED)  # three searches, not a set
        self.low = None if unfolded else text.lower()

    def matches(self, rx: re.Pattern, starts: list[int] | None) -> Iterator[re.Match]:
        """rx's matches in the text, tried at ``starts`` (sorted; None: everywhere)."""
        if starts is None:
            yield from rx.finditer(self.text)
            return
        end = 0
        for start in starts:
            if start >= end and (m := rx.match(self.text, start)):
                yield m
                end = m.end()

    def of_words(self, words: Iterable[str]) -> list[int] | None:
        """Where any of the lower-case ``words`` occurs, inside a word or not."""
        if self.low is None:
            return None
        out = set()
        for word in words:
            i = self.low.find(word)
            while i >= 0:
                out.add(i)
                i = self.low.find(word, i + 1)
        return sorted(out)

    def with_digits(self, starts: list[int] | None) -> list[int] | None:
        """``starts`` and the digits that no word character or slash precedes."""
        if starts is None:
            return None
        return sorted({*starts, *(m.start() for m in self._DIGIT.finditer(self.text))})

    def before_words(self, words: list[int] | None, lengths: list[int]) -> list[int] | None:
        """For words at ``words``: the start of the spaces before each, and of a word of one of ``lengths``
        ending there ("pada Senin", ", Senin", "(Senin", "digelar Senin lalu")."""
        if words is None:
            return None
        out = set()
        for i in words:
            start = self._spaces_before(i)
            out.add(start)
            out.update(start - n for n in lengths if start >= n)
        return sorted(out)

    def before_parens(self, lengths: list[int]) -> list[int]:
        """For each opening bracket before a digit: the start of a word of one of ``lengths`` ending where
        the spaces before the bracket, and a dot before them, begin ("tanggal (9/11)", "tgl. (9/11)")."""
        out = set()
        for m in self._PAREN.finditer(self.text):
            start = self._spaces_before(m.start())
            for end in (start, start - 1) if start and self.text[start - 1] == "." else (start,):
                out.update(end - n for n in lengths if end >= n)
        return sorted(out)

    def _spaces_before(self, i: int) -> int:
        text = self.text
        while i and text[i - 1].isspace():
            i -= 1
        return i


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


@Language.factory("pantau_event_dates_v1", assigns=["doc.spans", "doc._.event_dates"])
def make_event_dates(nlp: Language, name: str) -> EventDates:
    return EventDates()
