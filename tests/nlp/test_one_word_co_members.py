"""A member's title names every name listed after its first, and a name of one word counts too when the story never
writes it in lower case ('Anggota DPRD X Hartono, Suparman, Wening Sulastri'): many Indonesians bear one name. A word
the story also writes in lower case, or a title-case word that opens more of the sentence, is no member. Texts are
our own words; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official

# (text, name, the institution expected, or None where the word is no member)
CASES: list[tuple[str, str, str | None]] = [
    ("Rapat soal netralitas ASN dalam Pilkada 2024 dihadiri Anggota DPRD Kabupaten Klaten Hartono Wibisono, "
     "Suparman, Wening Sulastri dan Darsono.", "Suparman", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten"),
    ("Rapat soal netralitas ASN dalam Pilkada 2024 dihadiri Anggota DPRD Kabupaten Klaten Hartono Wibisono, "
     "Suparman, Wening Sulastri dan Darsono.", "Wening Sulastri", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten"),
    ("Rapat soal netralitas ASN dalam Pilkada 2024 dihadiri Anggota DPRD Kabupaten Klaten Hartono Wibisono, "
     "Suparman, Wening Sulastri dan Darsono.", "Darsono", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten"),
    # a word the story also writes in lower case: more of the sentence, no member
    ("Anggota DPRD Kabupaten Klaten Hartono Wibisono, Sekretariat dan staf sekretariat membahas netralitas ASN dalam "
     "Pilkada 2024.", "Sekretariat", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for text, _, _ in CASES], published="2024-10-15")


@pytest.mark.parametrize(("k", "name", "agency"), [pytest.param(k, n, a, id=f"{n}|{a}|{k}")
                                                   for k, (_, n, a) in enumerate(CASES)])
def test_one_word_members_listed_after_a_members_title(analysed: list, k: int, name: str,
                                                       agency: str | None) -> None:
    assert_official(analysed[k], name, agency)
