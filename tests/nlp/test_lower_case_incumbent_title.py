"""A regional head's title in lower case with 'petahana' right after it names the sitting head of the region the
story is about ('calon bupati petahana Budi', 'wakil wali kota petahana Rina'), as a capitalised title does: the word
says the office is held. A lower-case title without it names any regent ('para bupati'), and with the story on two
regions of that level the office's region is unknown. Texts are our own words; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official

# (text, name, the institution expected, or None where no holder must be read)
CASES: list[tuple[str, str, str | None]] = [
    ("Dalam Pilkada Kabupaten Klaten 2024, calon bupati petahana Wahyu Hidayat diduga memanfaatkan ASN untuk "
     "berkampanye.", "Wahyu Hidayat", "Pemerintah Kabupaten Klaten"),
    ("Bawaslu Kota Bitung menerima laporan soal ASN yang hadir dalam kampanye wakil wali kota petahana Markus "
     "Lumentut pada Pilkada 2024.", "Markus Lumentut", "Pemerintah Kota Bitung"),
    # no incumbent's word: a candidate, no holder
    ("Dalam Pilkada Kabupaten Klaten 2024, calon bupati Wahyu Hidayat diduga memanfaatkan ASN untuk berkampanye.",
     "Wahyu Hidayat", None),
    # two regencies: whose regent is unknown
    ("ASN di Kabupaten Klaten dan Kabupaten Boyolali diminta netral dalam Pilkada 2024, kata bupati petahana Wahyu "
     "Hidayat.", "Wahyu Hidayat", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for text, _, _ in CASES], published="2024-10-15")


@pytest.mark.parametrize(("k", "name", "agency"), [pytest.param(k, n, a, id=f"{n}|{a}|{k}")
                                                   for k, (_, n, a) in enumerate(CASES)])
def test_a_lower_case_title_with_petahana_names_the_sitting_head(analysed: list, k: int, name: str,
                                                                 agency: str | None) -> None:
    assert_official(analysed[k], name, agency)
