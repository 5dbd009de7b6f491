"""The agency registry: national institutions plus regional ones generated for every region.

Every institution has one canonical name; aliases and acronyms map to it. Regional
institutions are generated from ``regional_agencies.yaml`` x ``regions.yaml`` so that any
province or kabupaten/kota is covered without listing it by hand. Units named by a number
("Kodim 0711/Pemalang") or offices read from their own name ("Dinas Perhubungan Kota X") are
registered when a text names them (``Registry.unit``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .regions import Region, gazetteer
from .resources import load

LEVEL_TITLES = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}
# the level whose region of the same name makes a body's `twin` name apply ("Kota Pasuruan" beside "Kabupaten Pasuruan")
_TWIN_LEVELS = {"kota": "kabupaten", "kabupaten": "kota"}


@dataclass(frozen=True)
class Agency:
    key: str  # "kemenpanrb", "bawaslu@provinsi:Sulawesi Selatan"
    name: str  # canonical name
    acronym: str | None
    aliases: tuple[str, ...] = ()
    type: str | None = None  # regional type ("bawaslu", "pemda"), None for national-only
    region: Region | None = None
    offices: tuple[str, ...] = ()  # titles of its holder ("Mendagri", "Menteri Dalam Negeri")
    office_only: bool = False  # named only through its office (the Presidency)
    unplaced: bool = False  # a regional office whose region the text does not give ("Kepala Dinas Pertanian")
    local: bool = False  # named by its own parts in a text ("Kodim 0813", "Lapas Pangkalan Bun"): never national
    venue: bool = False  # where people work or meet ("guru SMPN 1 Banjar", "di halaman SMA Negeri 1"): read, not listed
    successor: str | None = None
    valid_to: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def province(self) -> str | None:
        return self.region.province if self.region else self.extra.get("province")

    @property
    def nationwide(self) -> bool:
        """No province is its own (a region's body always has one), nor is it a unit a text named."""
        return self.province is None and not self.local


@dataclass(frozen=True)
class RegionalType:
    key: str
    heads: tuple[tuple[str, str | None], ...]  # (surface, level or None)
    levels: dict[str, dict]
    national: str | None
    generic: dict | None


def _ministerial_offices(name: str, aliases: list[str]) -> list[str]:
    """'Kementerian X' also names its minister as 'Menteri X' (and deputy 'Wakil Menteri X')."""
    out = []
    for s in [name, *aliases]:
        if s.startswith("Kementerian "):
            rest = s[len("Kementerian "):]
            out += [f"Menteri {rest}", f"Wakil Menteri {rest}"]
    return out


def _fill(template: str, region: Region) -> str:
    return template.format(region=region.name, short=region.short)


@dataclass(frozen=True)
class Registry:
    agencies: dict[str, Agency]
    types: dict[str, RegionalType]
    level_words: dict[str, str]  # "Kabupaten" -> "kabupaten"
    level_fillers: frozenset[str]  # between a body and its level word: "Kesbangpol Daerah Kabupaten X"
    numbered: dict[str, dict]  # numbered unit kind -> spec ("kodim": heads, offices, name ...)
    named_offices: dict  # spec of regional offices read from their own name ("Dinas ...")
    class_words: tuple[str, ...]  # the word before a unit's class: "Kelas", "Klas"

    def regional(self, type_key: str, region: Region) -> Agency | None:
        """The institution of ``type_key`` for ``region`` (generated on first use)."""
        return self.agencies.get(f"{type_key}@{region.key}")

    def generic(self, type_key: str) -> Agency | None:
        return self.agencies.get(f"{type_key}@")

    def named_office(self, head: str, words: list[str], acronym: str | None, region: Region | None) -> Agency:
        """A regional office read from its own name ("Dinas Perhubungan (Dishub) Kota Pangkalpinang"):
        the head, its field's words and the region, as ``named_offices`` spells them. Without a region it
        is unplaced ("Kepala Dinas Perindustrian, Nuryanthi"): its head is an official of no named body."""
        spec, field = self.named_offices, " ".join(words).replace(" , ", ", ")
        key = f"{head.casefold()}:{field.casefold()}@{region.key if region else ''}"
        if region is None:
            return self.unit(key, f"{head} {field}", acronym, (), head.casefold(), None, unplaced=True)
        name = spec["name"].format(head=head, field=field, level=LEVEL_TITLES[region.level], region=region.name)
        short = spec["acronym"].format(acronym=acronym, short=region.short) if acronym else None
        return self.unit(key, name, short, (), head.casefold(), region)

    def unit(self, key: str, name: str, acronym: str | None, aliases: tuple[str, ...], type_key: str,
             region: Region | None, unplaced: bool = False, venue: bool = False) -> Agency:
        """An institution a text names by its own parts ("Kodim 0711/Pemalang"): registered once,
        so the analysis records and the province read it like any other. An ``unplaced`` one (a
        regional office written without its region) makes its head an official, but names no
        institution; a ``venue`` (a state school) places the story but is no institution of it."""
        if key not in self.agencies:
            self.agencies[key] = Agency(key=key, name=name, acronym=acronym, aliases=aliases, type=type_key,
                                        region=region, unplaced=unplaced, local=True, venue=venue)
        return self.agencies[key]


def _kodam_forms(bodies: list[str], short: str, suffix: str) -> list[str]:
    """A regional military command's name before its suffix, as written and with a short title glossed in
    brackets after it ("Komando Daerah Militer (Kodam) VI/Mulawarman", "Kodam (Pangdam) IV/Diponegoro" after
    "Panglima"): outlets gloss the acronym at first mention, between the name and the number."""
    return [form for body in bodies for form in (f"{body} {suffix}", f"{body} ({short}) {suffix}")]


@lru_cache(maxsize=1)
def registry() -> Registry:
    agencies: dict[str, Agency] = {}
    data = load("agencies")
    for a in data["agencies"]:
        aliases = list(a.get("aliases") or [])
        offices = list(a.get("offices") or []) + _ministerial_offices(a["name"], aliases)
        for suf in a.get("suffixes") or []:  # Kodam: "Kodam V/Brawijaya", "Pangdam V/Brawijaya", "Kasdam ..."
            for form in dict.fromkeys([suf, suf.replace("/", " ")]):  # also "Kodam V Brawijaya"
                aliases.extend(_kodam_forms(data["kodam_bodies"], "Kodam", form))
                for post, title in data["kodam_offices"].items():
                    offices.append(f"{post} {form}")
                    offices.extend(f"{title} {name}" for name in _kodam_forms(data["kodam_bodies"], post, form))
        agencies[a["id"]] = Agency(
            key=a["id"], name=a["name"], acronym=a.get("acronym"), aliases=tuple(aliases),
            type=a.get("regional"), offices=tuple(dict.fromkeys(offices)),
            office_only=bool(a.get("office_only")), successor=a.get("successor"),
            valid_to=a.get("valid_to"),
            extra={"province": a.get("province"), "not_before": tuple(a.get("not_before") or ()),
                   "alone": frozenset(f.casefold() for f in a.get("alone") or ()),
                   "alone_within": a.get("alone_within"), "member_of": a.get("member_of"),
                   "alone_regional": tuple(a.get("alone_regional") or ()),
                   "cased": tuple(a.get("cased") or ()), "beside": a.get("beside"),
                   "one_body": bool(a.get("one_body"))},
        )
    data = load("regional_agencies")
    level_words = {w: lvl for lvl, ws in data["level_words"].items() for w in ws}
    types: dict[str, RegionalType] = {}
    gaz = gazetteer()
    written = {h["text"] for t in data["types"].values() for h in t["heads"]}
    spellings = [(f"{full} ", f"{short} ") for full, short in data["office_word_spellings"].items()]
    for tkey, t in data["types"].items():
        heads = tuple(dict.fromkeys((text, h.get("level")) for h in [*t["heads"], *_office_word_heads(t, written)]
                                    for office in _office_word_spellings(h["text"], spellings, written)
                                    for spelt in _level_spellings(office, data["level_words"])
                                    for text in _glossed_head(spelt, agencies.get(t.get("national") or ""))))
        rt = RegionalType(tkey, heads, t["levels"], t.get("national"), t.get("generic"))
        types[tkey] = rt
        own = {gaz.province(name).key: spec for name, spec in (t.get("regions") or {}).items()}
        for region in gaz.regions.values():
            spec = rt.levels.get(region.level)
            if not spec:
                continue
            key = f"{tkey}@{region.key}"
            # a city named as a regency, or a regency as a city: "Kepolisian Resor Kediri Kota", "Kejaksaan Negeri
            # Kabupaten Pasuruan"
            untold = None
            if spec.get("twin") and f"{_TWIN_LEVELS.get(region.level)}:{region.name}" in gaz.regions:
                if spec["twin"].get("told"):  # the twin's name only where the text writes the level
                    untold = (_fill(spec["name"], region), _fill(spec["acronym"], region))
                spec = {**spec, **spec["twin"]}
            name, acronym = _fill(spec["name"], region), _fill(spec["acronym"], region)
            aliases = [_fill(s, region) for s in spec.get("aliases") or []]
            mine = own.get(region.key) or {}  # "Polda Metro Jaya": its own name, no region word to resolve
            direct = tuple(x for x in (mine.get("name"), mine.get("acronym"), *(mine.get("aliases") or ())) if x)
            if mine:
                aliases += [name, acronym, *(mine.get("aliases") or ())]
                name, acronym = mine.get("name", name), mine.get("acronym", acronym)
            agencies[key] = Agency(
                key=key, name=name, acronym=acronym, aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
                type=tkey, region=region, extra={"direct": direct, "untold": untold},
            )
        if rt.generic:
            agencies[f"{tkey}@"] = Agency(key=f"{tkey}@", name=rt.generic["name"],
                                          acronym=rt.generic.get("acronym"), type=tkey)
    return Registry(agencies, types, level_words, frozenset(data["level_fillers"]),
                    {kind: _with_short_offices(spec) for kind, spec in data["numbered_units"].items()},
                    data["named_offices"], tuple(data["class_words"]))


def office_acronym_rest(head: str, levels: dict | None = None) -> str | None:
    """The rest of an office's "Dis-" acronym, capitalised ("Nakertrans" of "Disnakertrans"), where it is a word of
    four letters or more; else None. Reporters write it after the office word ("Dinas Nakertrans") and after the
    head's short title ("Kadis Nakertrans"). A Dinas (its ``levels`` name one) also by the rest of its capital "D-"
    acronym of three letters or more ("LHK" of "DLHK"), after the head's short title ("Kadis LHK", as "Kadis PUPR")."""
    if " " not in head and head.startswith("Dis") and len(head) >= 7 and head[3:].isalpha() and head[3].islower():
        return head[3].upper() + head[4:]
    if levels and " " not in head and len(head) >= 4 and head[0] == "D" and head[1].isalpha() and head.isupper() \
            and head.isalnum() and all(spec["name"].startswith("Dinas ") for spec in levels.values()):
        return head[1:]
    return None


def _office_word_heads(spec: dict, written: set[str]) -> list[dict]:
    """An office's "Dis-" acronym also written with the office word in full before the rest ("Disnakertrans" as
    "Dinas Nakertrans", "Disperindag" as "Dinas Perindag"), as reporters spell several already listed ("Dinas
    Perkim", "Dinas Dukcapil"); only where no type lists that form."""
    out = []
    for h in spec["heads"]:
        if (rest := office_acronym_rest(h["text"])) is not None and (form := f"Dinas {rest}") not in written:
            out.append({**h, "text": form})
    return out


def _office_word_spellings(head: str, spellings: list[tuple[str, str]], written: set[str]) -> list[str]:
    """A regional office's head with its office word in full also with the short one, and the other way round
    ("Kantor Wilayah Direktorat Jenderal Pemasyarakatan" as "Kanwil Direktorat Jenderal Pemasyarakatan"), as
    reporters mix the short office word with the body's full name; only where no type lists that form."""
    for full, short in spellings:
        for a, b in ((full, short), (short, full)):
            if head.startswith(a) and (form := b + head[len(a):]) not in written:
                return [head, form]
    return [head]


def _glossed_head(head: str, national: Agency | None) -> list[str]:
    """A head that opens with its national body's name written out and goes on ("Badan Pengawasan Keuangan dan
    Pembangunan Perwakilan") also with the body's acronym glossed in brackets after that name ("Badan Pengawasan
    Keuangan dan Pembangunan (BPKP) Perwakilan"), as reporters gloss it at first mention."""
    if national is None or not national.acronym:
        return [head]
    for name in (national.name, *national.aliases):
        spelt = " " in name and not any(w.isupper() for w in name.split())  # not "Ombudsman RI"
        if spelt and head.startswith(f"{name} ") and not head[len(name) + 1:].startswith("("):
            return [head, f"{name} ({national.acronym}) {head[len(name) + 1:]}"]
    return [head]


def _level_spellings(head: str, level_words: dict[str, list[str]]) -> list[str]:
    """A head ending in its level word in every way reporters write that word: "Panitia Pengawas Pemilu Provinsi"
    is also "... Prov." and "... Propinsi", as the level word after any other head is."""
    *rest, last = head.split(" ")
    for words in level_words.values():
        if last in words:
            return [" ".join([*rest, w]) for w in dict.fromkeys([last, *words])]
    return [head]


def _with_short_offices(spec: dict) -> dict:
    """A unit kind whose units go by short forms ("Unmul") names them only after its heads' titles: "Rektor Unmul"
    joins its offices, so a short form in passing ("pakar Unhas") names none."""
    if not spec.get("short"):
        return spec
    titled = [f"{title} {short}" for title in spec["short_offices"] for short in spec["short"]]
    return {**spec, "offices": [*(spec.get("offices") or []), *titled]}


def export() -> Iterator[dict]:
    """Every institution of the registry as a plain record (for the warehouse or a review)."""
    for a in registry().agencies.values():
        yield {"key": a.key, "name": a.name, "acronym": a.acronym, "aliases": list(a.aliases), "type": a.type,
               "province": a.province, "successor": a.successor, "valid_to": a.valid_to}

