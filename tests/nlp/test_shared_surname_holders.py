"""Two officials of different institutions whose names share a word ("Bupati Lasem Suparno" and "Kapolres Lasem
AKBP Agus Suparno"): the fuller name adds a given name, each is named with their own office, so they are two
people. A short reference to the same office, an added initial, or the same institution keeps one person.
Sentences in our own words."""

from __future__ import annotations

import pytest

TEXTS = [
    "Rapat netralitas ASN dibuka Bupati Rembang Suparno. Hadir pula Kapolres Rembang AKBP Agus Suparno dan Dandim "
    "Rembang Letkol Heri Wibowo.",
    "Kapolres Rembang AKBP Agus Suparno membuka rapat netralitas ASN. Menurut Kapolres Suparno, anggota harus netral.",
    "Rapat netralitas ASN dibuka Sekda Rembang Suparno. Sekda Rembang Agus Suparno meminta ASN netral.",
]


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all(TEXTS)


def test_a_fuller_name_with_another_office_is_another_person(results):
    got = {o.name: o.agency for o in results[0].officials}
    assert got["Suparno"] == "Pemerintah Kabupaten Rembang"
    assert got["Agus Suparno"] == "Kepolisian Resor Rembang"


def test_a_short_reference_to_the_same_office_stays_one_person(results):
    assert {o.name: o.agency for o in results[1].officials} == {"Agus Suparno": "Kepolisian Resor Rembang"}


def test_the_same_institution_stays_one_person(results):
    assert [o.name for o in results[2].officials] == ["Agus Suparno"]
