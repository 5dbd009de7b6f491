"""National office holders written without a title ("kata Tjahjo Kumolo"), from ``office_holders.yaml``.

A title is what makes a person an official everywhere else; for the few people whose office
every reader knows, news often drop it. The gazetteer knows their terms, so the article's date
(or, undated, the office it names) says which office the name stands for. A name already
introduced with a title is left to the officials component.

The headline introduces officials the same way for its story: "Bupati X Kustini Minta ASN Netral" over a body
that only says "Kustini mengatakan ..." or "Menurut Kustini, ...". A name the headline gives with its office is
an official where the body writes it as such a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register
from ..resources import load
from ..termspans import TermMatcher
from .officials import OfficialRecord, record

UNNAMED = 1 << 30  # sorts after any token position
_MARKS = ",.:;!?\"'“”‘’()"  # around a headline's word ("Nana Sudjana: ASN ...")


@dataclass(frozen=True)
class Term:
    agency: str  # agency key
    role: str
    start: date
    end: date | None  # None while in office

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Holder:
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]


@cache
def known_holders() -> tuple[Holder, ...]:
    """The national office holders of ``office_holders.yaml`` with their terms (read once)."""
    return tuple(Holder(h["name"], tuple(h.get("aliases") or []),
                        tuple(Term(o["agency"], o["role"], o["from"], o.get("to")) for o in h["offices"]))
                 for h in load("office_holders")["holders"])


class Holders:
    def __init__(self, nlp: Language) -> None:
        register()
        data = load("office_holders")
        self.matcher = TermMatcher(nlp, case_sensitive=True)
        self.terms: dict[str, list[Term]] = {}
        self.prefixes = tuple(data["verb_prefixes"])
        self.before_verb = set(data["before_verb"])  # "Tito Karnavian juga meminta": a word before the verb
        self.attribution = {a.casefold() for a in load("offices")["attribution"]} | {
            w.casefold() for w in data.get("speaks_after") or []}
        for h in known_holders():
            self.matcher.add("holder", h.name, [h.name, *h.aliases])
            self.terms[h.name] = list(h.terms)
        self.make_doc = nlp.make_doc
        # the components that read institutions and offices, run again on the headline (no part of the text)
        self.title_pipes = [nlp.get_pipe(name) for name in TITLE_PIPES]

    def __call__(self, doc: Doc) -> Doc:
        persons = list(doc.spans.get("persons", []))
        taken = {i for s in [*persons, *doc.ents] for i in range(s.start, s.end)} | (doc._.headline_tokens or set())
        officials: list[OfficialRecord] = doc._.officials if doc._.officials is not None else []
        named: dict[str, int] = {}  # agency key -> first position of a title naming it
        for role in doc.spans.get("roles", []):
            named.setdefault(role.id_, role.start)
        events = doc._.event_dates or []
        day = doc._.published or (min(events) if events else None)
        found: dict[str, OfficialRecord] = {}
        for span in self.matcher.spans(doc):
            if any(i in taken for i in range(span.start, span.end)) or not self._acts(doc, span):
                continue
            term = _term(self.terms[span.id_], day, named)
            if term is None:
                continue
            rec = found.get(span.id_) or self._titled(officials, span.id_) or record(
                officials, span.text, tuple(t.lower_ for t in span), term.role, term.agency)
            found[span.id_] = rec
            per = Span(doc, span.start, span.end, label="PER")
            per._.official = rec
            persons.append(per)
            taken.update(range(span.start, span.end))  # "kata Jokowi": the holder's, not a headline name's
        for span, title_rec in self._headline_named(doc, taken):
            rec = record(officials, span.text, tuple(t.lower_ for t in span), title_rec.role, title_rec.agency)
            per = Span(doc, span.start, span.end, label="PER")
            per._.official = rec
            persons.append(per)
        doc._.officials = officials
        doc.spans["persons"] = sorted(persons, key=lambda s: s.start)
        return doc

    def _headline_named(self, doc: Doc, taken: set[int]) -> list[tuple[Span, OfficialRecord]]:
        """The officials the headline or the front matter above the lead (a standfirst) introduce that the body
        names bare as a speaker or an actor ("Menurut Tito, ...", "Kustini mengatakan ..."), found by the name's
        text (no pass over the tokens). The headline is read once here and kept for the province; either is
        read only when one of its words may speak in the body."""
        text, found = doc._.text or doc.text, []
        for head in (self._title(doc, text), self._front(doc, text)):
            for rec in head._.officials or [] if head is not None else []:
                at = text.find(rec.name)
                while at >= 0:
                    span = doc.char_span(at, at + len(rec.name))
                    if span is not None and not any(i in taken for i in range(span.start, span.end)) and \
                            self._acts(doc, span):
                        found.append((span, rec))
                        taken.update(range(span.start, span.end))  # a headline repeated as the first line: once
                    at = text.find(rec.name, at + len(rec.name))
        return found

    def _speaks(self, line: str, text: str) -> bool:
        """Whether a word of ``line`` in title case may speak or act in ``text`` (cheap: decides whether the line
        is read at all)."""
        return any(self._may_act(text, w.strip(_MARKS)) for w in line.split() if w.istitle())

    def _title(self, doc: Doc, text: str) -> Doc | None:
        if not doc._.title or not self._speaks(doc._.title, text):
            return None
        return title_doc(doc, self.make_doc, self.title_pipes)

    def _front(self, doc: Doc, text: str) -> Doc | None:
        """The front matter above the lead (the headline repeated, a standfirst), which the components skip."""
        headline, end = doc._.headline_tokens or set(), 0
        while end in headline:
            end += 1
        if not end:
            return None
        last = doc[end - 1]
        front = text[:last.idx + len(last)]  # doc[:end].text, without rebuilding it token by token
        if not self._speaks(front, text):
            return None
        if front == doc._.title:  # the headline repeated as the first line: read once, for the province too
            return title_doc(doc, self.make_doc, self.title_pipes)
        return analysed(front, self.make_doc, self.title_pipes)

    def _may_act(self, text: str, word: str) -> bool:
        """Whether ``word`` stands in the text where ``_acts`` would take it for a speaker, judged on the
        characters around its first few occurrences (cheap: it decides whether the headline is read)."""
        at, seen = text.find(word), 0
        while at >= 0 and seen < 4:
            before = text[max(0, at - 12):at].split()
            after = text[at + len(word):at + len(word) + 24].split()
            if after and after[0] in self.before_verb:
                after = after[1:]
            if before and before[-1].casefold() in self.attribution or after and len(after[0]) > 3 and \
                    after[0].isalpha() and after[0].islower() and after[0].startswith(self.prefixes):
                return True
            at, seen = text.find(word, at + len(word)), seen + 1
        return False

    @staticmethod
    def _titled(officials: list[OfficialRecord], name: str) -> OfficialRecord | None:
        """The record of this holder under the full name a title introduced ("Presiden Joko Widodo"),
        which a short form ("Jokowi") refers back to."""
        toks = tuple(name.casefold().split())
        return next((r for r in officials if r.tokens == toks), None)

    def _acts(self, doc: Doc, span: Span) -> bool:
        """Quoted ("kata Tjahjo Kumolo") or the subject of a verb ("Jokowi meminta ...", "Jokowi juga meminta")."""
        if span.start > 0 and doc[span.start - 1].lower_ in self.attribution:
            return True
        k = span.end + (span.end < len(doc) and doc[span.end].text in self.before_verb)
        nxt = doc[k] if k < len(doc) else None
        return nxt is not None and nxt.is_lower and nxt.is_alpha and len(nxt) > 3 and nxt.text.startswith(self.prefixes)


TITLE_PIPES = ("sentences", "places", "agencies", "officials")  # what a headline is read apart by


def title_doc(doc: Doc, make_doc, pipes: list) -> Doc | None:
    """The headline analysed apart for its institutions and officials, once per story (``doc._.title_doc``)."""
    if doc._.title_doc is None and doc._.title:
        doc._.title_doc = analysed(doc._.title, make_doc, pipes)
    return doc._.title_doc


def analysed(text: str, make_doc, pipes: list) -> Doc:
    """A headline or front matter read apart by the components that find institutions and officials. Its
    ``_.text`` is the text it is made of (the tokenizer keeps every character), not rebuilt token by token."""
    part = make_doc(text)
    part._.text = text
    for pipe in pipes:
        part = pipe(part)
        part._.headline_tokens = set()  # the segmenter takes a lone headline for one
    return part


def _term(terms: list[Term], day: date | None, named: dict[str, int]) -> Term | None:
    """The office the name stands for: held on the article's date, else the one the article names
    first, else the only one."""
    if day is not None:
        held = [t for t in terms if t.holds(day)]
        return min(held, key=lambda t: named.get(t.agency, UNNAMED)) if held else None
    in_text = [t for t in terms if t.agency in named]
    if in_text:
        return min(in_text, key=lambda t: named[t.agency])
    return terms[0] if len(terms) == 1 else None


@Language.factory("pantau_holders_v1", requires=["doc.ents", "doc.spans"], assigns=["doc.spans", "doc._.officials"])
def make_holders(nlp: Language, name: str) -> Holders:
    return Holders(nlp)
