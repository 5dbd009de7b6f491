"""A section's or sub-section's head written with the short title that holds the unit's word ('Kasi', 'Kabid',
'Kasubag') may be linked by a preposition to the institution it serves ('Kasubag pada BKPSDM X Budi', 'Kabid di
Dinas Pendidikan'), as a spelt-out title is ('Kepala Bidang di Dinas Pendidikan'). A short title linked to no
institution, or to something in lower case, names no office. Texts are our own words; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official

# (text, name, the institution expected, or None where no holder must be read)
CASES: list[tuple[str, str, str | None]] = [
    ("Bawaslu Kabupaten Klaten memanggil Kasubag pada BKPSDM Kabupaten Klaten Wahyu Hidayat terkait netralitas ASN "
     "dalam Pilkada 2024.", "Wahyu Hidayat",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Klaten"),
    ("Bawaslu Kabupaten Klaten memeriksa Rina Kartika Sari, Kabid di Dinas Pendidikan, terkait netralitas ASN dalam "
     "Pilkada 2024.", "Rina Kartika Sari", "Dinas Pendidikan Kabupaten Klaten"),
    # linked to something in lower case: no institution, no holder
    ("Seorang Kasi di kantor kecamatan, Wahyu Hidayat, dilaporkan tidak netral dalam Pilkada 2024 di Kabupaten "
     "Klaten.", "Wahyu Hidayat", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for text, _, _ in CASES], published="2024-10-15")


@pytest.mark.parametrize(("k", "name", "agency"), [pytest.param(k, n, a, id=f"{n}|{a}|{k}")
                                                   for k, (_, n, a) in enumerate(CASES)])
def test_a_short_unit_title_linked_to_its_institution(analysed: list, k: int, name: str,
                                                      agency: str | None) -> None:
    assert_official(analysed[k], name, agency)
