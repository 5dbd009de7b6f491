"""Misspelt words of offices, institutions, the topic and regions read as meant (``spelling.yaml``).

Reporters' typos ("Sekretatis Daerah Kota Denpasar", "Kabuaten Bima", "ASN diilarang") hide a title,
an institution or a cue from every rule that reads words, and with it the official named after it or
the directive. The text is repaired before it is read: a word one edit away from exactly one listed
word becomes that word; a region's word, only where a place is expected.
"""

from __future__ import annotations

import json
import re
from functools import cache
from string import ascii_lowercase

from .resources import load

_WORD = re.compile(r"[A-Za-z]{5,}")
# The rule files whose words are spelt as meant.
SPELT = ("agencies", "regional_agencies", "offices", "regions", "office_holders", "directives", "targets",
         "classify", "behaviours", "legal_bases", "layout")


def _edits(word: str) -> set[str]:
    """Every string one letter away: one left out, one added or changed, two neighbours swapped."""
    found = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            found.add(head + tail[1:])
            found.update(head + c + tail[1:] for c in ascii_lowercase)
        if len(tail) > 1:
            found.add(head + tail[1] + tail[0] + tail[2:])
        found.update(head + c + tail for c in ascii_lowercase)
    found.discard(word)
    return found


@cache
def _kept() -> frozenset[str]:
    """Words never repaired: those of `not_typos` and every word the rule files spell."""
    kept = {w.casefold() for w in load("spelling")["not_typos"]}
    for name in SPELT:
        kept.update(w.casefold() for w in _WORD.findall(json.dumps(load(name), ensure_ascii=False, default=str)))
    return frozenset(kept)


@cache
def _repairs() -> dict[str, str]:
    """Misspelling -> word, for the misspellings that lead back to only one listed word and to no word
    of `not_typos` ("pemilh": pemilu or pemilih). A word the other rule files spell ("Dinkominfo", an
    alias; "Kalurahan", Yogyakarta's village) is no typo."""
    data = load("spelling")
    words = {w.casefold() for w in data["words"]}
    others = {w.casefold() for w in data["not_typos"]}
    keep = words | _kept()
    targets: dict[str, str] = {}  # misspelling -> the one word it leads back to, "" when two
    for word in words | others:
        for typo in _edits(word):
            if len(typo) >= 5 and typo not in keep:
                targets[typo] = word if targets.get(typo, word) == word else ""
    return {typo: word for typo, word in targets.items() if word in words}


@cache
def _places() -> tuple[dict[str, set[str]], frozenset[str], re.Pattern]:
    """The words of regions' names by each of their one-letter deletions (themselves included), the words
    never to repair, and a level word with the word after it, where a place is expected. A place word
    misspelt there ("Kabupaten Lombom Timur") is read as the region's word wherever the story writes it;
    a word one letter from a region elsewhere may be a town or a person of its own ("Bangko")."""
    from .regions import gazetteer

    data = load("spelling")
    places = {w.casefold() for r in gazetteer().regions.values() for s in r.surfaces for w in _WORD.findall(s)}
    keep = places | _kept()
    by_deletion: dict[str, set[str]] = {}
    for word in places:
        for key in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
            by_deletion.setdefault(key, set()).add(word)
    openers = "|".join(map(re.escape, sorted({w.lower() for w in data["place_openers"]}, key=len, reverse=True)))
    return by_deletion, frozenset(keep), re.compile(rf"\b(?:{openers})\.?[ \t]+([a-z]{{5,}})\b")


def _place_meant(typo: str) -> str | None:
    """The one word of a region's name one letter away from ``typo``, if there is exactly one."""
    by_deletion, keep, _ = _places()
    if typo in keep:
        return None
    near = set(by_deletion.get(typo, ()))
    for i in range(len(typo)):
        near |= by_deletion.get(typo[:i] + typo[i + 1:], set())
    near = {w for w in near if typo in _edits(w)}
    return next(iter(near)) if len(near) == 1 else None


@cache
def _cased() -> tuple[dict[str, str], re.Pattern]:
    """Every region's name (up to three words) lower-cased -> as spelt, and the words after which a
    region's name written in lower case is a place ("Bawaslu provinsi jambi", "Walikota sungai penuh")."""
    from .regions import gazetteer

    spelt = {s.lower(): s for r in gazetteer().regions.values() for s in r.surfaces
             if len(s) >= 4 and not s.isupper() and s.count(" ") < 3}
    openers = "|".join(map(re.escape, sorted(load("spelling")["cased_openers"], key=len, reverse=True)))
    return spelt, re.compile(rf"\b(?i:{openers})\.?[ \t]+(?=([a-z]+(?:[ \t][a-z]+){{0,2}})\b)")


def _capitalised(text: str) -> str:
    """``text`` with the regions' names written in lower case after a level word or an office spelt as meant."""
    spelt, after = _cased()
    found: list[tuple[int, int, str]] = []
    for m in after.finditer(text):
        words = [(w[0], w.end()) for w in re.finditer(r"[a-z]+", m[1])]
        for n in range(len(words), 0, -1):
            name = spelt.get(" ".join(w for w, _ in words[:n]))
            if name is not None:
                found.append((m.start(1), m.start(1) + words[n - 1][1], name))
                break
    for start, end, name in reversed(found):
        text = text[:start] + name + text[end:]
    return text


def prepare() -> None:
    """Build the repair tables now (with the pipeline), not on the first text."""
    _repairs()
    _places()
    _cased()


def _as_written(source: str, word: str) -> str:
    """``word`` in the case ``source`` was written in: "SEKRETARIS", "Sekretaris" or "sekretaris"."""
    if source.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if source[0].isupper() else word


def repair(text: str) -> str:
    """``text`` with its misspelt words of offices, institutions, the topic and regions spelt as meant, and
    regions' names written in lower case after a level word or an office capitalised."""
    text = _capitalised(text)
    repairs = _repairs()
    _, keep, after = _places()
    lower = text.lower()
    found = {w: repairs[w] for w in repairs.keys() & set(_WORD.findall(lower))}
    found.update((w, meant) for w in after.findall(lower) if w not in keep and (meant := _place_meant(w)))
    if not found:  # most stories: nothing to rewrite
        return text
    return re.sub(r"\b(" + "|".join(map(re.escape, found)) + r")\b", lambda m: _as_written(m[0], found[m[0].lower()]),
                  text, flags=re.IGNORECASE)
