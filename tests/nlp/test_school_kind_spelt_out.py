"""A school's kind spelt out after a head's title ("Kepala Sekolah Menengah Atas (SMA)", "Sekolah Menengah
Kejuruan", "Sekolah Luar Biasa") goes on naming the school: its last word is no holder's name. A school head with
a name written after the school keeps it. Our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Guru ASN diminta menjaga netralitas menjelang Pilkada 2024 di Kabupaten Klaten."
NO_NAME = [
    f"{LEAD} Seorang Kepala Sekolah Menengah Atas (SMA) di Klaten ditegur karena memasang foto calon.",
    f"{LEAD} Kepala Sekolah Menengah Kejuruan (SMK) dan Kepala Sekolah Menengah Pertama diminta netral.",
    f"{LEAD} Kepala Sekolah Luar Biasa di kota itu ikut dipanggil Bawaslu.",
]
# (text, the holder) -- the same title with a named school and its head
NAMED = [
    (f"{LEAD} Kepala SMP Negeri 3 Klaten Rina Wulandari menegaskan guru harus netral.", "Rina Wulandari"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(NO_NAME + [values(form)[0] for form in NAMED], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(NO_NAME)), ids=[t[len(LEAD) + 1:len(LEAD) + 41] for t in NO_NAME])
def test_a_spelt_out_school_kind_names_no_one(analysed: list, k: int) -> None:
    assert analysed[k].officials == []


@pytest.mark.parametrize(("k", "text", "name"), indexed(NAMED, lambda v: v[0][len(LEAD) + 1:len(LEAD) + 41]))
def test_a_named_school_head_keeps_the_name(analysed: list, k: int, text: str, name: str) -> None:
    assert name in [o.name for o in analysed[len(NO_NAME) + k].officials]
