"""A body whose own name ends in "Daerah" ("Komisi Pemilihan Umum Daerah", "Badan Kepegawaian Daerah") placed by "di"
and a level word ("... di Kota X") is that region's body; written alone it stays as before (the long name of the
election commission alone is the national one, as the read gold names it)."""

from __future__ import annotations

import pytest

PLACED = [
    ("Komisi Pemilihan Umum Daerah di Kota Cirebon meminta ASN tidak ikut berkampanye pada Pilkada 2024.",
     "Komisi Pemilihan Umum Kota Cirebon"),
    ("Badan Kepegawaian Daerah di Kabupaten Kuningan mengingatkan ASN agar netral pada Pilkada 2024.",
     "Badan Kepegawaian Daerah Kabupaten Kuningan"),
]

ALONE = ("Komisi Pemilihan Umum Daerah mengingatkan ASN agar netral pada Pilkada 2024.", "Komisi Pemilihan Umum")


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in PLACED] + [ALONE[0]]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "agency"), PLACED, ids=[p[1] for p in PLACED])
def test_the_region_after_di(analysed, text: str, agency: str) -> None:
    assert agency in {a.agency for a in analysed[text].agencies}


def test_alone_it_stays(analysed) -> None:
    assert {a.agency for a in analysed[ALONE[0]].agencies} == {ALONE[1]}
