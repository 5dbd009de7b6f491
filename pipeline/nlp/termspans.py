"""Phrase lists from the data files, matched into ``doc.spans[key]`` with the pattern id.

A small wrapper over spaCy's PhraseMatcher: phrases longer than ``exact_max`` characters match
case-insensitively, shorter ones (acronyms such as "KPU", "BIN") only as written. Each span
carries ``label_`` (the category) and ``id_`` (the canonical key of what was matched).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


class TermMatcher:
    def __init__(self, nlp: Language, *, exact_max: int = 4, case_sensitive: bool = False) -> None:
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._make = nlp.make_doc
        self._exact_max = exact_max
        self._case_sensitive = case_sensitive
        self._meta: dict[int, tuple[str, str]] = {}  # match id -> (label, key)
        self._seen: set[tuple[str, str, str, bool]] = set()

    def add(self, label: str, key: str, phrases: Iterable[str], *, cased: bool = False) -> None:
        """Register ``phrases`` as spellings of ``key`` (category ``label``); ``cased`` ones match only as written
        (a common noun that names an institution only when capitalised)."""
        match_id = f"{label}\x1f{key}"
        self._meta[self._lower.vocab.strings.add(match_id)] = (label, key)
        lower, exact = [], []
        for p in _variants(phrases):
            p = p.strip()
            if not p:
                continue
            exact_case = cased or self._case_sensitive or len(p) <= self._exact_max
            sig = (label, key, p if exact_case else p.casefold(), exact_case)
            if sig in self._seen:
                continue
            self._seen.add(sig)
            (exact if exact_case else lower).append(self._make(p))
            if not exact_case and "-" in p and len(one := self._make(p.casefold())) < len(lower[-1]):
                lower.append(one)  # "kemenpan-rb", "KEMENPAN-RB": the tokenizer splits a hyphen only in mixed case
        if lower:
            self._lower.add(match_id, lower)
        if exact:
            self._exact.add(match_id, exact)

    def spans(self, doc: Doc, *, longest: bool = True) -> list[Span]:
        found = []
        for matcher in (self._lower, self._exact):
            if not len(matcher):
                continue  # an empty PhraseMatcher still walks the whole document
            for match_id, start, end in matcher(doc):
                label, key = self._meta[match_id]
                found.append(Span(doc, start, end, label=label, span_id=key))
        if longest:
            found = filter_spans(found)
        return sorted(found, key=lambda s: (s.start, -s.end))


def _variants(phrases: Iterable[str]) -> Iterable[str]:
    """Each phrase, and a long name as reporters also write it: its list with fewer commas ("Menteri
    Koordinator Bidang Politik, Hukum, dan Keamanan" as "... Politik, Hukum dan Keamanan" or "... Politik
    Hukum dan Keamanan"), and its field word in lower case ("Menteri Koordinator bidang ...")."""
    for p in phrases:
        forms = [p]
        if ", " in p:
            forms += [p.replace(", dan ", " dan ").replace(", serta ", " serta "), p.replace(",", "")]
        yield from forms
        if " Bidang " in p:
            yield from (f.replace(" Bidang ", " bidang ") for f in forms)
