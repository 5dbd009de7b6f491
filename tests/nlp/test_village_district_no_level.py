"""A district of the story's regency written right after a village's or a ward's name, without "Kecamatan" ("Kades
Sekapuk Ujungpangkah Abdul Halim", "Lurah Cipayung Ciputat ..."), is where the village lies: part of the place, not
the head's name, and the village alone is the agency. A district of another regency that is also a given name
("Bambang") stays the head's name."""

from __future__ import annotations

import pytest

LEAD = "Bawaslu Kabupaten Gresik mengajak kepala desa netral dalam Pilkada 2024. "
LEAD_TANGSEL = "Bawaslu Kota Tangerang Selatan mengingatkan lurah dan ASN netral dalam Pilkada 2024. "

# (text, {name: agency}, exactly)
CASES = [
    (LEAD + "Kades Sidorukun Ujungpangkah Slamet Riyadi menyatakan siap netral.",
     {"Slamet Riyadi": "Desa Sidorukun"}),
    (LEAD + "Kepala Desa Banyutengah Panceng Munir Hasan ikut menandatangani pakta integritas.",
     {"Munir Hasan": "Desa Banyutengah"}),
    (LEAD_TANGSEL + "Lurah Sawah Ciputat Rahmat Hidayat meminta stafnya menjaga netralitas.",
     {"Rahmat Hidayat": "Kelurahan Sawah"}),
    # near-misses: a district elsewhere that is also a given name, and the district with its level word
    (LEAD + "Kades Sidorukun Bambang Sutrisno menyatakan siap netral.", {"Bambang Sutrisno": "Desa Sidorukun"}),
    (LEAD + "Kades Sidorukun Kecamatan Ujungpangkah Slamet Riyadi menyatakan siap netral.",
     {"Slamet Riyadi": "Desa Sidorukun"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{k}-{next(iter(c[1]))}" for k, c in enumerate(CASES)])
def test_village_district_is_part_of_the_place(analysed: dict, text: str, expected: dict[str, str]) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found == expected, found
