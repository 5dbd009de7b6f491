"""Officials: a person named with an office, its institution, and later short references.

Titles come before the name ("Kepala BKD Kaltim Rina Kartikasari", "Penjabat (Pj) Gubernur
Jawa Timur Bambang ...") or after it ("Abdullah Azwar Anas selaku Menteri PANRB"). A person is
an official only when the title names an institution (directly, by a region, or as a fixed
office such as "Mendagri"); bylines and photo credits never carry such a title. Later
references by part of the name ("Anas", "Andi Ridwan") point to the same official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register
from ..registry import registry
from ..resources import load
from ..termspans import TermMatcher
from .agencies import find_region, skip_paren

NAME_MAX = 5
UNIT_MAX = 10  # words of a unit name between a head and its institution
PARTICLES = {"bin", "binti", "van", "de", "al", "el"}


@dataclass
class OfficialRecord:
    name: str
    role: str | None
    agency: str | None  # agency key
    tokens: tuple[str, ...]  # lower-cased name tokens, honorifics removed

    def matches(self, toks: tuple[str, ...]) -> bool:
        """Whether ``toks`` (in order) is part of this person's name."""
        it = iter(self.tokens)
        return all(t in it for t in toks)


class Officials:
    def __init__(self, nlp: Language) -> None:
        register()
        data = load("offices")
        self.reg = registry()
        self.matcher = TermMatcher(nlp, case_sensitive=True)
        for h in data["heads"]:
            self.matcher.add("head", h, [h])
        for r in data["regional"]:
            self.matcher.add("regional", f"{r['type']}|{r.get('level') or ''}", r["titles"])
        for a in self.reg.agencies.values():
            if a.offices:
                self.matcher.add("office", a.key, a.offices)
        self.modifiers = {m.rstrip(".") for m in data["modifiers"] if " " not in m}
        self.matcher.add("rank", "rank", data["ranks"] + data["honorifics"])
        self.drop = {h.casefold().rstrip(".") for h in data["ranks"] + data["honorifics"]}
        self.not_name = {w.casefold() for w in data["not_name"]}
        self.apposition = [tuple(a.split()) for a in data["apposition"]]
        self.venue = set(data["venue"])
        self.contest = {w.casefold() for w in data["contest"]}

    # ------------------------------------------------------------------ pipeline
    def __call__(self, doc: Doc) -> Doc:
        ents = {e.start: e for e in doc.ents if e.label_ == "ORG"}
        inside = {i for e in doc.ents for i in range(e.start, e.end)}
        places = {s.start: s for s in doc.spans.get("places", [])}
        terms = self.matcher.spans(doc)
        headline = doc._.headline_tokens or set()
        titled = {i for t in terms if t.label_ != "rank" for i in range(t.start, t.end)}
        extras = {s.start: s for s in terms if s.label_ == "rank"}
        officials: list[OfficialRecord] = []
        name_spans: list[Span] = []
        roles: list[Span] = []
        for term in terms:
            if term.label_ not in ("head", "regional", "office"):
                continue
            if term.start in inside and term.start not in ents:  # a word inside an institution's name
                continue
            if term.start > 0 and doc[term.start - 1].text in self.venue or term.start in headline:
                continue
            if term.label_ == "regional" and term.start > 0 and doc[term.start - 1].lower_ in self.contest:
                continue  # "pemilihan Gubernur Sumbar": a contest, not its office holder
            parsed = self._title(doc, term, ents, places)
            if parsed is None:
                continue
            role_start, title_end, agency = parsed
            start = _skip_extras(title_end, extras)
            name = self._name_after(doc, start, ents)
            if name is None and start < len(doc) and doc[start].text == ",":
                name = self._apposed(doc, start + 1, ents, extras)  # "Wakil Bupati Sleman, Danang Maharsa, ..."
            if name is None:
                name = self._name_before(doc, role_start, inside | titled)
            if name is None:  # "Bupati Gowa mengingatkan ...": the office speaks, its holder unnamed
                roles.append(Span(doc, role_start, title_end, label="OFFICE", span_id=agency))
                continue
            rec = self._record(officials, name, _role(doc[role_start:title_end]), agency)
            roles.append(Span(doc, role_start, title_end, label="ROLE", span_id=agency))
            span = Span(doc, name.start, name.end, label="PER")
            span._.official = rec
            name_spans.append(span)
        doc._.officials = officials
        doc.spans["roles"] = roles
        doc.spans["persons"] = sorted(name_spans + self._references(doc, officials, name_spans),
                                      key=lambda s: s.start)
        return doc

    # ------------------------------------------------------------------ titles
    def _title(self, doc: Doc, term: Span, ents: dict[int, Span],
               places: dict[int, Span]) -> tuple[int, int, str] | None:
        """(role start, end of title incl. institution, agency key) or None."""
        start = _modifiers_before(doc, term.start, self.modifiers)
        i = term.end
        cut = next((k for k in range(term.start + 1, term.end) if k in ents), None)
        if cut is not None and term.label_ == "head":  # "Kepala Dinas" + "Dinas Pendidikan Jatim"
            ent = ents[cut]
            return start, skip_paren(doc, ent.end), ent.id_
        if term.label_ == "office":
            i = skip_paren(doc, i)
            return start, i, term.id_
        if term.label_ == "regional":
            type_key, level = term.id_.split("|")
            i = skip_paren(doc, i)
            if i in ents:  # "Sekda Pemprov Kaltim": the institution is written out
                ent = ents[i]
                return start, skip_paren(doc, ent.end), ent.id_
            region, end = find_region(doc, i, level or None, places)
            agency = self.reg.regional(type_key, region) if region else None
            return (start, skip_paren(doc, end), agency.key) if agency else None
        j, steps = i, 0
        while j < len(doc) and j not in ents and steps < UNIT_MAX:
            t = doc[j]
            if t.text == "(":  # "Direktur Jenderal Otonomi Daerah (Otda) Kemendagri", "Sekjen (Sekjen) ..."
                j, steps = skip_paren(doc, j), steps + 1
                continue
            joiner = t.lower_ in {"dan", "&"} or (t.text == "," and j + 1 < len(doc)
                                                   and (doc[j + 1].is_title or doc[j + 1].lower_ == "dan"))
            if not (t.is_title or t.is_upper or joiner):  # "Kepala Biro Hubungan Masyarakat, Hukum, dan ..."
                break
            j, steps = j + 1, steps + 1
        ent = ents.get(j)
        if ent is None:
            return None
        return start, skip_paren(doc, ent.end), ent.id_

    # ------------------------------------------------------------------ names
    def _name_like(self, tok) -> bool:
        text = tok.text
        if tok.lower_ in self.not_name or not tok.is_alpha and "'" not in text and "-" not in text:
            return False
        return tok.is_title or (text[:1].isupper() and len(text) > 1 and not tok.is_upper)

    def _name_after(self, doc: Doc, i: int, ents: dict[int, Span]) -> Span | None:
        j = i
        while j < len(doc) and j - i < NAME_MAX and j not in ents:
            tok = doc[j]
            nxt_name = j + 1 < len(doc) and self._name_like(doc[j + 1])
            initials = (tok.is_upper and tok.is_alpha and len(tok) <= 3 and tok.lower_ not in self.not_name) or \
                bool(_INITIAL.match(tok.text))
            if self._name_like(tok) or (initials and nxt_name) or (j > i and tok.lower_ in PARTICLES and nxt_name):
                j += 1
            else:
                break
        return doc[i:j] if j > i else None

    def _apposed(self, doc: Doc, i: int, ents: dict[int, Span], extras: dict[int, Span]) -> Span | None:
        name = self._name_after(doc, _skip_extras(i, extras), ents)
        if name is None or len(name) < 2 or name.end >= len(doc) or doc[name.end].text != ",":
            return None
        if any(p.start == name.start and p.end == name.end for p in doc.spans.get("places", [])):
            return None  # "..., Lubuk Basung, Senin": a place, not a person
        return name

    def _name_before(self, doc: Doc, title_start: int, inside: set[int]) -> Span | None:
        """"<Name> selaku <title>" or "<Name>, <title>": the name stands just before."""
        end = title_start
        for words in self.apposition:
            n = len(words)
            if end - n >= 0 and tuple(t.lower_ for t in doc[end - n:end]) == words:
                end -= n
                break
        else:
            if end - 1 >= 0 and doc[end - 1].text == ",":
                end -= 1
            else:
                return None
        j = end
        def ok(k: int) -> bool:
            return k not in inside and self._name_like(doc[k])

        while j > 0 and end - j < NAME_MAX and ok(j - 1) and not doc[j - 1].is_sent_start:
            j -= 1
        if j > 0 and doc[j - 1].is_sent_start and ok(j - 1):
            j -= 1
        return doc[j:end] if end - j >= 2 else None

    def _record(self, officials: list[OfficialRecord], name: Span, role: str, agency: str) -> OfficialRecord:
        toks = tuple(t.lower_ for t in name if t.lower_.rstrip(".") not in self.drop)
        for rec in officials:
            if rec.matches(toks) or OfficialRecord("", None, None, toks).matches(rec.tokens):
                if len(toks) > len(rec.tokens):
                    rec.name, rec.tokens = name.text, toks
                return rec
        rec = OfficialRecord(name.text, role, agency, toks)
        officials.append(rec)
        return rec

    def _references(self, doc: Doc, officials: list[OfficialRecord], named: list[Span]) -> list[Span]:
        """Short references ("kata Anas", "ujar Andi Ridwan") to officials already named."""
        if not officials:
            return []
        vocab = {t for rec in officials for t in rec.tokens}
        taken = {i for s in named for i in range(s.start, s.end)}
        strings = doc.vocab.strings
        lowers = [strings[int(x)] for x in doc.to_array(LOWER)]

        def hit(k: int) -> bool:
            return k not in taken and lowers[k] in vocab and doc[k].is_title

        out = []
        i = 0
        while i < len(doc):
            if not hit(i):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and hit(j):
                j += 1
            toks = tuple(lowers[i:j])
            rec = next((r for r in reversed(officials) if r.matches(toks)), None)
            if rec is not None:
                span = Span(doc, i, j, label="PER_REF")
                span._.official = rec
                out.append(span)
            i = j
        return out


def _skip_extras(i: int, extras: dict[int, Span]) -> int:
    while i in extras:
        i = extras[i].end
    return i


def _modifiers_before(doc: Doc, start: int, modifiers: set[str]) -> int:
    """Extend a title left over "Penjabat (Pj)", "Pj", "Plt."."""
    i = start
    if i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].text.rstrip(".") in modifiers:
        i -= 3
    if i >= 1 and doc[i - 1].text.rstrip(".") in modifiers:
        i -= 1
    return i


_PAREN = re.compile(r"\s*\([^)]*\)")
_INITIAL = re.compile(r"^[A-Z][a-z]{0,3}\.$")  # "A.", "Moch.", "Muh."


def _role(span: Span) -> str:
    """The office as written, without bracketed acronyms: "Penjabat (Pj) Gubernur" -> "Penjabat Gubernur"."""
    return re.sub(r"\s+", " ", _PAREN.sub("", span.text)).strip(" ,")


@Language.factory("pantau_officials_v1", requires=["doc.ents", "doc.spans"], assigns=["doc.spans", "doc._.officials"])
def make_officials(nlp: Language, name: str) -> Officials:
    return Officials(nlp)
