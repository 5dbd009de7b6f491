"""Phrase lists from the data files, matched into ``doc.spans[key]`` with the pattern id.

A small wrapper over spaCy's PhraseMatcher: phrases longer than ``exact_max`` characters match
case-insensitively, shorter ones (acronyms such as "KPU", "BIN") only as written. Each span
carries ``label_`` (the category) and ``id_`` (the canonical key of what was matched).
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span


class TermMatcher:
    def __init__(self, nlp: Language, *, exact_max: int = 4, case_sensitive: bool = False) -> None:
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._make = nlp.make_doc
        self._exact_max = exact_max
        self._case_sensitive = case_sensitive
        self._meta: dict[int, tuple[int, int]] = {}  # match id -> (label, key) as hashes: no string lookup per span
        self._names: dict[int, tuple[str, str]] = {}  # match id -> (label, key) as strings, for ``matches``
        self._seen: set[tuple[str, str, str, bool]] = set()
        # match id -> the lower-case patterns' words, for ``TermGroups``: kept as strings, as a Doc each (thousands of
        # them) would hold tens of MiB for the life of the process
        self._patterns: dict[str, list[tuple[str, ...]]] = {}

    def add(self, label: str, key: str, phrases: Iterable[str], *, cased: bool = False) -> None:
        """Register ``phrases`` as spellings of ``key`` (category ``label``); ``cased`` ones match only as written
        (a common noun that names an institution only when capitalised)."""
        match_id = f"{label}\x1f{key}"
        strings = self._lower.vocab.strings
        match_hash = strings.add(match_id)
        self._meta[match_hash] = (strings.add(label), strings.add(key))
        self._names[match_hash] = (label, key)
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
            self._patterns.setdefault(match_id, []).extend(tuple(t.text for t in p) for p in lower)
        if exact:
            self._exact.add(match_id, exact)

    def spans(self, doc: Doc, *, longest: bool = True) -> list[Span]:
        """The matches in document order (by start, longer first); with ``longest``, as ``filter_spans`` would
        keep them. Matches are filtered and sorted as tuples: a ``Span`` is made only for those returned."""
        meta = self._meta
        return [Span(doc, start, end, label=meta[match_id][0], span_id=meta[match_id][1])
                for match_id, start, end in self._found(doc, longest)]

    def matches(self, doc: Doc, *, longest: bool = True) -> list[tuple[str, str, int, int]]:
        """``(label, key, start, end)`` of what ``spans`` returns, in its order: for callers that read only these
        (making a ``Span`` costs more than matching)."""
        names = self._names
        return [(*names[match_id], start, end) for match_id, start, end in self._found(doc, longest)]

    def _found(self, doc: Doc, longest: bool) -> list[tuple[int, int, int]]:
        """``(match_id, start, end)`` by start, longer first; with ``longest``, filtered as ``filter_spans``."""
        # an empty PhraseMatcher still walks the whole document: it is skipped
        found = [m for matcher in (self._lower, self._exact) if len(matcher) for m in matcher(doc)]
        return _ordered(found, longest)

    def _named(self, found: list[tuple[int, int, int]], longest: bool) -> list[tuple[str, str, int, int]]:
        """``matches`` from the lower-case matcher's own ``found`` (see ``TermGroups``)."""
        names = self._names
        return [(*names[match_id], start, end) for match_id, start, end in _ordered(found, longest)]


class TermGroups:
    """Several TermMatchers with lower-case phrases only, matched in one walk over the document instead of one
    each (a walk costs about as much as the matches it finds). Each one's matches come out as its ``matches``
    gives them: a PhraseMatcher lists its matches by start, then end, so a matcher's share of the joint list is its
    own list, provided no phrase of it is registered under two keys (their order at one span would be the hash
    map's): such a matcher is matched on its own."""

    def __init__(self, nlp: Language, matchers: dict[str, TermMatcher]) -> None:
        self._joint = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._alone: dict[str, TermMatcher] = {}
        self._owner: dict[int, tuple[str, int]] = {}  # joint match id -> (matcher's name, its own match id)
        strings = nlp.vocab.strings
        for name, matcher in matchers.items():
            if len(matcher._exact) or not _one_key_per_phrase(matcher._patterns):
                self._alone[name] = matcher
                continue
            for match_id, phrases in matcher._patterns.items():
                joint_id = f"{name}\x1e{match_id}"
                self._owner[strings.add(joint_id)] = (name, strings[match_id])
                self._joint.add(joint_id, [Doc(nlp.vocab, words=list(words)) for words in phrases])
        self._matchers = matchers

    def matches(self, doc: Doc, *, longest: bool = True) -> dict[str, list[tuple[str, str, int, int]]]:
        """Each matcher's ``matches(doc, longest=longest)``, by its name."""
        found: dict[str, list[tuple[int, int, int]]] = {name: [] for name in self._matchers}
        owner = self._owner
        for joint_id, start, end in self._joint(doc) if len(self._joint) else ():
            name, match_id = owner[joint_id]
            found[name].append((match_id, start, end))
        return {name: matcher.matches(doc, longest=longest) if name in self._alone else
                matcher._named(found[name], longest) for name, matcher in self._matchers.items()}


def _one_key_per_phrase(patterns: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether no lower-case phrase of a matcher's ``patterns`` (their words) is registered under two keys (see
    ``TermGroups``)."""
    keys: dict[tuple[str, ...], str] = {}
    for match_id, phrases in patterns.items():
        for words in phrases:
            if keys.setdefault(tuple(w.lower() for w in words), match_id) != match_id:
                return False
    return True


def by_first(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """``phrases`` (non-empty word tuples) by their first word, each list in the order given: only those can start at
    a word, so a scan compares no other."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        out.setdefault(words[0], []).append(words)
    return out


def _ordered(found: list[tuple[int, int, int]], longest: bool) -> list[tuple[int, int, int]]:
    """``found`` by start, longer first; with ``longest``, filtered as ``filter_spans``."""
    if not found:
        return []
    if longest:
        return _longest(found)
    found.sort(key=lambda m: (m[1], -m[2]))
    return found


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """spaCy's ``filter_spans`` on ``(match_id, start, end)`` tuples: the (first) longest of overlapping matches, by
    start (the matches kept overlap nowhere, so no two share a start)."""
    # most lists come from one matcher, by start, and overlap nowhere: all are kept, in their order
    if all(a[2] <= b[1] for a, b in zip(matches, matches[1:])):
        return matches
    kept, seen = [], set()
    # longest first, leftmost among those, then as listed: sorted by start, then stably by length
    for m in sorted(sorted(matches, key=_start), key=_length, reverse=True):
        if m[1] not in seen and m[2] - 1 not in seen:
            kept.append(m)
            seen.update(range(m[1], m[2]))
    kept.sort(key=_start)
    return kept


_start = itemgetter(1)  # a match's start


def _length(match: tuple[int, int, int]) -> int:
    return match[2] - match[1]


def _variants(phrases: Iterable[str]) -> Iterable[str]:
    """Each phrase, and a long name as reporters also write it: its list with fewer commas ("Menteri
    Koordinator Bidang Politik, Hukum, dan Keamanan" as "... Politik, Hukum dan Keamanan" or "... Politik
    Hukum dan Keamanan") or with a comma before its last item ("Dinas Komunikasi, Informatika dan Statistik" as
    "... Informatika, dan Statistik"), and its field word in lower case ("Menteri Koordinator bidang ...")."""
    for p in phrases:
        forms = [p]
        if ", " in p:
            forms += [p.replace(", dan ", " dan ").replace(", serta ", " serta "), p.replace(",", "")]
            if (last := p.find(" dan ", p.rfind(", "))) > 0:
                forms.append(f"{p[:last]},{p[last:]}")
        yield from forms
        if " Bidang " in p:
            yield from (f.replace(" Bidang ", " bidang ") for f in forms)
