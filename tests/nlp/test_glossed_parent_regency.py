"""A regency carved from another and named after it may be written with the parent's short form glossed in brackets
before its own last word ("Kabupaten Ogan Komering Ulu (OKU) Timur"): the place is the carved regency, not its parent
with a compass word left over; the parent glossed alone stays the parent."""

from __future__ import annotations

import pytest

FORMS = [
    ("Pjs Bupati Ogan Komering Ulu (OKU) Timur mengingatkan ASN agar netral dalam Pilkada 2024.",
     "Pemerintah Kabupaten Ogan Komering Ulu Timur"),
    ("Pemkab Ogan Komering Ulu (OKU) Selatan meminta camat menjaga netralitas ASN dalam Pilkada 2024.",
     "Pemerintah Kabupaten Ogan Komering Ulu Selatan"),
    ("Bawaslu Kabupaten Bolaang Mongondow (Bolmong) Timur meminta ASN tetap netral dalam Pilkada 2024.",
     "Bawaslu Kabupaten Bolaang Mongondow Timur"),
]

# the parent glossed alone, the sentence going on after it, is still the parent
PARENT = [
    ("Pj Bupati Ogan Komering Ulu (OKU) mengingatkan ASN agar netral dalam Pilkada 2024.",
     "Pemerintah Kabupaten Ogan Komering Ulu"),
]

CASES = FORMS + PARENT


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _ in CASES], published="2024-10-10")


@pytest.mark.parametrize(("k", "agency"), [(k, a) for k, (_, a) in enumerate(CASES)])
def test_the_glossed_regency_is_the_one_named(analysed: list, k: int, agency: str) -> None:
    found = {a.agency for a in analysed[k].agencies}
    assert agency in found
    parent = agency.replace(" Timur", "").replace(" Selatan", "")
    assert parent == agency or parent not in found
