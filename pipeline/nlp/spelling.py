"""Misspelt words of offices, institutions, the topic and regions read as meant (``spelling.yaml``).

Reporters' typos ("Sekretatis Daerah Kota Denpasar", "Kabuaten Bima", "ASN diilarang") hide a title,
an institution or a cue from every rule that reads words, and with it the official named after it or
the directive. The text is repaired before it is read: a word one edit away from exactly one listed
word becomes that word; a region's word, only where a place is expected.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from string import ascii_lowercase

from .resources import load

_WORD = re.compile(r"[A-Za-z]{5,}")
# `_WORD` in a lower-cased text, which holds no capital A-Z (lower() makes none): one class of letters to try
_LOWER_WORD = re.compile(r"[a-z]{5,}")
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
def _near(word: str) -> frozenset[str]:
    """``_edits`` of a word of the lists, kept: the same few words are tried against every story's typos."""
    return frozenset(_edits(word))


@cache
def _kept() -> frozenset[str]:
    """Words never repaired: those of `not_typos`, every affixed form of `real_stems` and every word the rule files
    spell."""
    data = load("spelling")
    kept = {w.casefold() for w in data["not_typos"]}
    kept.update(form for stem in data["real_stems"] for form in _affixed(stem.casefold()))
    for name in SPELT:
        kept.update(w.casefold() for w in _WORD.findall(json.dumps(load(name), ensure_ascii=False, default=str)))
    return frozenset(kept)


# a stem's first letter -> what the nasal prefix (meN-, peN-) makes of it: the letter replaced or kept after m, n, ng
_NASAL = {"p": "m", "t": "n", "k": "ng", "s": "ny", **dict.fromkeys("bfv", "m*"), **dict.fromkeys("cdjz", "n*"),
          **dict.fromkeys("aeiough", "ng*")}
_PREFIXES = ("", "di", "ter", "ber", "ke", "se", "per")
_SUFFIXES = ("", "kan", "i", "an", "nya", "kannya", "inya", "annya", "lah")


def _affixed(stem: str) -> set[str]:
    """A stem with the common affixes of Indonesian: di-, ter-, ber-, ke-, se-, per-, meN-, peN- (its first
    letter replaced as the nasal takes it: "pijak" -> "memijak", "tanda" -> "penandaan") and -kan, -i, -an,
    -nya, -lah."""
    nasal = _NASAL.get(stem[0], "")
    nasal = nasal[:-1] + stem if nasal.endswith("*") else nasal + stem[1:] if nasal else stem
    bases = [prefix + stem for prefix in _PREFIXES] + ["me" + nasal, "pe" + nasal]
    return {base + suffix for base in bases for suffix in _SUFFIXES}


@cache
def _repairs() -> dict[str, str]:
    """Misspelling -> word, for the misspellings that lead back to only one listed word and to no word
    of `not_typos` ("pemilh": pemilu or pemilih), and those `misspelt` names whatever else they are near
    ("pemiliu": pemilu). A word the other rule files spell ("Dinkominfo", an alias; "Kalurahan", Yogyakarta's
    village) is no typo."""
    data = load("spelling")
    words = {w.casefold() for w in data["words"]}
    others = {w.casefold() for w in data["not_typos"]}
    targets = _typos(words | others, words | _kept())
    repairs = {typo: word for typo, word in targets.items() if word in words}
    repairs.update((typo.casefold(), word.casefold()) for typo, word in (data.get("misspelt") or {}).items())
    return repairs


@cache
def _before_names() -> dict[str, str]:
    """Misspelling -> title, for the short titles of `before_names` ("Ketau", "Camta", "Kapolers"): a
    misspelling that leads back to only one of them and to no word the rule files spell. Read as the title
    only before a capitalised word (a region, an institution or a name): names and words lie one letter
    from such short words ("Ketut", "catat")."""
    titles = {w.casefold() for w in load("spelling")["before_names"]}
    keep = _kept() | _repairs().keys() | {w.casefold() for w in load("spelling")["words"]}
    return {typo: title for typo, title in _typos(titles, keep).items() if title}


def _typos(words: set[str], keep: set[str] | frozenset[str]) -> dict[str, str]:
    """Misspelling (of five letters or more, not in ``keep``) -> the one of ``words`` it is an edit of, "" when
    it is an edit of two."""
    targets: dict[str, str] = {}
    for word in words:
        for typo in _edits(word):
            if len(typo) >= 5 and typo not in keep:
                targets[typo] = word if targets.get(typo, word) == word else ""
    return targets


@cache
def _places() -> tuple[dict[str, set[str]], frozenset[str]]:
    """The words of regions' names by each of their one-letter deletions (themselves included), and the
    words never to repair. A place word misspelt where a place is expected ("Kabupaten Lombom Timur") is
    read as the region's word wherever the story writes it; a word one letter from a region elsewhere may
    be a town or a person of its own ("Bangko")."""
    from .regions import gazetteer

    places = {w.casefold() for r in gazetteer().regions.values() for s in r.surfaces for w in _WORD.findall(s)}
    by_deletion: dict[str, set[str]] = {}
    for word in places:
        for key in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
            by_deletion.setdefault(key, set()).add(word)
    return by_deletion, frozenset(places | _kept())


@cache
def _region_gaps() -> tuple[re.Pattern, dict[tuple[str, ...], frozenset[str]], frozenset[str], frozenset[str]]:
    """Runs of capitalised words; every region's name of two or three words with one word left open
    ("jawa", "") -> the words that fill it (barat, tengah, timur); the words of smaller places, lower-cased.
    A word misspelt inside such a name ("Jawa Barar") is told by the words written right around it."""
    from .regions import gazetteer

    gaps: dict[tuple[str, ...], set[str]] = {}
    for r in gazetteer().regions.values():
        for s in r.surfaces:
            words = s.lower().split()
            if 2 <= len(words) <= 3 and all(w.isalpha() for w in words) and not s.isupper():
                for i, word in enumerate(words):
                    gaps.setdefault((*words[:i], "", *words[i + 1:]), set()).add(word)
    # the capital first, the boundary before it looked back at from there: the engine skips to capitals
    runs = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:[ \t]+[A-Z][a-z]+)+")
    smaller = frozenset(w.lower() for w in load("spelling")["smaller_places"])
    known = frozenset(w for key in gaps for w in key if w)  # a run holds none of these: no name to mend
    return runs, {k: frozenset(v) for k, v in gaps.items()}, smaller, known


def _in_region_names(text: str) -> dict[str, str]:
    """Misspelt words of regions' names of two or three words whose other words are written right
    ("Bawaslu Jawa Barar" -> barar: barat), not after a smaller place's word ("Kecamatan Luwuk Utara")."""
    runs, gaps, smaller, known = _region_gaps()
    keep = _places()[1]
    found: dict[str, str] = {}
    for m in runs.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].split()[-1:]  # the word before the run, if any
        words = m[0].lower().split()
        if before:
            words.insert(0, before[0].lower())
        if known.isdisjoint(words) or all(len(w) < 5 or w in keep for w in words):
            continue  # no word of a region's name, or none that may be misspelt
        for start in range(len(before), len(words) - 1):
            if start and words[start - 1] in smaller:
                continue
            for window in (words[start:start + 2], words[start:start + 3]):
                for i, typo in enumerate(window):
                    fills = gaps.get((*window[:i], "", *window[i + 1:]))
                    if fills and len(typo) >= 5 and typo not in keep:
                        meant = [w for w in fills if typo in _near(w)]
                        if len(meant) == 1:
                            found[typo] = meant[0]
    return found


def _place_meant(typo: str) -> str | None:
    """The one word of a region's name one letter away from ``typo``, if there is exactly one."""
    by_deletion, keep = _places()
    if typo in keep:
        return None
    near = set(by_deletion.get(typo, ()))
    for i in range(len(typo)):
        near |= by_deletion.get(typo[:i] + typo[i + 1:], set())
    near = {w for w in near if typo in _near(w)}
    return next(iter(near)) if len(near) == 1 else None


@cache
def _openers() -> tuple[re.Pattern, frozenset[str], dict[str, str], frozenset[str], dict[str, str], frozenset[str]]:
    """Where a place or an office is expected: an opener (lower-cased) with up to three lower-case words
    after it; the openers after which a misspelt place word is repaired (`place_openers`, level words only:
    "Walikota Bitung Danny" is no typo of Lanny Jaya); every region's name (up to three words) lower-cased
    -> as spelt, for one written in lower case after any opener ("Bawaslu provinsi jambi"); and the
    modifiers after which an office written in lower case is the office ("Penjabat bupati"), with those
    offices lower-cased -> as spelt; the first words of those names and offices (most words after an opener are
    none: the runs of words after it need not be looked up)."""
    from .regions import gazetteer

    data = load("spelling")
    words = {w.lower() for w in data["cased_openers"] + data["place_openers"] + data["titled"]["after"]}
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    # no word boundary before the list (`_at_words` tests it): a pattern opening with the words' first letters
    # lets the engine skip to them, where one opening with an assertion is tried at every position
    pattern = re.compile(rf"({alternatives})\.?[ \t]+(?=([a-z]+(?:[ \t][a-z]+){{0,2}})\b)")
    spelt = {s.lower(): s for r in gazetteer().regions.values() for s in r.surfaces
             if len(s) >= 4 and not s.isupper() and s.count(" ") < 3}
    titles = {t.lower(): t for t in data["titled"]["titles"]}
    firsts = frozenset(name.split(" ", 1)[0] for name in [*spelt, *titles])
    return pattern, frozenset(w.lower() for w in data["place_openers"]), spelt, \
        frozenset(w.lower() for w in data["titled"]["after"]), titles, firsts


# a capital right after a lower-case letter: two words may be run together (the capital first, the letter looked
# back at from there: the engine skips to capitals, where a pattern opening with a lower-case letter stops at most
# characters)
_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_WORD_START = re.compile(r"[A-Za-z]+$")


@cache
def _glued() -> frozenset[str]:
    """Words of offices, institutions and levels that reporters run into the next word, a capital after it
    ("BawasluKabupaten", "KepalaBKN"): one word for the tokenizer, so neither title nor name is read."""
    return frozenset(load("spelling")["glued"])


def _part_glued(text: str) -> str:
    """``text`` with a space after each such word run into a capitalised one (sought only where a lower-case
    letter meets a capital, which few places in a text do)."""
    glued, out, last = _glued(), [], 0
    for m in _CAMEL.finditer(text):
        end = m.start()  # where the first word stops
        word = _WORD_START.search(text, max(0, end - 12), end)
        if word is not None and word[0] in glued and (word.start() == 0 or not text[word.start() - 1].isalpha()):
            out += [text[last:end], " "]
            last = end
    return "".join(out) + text[last:] if out else text


@cache
def _name_openers() -> frozenset[str]:
    """The words of ranks, their corps marks and honorifics (offices.yaml), without their stops, but the forms of
    address that come before a title too (`titled_addresses`): a name follows them, never a title."""
    data = load("offices")
    words = {word.rstrip(".") for entry in (*data["ranks"], *data["rank_suffixes"], *data["honorifics"])
             for word in entry.split()}
    return frozenset(words - set(load("spelling")["titled_addresses"]))


# the word before a position, past a corps or retirement mark in brackets ("Letkol (Arh) ", "Kolonel (Purn) ")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]+(?:\([A-Za-z.]{1,6}\)[ \t]+)?$")


def _after_name_opener(m: re.Match) -> bool:
    """Whether the word matched stands right after a rank or an honorific: a name one letter from a short title
    ("Letkol (Arh) Camas Sigit", "H. Mamat Suryana"), not the title misspelt."""
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    return before is not None and before[1] in _name_openers()


def prepare() -> None:
    """Build the repair tables now (with the pipeline), not on the first text."""
    _glued()
    _name_openers()
    _repairs()
    _before_names()
    _places()
    _openers()
    _body_openers()
    _region_gaps()


@cache
def _body_openers() -> frozenset[str]:
    """The regional bodies' short names after which a misspelt place is sought (`body_openers`), lower-cased; each
    is one of `cased_openers` too, or the openers' pattern never stops at it."""
    return frozenset(w.lower() for w in load("spelling")["body_openers"])


# the word right before a position
_PREV_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")


def _after_title_word(text: str, at: int) -> bool:
    """Whether a capitalised word (not an acronym) stands right before ``at``: the body ends a title there ("Ketua
    KPU", "Anggota Bawaslu"), after which its holder's name may come ("Ketua KPU Dadang")."""
    prev = _PREV_WORD.search(text, max(0, at - 24), at)
    return prev is not None and prev[1][0].isupper() and not prev[1].isupper()


def _after_openers(text: str, lower: str) -> tuple[list[tuple[int, int, str]], set[str], set[str]]:
    """In one pass over the lower-cased text: the regions' names ``text`` writes in lower case after an
    opener (start, end, as spelt), the words after a level word that may be a place misspelt (capitalised), and
    those after a regional body's short name that ends no title ("oleh KPU Aimalungun"): a place misspelt or a
    name, told apart by the caller."""
    pattern, level_openers, spelt, modifiers, titles, firsts = _openers()
    bodies = _body_openers()
    names: list[tuple[int, int, str]] = []
    places: set[str] = set()
    echoed: set[str] = set()
    for m in _at_words(pattern, lower):
        following = m[2]
        if len(first := following.split(None, 1)[0]) >= 5 and text[m.start(2)].isupper():
            if m[1] in level_openers:
                places.add(first)  # a name: "kota pisang", "kota tapis berseri" are a town's nicknames
            elif m[1] in bodies and not _after_title_word(text, m.start()):
                echoed.add(first)
        if not text[m.start(2)].islower():
            continue  # "Kota Jambi": written as a name already
        if following.split(None, 1)[0] not in firsts:
            continue  # "kota ini": no name or office opens with the word
        words = [(w[0], w.end()) for w in re.finditer(r"[a-z]+", following)]
        if m[1] in modifiers:  # "Penjabat bupati Manokwari Selatan": the office, in lower case
            found = _longest(words, titles, 2) if text[m.start(1)].isupper() else None
        else:  # "Bawaslu provinsi jambi": the region, in lower case
            found = _longest(words, spelt, len(words))
        if found is not None:
            end, spelling = found
            names.append((m.start(2), m.start(2) + end, spelling))
    return names, places, echoed


_WORD_CHAR = re.compile(r"\w")


def _at_words(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text)`` would give with a word boundary before the pattern (whose matches
    open with a word character and are never empty): the leftmost match opening a word, then the next from
    where it ends."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        if m.start() and _WORD_CHAR.match(text, m.start() - 1):
            at = m.start() + 1  # inside a word: the boundary fails here, the pattern is tried further on
            continue
        yield m
        at = m.end()


def _longest(words: list[tuple[str, int]], table: dict[str, str], most: int) -> tuple[int, str] | None:
    """The longest run of at most ``most`` of ``words`` (word, where it ends) that ``table`` spells: where
    the run ends and its spelling."""
    for n in range(min(most, len(words)), 0, -1):
        if (spelling := table.get(" ".join(w for w, _ in words[:n]))) is not None:
            return words[n - 1][1], spelling
    return None


def _as_written(source: str, word: str) -> str:
    """``word`` in the case ``source`` was written in: "SEKRETARIS", "Sekretaris" or "sekretaris"."""
    if source.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if source[0].isupper() else word


def repair(text: str) -> str:
    """``text`` with its misspelt words of offices, institutions, the topic and regions spelt as meant, and
    regions' names written in lower case after a level word or an office capitalised; a title run into the
    next word parted from it."""
    text = _part_glued(text)
    lower = text.lower()
    names, places, echoed = _after_openers(text, lower) if len(lower) == len(text) else ([], set(), set())
    for start, end, name in reversed(names):  # same length: the positions of the others hold
        text = text[:start] + name + text[end:]
    repairs, titles = _repairs(), _before_names()
    written = set(_LOWER_WORD.findall(lower))
    found = {w: repairs[w] for w in repairs.keys() & written}
    if titled := titles.keys() & written:  # a short title misspelt: only where a capitalised word follows
        # the word in any case, the next one capitalised (case-blind only inside the group)
        text = re.sub(r"\b(?i:(" + "|".join(map(re.escape, titled)) + r"))\b(?=\.?[ \t]+[A-Z])",
                      lambda m: m[0] if _after_name_opener(m) else _as_written(m[0], titles[m[0].lower()]), text)
    found.update((w, meant) for w in places if (meant := _place_meant(w)))
    # after a body a name may stand ("Bawaslu Dadang"): a place only where the story writes it right elsewhere
    found.update((w, meant) for w in echoed if (meant := _place_meant(w)) and meant in written)
    found.update(_in_region_names(text))
    if not found:  # most stories: nothing to rewrite
        return text
    return re.sub(r"\b(" + "|".join(map(re.escape, found)) + r")\b", lambda m: _as_written(m[0], found[m[0].lower()]),
                  text, flags=re.IGNORECASE)
