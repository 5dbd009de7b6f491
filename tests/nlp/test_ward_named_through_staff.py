"""A ward's government named through its staff ('ASN Kelurahan X', 'staf Kelurahan X', 'pegawai Kelurahan X'): the
office they work for, 'Kelurahan X', as 'Pemerintah Kelurahan X' and the ward head's title already name it, and as a
district is named through its staff ('staf Kecamatan X'). The staff word before the level word in lower case, with no
ward after it, names no ward. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

STAFF = ["ASN", "staf", "Staf", "pegawai", "PNS", "honorer"]
WARDS = ["Sukamulya", "Tanjung Harapan"]
SENTENCES = [  # {x}: the staff word and the ward
    "Salah satu {x} dipanggil Bawaslu Kota Bekasi karena ikut membagikan kaus calon wali kota pada Pilkada 2024.",
    "Bawaslu menerima laporan bahwa {x} mengunggah ajakan memilih pasangan calon menjelang Pilkada 2024.",
]
FORMS = [(s.format(x=f"{w} Kelurahan {d}"), f"Kelurahan {d}") for w, d, s in product(STAFF, WARDS, SENTENCES)]
NONE = [
    "Bawaslu mengingatkan ASN kelurahan dan kecamatan agar netral pada Pilkada 2024.",
    "Sosialisasi netralitas pada Pilkada 2024 diikuti staf kelurahan se-Kota Bekasi.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe and the sentences naming no ward analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NONE)


@pytest.mark.parametrize(("k", "text", "agency"), indexed(FORMS, lambda v: v[0][:70]))
def test_a_ward_is_named_through_its_staff(analysed: list, k: int, text: str, agency: str) -> None:
    assert agency in {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize("k", range(len(NONE)))
def test_staff_of_no_named_ward_name_none(analysed: list, k: int) -> None:
    assert not any(m.agency.startswith("Kelurahan") for m in analysed[len(FORMS) + k].agencies)
