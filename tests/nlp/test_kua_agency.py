"""A district's religious affairs office (KUA) named with its district is an institution of the story, as the
ministry's regional offices are; named alone ("petugas KUA") it names none. Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Kepala KUA Kecamatan Wates, Rina Astuti, meminta penghulu ASN menjaga netralitas.",
     "Kantor Urusan Agama Kecamatan Wates"),
    ("Para penyuluh dari Kantor Urusan Agama (KUA) Kecamatan Ngaglik diminta netral dalam Pilkada 2024.",
     "Kantor Urusan Agama Kecamatan Ngaglik"),
    ("Penghulu di KUA Kapanewon Sentolo diingatkan agar tidak ikut kampanye Pilkada 2024.",
     "Kantor Urusan Agama Kecamatan Sentolo"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    texts = [t for t, _ in CASES] + ["Petugas KUA dan penyuluh agama diminta menjaga netralitas ASN pada Pilkada 2024."]
    return analyse_all(texts)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[n for _, n in CASES])
def test_kua_with_its_district_is_listed(results, index):
    assert CASES[index][1] in {m.agency for m in results[index].agencies}


def test_kua_alone_names_no_office(results):
    assert not [m for m in results[-1].agencies if "Urusan Agama" in m.agency]
