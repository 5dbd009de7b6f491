"""Place names (provinces, kabupaten/kota, provincial capitals) into ``doc.spans["places"]``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..regions import gazetteer
from ..registry import registry
from ..resources import load
from ..termspans import TermMatcher

# words that open a place, lower-cased, indexed by their last word for a look-back from the place
Openers = dict[str, tuple[tuple[str, ...], ...]]
NAME_WORDS = 4  # words of a name that may hold a place name ("Agus Babar Suharso (ABS)")


class Places:
    """Span ids are region keys ("kota:Surabaya"); label "place", "explicit" ("Kabupaten Agam")
    or "capital" (a seat of government that is not itself a kabupaten/kota). A regency's short form that
    is also a word, a name or common initials ("Tuba", "Mitra", "OI") is a place, labelled "titled" and
    meaning its id's regency, only right after a word that takes a regency ("Pj Bupati Tuba", "Pemkab
    Mitra", "DPRD OI"), never alone ("mitra kerja")."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = TermMatcher(nlp, case_sensitive=True)
        # the words of units' names ("Dinas", "Kesehatan"): a unit named with its place is no person's name before
        # initials ("Dinas Kesehatan Kendal (DKK)")
        self.unit_words = frozenset(load("offices")["loose_offices"]["words"])
        # the words after which a regency's short form names it: those of a regency or of no set level ("Pj Bupati
        # Tuba", "Pemkab Mitra", "Kabupaten OI")
        self.openers = _openers(nlp, (None, "kabupaten"), level_words=True)
        # the titles and bodies of one level only ("Bupati", "Pemkab"; "Wali Kota", "Pemkot"): after them a name a
        # regency and a city share is that level's
        self.level_openers = {level: _openers(nlp, (level,), level_words=False) for level in ("kabupaten", "kota")}
        gaz = gazetteer()
        self.regions = gaz.regions
        data = load("regions")
        prefixes, lower_last = data["level_prefixes"], set(data["lower_last_words"])
        for region in gaz.regions.values():
            surfaces = list(region.surfaces)
            surfaces += [f"{head} {last.lower()}" for s in region.surfaces if " " in s
                         for head, last in [s.rsplit(" ", 1)] if last in lower_last]
            self.matcher.add("place", region.key, surfaces + [s.upper() for s in surfaces])
            explicit = [f"{p} {s}" for p in prefixes[region.level] for s in (*surfaces, *region.titled)]
            self.matcher.add("explicit", region.key, explicit + [s.upper() for s in explicit])
            if region.titled:
                self.matcher.add("titled", region.key, [*region.titled, *(s.upper() for s in region.titled)])
        for city, province in gaz.capitals.items():
            if not gaz.candidates(city):
                self.matcher.add("capital", f"provinsi:{province}", [city, city.upper()])

    def __call__(self, doc: Doc) -> Doc:
        # overlapping names are all kept ("Wali Kota Medan": the title ends inside "Kota Medan"),
        # the longest one per start token
        spans, starts, titled, shared, twins = [], set(), {}, {}, {}
        for span in self.matcher.spans(doc, longest=False):
            if _in_initialled_name(doc, span.start, span.end, self.unit_words):
                continue
            if span.label_ == "titled":
                if self._after_opener(doc, span.start):
                    titled.setdefault(span.start, []).append(span)
            elif span.start not in starts:
                starts.add(span.start)
                spans.append(span)
            elif span.label_ == "explicit" and spans[-1].label_ == "explicit" and spans[-1].end == span.end:
                shared.setdefault(span.start, [spans[-1]]).append(span)  # "Kabupaten Mura": two regencies' short form
            elif span.label_ == "place" == spans[-1].label_ and spans[-1].start == span.start \
                    and spans[-1].end == span.end \
                    and self.regions[span.id_].province != self.regions[spans[-1].id_].province:
                shared.setdefault(span.start, [spans[-1]]).append(span)  # "Banjar": a regency and a city elsewhere
            elif span.label_ == "place" == spans[-1].label_ and spans[-1].start == span.start \
                    and spans[-1].end == span.end:
                twins[span.start] = [spans[-1], span]  # "Malang": a regency and a city of one province
        if twins:
            spans = [self._by_opener(doc, s, twins[s.start]) if s.start in twins else s for s in spans]
        if titled or shared:
            named = Counter(self.regions[s.id_].province for s in spans if s.start not in shared)
            # a tie keeps the first listed, as before: the place is named, only its regency is in doubt; a bare name
            # regions of two provinces share places nothing then (a district or a hamlet may bear it too)
            spans = [chosen for s in spans if (chosen := self._sharing(s, shared, named)) is not None]
            spans += [span for start, options in titled.items()
                      if start not in starts and (span := self._by_province(options, named)) is not None]
            spans.sort(key=lambda s: (s.start, -s.end))
        doc.spans["places"] = spans
        return doc

    def _sharing(self, span: Span, shared: dict[int, list[Span]], named: Counter) -> Span | None:
        """The place ``span`` names among the regions that share its name: the one of the province the story's other
        places name most; on a tie the span as listed, or none for a bare name (``place``) regions of two provinces
        share."""
        if span.start not in shared:
            return span
        return self._by_province(shared[span.start], named) or (None if span.label_ == "place" else span)

    def _by_province(self, options: list[Span], named: Counter) -> Span | None:
        """The regency a short form names; one shared by regencies of two provinces ("Mura": Musi Rawas in
        Sumsel, Murung Raya in Kalteng) is the one whose province the text's other places name most, else none."""
        if len(options) == 1:
            return options[0]
        counts = sorted(((named[self.regions[s.id_].province], s) for s in options), key=lambda c: -c[0])
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    def _by_opener(self, doc: Doc, span: Span, options: list[Span]) -> Span:
        """The regency or the city of a name both bear, as the title or body right before it says ("Bupati Malang",
        "Pemkot Malang"); the span as listed where nothing before it tells the level."""
        for level, openers in self.level_openers.items():
            if _ends_with(doc, span.start, openers):
                return next((o for o in options if self.regions[o.id_].level == level), span)
        return span

    def _after_opener(self, doc: Doc, start: int) -> bool:
        """Whether the words right before ``start`` end with a title or a body that takes a regency."""
        return _ends_with(doc, start, self.openers)


def _ends_with(doc: Doc, start: int, openers: Openers) -> bool:
    """Whether the words right before ``start`` are one of ``openers`` (indexed by their last word)."""
    return start > 0 and any(start >= len(words) and tuple(t.lower_ for t in doc[start - len(words):start]) == words
                             for words in openers.get(doc[start - 1].lower_, ()))


def _openers(nlp: Language, levels: tuple[str | None, ...], level_words: bool) -> Openers:
    """The regional bodies' heads ("Pemkab", "DPRD", "Dinas Pendidikan") and the regional titles ("Bupati", "Sekda")
    of ``levels`` (None: of no set level), with those levels' own level words if ``level_words``, all from the data
    files, by their last word for a look-back from a place."""
    reg = registry()
    heads = [h for t in reg.types.values() for h, at in t.heads if at in levels]
    titles = [t for spec in load("offices")["regional"] if spec.get("level") in levels for t in spec["titles"]]
    words = [w for w, at in reg.level_words.items() if at in levels] if level_words else []
    return _by_last_word(nlp, (*heads, *titles, *words))


def _by_last_word(nlp: Language, phrases: Iterable[str]) -> Openers:
    """The phrases as lower-cased word tuples, indexed by their last word for a look-back from a place."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(t.lower_ for t in nlp.make_doc(phrase))
        found.setdefault(words[-1], set()).add(words)
    return {last: tuple(forms) for last, forms in found.items()}


def _in_initialled_name(doc: Doc, start: int, end: int, unit_words: frozenset[str]) -> bool:
    """Whether the words at ``start``..``end`` are part of a person's name followed by its initials in
    brackets, as reports on accused civil servants write them: "Babar Suharso (BS)" is no Bangka Barat; a unit's
    name before the place ("Dinas Kesehatan Kendal (DKK)") is none."""
    k = end
    while k < len(doc) and k - start < NAME_WORDS and doc[k].is_title:
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" or not doc[k + 1].is_upper:
        return False
    initials = doc[k + 1].text
    return any("".join(t.text[0] for t in doc[s:k]) == initials  # more than the place: "Nusa Tenggara Barat (NTB)"
               and not any(t.text in unit_words for t in doc[s:start])  # tested only where the initials match
               for s in range(max(0, start - NAME_WORDS + 1), start + 1)
               if (s, k) != (start, end) and all(t.is_title for t in doc[s:k]))


@Language.factory("pantau_places_v1", assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> Places:
    return Places(nlp)
