"""A unit's one-word short name in brackets right after its head's title spelled out ("Komandan Pangkalan Utama TNI
Angkatan Laut VI (Lantamal) Laksamana Pertama TNI Budi", "Kepala Kantor Pelayanan Perbendaharaan Negara Malang (KPPN)
Rina") glosses the unit: the holder is the name after it, the short name is none. Negative: a one-word name in
brackets after a title is still the holder ("Gubernur Riau (Syamsuar)"). Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Komandan Pangkalan Utama TNI Angkatan Laut II (Lantamal), Laksma TNI Dedi Kurniawan, meminta prajurit netral.",
     "Dedi Kurniawan", "Lantamal"),
    ("Komandan Pangkalan Utama TNI Angkatan Laut IV (Lantamal) Laksamana Pertama TNI Yudi Saputra mengingatkan "
     "prajurit agar netral.", "Yudi Saputra", "Lantamal"),
    ("Kepala Kantor Pelayanan Perbendaharaan Negara Malang (KPPN) Rina Wulandari meminta ASN netral.",
     "Rina Wulandari", "KPPN"),
    ("Gubernur Riau (Syamsuar) meminta ASN netral dalam pilkada.", "Syamsuar", None),
]


@pytest.fixture(scope="module")
def names(analyse_all) -> list[set[str]]:
    """Each sentence's officials by name, from one batch."""
    return [{o.name for o in a.officials} for a in analyse_all([c[0] for c in CASES], published="2024-10-07")]


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[1] for c in CASES])
def test_the_bracketed_short_name_is_no_holder(names, index: int) -> None:
    _, holder, short = CASES[index]
    assert holder in names[index], names[index]
    assert short is None or short not in names[index]
