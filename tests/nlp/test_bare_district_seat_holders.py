"""The head of a village or ward, its district written after it between commas without the word "Kecamatan" (as
addresses are written: ward, district, city), then the holder: the listed district is part of the place, the name
after its comma the holder's. A word between the commas that is no listed district is still the holder; initials
after the district name no holder, the ward stays. Sentences in our own words."""

from __future__ import annotations

import pytest

TEXTS = [
    "Bawaslu memeriksa dugaan pelanggaran netralitas. Lurah Sukarame Indah, Kemiling, Hendra Wijaya diperiksa "
    "karena berfoto dengan salah satu pasangan calon.",
    "Bawaslu memeriksa dugaan pelanggaran netralitas. Kepala Desa Harjamukti, Cilodong, Siti Rahmawati diminta "
    "memberi klarifikasi.",
    "Bawaslu memeriksa dugaan pelanggaran netralitas. Lurah Sukarame Indah, Kemiling, berinisial HW, terbukti "
    "berfoto dengan salah satu pasangan calon.",
    "Bawaslu memeriksa dugaan pelanggaran netralitas. Kepala Desa Harjamukti, Darmawan, mengatakan dirinya hanya "
    "diundang.",
]


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all(TEXTS)


def test_ward_head_after_a_bare_district(results):
    assert {o.name: o.agency for o in results[0].officials} == {"Hendra Wijaya": "Kelurahan Sukarame Indah"}


def test_village_head_after_a_bare_district(results):
    assert {o.name: o.agency for o in results[1].officials} == {"Siti Rahmawati": "Desa Harjamukti"}


def test_initials_after_the_district_name_no_holder(results):
    assert results[2].officials == []
    assert "Kelurahan Sukarame Indah" in {m.agency for m in results[2].agencies}


def test_a_name_between_the_commas_is_still_the_holder(results):
    assert {o.name for o in results[3].officials} == {"Darmawan"}
