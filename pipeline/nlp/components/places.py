"""Place names (provinces, kabupaten/kota, provincial capitals) into ``doc.spans["places"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..regions import gazetteer
from ..termspans import TermMatcher

NAME_WORDS = 4  # words of a name that may hold a place name ("Agus Babar Suharso (ABS)")
LEVEL_PREFIX = {"provinsi": ("Provinsi",), "kabupaten": ("Kabupaten", "Kab."), "kota": ("Kota",)}


class Places:
    """Span ids are region keys ("kota:Surabaya"); label "place", "explicit" ("Kabupaten Agam")
    or "capital" (a seat of government that is not itself a kabupaten/kota)."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = TermMatcher(nlp, case_sensitive=True)
        gaz = gazetteer()
        for region in gaz.regions.values():
            surfaces = list(region.surfaces)
            self.matcher.add("place", region.key, surfaces + [s.upper() for s in surfaces])
            self.matcher.add("explicit", region.key,
                             [f"{p} {s}" for p in LEVEL_PREFIX[region.level] for s in surfaces])
        for city, province in gaz.capitals.items():
            if not gaz.candidates(city):
                self.matcher.add("capital", f"provinsi:{province}", [city, city.upper()])

    def __call__(self, doc: Doc) -> Doc:
        # overlapping names are all kept ("Wali Kota Medan": the title ends inside "Kota Medan"),
        # the longest one per start token
        spans, starts = [], set()
        for span in self.matcher.spans(doc, longest=False):
            if span.start not in starts and not _in_initialled_name(doc, span.start, span.end):
                starts.add(span.start)
                spans.append(span)
        doc.spans["places"] = spans
        return doc


def _in_initialled_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at ``start``..``end`` are part of a person's name followed by its initials in
    brackets, as reports on accused civil servants write them: "Babar Suharso (BS)" is no Bangka Barat."""
    k = end
    while k < len(doc) and k - start < NAME_WORDS and doc[k].is_title:
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" or not doc[k + 1].is_upper:
        return False
    initials = doc[k + 1].text
    return any("".join(t.text[0] for t in doc[s:k]) == initials  # more than the place: "Nusa Tenggara Barat (NTB)"
               for s in range(max(0, start - NAME_WORDS + 1), start + 1)
               if (s, k) != (start, end) and all(t.is_title for t in doc[s:k]))


@Language.factory("pantau_places_v1", assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> Places:
    return Places(nlp)
