"""Legal bases cited in a sentence, normalised to "<TYPE> <number>/<year>" (``legal_bases.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from ..dates import alternation, first_letters
from .resources import load

_YEAR = re.compile(r"(?:19|20)\d\d")
NUMBER = r"(?:Nomor|Nomer|No\.?)?\s*(?P<num>\d{1,4}[A-Z]?)\s*(?:Tahun|Th\.?|/)\s*(?P<year>(?:19|20)\d{2})\b"


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, dict[str, str], list[tuple[re.Pattern, dict]], re.Pattern]:
    data = load("legal_bases")
    surface_to_type = {s.casefold(): t for t, ss in data["types"].items() for s in ss}
    alt = "|".join(sorted(map(re.escape, surface_to_type), key=len, reverse=True))
    # the numbered patterns open with a test of the first letters the names start with, so that the engine, which
    # tries a pattern at every position of the sentence, gives up on most positions at once
    first = first_letters(surface_to_type)
    direct = re.compile(rf"\b(?=[{first}])(?P<type>{alt})\s+{NUMBER}", re.I)
    # "Keputusan Bersama Menteri ..., ... Nomor 2 Tahun 2022": the number may come later in the sentence
    gapped = re.compile(rf"\b(?=[{first}])(?P<type>{alt})\b[^.;]{{0,300}}?\bNomor\s+(?P<num>\d{{1,4}}[A-Z]?)"
                        rf"\s+Tahun\s+(?P<year>(?:19|20)\d{{2}})\b", re.I)
    named = [(re.compile(_words(n["phrases"]), re.I), n) for n in data["named"]]
    # all the names at once, opening like the numbered patterns: a sentence it finds nothing in (most) matches none
    # of the named patterns, which are then not tried one by one
    phrases = [p for n in data["named"] for p in n["phrases"]]
    any_named = re.compile(_words(phrases, rf"(?=[{first_letters(phrases)}])"), re.I)
    return direct, gapped, surface_to_type, named, any_named


def _words(phrases: Iterable[str], lead: str = "") -> str:
    """A pattern matching any of ``phrases`` as whole words, the longest first (``lead`` opens it)."""
    return r"\b" + lead + "(?:" + alternation(list(phrases)) + r")\b"


def _number(written: str) -> str:
    """An instrument's number without leading zeros, its letter suffix kept in capitals ("094" -> "94",
    "7a" -> "7A": a numbered amendment is another instrument than the one it amends)."""
    digits = written.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return f"{int(digits)}{written[len(digits):].upper()}"


@lru_cache(maxsize=32)
def legal_bases(text: str, published: date | None = None) -> tuple[str, ...]:
    """Every instrument cited in ``text``, in order of first mention, without repeats. Kept for the last few
    sentences: a sentence holding directives of several kinds is read for each."""
    direct, gapped, types, named, any_named = _rules()
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    numbered = (direct, gapped) if _YEAR.search(text) else ()
    for rx in numbered:
        if rx is gapped and "nomor" not in text.casefold():
            continue
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in spans):
                continue
            spans.append(m.span())
            found.append((m.start(), f"{types[m['type'].casefold()]} {_number(m['num'])}/{m['year']}"))
    for rx, rule in named if any_named.search(text) else ():
        for m in rx.finditer(text):
            key = rule["key"]
            if rule.get("from") and published is not None and published < date.fromisoformat(rule["from"]):
                key = rule.get("before", key)
            found.append((m.start(), key))
    return tuple(dict.fromkeys(k for _, k in sorted(found)))
