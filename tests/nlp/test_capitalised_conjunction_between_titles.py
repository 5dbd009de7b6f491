"""A capitalised 'Dan' between two titles, as headlines and official phrases write a ticket ("Calon Bupati Dan Wakil
Bupati"), is the conjunction, never a one-word holder named 'Dan'; a holder whose given name is 'Dan' keeps it."""

from __future__ import annotations

import pytest

JOINED = [
    "KPU Kabupaten Sragen menutup pendaftaran pencalonan Bupati Dan Wakil Bupati. ASN diminta netral dalam Pilkada.",
    "Debat Calon Gubernur Dan Wakil Gubernur digelar pekan depan. ASN dilarang hadir dalam Pilkada 2024.",
    "Penetapan Walikota Dan Wakil Walikota terpilih berjalan lancar. ASN tetap diminta netral dalam Pilkada 2024.",
]

# a real holder named 'Dan', one word before the rest of his name
NAMED = [
    ("Ketua Bawaslu Kabupaten Sragen Dan Prasetyo mengimbau ASN netral dalam Pilkada 2024.", "Dan Prasetyo"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(JOINED + [t for t, _ in NAMED], published="2024-10-10")


@pytest.mark.parametrize("k", range(len(JOINED)))
def test_the_conjunction_between_titles_is_no_holder(analysed: list, k: int) -> None:
    assert "Dan" not in {o.name for o in analysed[k].officials}


@pytest.mark.parametrize(("k", "name"), [(k, n) for k, (_, n) in enumerate(NAMED)])
def test_a_holder_named_dan_keeps_his_name(analysed: list, k: int, name: str) -> None:
    assert name in {o.name for o in analysed[len(JOINED) + k].officials}
