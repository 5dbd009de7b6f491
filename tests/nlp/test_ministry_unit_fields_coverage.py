"""Probe list of a regional office's kind named inside the title of a ministry's unit ("Direktur Satpol PP dan Linmas
Kemendagri", "Dirjen Kependudukan dan Catatan Sipil (Dukcapil)"): the ministry's directorate bears the field's name,
so no office of the story's region is named; a region's own office, a regional hospital's director and a ministry
named after a directorate-general's title stay read. Stories in our own words (agencies.yaml ministry_units)."""

from __future__ import annotations

import pytest

SATPOL = "Satuan Polisi Pamong Praja Kota Ambon"
DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kota Ambon"
KESBANG = "Badan Kesatuan Bangsa dan Politik Kota Ambon"
STORY = "AMBON - Pemerintah Kota Ambon menggelar rapat koordinasi netralitas ASN menjelang Pilkada 2024. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Direktur Satpol PP dan Linmas Kemendagri, Rudi Hartono, meminta ASN tidak berpihak.",
     ["Kementerian Dalam Negeri"], [SATPOL]),
    (STORY + "Materi dibawakan Direktur Satpol PP dan Linmas pada Ditjen Bina Adwil Kementerian Dalam Negeri.",
     ["Kementerian Dalam Negeri"], [SATPOL]),
    (STORY + "Kemendagri melalui Direktorat Jenderal Kependudukan dan Catatan Sipil (Dukcapil) mengingatkan hal itu.",
     ["Kementerian Dalam Negeri"], [DUKCAPIL]),
    (STORY + "Dirjen Kependudukan dan Catatan Sipil (Dukcapil), Rahmat Hidayat, ikut memberi arahan.", [], [DUKCAPIL]),
    (STORY + "Hadir pula Kasubdit Kesbangpol Kemendagri sebagai narasumber.", ["Kementerian Dalam Negeri"], [KESBANG]),
    # negatives: the region's own offices, a hospital's director, a ministry after a general's title
    (STORY + "Kepala Satpol PP Kota Ambon dan Kepala Dinas Dukcapil Kota Ambon ikut hadir.", [SATPOL, DUKCAPIL], []),
    (STORY + "Direktur Jenderal Pendidikan Islam Kementerian Agama ikut mengingatkan guru madrasah.",
     ["Kementerian Agama"], []),
    (STORY + "Direktur RSUD Kota Ambon dan Kasat Pol PP Kota Ambon menandatangani ikrar.", [SATPOL], []),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_ministry_units_field_names_no_regional_office(run, text: str, named: list[str],
                                                          not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
