"""A village or ward often bears the name of the district whose seat it is: after "Lurah" or "Kades" a district of
the story's regency written in several words ("Lurah Sayur Matinggi" in a story on Tapanuli Selatan) is the place
whole, not a one-word place and its head's name. A one-word village followed by a name keeps its head."""

from __future__ import annotations

import pytest

LEAD = "Bawaslu Kabupaten Tapanuli Selatan mengingatkan ASN dan lurah netral dalam Pilkada 2024. "

# (text, {name: agency}, exactly)
CASES = [
    (LEAD + "Laporan menyebut camat dan Lurah Sayur Matinggi ikut deklarasi dukungan.", {}),
    (LEAD + "Lurah Sayur Matinggi Ridwan Harahap membantah ikut deklarasi.",
     {"Ridwan Harahap": "Kelurahan Sayur Matinggi"}),
    # near-miss: a one-word village, its head named after it
    (LEAD + "Lurah Sayur Ridwan Harahap membantah ikut deklarasi.", {"Ridwan Harahap": "Kelurahan Sayur"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(k) for k in range(len(CASES))])
def test_village_named_as_its_district(analysed: dict, text: str, expected: dict[str, str]) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found == expected, found
