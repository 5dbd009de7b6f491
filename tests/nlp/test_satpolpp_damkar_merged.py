"""The civil service police merged with the fire service ("Satpol PP dan Damkar X", "Satpol PP-Damkar X") is one
regional office, and its head's short title ("Kasatpol PP dan Damkar X") names it. Sentences in our own words."""

from __future__ import annotations

import pytest

MERGED = "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Kapuas"
CASES = [
    "Kepala Satpol PP dan Damkar Kabupaten Kapuas, Rudi Hartono, meminta anggotanya netral selama Pilkada 2024.",
    "Anggota Satpol PP-Damkar Kabupaten Kapuas yang berstatus ASN dilarang ikut kampanye Pilkada 2024.",
    "Kasatpol PP dan Damkar Kapuas Rudi Hartono mengingatkan ASN agar tidak berpose dengan calon bupati.",
]
SEPARATE = ("Kepala Satpol PP Kabupaten Kapuas dan Kepala Damkar Kabupaten Kapuas sama-sama meminta ASN netral "
            "pada Pilkada 2024.")


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all(CASES + [SEPARATE])


@pytest.mark.parametrize("index", range(len(CASES)))
def test_merged_office_is_one_body(results, index):
    names = {m.agency for m in results[index].agencies}
    assert MERGED in names
    assert "Satuan Polisi Pamong Praja Kabupaten Kapuas" not in names


def test_head_title_names_the_merged_office(results):
    assert {(o.name, o.agency) for o in results[2].officials} >= {("Rudi Hartono", MERGED)}


def test_two_offices_named_apart_stay_two(results):
    names = {m.agency for m in results[-1].agencies}
    assert {"Satuan Polisi Pamong Praja Kabupaten Kapuas", "Dinas Pemadam Kebakaran Kabupaten Kapuas"} <= names
    assert MERGED not in names
