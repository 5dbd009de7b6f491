"""From an analysed Doc to the ``Analysis`` record the warehouse stores."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from ..records import AgencyMention, Analysis, OfficialMention
from .registry import LEVEL_TITLES, Agency, registry
from .resources import load


@cache
def _written_acronyms() -> dict[str, tuple[str, ...]]:
    """Each regional kind's other short names that replace its acronym's first word where the text writes them
    (`written_acronyms` in regional_agencies.yaml: "Panwas" for "Panwaslu")."""
    return {key: tuple(spec.get("written_acronyms") or ()) for key, spec in load("regional_agencies")["types"].items()}


@cache
def _level_words() -> dict[str, str]:
    """Each region level -> a pattern of the level words written before a region's name ("Kab.", "Kabupaten")."""
    return {level: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            for level, words in load("regions")["level_prefixes"].items()}


def _with_level(acronym: str | None, agency: Agency, surface: str | None) -> str | None:
    """A regional body's acronym written with its region's level word ("KPU Kabupaten Bulukumba", "Panwas Kota
    Batu", "Komisi Pemilihan Umum (KPU) Kab. Bulukumba") keeps the level word, as the text and the gold name it;
    the region after it keeps the spelling the acronym has where the text writes that ("Panwaslu Kabupaten
    Pangkep"), else takes its name."""
    region = agency.region
    if region is None or not acronym or not surface:
        return acronym
    tail = next((t for t in (region.local, region.short, region.name) if t and acronym.endswith(f" {t}")), None)
    if tail is None:
        return acronym
    head = acronym[: -len(tail) - 1]
    written = re.search(rf"(?<!\w)\(?{re.escape(head)}\)?\s+(?:{_level_words()[region.level]})(?!\w)(.*)", surface)
    if written is None:
        return acronym
    return f"{head} {LEVEL_TITLES[region.level]} {tail if written.group(1).strip().startswith(tail) else region.name}"


@cache
def _unwritten_heads() -> dict[str, tuple[str, ...]]:
    """An acronym's opening office word -> its spellings (`unwritten_heads` in regional_agencies.yaml)."""
    return {head: tuple(spellings) for head, spellings in load("regional_agencies")["unwritten_heads"].items()}


def _has_word(text: str, word: str) -> bool:
    """``word`` stands in ``text`` as a word of its own, not inside another ("Aru" in "Kejari Aru", not "Waru")."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _unwritten(surface: str, word: str, head: str) -> bool:
    """The text names the body by the acronym's word after its office word: glossed in brackets after the full name
    ("Kantor Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Landak"), or written with no spelling of the office
    word ("Kemenkumham Papua")."""
    if re.search(rf"\(\s*{re.escape(word)}\s*\)", surface, re.IGNORECASE):
        return True
    return _has_word(surface, word) and not any(w in surface.casefold() for w in _unwritten_heads()[head])


def _dinas(acronym: str, surface: str) -> str | None:
    """An office whose acronym opens with "D"/"Dis" written as "Dinas" and the rest ("Dinas PMD" for DPMD, "Dinas
    PUPR Kalteng" for DPUPR Kalteng): the short name the text writes, its region kept."""
    head, _, rest = acronym.partition(" ")
    for prefix in ("Dis", "D"):
        tail = head[len(prefix):]
        if head.startswith(prefix) and len(tail) > 1 and \
                (written := re.search(rf"(?<!\w)Dinas ({re.escape(tail)})(?!\w)", surface, re.IGNORECASE)):
            return f"Dinas {written.group(1)} {rest}".rstrip()
    return None


def _acronym(agency: Agency, surface: str | None) -> str | None:
    """A body's acronym as the text writes it: a regency's body written with the regency's local short form, not its
    name ("Kejari Aru", "BKD Pangkep", "Kapolres Rohul"), takes that form ("Kejari Aru" for Kejaksaan Negeri
    Kepulauan Aru), as the text and the gold's aliases write it; one written by its bare acronym and placed in the
    story's region ("Dishub", "Bapelitbang") keeps the bare acronym; a national body written with the country after its
    acronym ("Bawaslu RI", "KPU Republik Indonesia"), to tell it from its regional branches, takes "RI" after it; a
    body written by another short name of its kind ("Panwas Minahasa" for Panwaslu) takes that name; a regional office
    written by its ministry's acronym without its office word ("Kemenkumham Papua" for "Kanwil Kemenkumham Papua"),
    or glossed by it in brackets ("Kantor Kesatuan Bangsa dan Politik (Kesbangpol) Landak"), leaves the office word
    out; else the acronym keeps the name."""
    region, acronym = agency.region, agency.acronym
    if region is not None and region.local and acronym and region.name in acronym and surface and \
            region.name not in surface and _has_word(surface, region.local):
        return acronym.replace(region.name, region.local)
    if region is not None and acronym and surface and " " not in surface and acronym.startswith(f"{surface} "):
        return surface
    if acronym and surface and agency.type and (shorts := _written_acronyms().get(agency.type)):
        head, _, rest = acronym.partition(" ")
        for short in shorts:
            if _has_word(surface, short) and not _has_word(surface, head):
                return f"{short} {rest}".rstrip()
    head, _, rest = (acronym or "").partition(" ")
    if rest and surface and head in _unwritten_heads() and _unwritten(surface, rest.partition(" ")[0], head):
        return rest
    if acronym and surface and (dinas := _dinas(acronym, surface)):
        return dinas
    if agency.nationwide and acronym and " " not in acronym and surface and \
            re.fullmatch(rf"(?:.+ )?{re.escape(acronym)} (?:RI|Republik Indonesia)(?: \(RI\))?", surface):
        return f"{acronym} RI"
    return acronym


def _written_acronym(agency: Agency, surface: str | None) -> str | None:
    """The acronym the text writes the body by, with its region's level word where the text writes that."""
    return _with_level(_acronym(agency, surface), agency, surface)


def _mention(agency: Agency, surface: str | None) -> AgencyMention:
    """The mention of a body by the spelling it was read from."""
    return AgencyMention(agency=agency.name, acronym=_written_acronym(agency, surface), surface=surface)


def _add(agencies: dict[str, AgencyMention], agency: Agency, surface: str, said: dict[str, list[str]]) -> None:
    """Record a body's mention; a later spelling that writes the local short form ("Panwaslu" first, then
    "Panwaslu Pangkep"; an aide's "Kasi Intel" first, then "Kajari Aru") gives the acronym its local form, and one
    writing the acronym with the region gives a bare acronym its region back; a bare one replaces an acronym the text
    never wrote."""
    said.setdefault(agency.key, []).append(surface)
    if agency.key not in agencies:
        agencies[agency.key] = _mention(agency, surface)
        return
    current, local = agencies[agency.key].acronym, _written_acronym(agency, surface)
    if _bare(agency, local):
        better = not _written(agency, current, said[agency.key][:-1])
    else:
        better = local != current and \
            (current == agency.acronym or _bare(agency, current) and _written(agency, local, [surface]))
    if better:
        agencies[agency.key] = replace(agencies[agency.key], acronym=local)


def _written(agency: Agency, acronym: str | None, surfaces: list[str]) -> bool:
    """The text writes the acronym: one of its own forms, or the registry's found in a spelling with the region in
    any of its spellings ("Bawaslu Jawa Tengah" for "Bawaslu Jateng"). The registry's unwritten one ("Kesbangpol
    Seram Bagian Timur" from the full name) gives way to a bare acronym the text writes ("Kesbangpol"), and gives no
    region back to it."""
    if acronym != agency.acronym or not acronym:
        return True
    forms = {acronym}
    if (region := agency.region) is not None:
        spellings = {t for t in (region.local, region.short, region.name, *region.surfaces) if t}
        if tail := next((t for t in spellings if acronym.endswith(f" {t}")), None):
            forms |= {f"{acronym[: -len(tail) - 1]} {t}" for t in spellings}
    return any(_has_word(s, form) for s in surfaces for form in forms)


def _bare(agency: Agency, acronym: str | None) -> bool:
    """The acronym is the body's own without its region ("Dishub" of "Dishub Wajo"): a later spelling with the
    region gives it back, and it gives none back."""
    return bool(acronym and agency.acronym and agency.acronym.startswith(f"{acronym} "))


def _merge_generic(agencies: dict[str, AgencyMention]) -> None:
    """Drop a generic body ("BKD") when the article names exactly one such regional body."""
    for key in [k for k in agencies if k.endswith("@")]:
        regional = [k for k in agencies if k.startswith(key) and k != key]
        if len(regional) == 1:
            del agencies[key]


def _fold_alone(agencies: dict[str, AgencyMention], named: set[str], said: dict[str, list[str]]) -> None:
    """Drop a service named only alone ("kejaksaan") where the article names its head office
    (``alone_within``: "Kejaksaan Agung", "Jaksa Agung") or one of its regional offices (``_regional_alone``): the
    word refers to that office."""
    reg = registry()
    for key in [k for k in agencies if k not in named]:
        if reg.agencies[key].extra.get("alone_within") in agencies or _regional_alone(agencies, key, said):
            del agencies[key]


def _regional_alone(agencies: dict[str, AgencyMention], key: str, said: dict[str, list[str]]) -> bool:
    """A national body written only by its ``alone`` short name, by no holder's title either ("Anggota Ombudsman
    RI"), in a story naming one of its regional offices (``alone_regional``, how their keys open: "Ombudsman RI
    Perwakilan X ... Ombudsman membuka layanan pengaduan"): that office."""
    extra = registry().agencies[key].extra
    return bool(extra.get("alone_regional")) and all(s.casefold() in extra["alone"] for s in said[key]) and any(
        k.startswith(extra["alone_regional"]) for k in agencies)


def _fold_councils(agencies: dict[str, AgencyMention]) -> None:
    """Drop the regional councils of a body that is one body with them (``one_body``: Korpri) where the article
    also names the body itself: "anggota Korpri" and "Korpri Kabupaten X" are one corps in one story."""
    reg = registry()
    for key in [k for k in agencies if k in reg.agencies and reg.agencies[k].extra.get("one_body")]:
        for council in [k for k in agencies if k.startswith(f"{reg.agencies[key].type}@")]:
            del agencies[council]


@cache
def _offices_of() -> dict[str, tuple[str, frozenset[str]]]:
    """An office kind -> the agency kind doing the same work, and the words that tell the agency (``office_of``)."""
    return {key: (t["office_of"]["type"], frozenset(t["office_of"]["tell"]))
            for key, t in load("regional_agencies")["types"].items() if t.get("office_of")}


def _one_of_two(agencies: dict[str, AgencyMention], said: dict[str, list[str]]) -> None:
    """A region's office and agency of the same work both named are one body: the agency where a word tells it
    ("Badan Kesbangpol X" ... "di Kantor Kesbangpol X": its building), else the office the acronym stands for
    ("Kantor Kesbangpol X" ... "Kepala Kesbangpol X")."""
    for office, (kind, tell) in _offices_of().items():
        for key in [k for k in agencies if k.startswith(f"{office}@") and k != f"{office}@"]:
            other = f"{kind}@{key.partition('@')[2]}"
            if other in agencies:
                told = any(w in tell for s in said.get(other, ()) for w in s.casefold().split())
                del agencies[key if told else other]


def _one_per_name(agencies: dict[str, AgencyMention]) -> None:
    """One mention per institution's name: a small place's body is registered both as a unit ("Pemerintah
    Kecamatan Kasihan") and through its head's title ("Camat Kasihan"), under two keys for one name."""
    seen: set[str] = set()
    for key in list(agencies):
        if agencies[key].agency in seen:
            del agencies[key]
        else:
            seen.add(agencies[key].agency)


_UNIT_NUMBER = re.compile(r" \d[\d/.-]*/")  # a unit's number before its place ("Komando Distrik Militer 0726/...")


def _fold_unnumbered(agencies: dict[str, AgencyMention]) -> dict[str, str]:
    """Drop a unit named by its place alone ("Dandim Sukoharjo Letkol X") where the article also names it with its
    number ("Kodim 0726/Sukoharjo"): one command, which the gold lists once, by its number. Each dropped name, to the
    numbered unit's, for the holders read with it."""
    numbered = {n: m.agency for m in agencies.values()
                if (n := _UNIT_NUMBER.sub(" ", m.agency, count=1)) != m.agency}
    for key in [k for k, m in agencies.items() if m.agency in numbered]:
        del agencies[key]
    return numbered


def _fold_holders(agencies: dict[str, AgencyMention], said: dict[str, list[str]],
                  held: list[tuple[str, str, str]]) -> None:
    """Drop a unit read with its holder's first names taken for words of its place ("Kepala Puskesmas Lepak Jamali":
    not "Puskesmas Lepak Jamali") where the holder was read with the unit his title names: a village's name is
    listed nowhere, so the place reader cannot tell where it ends; ``held`` gives each holder's name, role and body."""
    for name, role, body in held:
        if body not in agencies:
            continue
        words = name.split()
        if not words:
            continue
        for key in [k for k in agencies if k != body and k in said]:
            # a spelling without the name's first word cannot end in the name: most are ruled out before splitting
            if all(words[0] in s and _ends_in_name(s.split(), words, role) for s in said[key]):
                del agencies[key]


def _ends_in_name(surface: list[str], name: list[str], role: str) -> bool:
    """Whether a body's spelling (``surface``, in words) is the holder's ``role`` ended by the first words of his
    ``name`` ("Puskesmas Lepak Jamali" for "Kepala Puskesmas Lepak" and "Jamali")."""
    return any(surface[-n:] == name[:n] and role.endswith(" " + " ".join(surface[:-n]))
               for n in range(1, min(len(name), len(surface) - 1) + 1))


def to_analysis(article_id: str, doc: Doc) -> Analysis:
    reg = registry()
    agencies: dict[str, AgencyMention] = {}
    named: set[str] = set()  # services also written other than alone ("Kejaksaan RI")
    said: dict[str, list[str]] = {}  # each body's spellings
    # a span's text sliced from the document's by its characters: Span.text rebuilds it token by token
    text = doc._.text or doc.text
    for ent in doc.ents:
        agency = reg.agencies.get(ent.id_)
        if ent.label_ == "ORG" and agency is not None and not (agency.unplaced or agency.venue):
            surface = text[ent.start_char:ent.end_char]
            if surface.casefold() not in agency.extra.get("alone", ()):
                named.add(ent.id_)
            _add(agencies, agency, surface, said)
    officials = []
    held: list[tuple[str, str, str]] = []  # each named holder's name, role and body
    for rec in doc._.officials or []:
        agency = reg.agencies.get(rec.agency or "")
        if agency is not None and (agency.unplaced or agency.venue):
            agency = None  # "Kepala Dinas Pertanian, Agus": of an institution we cannot name, or do not list
        officials.append(OfficialMention(name=rec.name, role=rec.role, agency=agency.name if agency else None))
        # a named holder mentions the institution, the Presidency too ("Presiden Joko Widodo")
        if agency is not None:
            _add(agencies, agency, rec.role, said)
            held.append((rec.name, rec.role, agency.key))
    for role in doc.spans.get("roles", []):  # institutions of unnamed office holders ("Bupati Gowa")
        agency = reg.agencies.get(role.id_)
        if role.label_ == "OFFICE" and agency is not None and not (agency.office_only or agency.unplaced):
            _add(agencies, agency, text[role.start_char:role.end_char], said)
    _fold_holders(agencies, said, held)
    _merge_generic(agencies)
    _fold_alone(agencies, named, said)
    _fold_councils(agencies)
    _one_of_two(agencies, said)
    _one_per_name(agencies)
    if numbered := _fold_unnumbered(agencies):
        officials = [replace(o, agency=numbered.get(o.agency or "", o.agency)) for o in officials]
    return Analysis(
        article_id=article_id,
        is_relevant=bool(doc._.is_relevant),
        province=doc._.province,
        election=doc._.election,
        officials=officials,
        agencies=list(agencies.values()),
        event_dates=list(doc._.event_dates or []),
        directives=list(doc._.directives or []),
    )
