"""The gazetteer of provinces and kabupaten/kota (``patterns/regions.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import load

SPLIT_REST = 3  # letters a one-word name goes on with after a first word it is written apart at ("Banyu Asin")
LOCAL_MIN = 3  # letters a regency's local short form has fewer than its name ("Kukar"; not "Lany Jaya", Lanny Jaya)


@dataclass(frozen=True)
class Region:
    """A province (``level == "provinsi"``) or a kabupaten/kota."""

    key: str  # "provinsi:Jawa Timur", "kabupaten:Lamongan", "kota:Surabaya"
    name: str  # official name without the level word
    level: str  # provinsi | kabupaten | kota
    province: str  # the province's official name (itself for a province)
    short: str  # shortest usual name ("Kaltim", "Lamongan"); a one-word name is its own ("Aceh", not "NAD")
    surfaces: tuple[str, ...] = field(default=())  # every spelling news use, without level word
    titled: tuple[str, ...] = field(default=())  # short forms that are also words ("Tuba"): only after an office
    local: str = ""  # a regency's local short form, where its name has several words ("Kukar", "Pangkep", "Aru")


@dataclass(frozen=True)
class Gazetteer:
    regions: dict[str, Region]
    by_surface: dict[str, tuple[Region, ...]]  # exact spelling -> candidate regions
    capitals: dict[str, str]  # capital city -> province

    def province(self, name: str) -> Region | None:
        return self.regions.get(f"provinsi:{name}")

    def candidates(self, surface: str) -> tuple[Region, ...]:
        return self.by_surface.get(surface) or self.by_surface.get(surface.title()) or ()


def _with_joined(surfaces: tuple[str, ...]) -> tuple[str, ...]:
    """Two-word names are also written as one ("Bandarlampung", "Tanjungpinang", "Labuhanbatu")."""
    joined = [first + second.lower() for s in surfaces if s.count(" ") == 1 and s.replace(" ", "").isalpha()
              for first, second in [s.split()]]
    return tuple(dict.fromkeys((*surfaces, *joined)))


def _with_split(surfaces: tuple[str, ...], firsts: list[str]) -> tuple[str, ...]:
    """One-word names opening with a word of ``firsts`` are also written apart ("Pekan Baru", "Gunung Sitoli")."""
    split = [f"{first} {s[len(first):].capitalize()}" for s in surfaces if s.isalpha() for first in firsts
             if s.startswith(first) and len(s) - len(first) >= SPLIT_REST]
    return tuple(dict.fromkeys((*surfaces, *split)))


def _with_lowered_repeats(surfaces: tuple[str, ...]) -> tuple[str, ...]:
    """A doubled word is also written with its second half in lower case ("Toli-toli", "Bau-bau", "Una-una")."""
    lowered = [re.sub(r"\b([A-Z])([a-z]+)-\1\2\b", lambda m: f"{m[1]}{m[2]}-{m[1].lower()}{m[2]}", s)
               for s in surfaces]
    return tuple(dict.fromkeys((*surfaces, *lowered)))


def _with_parents(name: str, surfaces: tuple[str, ...], spellings: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A regency named after the one it was carved from is spelt as its parent is, joined or apart ("Tulangbawang
    Barat", "Labuhan Batu Utara"); else the parent's spelling matches first and the compass word is left over."""
    def letters(s: str) -> str:
        return s.replace(" ", "").replace("-", "").lower()

    spelt = [f"{form}{name[len(parent):]}" for parent, forms in spellings.items() if name.startswith(f"{parent} ")
             for form in forms if form != parent and letters(form) == letters(parent)]
    return tuple(dict.fromkeys((*surfaces, *spelt)))


def _with_glossed_parent(name: str, surfaces: tuple[str, ...],
                         spellings: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A regency named after the one it was carved from may gloss the parent's acronym in brackets before its own
    last word ("Ogan Komering Ulu (OKU) Timur", "Bolaang Mongondow (Bolmong) Utara"); else the parent matches with
    its gloss and the compass word is left over."""
    glossed = [f"{parent} ({form}){name[len(parent):]}" for parent, forms in spellings.items()
               if name.startswith(f"{parent} ") for form in forms  # a short form, not the name joined
               if form.isalpha() and form.lower() != parent.replace(" ", "").lower()]
    return tuple(dict.fromkeys((*surfaces, *glossed)))


def _with_abbreviated(surfaces: tuple[str, ...], short_words: dict[str, list[str]]) -> tuple[str, ...]:
    """Names holding a word that news shorten ("Kepulauan") are also written with its short form ("Kep. Riau",
    "Kab. Kep. Sangihe")."""
    shortened = [" ".join(short if w == word else w for w in s.split())
                 for s in surfaces for word, shorts in short_words.items() if word in s.split() for short in shorts]
    return tuple(dict.fromkeys((*surfaces, *shortened)))


def _local(regency: dict) -> str:
    """A regency's local short form: of a name of several words, its shortest alias a few letters shorter than the
    name ("Kukar", "Pangkep", "Aru"), not a spelling of the whole name ("Deliserdang", "Lany Jaya"); else none."""
    letters = len(regency["name"].replace(" ", ""))
    shorts = [a for a in regency.get("aliases") or [] if len(a.replace(" ", "")) <= letters - LOCAL_MIN]
    return min(shorts, key=len) if shorts and " " in regency["name"] else ""


def _add(index: dict[str, list[Region]], surface: str, region: Region) -> None:
    bucket = index.setdefault(surface, [])
    if region not in bucket:
        bucket.append(region)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Build the gazetteer once; provinces rank before kabupaten before kota for a shared name."""
    regions: dict[str, Region] = {}
    index: dict[str, list[Region]] = {}
    capitals: dict[str, str] = {}
    data = load("regions")
    provinces, short_words = data["provinces"], data.get("short_words") or {}
    for p in provinces:
        shorts = [s for s in p.get("short") or [] if s]
        short = min(shorts, key=len) if shorts and " " in p["name"] else p["name"]
        prov = Region(f"provinsi:{p['name']}", p["name"], "provinsi", p["name"], short,
                      _with_abbreviated((p["name"], *shorts), short_words))
        regions[prov.key] = prov
        if p.get("capital"):
            capitals[p["capital"]] = p["name"]
    spellings: dict[str, tuple[str, ...]] = {}  # a name's spellings; a kabupaten and a kota may share the name
    for r in (r for p in provinces for r in p["regencies"]):
        spellings[r["name"]] = (*spellings.get(r["name"], ()), *_with_joined((r["name"], *(r.get("aliases") or []))))
    for level in ("kabupaten", "kota"):
        for p in provinces:
            for r in p["regencies"]:
                if r["kind"] != level:
                    continue
                own = _with_split(_with_joined((r["name"], *(r.get("aliases") or []))), data.get("split_firsts") or [])
                surfaces = _with_abbreviated(_with_lowered_repeats(_with_glossed_parent(
                    r["name"], _with_parents(r["name"], own, spellings), spellings)),
                                             short_words)
                reg = Region(f"{level}:{r['name']}", r["name"], level, p["name"], r["name"], tuple(surfaces),
                             tuple(r.get("titled_aliases") or ()), _local(r))
                regions.setdefault(reg.key, reg)
    for reg in sorted(regions.values(), key=lambda r: ("provinsi", "kabupaten", "kota").index(r.level)):
        for s in (*reg.surfaces, *reg.titled):
            _add(index, s, reg)
    return Gazetteer(regions, {k: tuple(v) for k, v in index.items()}, capitals)
