"""A generated matrix of institutions x their surface forms x sentence positions, beside the hand-written probe
lists. Every kind of body the registry knows (each regional kind of regional_agencies.yaml in one region picked
deterministically, each national body and regional office of agencies.yaml) is written in the forms news use for it
(full name, main acronym, the listed short forms, "Kab."/"Prov." for the level word, in capitals, with "RI" after a
national body, the acronym in brackets after the full name) and set in one of the places prose puts a body: as the
subject, after "dari", "ke", "oleh", "bersama", last in a list with "dan"/"serta", after "pegawai", in "ASN di
lingkungan X", after "Kepala". Each case must yield the body under its registry name, the canonical name the read
half's gold gives such bodies. The sample is drawn per institution with a fixed seed, so the list stays a few hundred
cases and the same from run to run; all are analysed in one batch. Combinations the rules leave are strict xfails
with their cause."""

from __future__ import annotations

import random
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from pipeline.nlp.registry import export

_KINDS = Path(__file__).parents[2] / "pipeline" / "nlp" / "patterns" / "regional_agencies.yaml"
_LEVEL_WORDS = {"provinsi": ("Provinsi", "Prov."), "kabupaten": ("Kabupaten", "Kab."), "kota": ("Kota", "Kota")}

# the places of a body in a sentence; "{x}" is the body's surface form
POSITIONS = {
    "subject": "{x} meminta seluruh ASN menjaga netralitas menjelang Pilkada 2024.",
    "dari": "Surat edaran dari {x} mengingatkan ASN agar netral pada Pilkada 2024.",
    "ke": "Dugaan pelanggaran netralitas ASN itu dilaporkan ke {x} pada Pilkada 2024.",
    "oleh": "Apel netralitas ASN digelar oleh {x} menjelang Pilkada 2024.",
    "bersama": "Bawaslu bersama {x} mengawasi netralitas ASN pada Pilkada 2024.",
    "dan": "Sosialisasi netralitas ASN dihadiri KPU, Bawaslu, dan {x} menjelang Pilkada 2024.",
    "serta": "Bawaslu serta {x} mengingatkan ASN agar netral pada Pilkada 2024.",
    "pegawai": "Pegawai {x} diminta menjaga netralitas pada Pilkada 2024.",
    "lingkungan": "ASN di lingkungan {x} dilarang berpolitik praktis pada Pilkada 2024.",
    "kepala": "Kepala {x} meminta ASN netral pada Pilkada 2024.",
}
# bodies headed by a "Kepala": the other heads have titles of their own (Menteri, Ketua, Gubernur)
_HEADED_BY_KEPALA = ("Badan ", "Dinas ", "Kantor ", "Lembaga ", "Satuan ", "Arsip ")
_SEED = 2026
_PER_BODY = 1


def _forms(row: dict, generic: set[str]) -> list[str]:
    """The surface forms of one institution: its names, listed short forms that carry its region or are its own,
    the level word abbreviated, capitals, "RI" after a national acronym, the acronym in brackets."""
    name, acronym = row["name"], row["acronym"]
    forms = [name]
    if acronym:
        forms.append(acronym)
        forms.append(f"{name} ({acronym})")
    forms += [a for a in row["aliases"] if a not in generic]
    for level, short in (("Kabupaten ", "Kab. "), ("Provinsi ", "Prov. ")):
        if level in name:
            forms.append(name.replace(level, short))
    if len(name.split()) <= 5:
        forms.append(name.upper())
    if row["province"] is None and acronym and " " not in acronym and not acronym.endswith("RI"):
        forms.append(f"{acronym} RI")
    return list(dict.fromkeys(forms))


def _regions(rows: list[dict]) -> dict[tuple[str, str], str]:
    """(level, official name) -> the region's short name as its government's acronym writes it ("Jateng"), for
    regions whose short name no other region shares ("Bandung" is a kabupaten and a kota)."""
    short = {}
    for row in rows:
        if row["type"] == "pemda" and "@" in row["key"] and row["acronym"] and " " in row["acronym"]:
            level, region = row["key"].split("@")[1].split(":", 1)
            short[(level, region)] = row["acronym"].split(" ", 1)[1]
    shared = {s for s, n in Counter(short.values()).items() if n > 1}
    return {k: s for k, s in short.items() if s not in shared}


def _head_cases(rows: list[dict], rng: random.Random) -> list[tuple[str, str, str]]:
    """(form, canonical, kind) for every head word of every regional kind, with a region (official name after the
    level word, its abbreviation, or the region's short name alone) picked deterministically."""
    names = {r["key"]: r["name"] for r in rows}
    regions = _regions(rows)
    kinds = yaml.safe_load(_KINDS.read_text(encoding="utf-8"))["types"]
    cases = []
    for kind, spec in kinds.items():
        for head in spec["heads"]:
            levels = [head["level"]] if head.get("level") else sorted(spec["levels"])
            places = sorted((lv, r) for (lv, r) in regions if lv in levels and f"{kind}@{lv}:{r}" in names
                            and lv in spec["levels"])
            if not places:
                continue
            level, region = places[zlib.crc32(head["text"].encode()) % len(places)]
            words = [f"{region}", regions[(level, region)]]
            if not head.get("level"):
                words += [f"{_LEVEL_WORDS[level][0]} {region}", f"{_LEVEL_WORDS[level][1]} {region}"]
            cases.append((f"{head['text']} {rng.choice(words)}", names[f"{kind}@{level}:{region}"], kind))
    return cases


def _matrix() -> list[tuple[str, str, str, str]]:
    """(sentence, expected canonical, form, position) for a deterministic sample of the registry."""
    rows = [r for r in export() if not r["valid_to"]]
    by_type: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["type"] and "@" in row["key"]:
            by_type[row["type"]].append(row)
    # a short form every region of a kind shares ("BKD", "Inspektorat") names no one body
    generic: set[str] = set()
    for kind_rows in by_type.values():
        counts = Counter(a for r in kind_rows for a in r["aliases"])
        generic |= {a for a, n in counts.items() if n > 1}
    bodies = [r for r in rows if "@" not in r["key"]]
    regions = _regions(rows)
    for kind in sorted(by_type):
        kind_rows = sorted((r for r in by_type[kind] if tuple(r["key"].split("@")[1].split(":", 1)) in regions),
                           key=lambda r: r["key"]) or sorted(by_type[kind], key=lambda r: r["key"])
        bodies.append(kind_rows[zlib.crc32(kind.encode()) % len(kind_rows)])
    cases = []
    for row in bodies:
        rng = random.Random(f"{_SEED}:{row['key']}")  # one draw per body: adding a body moves no other body's cases
        forms = _forms(row, generic)
        for form in rng.sample(forms, min(_PER_BODY, len(forms))):
            places = [p for p in POSITIONS if p != "kepala" or row["name"].startswith(_HEADED_BY_KEPALA)]
            position = rng.choice(places)
            cases.append((POSITIONS[position].format(x=form), row["name"], form, position))
    rng = random.Random(_SEED)
    for form, canonical, _ in _head_cases(rows, rng):
        places = [p for p in POSITIONS if p != "kepala" or form.startswith(_HEADED_BY_KEPALA)]
        position = rng.choice(places)
        cases.append((POSITIONS[position].format(x=form), canonical, form, position))
    return cases


CASES = _matrix()

# forms the rules do not read, in whichever position the draw puts them, with the cause
_OFFICE_ONLY = "the presidency is named through its holder's office (agencies.yaml office_only), not as a body"
_NO_HEAD = "is no head of its body: alone it is too many other things"
XFAIL: dict[str, str] = {
    "Kepresidenan": _OFFICE_ONLY,
    "PRESIDEN REPUBLIK INDONESIA": _OFFICE_ONLY,
    "KI Tolitoli": "'KI' " + _NO_HEAD,
    "Disnaker Yogyakarta": "'Yogyakarta' alone is read as the province (Daerah Istimewa Yogyakarta), as most stories "
                           "mean it",
}

# forms the matrix found unread, each fixed in general: a head that ends in its level word in the other spellings of
# that word ("Prov.", "Propinsi", "Kab."), as after any other head; a high court named after its province or its
# seat, the level told by the region (two heads of the same words kept only one of their levels)
FIXED = [
    ("Laporan itu diteruskan ke Panitia Pengawas Pemilu Prov. Gorontalo pada Pilkada 2017.",
     "Panitia Pengawas Pemilu Provinsi Gorontalo"),
    ("Panwaslu Prov Bengkulu mengingatkan ASN agar netral pada Pilkada 2017.",
     "Panitia Pengawas Pemilu Provinsi Bengkulu"),
    ("Panitia Pengawas Pemilihan Umum Propinsi Banten memanggil ASN yang berkampanye.",
     "Panitia Pengawas Pemilu Provinsi Banten"),
    ("ASN di lingkungan Pemerintahan Kab. Sragen diminta netral pada Pilkada 2024.", "Pemerintah Kabupaten Sragen"),
    ("Pegawai Pemerintahan Prov. Jambi diminta netral pada Pilkada 2024.", "Pemerintah Provinsi Jambi"),
    ("Apel netralitas ASN digelar oleh Pengadilan Tinggi Kalimantan Barat menjelang Pilkada 2024.",
     "Pengadilan Tinggi Kalimantan Barat"),
    ("Bawaslu bersama Pengadilan Tinggi Agama Metro menggelar sosialisasi netralitas ASN.",
     "Pengadilan Tinggi Agama Metro"),
    ("Pegawai Pengadilan Tinggi Sulawesi Tenggara diminta menjaga netralitas pada Pilkada 2024.",
     "Pengadilan Tinggi Sulawesi Tenggara"),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    """Each case's institutions, from one batch analysis."""
    return [{a.agency for a in result.agencies} for result in analyse_all([c[0] for c in CASES])]


def _params() -> list:
    params = []
    for index, (_, _, form, position) in enumerate(CASES):
        reason = XFAIL.get(form)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(index, marks=marks, id=f"{position}:{form[:40]}"))
    return params


@pytest.mark.parametrize("index", _params())
def test_each_form_in_each_place_names_its_body(found, index):
    sentence, canonical, _, _ = CASES[index]
    assert canonical in found[index], (sentence, found[index])


def test_matrix_stays_small_and_covers_every_kind():
    assert 200 <= len(CASES) <= 1200  # grows with the kinds of regional body
    assert len({c[3] for c in CASES}) == len(POSITIONS)


@pytest.fixture(scope="module")
def found_fixed(analyse_all) -> list[set[str]]:
    """Each fixed form's institutions, from one batch analysis."""
    return [{a.agency for a in result.agencies} for result in analyse_all([t for t, _ in FIXED])]


@pytest.mark.parametrize("index", range(len(FIXED)), ids=[t[:48] for t, _ in FIXED])
def test_fixed_forms_name_their_body(found_fixed, index):
    assert FIXED[index][1] in found_fixed[index], found_fixed[index]
