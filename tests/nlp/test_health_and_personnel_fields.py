"""Division heads named by fields of health offices, personnel boards and religious-affairs offices (disease
prevention and control, competence development, awards, pilgrimage): the field's last word after the short title
('Penyakit', 'Kompetensi', 'Penghargaan', 'Umrah') is a unit's word, never a one-word holder, so the holder is the
name after the field's comma."""

from __future__ import annotations

import pytest

FORMS = [
    ("Kabid Pencegahan dan Pengendalian Penyakit, Yuliana Putri, mengajak ASN tetap netral dalam Pilkada 2024.",
     "Yuliana Putri"),
    ("Kabid Pengembangan Kompetensi, Hendra Saputra, mengingatkan ASN menjaga netralitas pada Pilkada 2024.",
     "Hendra Saputra"),
    ("Kabid Mutasi dan Penghargaan, Siti Aminah, meminta ASN tidak memihak dalam Pilkada 2024.", "Siti Aminah"),
    ("Kasi Penyelenggaraan Haji dan Umrah, Rahmat Hidayat, mengimbau ASN tetap netral pada Pilkada 2024.",
     "Rahmat Hidayat"),
]

# the field alone, no name after it: no holder; a holder named right after a field the list leaves alone keeps his name
NEAR = [
    ("Kabid Pencegahan dan Pengendalian Penyakit, menurut laporan, belum terisi menjelang Pilkada 2024.", set()),
    ("Kabid Pelayanan Kesehatan, Dewi Anggraini, mengajak ASN tetap netral dalam Pilkada 2024.", {"Dewi Anggraini"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _ in FORMS + NEAR], published="2024-10-10")


@pytest.mark.parametrize(("k", "name"), [(k, n) for k, (_, n) in enumerate(FORMS)])
def test_a_fields_last_word_is_no_holder(analysed: list, k: int, name: str) -> None:
    assert {o.name for o in analysed[k].officials} == {name}


@pytest.mark.parametrize(("k", "names"), [(k, n) for k, (_, n) in enumerate(NEAR)])
def test_the_near_misses(analysed: list, k: int, names: set) -> None:
    assert {o.name for o in analysed[len(FORMS) + k].officials} == names
