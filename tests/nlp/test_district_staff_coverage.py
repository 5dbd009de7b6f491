"""Probe list of a district's government named through its staff ('staf Kecamatan X', 'Staf Honorer Kecamatan X',
'ASN Kecamatan X'): the office they work for, as 'Pemerintah Kecamatan X' and the district head's title already name
it ('Kecamatan X'), and as the read gold lists it in 3 stories of 4. Generated as staff words x districts x
sentences; the staff word before the level word in lower case, with no district after it, or a headline's capitalised
verb after it, names no district. Sentences are our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

STAFF = ["staf", "Staf", "staf honorer", "Staff", "pegawai", "ASN", "PNS"]
DISTRICTS = ["Mamajang", "Kedondong", "Gedong Tataan"]
SENTENCES = [  # {x}: the staff word and the district
    "Seorang {x} diduga mengarahkan ketua RT memilih salah satu calon pada Pilkada 2024.",
    "Bawaslu memanggil {x} karena mengunggah foto bersama calon bupati menjelang Pilkada 2024.",
]
FORMS = [(s.format(x=f"{w} Kecamatan {d}"), f"Kecamatan {d}") for w, d, s in product(STAFF, DISTRICTS, SENTENCES)]
NONE = [
    "Bawaslu memanggil staf kecamatan dan desa menjelang Pilkada 2024.",
    "Staf Kecamatan Dipanggil Bawaslu karena Kampanye pada Pilkada 2024",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe and the sentences naming no district analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NONE)


@pytest.mark.parametrize(("k", "text", "agency"), indexed(FORMS, lambda v: v[0][:70]))
def test_a_district_is_named_through_its_staff(analysed: list, k: int, text: str, agency: str) -> None:
    assert agency in {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize("k", range(len(NONE)))
def test_staff_of_no_named_district_name_none(analysed: list, k: int) -> None:
    assert not any(m.agency.startswith("Kecamatan") for m in analysed[len(FORMS) + k].agencies)
