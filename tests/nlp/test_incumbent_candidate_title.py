"""A candidate's office followed by 'petahana' (past its region, and 'dari') is the office he holds while running
again: 'Calon Bupati petahana Budi', 'Calon Wali Kota X dari petahana, Budi' name the sitting head. A candidate's
office without it, or with the incumbent as someone else ('penantang petahana'), names no holder. Texts are our own
words; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official

# (text, name, the institution expected, or None where the name holds no office)
CASES: list[tuple[str, str, str | None]] = [
    ("Calon Bupati petahana Wahyu Hidayat diduga mengerahkan ASN dalam kampanye Pilkada Kabupaten Klaten 2024.",
     "Wahyu Hidayat", "Pemerintah Kabupaten Klaten"),
    ("Calon Wali Kota Bitung dari petahana, Markus Lumentut, dilaporkan ke Bawaslu karena melibatkan ASN dalam "
     "Pilkada 2024.", "Markus Lumentut", "Pemerintah Kota Bitung"),
    ("Calon Gubernur Jambi petahana Rudi Hartono dilaporkan karena melibatkan ASN dalam Pilkada 2024.",
     "Rudi Hartono", "Pemerintah Provinsi Jambi"),
    # a candidate who holds no office, one who challenges the incumbent
    ("Calon Bupati Klaten Wahyu Hidayat dilaporkan karena melibatkan ASN dalam Pilkada 2024.", "Wahyu Hidayat", None),
    ("Calon Bupati Klaten penantang petahana, Wahyu Hidayat, meminta ASN netral dalam Pilkada 2024.",
     "Wahyu Hidayat", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for text, _, _ in CASES], published="2024-10-15")


@pytest.mark.parametrize(("k", "name", "agency"), [pytest.param(k, n, a, id=f"{n}|{a}|{k}")
                                                   for k, (_, n, a) in enumerate(CASES)])
def test_an_incumbent_candidate_holds_the_office(analysed: list, k: int, name: str, agency: str | None) -> None:
    assert_official(analysed[k], name, agency)
