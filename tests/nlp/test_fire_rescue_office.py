"""The fire service under its 2020 name, rescue joined to fire-fighting, is one office of its region in every
written form; the same words heading a field of a disaster agency ("Bidang Damkar dan Penyelamatan BPBD X") name
the agency only. Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Seluruh pegawai Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Sleman diminta netral dalam Pilkada 2024.",
     "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Sleman"),
    ("Kepala Dinas Damkar dan Penyelamatan Kota Bogor mengingatkan anggotanya agar tidak ikut kampanye.",
     "Dinas Pemadam Kebakaran dan Penyelamatan Kota Bogor"),
    ("Petugas Damkar dan Penyelamatan Kabupaten Sleman yang berstatus ASN dilarang memasang atribut calon.",
     "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Sleman"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    texts = [t for t, _ in CASES] + [
        "Kepala Bidang Damkar dan Penyelamatan BPBD Kabupaten Sleman meminta ASN netral dalam Pilkada 2024.",
        "Kepala Dinas Pemadam Kebakaran Kota Bogor meminta ASN netral dalam Pilkada 2024."]
    return analyse_all(texts)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[n for _, n in CASES])
def test_fire_and_rescue_office_is_one_office(results, index):
    agencies = {m.agency for m in results[index].agencies}
    assert CASES[index][1] in agencies
    assert not [a for a in agencies if a.startswith("Dinas Pemadam Kebakaran ") and "Penyelamatan" not in a]


def test_field_of_disaster_agency_names_no_fire_office(results):
    assert not [m for m in results[-2].agencies if "Pemadam" in m.agency]


def test_fire_service_without_rescue_keeps_its_name(results):
    assert "Dinas Pemadam Kebakaran Kota Bogor" in {m.agency for m in results[-1].agencies}
