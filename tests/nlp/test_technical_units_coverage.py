"""Probe list of regional offices named as the name of their technical unit ("UPT Dinas Pendidikan", "Unit Pelaksana
Teknis (UPT) Dinas Kesehatan"): the unit is named, not the office, so the office is no institution of the story;
the office named on its own, and units whose own name holds the word ("UPTD Puskesmas X"), stay read. Stories in our
own words (agencies.yaml technical_units)."""

from __future__ import annotations

import pytest

DISDIK = "Dinas Pendidikan Kabupaten Wonosobo"
DINKES = "Dinas Kesehatan Kabupaten Wonosobo"
STORY = "WONOSOBO - Bawaslu Kabupaten Wonosobo menggelar sosialisasi netralitas ASN menjelang Pilkada 2024. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Pesertanya ASN kecamatan, UPT Dinas Pendidikan, UPT Dinas Kesehatan dan para kepala desa.",
     [], [DISDIK, DINKES]),
    (STORY + "Hadir pegawai Unit Pelaksana Teknis (UPT) Dinas Pendidikan dan perangkat desa.", [], [DISDIK]),
    (STORY + "Ia pernah menjabat Kepala UPTD Dinas Kesehatan di tingkat kecamatan.", [], [DINKES]),
    # negatives: the office itself, and a unit whose own name opens with the word
    (STORY + "Kepala Dinas Pendidikan Kabupaten Wonosobo meminta guru tetap netral.", [DISDIK], []),
    (STORY + "Kepala UPTD Puskesmas Kertek dan Kepala Dinas Kesehatan Kabupaten Wonosobo ikut hadir.",
     [DINKES, "Puskesmas Kertek"], []),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_technical_unit_names_no_office(run, text: str, named: list[str], not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
