"""Directives: sentences that instruct civil servants, by kind, with actor, target and content.

A cue word gives the kind ("dilarang", "wajib", "boleh", "diimbau", "sanksi"). The sentence is a
directive to civil servants when the cue's addressee is one: the object of an active verb
("meminta ASN", not "meminta masyarakat"), else the subject of the clause ("ASN dilarang", not
"Bawaslu diminta"). A cue with no addressee of its own ("Jangan like ...", "Sanksinya ...")
inherits one from its paragraph or the two sentences before it.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...records import Directive
from ..extensions import register
from ..legal import legal_bases
from ..registry import registry
from ..resources import load
from ..termspans import TermMatcher
from .segmenter import sentences

ACCEPT, REJECT, UNKNOWN = "accept", "reject", "unknown"
CONTEXT_BACK = 2
QUOTES = {"“", '"', "”", "‘", "’"}
HARD_BOUNDARIES = {";", ":", "“", "”"}


class Directives:
    def __init__(self, nlp: Language) -> None:
        register()
        cues = load("directives")
        targets = load("targets")
        self.reg = registry()
        self.cues = TermMatcher(nlp, exact_max=0)
        self.active: set[str] = set()
        for kind, spec in cues["kinds"].items():
            self.cues.add(kind, kind, spec["cues"])
            self.active |= {a.casefold() for a in spec.get("active") or []}
        self.negators = set(cues["negators"])
        self.noun_cues = set(cues["noun_cues"])
        self.noun_anaphora = set(cues["noun_cue_anaphora"])
        self.verb_prefixes = tuple(cues["verb_prefixes"])
        self.negatable = set(cues["negatable"])
        self.absorbs = set(cues["sanction_absorbs"])
        self.not_after = set(cues["sanction_not_after"])
        self.holders = set(cues["noun_cue_holders"])
        self.procedural = set(cues["procedural_objects"])
        self.markers = set(cues["addressee_markers"])
        self.persons_words = set(targets["other_people"])
        self.disclaimers = TermMatcher(nlp, exact_max=0)
        self.disclaimers.add("disclaimer", "disclaimer", cues["disclaimers"])
        self.enforcement = TermMatcher(nlp, exact_max=0)
        self.enforcement.add("enforcement", "enforcement", cues["enforcement"])
        self.citations = TermMatcher(nlp, exact_max=0)
        self.citations.add("citation", "citation", cues["citation_verbs"])
        self.targets = TermMatcher(nlp, exact_max=0)
        cs, co = targets["civil_servants"], targets["co_targets"]
        for p in cs["phrases"]:
            self.targets.add("cs", cs["labels"].get(p, "ASN"), [p])
        for p in co["phrases"]:
            self.targets.add("co", co["labels"].get(p, p), [p])
        co_phrases = set(co["phrases"])
        self.targets.add("other", "other", [p for p in targets["others"] if p not in co_phrases])
        self.prefixes = tuple(cs["prefixes"])
        self.anaphora = set(targets["anaphora"])
        self.skip = set(targets["quantifiers"])
        self.openers = TermMatcher(nlp, exact_max=0)
        self.openers.add("opener", "opener", targets["clause_openers"])
        self.behaviours = TermMatcher(nlp, exact_max=0)
        for key, spec in load("behaviours")["behaviours"].items():
            self.behaviours.add("behaviour", key, spec["phrases"])
        offices = load("offices")
        self.attribution = {a.casefold() for a in offices["attribution"] if " " not in a}

    # ------------------------------------------------------------------ pipeline
    def __call__(self, doc: Doc) -> Doc:
        sents = sentences(doc)
        paras = doc._.paragraphs
        cues = _by_sentence(self.cues.spans(doc), sents)
        tspans = self.targets.spans(doc)
        # words of an official's title ("Pj Gubernur Jateng") are not the addressee
        in_roles = {i for r in doc.spans.get("roles", []) for i in range(r.start, r.end)}
        tspans = [t for t in tspans if t.start not in in_roles]
        covered = {i for s in tspans for i in range(s.start, s.end)} | in_roles
        strings = doc.vocab.strings
        for i, low in enumerate(doc.to_array(LOWER)):  # "pegawainya", "jajarannya"
            if i not in covered and strings[int(low)].startswith(self.prefixes):
                tspans.append(Span(doc, i, i + 1, label="cs", span_id="pegawai"))
        tspans.sort(key=lambda s: s.start)
        targets = _by_sentence(tspans, sents)
        openers = {s.start: s for s in self.openers.spans(doc)}
        self._disclaimed = {s.end for s in self.disclaimers.spans(doc)}
        self._cited = {s.start for s in self.citations.spans(doc)}
        self._enforcing = {s.start for s in self.enforcement.spans(doc)}
        behaviours = _by_sentence(self.behaviours.spans(doc), sents)
        speakers = Speakers(doc, sents, self.attribution)
        records, spans = [], []
        resolved: dict[int, list[str]] = {}  # sentence -> addressee of the directives it gave
        for k, sent in enumerate(sents):
            if sent.start in (doc._.headline_tokens or ()):  # headlines, links, captions, front matter
                continue
            kinds = self._kinds(doc, sent, cues[k], targets[k], openers)
            if not kinds:
                continue
            inherited = None
            if UNKNOWN in kinds.values():  # the sentence's own civil servants, else the context's
                inherited = _labels(targets[k]) or self._context(k, sents, targets, paras, resolved)
            labels = _labels(targets[k]) or inherited
            for kind, status in kinds.items():
                if status == REJECT or (status == UNKNOWN and not inherited):
                    continue
                if labels:
                    resolved[k] = labels
                text = sent.text.strip()
                cue_start = min(c.start for c in cues[k] if c.label_ == kind)
                records.append(Directive(
                    kind=kind, sentence=text, actor=speakers.actor(k, cue_start),
                    target=", ".join(labels) if labels else None,
                    behaviours=tuple(dict.fromkeys(b.id_ for b in behaviours[k])),
                    legal_bases=legal_bases(text, doc._.published),
                ))
                span = Span(doc, sent.start, sent.end, label=kind)
                span._.kind = kind
                spans.append(span)
        doc.spans["directives"] = spans
        doc._.directives = records
        return doc

    # ------------------------------------------------------------------ decisions
    def _kinds(self, doc: Doc, sent: Span, cues: list[Span], targets: list[Span],
               openers: dict[int, Span]) -> dict[str, str]:
        """kind -> accept | reject | unknown for the cues of one sentence (best status wins)."""
        out: dict[str, str] = {}
        rank = {ACCEPT: 2, UNKNOWN: 1, REJECT: 0}
        for cue in cues:
            kind = cue.label_
            before = doc[cue.start - 1].lower_ if cue.start > sent.start else ""
            if kind in self.negatable and before in self.negators:
                continue
            if kind == "sanction" and before in self.not_after:
                continue  # "unsur pidana": a crime to investigate, not a penalty
            if any(cue.start - e in (0, 1, 2) for e in self._disclaimed):
                continue  # "tidak berwenang menjatuhkan sanksi"
            if kind == "appeal" and any(c.label_ == "prohibition" and c.start < cue.start for c in cues):
                continue  # "tidak boleh ... mengajak orang lain": the appeal verb is what is forbidden
            if kind == "appeal" and any(cue.end <= i < sent.end for i in self._enforcing):
                continue  # "meminta PPK ... menjatuhkan hukuman": to the authority, about enforcing
            if cue.text.lower() in self.noun_cues:
                after = doc[cue.end].lower_ if cue.end < sent.end else ""
                if before.startswith(self.verb_prefixes) and before not in self.holders:
                    continue  # "melanggar larangan": the rule is only mentioned
                if any(cue.end <= i < sent.end for i in self._cited):
                    continue  # "larangan ... tercantum dalam Pasal 70": where the rule is written
                if after in self.noun_anaphora and not any(t.label_ == "cs" for t in targets):
                    continue  # "Larangan itu ia sampaikan ...": a rule stated before, nothing new
            if cue.text.lower() in self.active:
                if cue.end < sent.end and doc[cue.end].text in {",", ":"}:
                    continue  # "mengingatkan, ..." reports speech; it is no appeal by itself
                if cue.end < sent.end and doc[cue.end].lower_ == "bahwa":
                    continue  # "mengingatkan bahwa ...": a reminder of a fact; its clause speaks for itself
                if cue.end < sent.end and doc[cue.end].lower_.removesuffix("nya") in self.procedural:
                    continue  # "meminta keterangan dari ...": a procedural step, not an instruction
                status = self._object(doc, cue, sent, targets)
            else:
                start = self._clause_start(doc, sent, cue.start, openers)
                if kind in self.absorbs and any(c.label_ == "sanction" and start <= c.start < cue.start for c in cues):
                    continue
                status = _status([t for t in targets if start <= t.start < cue.start])
                if status != ACCEPT and cue.end < sent.end and doc[cue.end].lower_ in self.markers:
                    status = self._object(doc, cue, sent, targets)  # "dilarang bagi ASN"
                    status = UNKNOWN if status == REJECT else status
            if kind not in out or rank[status] > rank[out[kind]]:
                out[kind] = status
        return out

    def _object(self, doc: Doc, cue: Span, sent: Span, targets: list[Span]) -> str:
        i = cue.end
        while i < sent.end and (doc[i].lower_ in self.skip or doc[i].is_punct and doc[i].text != ","):
            i += 1
        for t in targets:
            if t.start == i:
                return ACCEPT if t.label_ == "cs" else REJECT
        if i < sent.end and self._names_someone(doc[i]):
            return REJECT  # "meminta anggota grup hadir": addressed to someone who is no civil servant
        return UNKNOWN

    def _names_someone(self, tok) -> bool:
        """A plain lower-case noun as the object: a person or group outside the target lists."""
        low = tok.lower_
        return (tok.is_alpha and tok.is_lower and low in self.persons_words)

    def _clause_start(self, doc: Doc, sent: Span, end: int, openers: dict[int, Span]) -> int:
        start, seen_opener = sent.start, False
        i = sent.start
        while i < end:
            tok = doc[i]
            if i in openers:
                op = openers[i]
                if op.text.lower() in {"bahwa", "agar", "supaya", "sehingga"}:
                    start, seen_opener = op.end, False
                else:
                    seen_opener = True
                i = op.end
                continue
            if tok.text in HARD_BOUNDARIES or (tok.text == '"' and i > sent.start) or tok.text == "," and seen_opener:
                start, seen_opener = i + 1, False
            i += 1
        return start

    def _context(self, k: int, sents: list[Span], targets: list[list[Span]], paras: list[int],
                 resolved: dict[int, list[str]]) -> list[str] | None:
        """Addressee labels from the paragraph and the sentences before (or of a directive given
        there); a pronoun ("kita", "mereka") in them points further back."""
        para = paras[sents[k].start]
        back = CONTEXT_BACK
        if any(t.lower_ in self.anaphora for j in range(max(0, k - back), k + 1) for t in sents[j]) or self._quoted(k, sents, paras):
            back *= 2
        window = [j for j in range(len(sents)) if paras[sents[j].start] == para or k - back <= j < k]
        for j in sorted(window, key=lambda j: abs(j - k)):
            labels = _labels(targets[j]) or resolved.get(j)
            if labels:
                return labels
        return None

    @staticmethod
    def _quoted(k: int, sents: list[Span], paras: list[int]) -> bool:
        """The sentence is direct speech: its paragraph opens with a quotation mark."""
        para = paras[sents[k].start]
        j = k
        while j > 0 and paras[sents[j - 1].start] == para:
            j -= 1
        first = sents[j][0].text if len(sents[j]) else ""
        return first in QUOTES


def _status(targets: list[Span]) -> str:
    """Civil servants addressed: accept; only others (or only soldiers, police...): reject."""
    if any(t.label_ == "cs" for t in targets):
        return ACCEPT
    if any(t.label_ in ("other", "co") for t in targets):
        return REJECT
    return UNKNOWN


def _labels(targets: list[Span]) -> list[str]:
    cs = [t.id_ for t in targets if t.label_ == "cs"]
    if not cs:
        return []
    return list(dict.fromkeys(cs + [t.id_ for t in targets if t.label_ == "co"]))


def _by_sentence(spans: list[Span], sents: list[Span]) -> list[list[Span]]:
    out: list[list[Span]] = [[] for _ in sents]
    k = 0
    for s in sorted(spans, key=lambda s: s.start):
        while k < len(sents) and sents[k].end <= s.start:
            k += 1
        if k < len(sents):
            out[k].append(s)
    return out


class Speakers:
    """Who gives each directive: the quote's attribution ("kata Anas", "ujarnya"), else the
    official or institution named before the cue, else the person last speaking."""

    def __init__(self, doc: Doc, sents: list[Span], attribution: set[str]) -> None:
        self.reg = registry()
        self.persons = _by_sentence(list(doc.spans.get("persons", [])), sents)
        self.orgs = _by_sentence([e for e in doc.ents if e.label_ == "ORG"], sents)
        offices = _by_sentence([r for r in doc.spans.get("roles", []) if r.label_ == "OFFICE"], sents)
        self.offices = offices
        self.said: list[str | None] = []  # attribution of each sentence
        self.current: list[str | None] = []  # the last speaker before each sentence
        current: str | None = None
        strings = doc.vocab.strings
        cues = [i for i, low in enumerate(doc.to_array(LOWER)) if strings[int(low)] in attribution]
        cue_sents = _by_sentence([doc[i:i + 1] for i in cues], sents)
        for k, sent in enumerate(sents):
            said = _attributed(doc, cue_sents[k], self.persons[k]) if cue_sents[k] else None
            if said == CURRENT:
                said = current
            self.said.append(said)
            self.current.append(current)
            named = said or (self.persons[k][0]._.official.name if self.persons[k] else None)
            current = named or self._subject(sent, offices[k] + self.orgs[k]) or current
        # an unattributed quote belongs to the speaker named where the quote closes
        for k in range(len(sents) - 2, -1, -1):
            if self.said[k] is None and sents[k][0].text in QUOTES and self.said[k + 1]:
                self.said[k] = self.said[k + 1]

    def _subject(self, sent: Span, candidates: list[Span]) -> str | None:
        """An institution or unnamed office heading the sentence (after a dateline) speaks for it."""
        start = sent.start
        for t in sent[:12]:
            if t.text in {"–", "-", "—"}:
                start = t.i + 1
                break
        for c in sorted(candidates, key=lambda c: c.start):
            if 0 <= c.start - start <= 2 and (agency := self.reg.agencies.get(c.id_)) is not None:
                return agency.name
        return None

    def actor(self, k: int, before: int) -> str | None:
        if self.said[k]:
            return self.said[k]
        for p in self.persons[k]:
            if p.start < before:
                return p._.official.name
        for e in sorted(self.offices[k] + self.orgs[k], key=lambda e: e.start):
            if e.start < before and (agency := self.reg.agencies.get(e.id_)) is not None:
                return agency.name
        return self.current[k]


CURRENT = "\x00current"


def _attributed(doc: Doc, cues: list[Span], persons: list[Span]) -> str | None:
    """The official named after a speech verb, CURRENT for "ujarnya"/"kata dia", else None."""
    for cue in cues:
        tok = cue[0]
        after = [p for p in persons if p.start == tok.i + 1]
        if after:
            return after[0]._.official.name
        nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if tok.lower_.endswith("nya") or nxt in {"dia", "ia", "beliau"}:
            return CURRENT
    return None


@Language.factory("pantau_directives_v1", requires=["doc.spans", "doc.ents"],
                  assigns=["doc.spans", "doc._.directives"])
def make_directives(nlp: Language, name: str) -> Directives:
    return Directives(nlp)
