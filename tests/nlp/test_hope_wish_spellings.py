"""Probe list of the wish words in their other spellings and with the spoken "saja" after them ("Mudah mudahan",
"Moga-moga", "Semoga saja", "Mudah-mudahan saja"): with civil servants named after them they ask them, as "Semoga ASN
..." does; wishing an event or the weather well, or that nobody is penalised, they ask no one. Sentences are our own;
all are analysed in one batch."""

from __future__ import annotations

import pytest

LEAD = "Menjelang Pilkada 2024, Sekda memimpin apel pegawai di halaman kantor bupati. "

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    (LEAD + "Mudah mudahan semua pegawai tetap netral sampai penetapan pemenang.", True),
    (LEAD + "\"Semoga saja para ASN tidak tergoda ikut berkampanye,\" ujarnya.", True),
    (LEAD + "Mudah-mudahan saja seluruh guru menjaga netralitas di media sosial.", True),
    (LEAD + "Moga-moga ASN di kabupaten ini tidak terseret dukung-mendukung.", True),
    # wishing the event or the weather well, or that nobody is penalised
    (LEAD + "Mudah mudahan pemungutan suara berjalan aman dan lancar.", False),
    (LEAD + "Semoga saja cuaca cerah pada hari pencoblosan.", False),
    (LEAD + "Moga-moga suasana tenang ini terjaga hingga pelantikan.", False),
    (LEAD + "Semoga saja tidak ada pegawai yang dijatuhi hukuman disiplin.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[len(LEAD):len(LEAD) + 50] for text, _ in FORMS])
def test_a_wish_in_any_spelling_asks_the_civil_servants_it_names(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
