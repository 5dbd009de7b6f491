"""Article-level judgements: relevance, election contest and province (``classify.yaml``)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.dates import grammar

from ..districts import district_regency
from ..extensions import register
from ..regions import Region, gazetteer
from ..registry import registry
from ..resources import load
from ..termspans import TermMatcher
from .event_dates import make_date
from .holders import TITLE_PIPES, Term, known_holders, title_doc

TermMatch = tuple[str, str, int, int]  # (label, key, start, end), as ``TermMatcher.matches`` gives them


class Classifier:
    def __init__(self, nlp: Language) -> None:
        register()
        data = load("classify")
        targets = load("targets")["civil_servants"]
        self.make_doc = nlp.make_doc
        self.terms = TermMatcher(nlp, exact_max=0)
        photo = data["relevance"]["photo_with"]
        neutrality = data["relevance"]["neutrality"] + [
            f"{verb} {join} {whom}" for verb in photo["verbs"] for join in photo["joins"] for whom in photo["whom"]]
        self.terms.add("neutrality", "neutrality", neutrality)
        self.terms.add("election_ctx", "election_ctx", data["relevance"]["election"])
        # neutrality words holding an election word ("ikut kampanye", "pelanggaran pemilu"): the longer match
        # hides the election word, so they name the election too
        election_words = {tuple(t.lower_ for t in nlp.make_doc(p)) for p in data["relevance"]["election"]}
        self.electoral: set[tuple[str, ...]] = set()
        for p in neutrality:
            words = tuple(t.lower_ for t in nlp.make_doc(p))
            if any(words[i:j] in election_words for i in range(len(words)) for j in range(i + 1, len(words) + 1)):
                self.electoral.add(words)
        cs = [p for p in targets["phrases"] if p not in {"jajaran", "opd", "perangkat daerah"}]
        cs += data["relevance"]["civil_servants"]
        # acting regional heads and the bureaucracy: civil servants, but no addressees an instruction is about
        alone = set(data["relevance"]["not_alone"])
        self.terms.add("cs", "cs", [p for p in cs if targets["labels"].get(p) not in alone])
        self.terms.add("cs", "not_alone", [p for p in cs if targets["labels"].get(p) in alone])
        # village officials named with a civil-servant word inside: matched so that word is not read alone
        self.terms.add("village", "village", data["relevance"]["village_officials"])
        self.contests = data["elections"]
        self.contest_terms = TermMatcher(nlp, exact_max=0)  # same words as election context: own matcher
        for kind, spec in self.contests.items():
            self.contest_terms.add("contest", kind, spec["words"])
        # a repeat vote named alone ("PSU di Kota Palopo"): no contest of its own, but it names a region's
        self.contest_terms.add("repeat", "repeat", data["repeats"]["words"])
        self.untracked = {kind for kind, spec in self.contests.items() if spec.get("tracked", True) is False}
        # the years each contest was held: a year shared with a joined contest dates only one held then
        self.held_years = {kind: {str(y) for y in spec["held"]} for kind, spec in self.contests.items() if spec["held"]}
        # a contest's voting day written as a date names it ("pesta demokrasi pada 17 April 2019")
        self.voting_days = {date.fromisoformat(str(day)): f"{kind}-{year}" for kind, spec in self.contests.items()
                            for year, day in spec["held"].items()}
        self.dated_only = {w: kind for kind, words in (data.get("dated_only") or {}).items() for w in words}
        self.grace = timedelta(days=data["grace_days"])
        # every tracked contest by its voting day, in order: the next one after a story, the last one before it
        self.tracked_days = sorted((date.fromisoformat(d), kind, int(y)) for kind, spec in self.contests.items()
                                   if kind not in self.untracked for y, d in spec["held"].items())
        self.undated_reach = timedelta(days=data["undated_reach_days"])
        self.months = grammar().months
        self.bridge = set(data["year_bridge"]) | set(self.months)
        self.held_verbs = set(data["held_verbs"])
        self.law_numbers = set(data["law_numbers"])
        self.term_words = set(data["term_words"])
        self.reach = data["year_reach"]
        self.year_words = set(data["year_words"])
        self.year_kinds = set(data["year_kinds"])
        self.undated_cycle = data["undated_cycle"]
        # the polling day of the current cycle's last contest
        self.cycle_end = max(date.fromisoformat(self.contests[kind]["held"][year])
                             for kind, year in self.undated_cycle.items())
        # the polling days of each tracked contest, and the years a day written with its weekday may fall in:
        # from the year before the first contest to the current cycle's
        self.held_days = {kind: sorted(date.fromisoformat(str(d)) for d in spec["held"].values())
                          for kind, spec in self.contests.items() if spec["held"] and kind not in self.untracked}
        self.calendar_years = range(min(d.year for days in self.held_days.values() for d in days) - 1,
                                    max(self.undated_cycle.values()) + 1)
        self.past_words = set(data["past"]["words"])
        self.generic = {kind: set(words) for kind, words in (data.get("generic") or {}).items()}
        self.repeat_words = [w.casefold().split() for w in data["repeats"]["words"]]
        self.repeat_reach = max(map(len, self.repeat_words), default=0)
        self.repeat_after = set(data["repeats"].get("after", ()))
        self.repeats = {kind: {int(y): int(h) for y, h in years.items()}
                        for kind, years in data["repeats"]["held"].items()}
        self.past_reach = data["past"]["reach"]
        self.title_weight = data["title_weight"]
        self.dated_weight = data["dated_weight"]
        self.prov = data["province"]
        self.regional_contests = set(self.prov["contest_region"]["contests"])
        self.contest_region_bridge = {w.casefold() for w in self.prov["contest_region"]["bridge"]}
        self.contest_region_reach = self.prov["contest_region"]["reach"]
        self.venue_words = {w.casefold() for w in self.prov["venue"]["words"]}
        self.venue_reach = self.prov["venue"]["reach"]
        self.village_units = set(self.prov["village_units"])
        self.signing = [w.casefold() for w in self.prov["signing"]]
        # provinces carved out within the contests tracked: (the day they were made, the province they came from)
        self.formed = {name: (date.fromisoformat(str(spec["made"])), spec["from"])
                       for name, spec in (self.prov.get("formed") or {}).items()}
        # the components that read institutions, run again on the headline: it is no part of the text
        # (its institutions are not the story's agencies), but the institution it names places the story
        self.title_pipes = [nlp.get_pipe(name) for name in TITLE_PIPES]
        # units named by a sub-district, whose name a regency elsewhere may share ("Panwascam Sukoharjo")
        self.districts = {kind for kind, spec in load("regional_agencies")["numbered_units"].items()
                          if spec.get("district") or (spec.get("unclassed") or {}).get("district")}
        self.reg = registry()
        self.gaz = gazetteer()
        # times only some words belong to ("pandemi Covid-19"): they date a story that prints no date
        # (matched with the relevance words, in the same pass)
        # (or the regional bodies of a kind that existed only then: "Panwaslu Kabupaten X", before Bawaslu Kabupaten)
        self.eras = []
        self.era_bodies: dict[str, int] = {}
        for k, era in enumerate(data["eras"]):
            if era.get("words"):
                self.terms.add("era", str(k), era["words"])
            self.era_bodies.update(dict.fromkeys(era.get("bodies") or (), k))
            self.eras.append((date.fromisoformat(str(era["from"])), date.fromisoformat(str(era["to"]))))
        # the terms of known office holders date a story that prints no date ("Penjabat Gubernur X")
        self.tenures: dict[tuple[str, ...], tuple[Term, ...]] = {
            tuple(name.casefold().split()): h.terms for h in known_holders() for name in (h.name, *h.aliases)}

    def __call__(self, doc: Doc) -> Doc:
        title = self.make_doc(doc._.title) if doc._.title else None
        headline = doc._.headline_tokens or set()
        # (label, key, start, end): read by label and key alone, so no Span is made for these dozens of words
        body_terms = [m for m in self.terms.matches(doc) if m[2] not in headline]  # links to other stories
        title_terms = self.terms.matches(title) if title is not None else []
        doc._.is_relevant = self._relevant(doc, title, body_terms, title_terms)
        ents = doc.ents  # built anew at every access: read once for the steps below
        in_names = {i for e in ents for i in range(e.start, e.end)}  # "Badan Pengawas Pemilu" is no contest
        body = [s for s in self.contest_terms.spans(doc) if s.start not in in_names]
        heads = self.contest_terms.spans(title) if title is not None else []
        reference = doc._.published or doc._.url_day or _middle(doc._.event_dates)
        era = None if reference else self._era(ents, body_terms)
        window = None if reference else _overlap(self._tenure(doc), era)
        last = era is not None  # an era's several contests: its last one, else none
        if reference is None and window is None:
            reference = self._written_year(doc, headline, doc._.weekday_days)
        if reference is None and doc._.weekday_days and (window is None or window[1] is None):
            reference = self._weekday_date(doc._.weekday_days[0], body, heads, window)
        starts = doc._.sentence_starts if doc._.sentence_starts is not None else [s.start for s in doc.sents]
        election = self._election(self._dated_only(doc, body), self._dated_only(title, heads) if title else heads,
                                  reference, window, doc._.event_dates or [], starts, last)
        if election in self.untracked:  # a village head election: no contest of ours
            election = None
        elif election is None and doc._.is_relevant:
            # a repeat vote named alone in a story nothing dates repeats the current cycle's last contest, as an
            # undated contest word is the current cycle's ("Jelang PSU, ASN diminta netral": the 2024 regional
            # elections, rerun in 2025)
            since = reference or (self.cycle_end if window is None else None)
            alone = since is not None and any(s.label_ == "repeat" for s in body + list(heads))
            election = (self._last_repeated(since) if alone else None) or (
                self._next_contest(reference) if reference else self._within(None, window, last))
        doc._.election = election
        doc._.province = self._then(doc, self._province(doc, ents, title, body), reference, election)
        return doc

    # ------------------------------------------------------------------ relevance
    def _relevant(self, doc: Doc, title_doc: Doc | None, body: list[TermMatch], title: list[TermMatch]) -> bool:
        labels_title = {label for label, _, _, _ in title}
        election = any(label == "election_ctx" or (label == "neutrality" and self._electoral(part, start, end))
                       for part, terms in ((doc, body), (title_doc, title)) for label, _, start, end in terms)
        if not election:
            return False
        if {"neutrality", "cs"} <= labels_title:
            return True
        sent_starts = doc._.sentence_starts if doc._.sentence_starts is not None else [s.start for s in doc.sents]
        by_sent: dict[int, set[str]] = {}
        for label, _, start, _ in body:
            by_sent.setdefault(bisect_right(sent_starts, start), set()).add(label)
        if any({"neutrality", "cs"} <= labels for labels in by_sent.values()):
            return True
        # an instruction to civil servants about the campaign ("ASN dilarang ikut kampanye"), in a story that
        # names civil servants somewhere: one that never does instructs police, soldiers, election staff or
        # legislators ("Kapolres mengingatkan jajarannya untuk netral dalam Pilkada"); one that names only acting
        # regional heads appoints or instructs them ("mengukuhkan penjabat sementara bupati selama kampanye")
        if not any(label == "cs" and key != "not_alone" for label, key, _, _ in (*body, *title)):
            return False
        directive_sents = {bisect_right(sent_starts, d.start) for d in doc.spans.get("directives", [])}
        return any("election_ctx" in by_sent.get(k, ()) for k in directive_sents)

    def _electoral(self, doc: Doc, start: int, end: int) -> bool:
        """A neutrality word holding an election word ("ikut kampanye")."""
        return tuple(t.lower_ for t in doc[start:end]) in self.electoral

    # ------------------------------------------------------------------ election
    def _election(self, body: list, title: list, reference: date | None, window: tuple[date, date | None] | None,
                  days: list[date], starts: list[int], last: bool = False) -> str | None:
        """The contest most mentions name; a sentence names each contest once, by its weightiest mention
        ("Pilkada serentak tahun 2018, Pileg tahun 2019 dan Pilpres tahun 2019": one pilkada, one pemilu)."""
        # (weight, contest kind, year, a repeat vote of it, sentence (the title's -1), looked back on)
        found: list[tuple[int, str, int | None, bool, int, bool]] = []
        since = reference or (window[0] if window else None)
        for weight, spans in ((1, body), (self.title_weight, title)):
            words = {i for s in spans for i in range(s.start, s.end)}
            for s in spans:
                if s.label_ == "repeat":
                    # a repeat vote dated by a year no contest was held in ("menjelang PSU pada 25 Mei 2025"):
                    # a mention of the last contest held before it, as "PSU Pilkada X 2025" is
                    year = self._year_after(s, words, since)
                    kind = self._rerun_kind(year) if year else None
                    if kind:
                        found.append((weight, kind, year, True, bisect_right(starts, s.start) if weight == 1 else -1,
                                      self._past(s)))
                    continue
                if s.label_ != "contest" or _acronym_of_previous(s, spans):
                    continue
                year = self._year_after(s, words, since)
                sent = bisect_right(starts, s.start) if weight == 1 else -1
                if year is None and self._generic(s):
                    continue  # a field of law or work ("Undang-Undang Pemilu"): no contest; the story's date tells
                found.append((weight, s.id_, year, self._repeat(s), sent, self._past(s)))
        # contests the story looks back on name its contest only when it names no other
        mentions = [m[:5] for m in found if not m[5]] or [m[:5] for m in found]
        # an undated mention is the contest of that kind the story dates elsewhere
        dated = Counter((kind, self._repeat_year(kind, year) if repeat else year)
                        for _, kind, year, repeat, _ in mentions if year)
        keyed: list[tuple[int, str, int]] = []  # (votes, contest, sentence) per mention
        for weight, kind, year, repeat, sent in mentions:
            known = year or next((y for (k, y), _ in dated.most_common() if k == kind), None)
            if repeat:
                key = self._repeated(kind, known, reference)
            else:
                key = self._contest(kind, known, reference) or (self._within(kind, window, last) if not known else None)
            if key:
                keyed.append((weight * (self.dated_weight if year else 1), key, sent))
        # a contest held well before the story's date is looked back on too ("refleksi Pemilu 2019" in
        # December 2019, ahead of the regional elections): it names the contest only when no other is named
        ahead = [m for m in keyed if not self._held_before(m[1], reference)]
        best: dict[tuple[str, int], int] = {}
        for n, key, sent in ahead or keyed:
            best[key, sent] = max(n, best.get((key, sent), 0))
        votes: Counter[str] = Counter()
        for (key, _), n in best.items():
            votes[key] += n
        votes.update(self.voting_days[d] for d in days if d in self.voting_days)
        if not votes:
            if reference is not None or window is not None:
                return None
            # nothing dates the story: the cycle an undated mention is taken to be (``undated_cycle``)
            undated: Counter[str] = Counter()
            for weight, kind, year, _, _ in mentions:
                if year is None and kind in self.undated_cycle:
                    undated[f"{kind}-{self.undated_cycle[kind]}"] += weight
            return undated.most_common(1)[0][0] if undated else None
        # equal votes: the contest held first after the reference date
        return max(votes, key=lambda k: (votes[k], -self._wait(k, reference)))

    def _repeat(self, span) -> bool:
        """A repeat vote of the contest: "PSU Pilkada Papua", "pemungutan suara ulang (PSU) Pilgub Jambi",
        "Pilkada ulang Kota Pangkalpinang"."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].lower_ in self.repeat_after:
            return True
        end = span.start
        if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # the acronym in brackets after the long form
        before = [t.lower_ for t in doc[max(0, end - self.repeat_reach):end]]  # one slice for every form
        return any(len(words) <= len(before) and before[len(before) - len(words):] == words
                   for words in self.repeat_words)

    def _repeated(self, kind: str, year: int | None, reference: date | None) -> str | None:
        """The key of a repeat vote: that of the year it is held in (``repeats``), the contest it repeats
        dated by its year, else the last one of its kind held before the story, else the current cycle."""
        held = sorted(int(y) for y in self.held_years.get(kind, ()))
        if not year and reference is not None:
            year = max((y for y in held if date.fromisoformat(self.contests[kind]["held"][y]) <= reference),
                       default=None)
        year = year or self.undated_cycle.get(kind)
        return f"{kind}-{self._repeat_year(kind, year)}" if year else None

    def _rerun_kind(self, year: int) -> str | None:
        """The kind of the last tracked contest held before ``year``, when no tracked contest was held in it: what a
        repeat vote dated that year reruns ("PSU ... 2025": the regional elections of 2024)."""
        if any(d.year == year for d, _, _ in self.tracked_days):
            return None
        return next((kind for d, kind, _ in reversed(self.tracked_days) if d.year < year), None)

    def _repeat_year(self, kind: str, year: int) -> int:
        """The key year of a repeat vote dated ``year``: that of the contest it repeats, or the repeat's own
        (``repeats``). A year no contest of its kind was held in is the repeat's ("PSU Pilgub Jambi 2021"):
        it repeats the last one held by then (the 2020 election)."""
        held = [int(y) for y in self.held_years.get(kind, ())]
        if year not in held:
            year = max((y for y in held if y <= year), default=year)
        return self.repeats.get(kind, {}).get(year, year)

    def _past(self, span) -> bool:
        """A contest the story looks back on ("pemilu Februari 2024 lalu", "Pemilu 2019 silam"): a past
        word closes its name, date or year, before any punctuation."""
        doc = span.doc
        for tok in doc[span.end:span.end + self.past_reach]:
            if tok.lower_ in self.past_words:
                return True
            if tok.is_punct:
                return False
        return False

    def _generic(self, span: Span) -> bool:
        """A field of law or work named by a contest word ("pelanggaran pemilu", "penyelenggara pemilu"): 'pemilu'
        is also elections at large, and a story about a regional election uses it so (``generic``): it names no
        contest, even alone ("dilarang Undang-Undang Pemilu" in January 2018 is about the regional elections
        of June 2018, the next contest)."""
        words = self.generic.get(span.id_)
        return bool(words) and span.start > 0 and span.doc[span.start - 1].lower_ in words

    def _dated_only(self, doc: Doc, spans: list) -> list:
        """Add "Pemilihan 2024": a word that names a contest only with a year right after it."""
        text = doc._.text or doc.text  # the body's, set once; a title's doc is made apart
        if not any(w in text for w in self.dated_only):  # most stories: no scan
            return spans
        covered = {i for s in spans for i in range(s.start, s.end)}
        extra = [Span(doc, i, i + 1, label="contest", span_id=self.dated_only[t.text]) for i, t in enumerate(doc[:-1])
                 if t.text in self.dated_only and i not in covered and _is_year(doc[i + 1].text)]
        return sorted(spans + extra, key=lambda s: s.start) if extra else spans

    def _within(self, kind: str | None, window: tuple[date, date | None] | None, last: bool = False) -> str | None:
        """The one contest (of ``kind``, else of any tracked kind) held while the office holders the story names
        were all in office: "Penjabat Gubernur X" in a story that prints no date. Of several held in an era the
        story names (``last``), the last one, as an undated story is about the latest cycle (``undated_cycle``):
        "Panwaslu Kabupaten X" in a regional election is that of 2018; a term alone dates nothing."""
        if window is None or window[1] is None:
            return None
        start, end = window[0] - self.grace, window[1] + self.grace
        found = [(d, f"{k}-{y}") for k, spec in self.contests.items() if k not in self.untracked and kind in (None, k)
                 for y, d in spec["held"].items() if start <= date.fromisoformat(d) <= end]
        return max(found)[1] if found and (last or len(found) == 1) else None

    def _tenure(self, doc: Doc) -> tuple[date, date | None] | None:
        """When the story can have happened, from the terms of the office holders it names: the time
        they all held their offices (the office named with them if the gazetteer knows it)."""
        start, end = None, None
        for rec in doc._.officials or []:
            terms = self.tenures.get(rec.tokens)
            if not terms:
                continue
            held = [t for t in terms if t.agency == rec.agency] or terms
            first = min(t.start for t in held)
            last = None if any(t.end is None for t in held) else max(t.end for t in held)
            start = first if start is None else max(start, first)
            if last is not None:
                end = last if end is None else min(end, last)
        if start is None or (end is not None and end < start):
            return None
        return start, end

    def _weekday_date(self, written: tuple[int, int, int], body: list, title: list,
                      window: tuple[date, date | None] | None) -> date | None:
        """The day a story that prints no year wrote with its weekday ("Selasa (6/2)"): of the years whose
        calendar fits it (after the start of the office holders' terms), the one nearest a contest of the
        kind the story names most, as stories come shortly before their contest (6 February was a Tuesday
        in 2018 and 2024: a pilkada named then is June 2018's, not November 2024's); on a tie (2015 and 2020
        share their calendars from March) the later year. The contest years the story writes decide first
        (28 August fits 2019 and 2024: beside "Pilkada Serentak 2024" it is 2024's), and a contest it looks
        back on ("Pemilu 2019 lalu") leaves only the days after it."""
        kinds: Counter[str] = Counter()
        ahead: set[date] = set()  # polling days of the contests the story writes with their years
        after = date.min  # the story comes after the contests it looks back on ("Pemilu 2019 lalu")
        for weight, spans in ((1, body), (self.title_weight, title)):
            for s in spans:  # each mention adds its weight: the kind named most wins, not the one named first
                if s.label_ == "contest" and s.id_ in self.held_days:
                    kinds[s.id_] += weight
            words = {i for s in spans for i in range(s.start, s.end)}
            for s in spans:
                if s.label_ != "contest" or s.id_ not in self.held_days:
                    continue
                year = self._year_after(s, words)
                polled = self.contests[s.id_]["held"].get(year) if year else None
                if polled is None:
                    continue
                if self._past(s):
                    after = max(after, date.fromisoformat(polled))
                else:
                    ahead.add(date.fromisoformat(polled))
        if not kinds:
            return None
        held = self.held_days[max(kinds, key=lambda k: kinds[k])]
        weekday, day, month = written
        fits = [d for d in (make_date(year, month, day) for year in self.calendar_years)
                if d is not None and d.weekday() == weekday and d > after and (window is None or d >= window[0])]
        if ahead and fits:
            # the story's year is that of the contests it writes ("Rabu (28/8)" beside "Pilkada Serentak 2024"
            # is August 2024's, not 2019's): the fitting day nearest one of their polling days, on a tie the later
            return max(fits, key=lambda d: (-min(abs((h - d).days) for h in ahead), d))
        best: tuple[int, date] | None = None
        for d in fits:
            contest = next((h for h in held if h >= d - self.grace), None)
            if contest is not None and (best is None or abs((contest - d).days) <= best[0]):
                best = abs((contest - d).days), d
        return best[1] if best else None

    def _era(self, ents: tuple[Span, ...], body: list[TermMatch]) -> tuple[date, date | None] | None:
        """The time the story's era words ("pandemi", "protokol kesehatan": 2020-2021) and the regional bodies
        of a past kind it names ("Panwaslu Kabupaten Bekasi": before August 2018) all belong to."""
        window = None
        for label, key, _, _ in body:
            if label == "era":
                window = _overlap(window, self.eras[int(key)])
        for ent in ents:
            kind, _, region = ent.id_.partition("@")
            if region and kind in self.era_bodies:  # a body of a region; the bare word may be a sub-district's
                window = _overlap(window, self.eras[self.era_bodies[kind]])
        return window

    def _written_year(self, doc: Doc, not_prose: set[int], weekday_days: list | None) -> date | None:
        """The start of the latest year the story writes as a time ("November 2023", "(12/13/2023)",
        "pada tahun 2023", "tahun politik 2024"), for a story that prints no whole date: its undated contests are
        the ones held from then on. A law's year ("Nomor 5 Tahun 2014", "20/2023") dates the law, not the story.
        A day written with its weekday ("Selasa (08/05)") is the report's: of the years written, the one
        whose calendar fits it is the story's ("Rakor ... Tahun 2018" beside "Pilpres tahun 2019 nanti")."""
        years = []
        for i, tok in enumerate(doc[1:], start=1):
            if not _is_year(tok.text) or i in not_prose:  # a link's or a headline's year
                continue
            before = doc[i - 1]
            if (before.lower_ in self.months
                    or (before.lower_ in self.year_words and (i < 2 or not doc[i - 2].text.isdigit()))
                    or (before.lower_ in self.year_kinds and i >= 2 and doc[i - 2].lower_ in self.year_words)
                    or (before.text == "/" and i >= 4 and doc[i - 3].text == "/" and doc[i - 2].text.isdigit()
                        and doc[i - 4].text.isdigit())):
                years.append(int(tok.text))
        if not years:
            return None
        if weekday_days:
            weekday, day, month = weekday_days[0]
            for year in sorted(set(years), reverse=True):
                written = make_date(year, month, day)
                if written is not None and written.weekday() == weekday:
                    return written
        return date(max(years), 1, 1)

    def _year_after(self, span, contest_words: set[int], since: date | None = None) -> int | None:
        """The year a contest word is dated with: "Pemilu 2024", "Pilkada Serentak Tahun 2024",
        "Pemilihan Kepala Daerah (Pilkada) 2024", "Pilkada 9 Desember 2020", "pemilu dan pilkada 2024",
        "Pilkada yang akan digelar pada 27 November"; a polling day several cycles share ("9 Desember": 2015
        and 2020) is the first of them held from ``since`` on, else the later one; 0 when it fits none."""
        doc = span.doc
        i, steps = span.end, 0
        day = month = None
        joined = scheduled = False  # another contest joined; a word that says when it is held passed
        while i < len(doc) and steps < self.reach:
            tok = doc[i]
            t = tok.text
            if tok.lower_ in self.term_words and i + 3 < len(doc) and _is_year(doc[i + 1].text) \
                    and doc[i + 2].text in {"-", "–", "—", "s/d", "sampai"} and _is_year(doc[i + 3].text):
                # "Pemilihan Wali Kota Denpasar periode 2021-2025": the contest held last before the term
                held = [int(y) for y in self.held_years.get(span.id_, ()) if int(y) <= int(doc[i + 1].text)]
                return max(held) if held else None
            if t.isdigit() and len(t) == 4 and t[:2] in ("19", "20"):
                # the years the contest was held, four-digit strings as ``t`` (so they compare as years); a contest
                # of no known years takes ``t`` for one
                cycles = self.held_years.get(span.id_, {t})
                if (joined or scheduled) and t not in cycles:
                    # "Pilkada maupun Pemilu 2019": the year is the other contest's alone; "kampanye Pemilu akan
                    # berlangsung pada 28 November 2023": the campaign's
                    return None
                if month and min(cycles) < t < max(cycles) and t not in cycles:
                    # "kunjungan calon legislatif pada 26 November 2018": a whole date in a year between two of the
                    # contest's cycles is the day of something else, not the contest's
                    return None
                return int(t)
            if tok.lower_ in self.law_numbers:
                return None  # "Undang-Undang Pemilu Nomor 7 Tahun 2017": a law's number and year
            if t == "(":  # an acronym in brackets
                close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
                if close is None:
                    break
                i = close + 1
                continue
            if i in contest_words:  # another contest joined to this one: no step of its own
                i, joined = i + 1, True
                continue
            if tok.lower_ in self.held_verbs:
                scheduled = True
            elif not (t == ")" or tok.lower_ in self.bridge or (t.isdigit() and len(t) <= 2) or _acronym_list(doc, i)
                    or (tok.is_alpha and (tok.is_title or tok.is_upper))):
                break
            if t.isdigit() and len(t) <= 2:
                day = int(t)
            elif day is not None and tok.lower_ in self.months:
                month = self.months[tok.lower_]
            i += 1
            steps += 1
        # "Pilkada serentak 27 November": the contest of its kind held on that day of the year; a day held by
        # several ("9 Desember": 2015 and 2020) the first of them from the story's time on, else the later
        # one; a day held by none dates it to no cycle (0)
        if not month:
            return None
        days = sorted(date.fromisoformat(d) for d in self.contests.get(span.id_, {}).get("held", {}).values())
        fits = [d for d in days if (d.month, d.day) == (month, day)]
        if since is not None and len(fits) > 1:
            fits = [d for d in fits if d >= since - self.grace][:1]
        return fits[-1].year if fits else 0

    def _contest(self, kind: str, year: int | None, reference: date | None) -> str | None:
        if kind in self.untracked:
            return kind
        held = {int(y): date.fromisoformat(d) for y, d in self.contests[kind]["held"].items()}
        if year is not None:
            return f"{kind}-{year}"
        if reference is None:
            return None
        upcoming = [y for y, d in sorted(held.items()) if reference - self.grace <= d <= reference + self.undated_reach]
        return f"{kind}-{upcoming[0]}" if upcoming else None

    def _held_before(self, key: str, reference: date | None) -> bool:
        """Whether that contest was held more than ``grace_days`` before the reference date."""
        kind, _, year = key.rpartition("-")
        day = ((self.contests.get(kind) or {}).get("held") or {}).get(int(year)) if year.isdigit() else None
        return reference is not None and day is not None and date.fromisoformat(day) < reference - self.grace

    def _wait(self, key: str, reference: date | None) -> int:
        """Days from the reference date to that contest (a large number when unknown or past)."""
        kind, _, year = key.rpartition("-")
        held = (self.contests.get(kind) or {}).get("held") or {}
        day = held.get(int(year)) if year.isdigit() else None
        if reference is None or day is None or date.fromisoformat(day) < reference - self.grace:
            return 10 ** 6
        return (date.fromisoformat(day) - reference).days

    def _next_contest(self, pub: date | None) -> str | None:
        """The contest held first after the story, within ``undated_reach_days`` as for an undated mention: a
        story of 2025 that names no contest is about none yet, not the general election of 2029."""
        if pub is None:
            return None
        return next((f"{kind}-{y}" for d, kind, y in self.tracked_days
                     if pub - self.grace <= d <= pub + self.undated_reach), None)

    def _last_repeated(self, pub: date) -> str | None:
        """A repeat vote named alone ("menjelang Pemungutan Suara Ulang (PSU) 19 April") repeats the last contest held
        before the story, under the key of the year it is held in: in 2025, the regional elections of 2024."""
        held = [(kind, y) for d, kind, y in self.tracked_days if d <= pub]
        return f"{held[-1][0]}-{self._repeat_year(*held[-1])}" if held else None

    # ------------------------------------------------------------------ province
    def _headline_provinces(self, title: Doc) -> set[str]:
        """Provinces of the regional institutions the headline names, directly or through an office
        ("Bawaslu Kuningan Kirim Dua Nama ke KASN", "Pj Bupati Bekasi Tegaskan Komitmen"), and of the regional
        contest it names with its region ("ASN Dilarang Berpihak di Pilkada Bone")."""
        named = [e.id_ for e in title.ents] + [r.id_ for r in title.spans.get("roles", [])]
        places = {p.start: p for p in title.spans.get("places", [])}
        contested = self._contest_regions(title, self.contest_terms.spans(title), places) if places else []
        return {a.province for key in named if (a := self.reg.agencies.get(key)) is not None and a.province} | \
            set(contested)

    def _contest_regions(self, doc: Doc, contests: list, places: dict[int, Span]) -> list[str]:
        """Provinces of the regional contests the text names with their region ("Pilkada Kota Palopo",
        "PSU di Kota Palopo", "pemilihan Gubernur dan Wakil Gubernur Provinsi DKI Jakarta"): the story is
        about that contest's region, whoever speaks of it."""
        found = []
        for span in contests:
            if span.label_ != "repeat" and span.id_ not in self.regional_contests:
                continue
            i = span.end
            while i < min(len(doc), span.end + self.contest_region_reach) and i not in places:
                tok = doc[i]
                if not (tok.lower_ in self.contest_region_bridge or tok.is_title or tok.text in ("(", ")")):
                    break
                i += 1
            region = self.gaz.regions.get(places[i].id_) if i in places else None
            if region is not None:
                found.append(region.province)
        return found

    def _province(self, doc: Doc, ents: tuple[Span, ...], title: Doc | None, contests: list) -> str | None:
        w = self.prov["weights"]
        seat = self.prov["national_seat"]
        score: Counter[str] = Counter()
        signed = self._signing(doc)
        lead = self._national_lead(doc, signed)
        later = self._after_lead(doc, signed) if lead else None
        scale = self.prov["after_national_lead"]

        def weigh(start: int, weight: float) -> float:
            return weight * scale if later is not None and start >= later else weight

        places = list(doc.spans.get("places", []))
        persons = list(doc.spans.get("persons", []))
        placed = {p.start for p in places}
        said = {p.end - 1 for p in persons}  # "kata Tjahjo di Pandeglang": where a person spoke
        for ent in ents:
            agency = self.reg.agencies.get(ent.id_)
            if agency is not None and agency.province:
                score[agency.province] += weigh(ent.start, w["agency"])
            elif not placed.intersection(range(ent.start, ent.end)) and \
                    (region := self._district_region(ent.id_)) is not None:
                score[region.province] += weigh(ent.start, w["agency"])
        first: dict[int, int] = {}  # where each official is first named, when a national lead makes it matter
        for span in persons if later is not None else ():
            if span._.official is not None:
                first.setdefault(id(span._.official), span.start)
        for rec in doc._.officials or []:
            agency = self.reg.agencies.get(rec.agency or "")
            if agency is not None and agency.province:
                score[agency.province] += weigh(first.get(id(rec), 0), w["office"])
        # institutions named through an office, its holder named or not ("Wali Kota Jakarta Utara")
        offices = [self.reg.agencies.get(rec.agency or "") for rec in doc._.officials or []]
        unnamed_offices = [r for r in doc.spans.get("roles", []) if r.label_ == "OFFICE"]  # no holder named
        offices += [self.reg.agencies.get(r.id_) for r in unnamed_offices]
        in_names = {i for s in persons for i in range(s.start, s.end)}
        elsewhere = doc._.headline_tokens or set()  # links to other stories, captions, front matter
        # a regional office whose holder goes unnamed ("Pjs Bupati Mukomuko menyampaikan ..."): weighed as a named
        # holder's, once per institution (the regency's name inside it alone weighs little)
        weighed = {rec.agency for rec in doc._.officials or []}  # institutions already weighed as an office
        for role in unnamed_offices:
            agency = self.reg.agencies.get(role.id_)
            if agency is not None and agency.province and role.id_ not in weighed and role.start not in elsewhere:
                weighed.add(role.id_)
                score[agency.province] += weigh(role.start, w["office"])
        # a place inside an institution's name or a longer place name is counted with it; a unit the registry
        # does not hold, read from its name, is where its name says ("UIN Ar-Raniry Banda Aceh", "Kantor
        # Imigrasi Kelas II Batulicin"), weighed as an institution
        housed = {i for e in ents if (a := self.reg.agencies.get(e.id_)) is not None and not a.province
                  and not a.nationwide and a.type not in self.districts for i in range(e.start + 1, e.end)}
        inside = {i for s in [*ents, *places] for i in range(s.start + 1, s.end)}
        inside -= housed - {i for s in places for i in range(s.start + 1, s.end)}
        for place in places:
            if place.start in in_names or place.start in elsewhere or place.start in inside:
                continue
            region = self.gaz.regions.get(place.id_)
            if region is None:
                continue
            if place.start in housed:
                weight = w["agency"]
            elif place.label_ == "explicit":
                weight = w["regency_explicit"]
            elif region.level == "provinsi":
                weight = w["province_name"]
            else:
                weight = w["regency"]
            if place.start < 3 and place.text.isupper():  # dateline "SAMARINDA, OUTLET –"
                weight = self.prov["dateline_national_lead"] if lead else w["dateline"]
            elif later is not None and self._venue(doc, place.start, said):
                weight *= scale  # where a national lead spoke, however early the story says it
            score[region.province] += weigh(place.start, weight)
        contested = self._contest_regions(doc, [c for c in contests if c.start not in elsewhere],
                                          {p.start: p for p in places})
        for province in contested:
            score[province] += w["contest_region"]
        if not any(k == seat for k in score) or (seat not in contested
                                                 and not _seat_institutions(ents, self.reg, seat, offices)):
            score.pop(seat, None)
        home = doc._.source_province
        national = self._national(doc, ents, lead, signed)
        if title is not None and len(title) and not self._settled(score, home, national):
            for province in self._headline_provinces(title_doc(doc, self.make_doc, self.title_pipes)):
                score[province] += w["headline_institution"]
        if home in score:
            score[home] += w["outlet_home"]
        if not score:
            return None
        best, value = score.most_common(1)[0]
        return best if value >= self.prov["min_score"] and value > national else None

    def _then(self, doc: Doc, province: str | None, reference: date | None, election: str | None) -> str | None:
        """The province a place belonged to at the story's time: one carved out later (``formed``) is still the one
        it was carved from when the story's date and its contest's polling day both come before, the contest's year
        written in the text or the story's date printed (an undated contest inferred from a mistyped day is no
        evidence: "Senin (7/10/2014)" for 2024)."""
        formed = self.formed.get(province or "")
        if formed is None or not election:
            return province
        kind, _, year = election.rpartition("-")
        day = ((self.contests.get(kind) or {}).get("held") or {}).get(int(year)) if year.isdigit() else None
        if day is None or (doc._.published is None and year not in (doc._.text or doc.text)):
            return province
        times = [date.fromisoformat(day)] + ([reference] if reference else [])
        return formed[1] if all(t < formed[0] for t in times) else province

    def _district_region(self, key: str) -> Region | None:
        """The regency of a unit named by a district or a town no region is named after ("Panwascam Cicurug",
        "Polsek Rengasdengklok", "Kantor Imigrasi Batulicin"), when one regency alone lists a district of that
        name; a village's or a ward's unit is named by the village (``village_units``)."""
        kind, _, place = key.partition("@")
        if not place or kind.partition(":")[0] in self.village_units:
            return None
        regency = district_regency(place)
        return self.gaz.regions.get(regency) if regency else None

    def _settled(self, score: Counter[str], home: str | None, national: float) -> bool:
        """Whether the body alone decides the province, whatever the headline adds: its leader passes and
        leads by more than a headline institution (and the outlet's home it may bring in) could add to
        another (reading the headline's institutions means running the analysis on it)."""
        w = self.prov["weights"]
        ranked = Counter({k: v + (w["outlet_home"] if k == home else 0) for k, v in score.items()}).most_common(2)
        if not ranked:
            return False
        value, second = ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0.0
        return value >= self.prov["min_score"] and value > national and \
            value - second > w["headline_institution"] + w["outlet_home"]

    def _venue(self, doc: Doc, start: int, said: set[int]) -> bool:
        """Whether the place at ``start`` closes the name of where something was held, after "di" and a venue
        word over capitalised words and commas ("di Hotel Claro Kota Makassar", "di Universitas Jember, Jawa
        Timur", "di Posyandu Dahlia I, Kelurahan Thehok, Kecamatan Jambi Selatan, Jambi"), or of where a person
        named right before "di" spoke ("kata Tjahjo di Pandeglang, Banten"; ``said``: the persons' last words)."""
        for i in range(start - 1, max(0, start - self.venue_reach) - 1, -1):
            tok = doc[i]
            if tok.lower_ in self.venue_words:
                return i > 0 and doc[i - 1].lower_ == "di"
            if tok.lower_ == "di":
                return i - 1 in said
            if not (tok.text == "," or tok.is_title or tok.is_upper or tok.is_digit):
                return False
        return False

    def _signing(self, doc: Doc) -> set[int]:
        """Tokens of the sentences that say who signed a document ("SKB ini ditandatangani oleh Menteri PANRB ...,
        Mendagri ..., Ketua KASN ..."): background on a national instrument, which places no story."""
        text = (doc._.text or doc.text).lower()
        hits = [i for word in self.signing for i in _find_all(text, word)]
        if not hits:
            return set()
        starts = doc._.sentence_starts if doc._.sentence_starts is not None else [s.start for s in doc.sents]
        out: set[int] = set()
        for i in hits:
            span = doc.char_span(i, i + 1, alignment_mode="expand")
            if span is None:
                continue
            k = bisect_right(starts, span.start) - 1
            out.update(range(starts[k] if k >= 0 else 0, starts[k + 1] if k + 1 < len(starts) else len(doc)))
        return out

    def _after_lead(self, doc: Doc, signed: set[int]) -> int:
        """Where the lead of a story led by a national office holder ends: the sentence after the one
        that names the office (places named later are examples or where it was said)."""
        headline = doc._.headline_tokens or set()
        first = min((r.start for r in doc.spans.get("roles", []) if r.start not in headline and r.start not in signed),
                    default=0)
        starts = doc._.sentence_starts if doc._.sentence_starts is not None else [s.start for s in doc.sents]
        k = bisect_right(starts, first) + self.prov["national_lead_sentences"] - 1
        return starts[k] if k < len(starts) else len(doc)

    def _national_lead(self, doc: Doc, signed: set[int]) -> str | None:
        """The institution of the first office holder the story names, when it is a national one (a document's
        signatories are not named as speakers)."""
        headline = doc._.headline_tokens or set()
        roles = sorted(doc.spans.get("roles", []), key=lambda r: r.start)
        first = next((r for r in roles if r.start not in headline and r.start not in signed), None)
        agency = self.reg.agencies.get(first.id_) if first is not None else None
        return agency.key if agency is not None and agency.nationwide else None

    def _national(self, doc: Doc, ents: tuple[Span, ...], lead: str | None, signed: set[int]) -> int:
        """Weight of the national institutions the story names (each counted once), the office
        of a national lead included even when its holder is unnamed; those named only as a document's
        signatories do not count."""
        nw = self.prov["national_weights"]
        national = {e.id_ for e in ents if (a := self.reg.agencies.get(e.id_)) and a.nationwide
                    and not a.key.endswith("@") and e.start not in signed}
        named = {id(p._.official) for p in doc.spans.get("persons", [])
                 if p._.official is not None and p.start not in signed} if signed else None
        offices = {rec.agency for rec in doc._.officials or []
                   if (a := self.reg.agencies.get(rec.agency or "")) and a.nationwide
                   and (named is None or id(rec) in named)}
        if lead:
            offices.add(lead)
        return nw["agency"] * len(national) + nw["office"] * len(offices)


def _overlap(a: tuple[date, date | None] | None, b: tuple[date, date | None] | None) -> tuple[date, date | None] | None:
    """The time two windows share (an open end is None); either one where the other is unknown."""
    if a is None or b is None:
        return a or b
    start = max(a[0], b[0])
    end = b[1] if a[1] is None else a[1] if b[1] is None else min(a[1], b[1])
    return None if end is not None and end < start else (start, end)


def _seat_institutions(ents: tuple[Span, ...], reg, seat: str, offices: list) -> bool:
    """The national capital places a story only through its own regional institutions, named
    directly or through an office ("Wali Kota Jakarta Utara")."""
    named = [reg.agencies.get(ent.id_) for ent in ents] + offices
    return any(a is not None and a.region is not None and a.province == seat for a in named)


def _find_all(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _acronym_of_previous(span, spans: list) -> bool:
    """"Pemilihan Kepala Daerah (Pilkada)": the bracketed acronym is the same mention."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "(" and any(s.end == span.start - 1 for s in spans)


def _acronym_list(doc, i: int) -> bool:
    """A comma inside a list of bodies in capitals ("Pemilu Anggota DPR, DPD dan DPRD 2014"): the contest's name
    goes on to its year."""
    return (doc[i].text == "," and 0 < i < len(doc) - 1 and doc[i - 1].is_upper and doc[i - 1].is_alpha
            and doc[i + 1].is_upper and doc[i + 1].is_alpha)


def _middle(days: list[date] | None) -> date | None:
    """The middle one of the dates a story reports: its time when no publication date is known."""
    ordered = sorted(days or [])
    return ordered[(len(ordered) - 1) // 2] if ordered else None


@Language.factory("pantau_classify_v1", requires=["doc.ents", "doc.spans", "doc._.directives"],
                  assigns=["doc._.is_relevant", "doc._.election", "doc._.province"])
def make_classify(nlp: Language, name: str) -> Classifier:
    return Classifier(nlp)
