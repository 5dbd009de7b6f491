"""A regional hospital whose name drops "Umum" (RSD, Rumah Sakit Daerah) is an institution named by what follows
it, as an RSUD is, and its director's title does not make the hospital's name a person. The short form with nothing
after it names no hospital. Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Direktur RSD dr. Haryono Lumajang meminta seluruh pegawai menjaga netralitas pada Pilkada 2024.",
     "Rumah Sakit Daerah dr. Haryono Lumajang"),
    ("Para dokter ASN di Rumah Sakit Daerah (RSD) Tunas Harapan diingatkan agar tidak ikut kampanye.",
     "Rumah Sakit Daerah Tunas Harapan"),
    ("Edaran bupati ditujukan kepada camat, Direktur RSD Kol Sutomo Bangko, dan kepala dinas agar ASN netral.",
     "Rumah Sakit Daerah Kol Sutomo Bangko"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    texts = [t for t, _ in CASES] + ["Para pegawai RSD diminta menjaga netralitas ASN pada Pilkada 2024."]
    return analyse_all(texts)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[n for _, n in CASES])
def test_hospital_named_rsd_is_listed(results, index):
    assert CASES[index][1] in {m.agency for m in results[index].agencies}


def test_hospital_name_is_no_official(results):
    assert not [o for o in results[2].officials if "Sutomo" in o.name]


def test_rsd_alone_names_no_hospital(results):
    assert not [m for m in results[-1].agencies if "Rumah Sakit" in m.agency]
