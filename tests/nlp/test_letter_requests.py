"""A letter sent to civil servants or to those who lead them, with what they are to do after a request link
("menyurati semua lurah agar netral", "bersurat kepada para camat supaya tidak memihak"), asks them as "meminta" does;
a letter that summons someone to come or to be heard ("menyurati pejabat itu untuk hadir memberi klarifikasi") or
that only names its topic ("menyurati Pemkot terkait netralitas ASN") asks no conduct. Sentences are our own."""

from __future__ import annotations

import pytest

from pipeline.records import Analysis

FORMS: list[tuple[str, list[str]]] = [
    ("Menjelang Pilkada 2024, Bawaslu Kabupaten menyurati semua lurah dan camat agar bersikap netral selama tahapan "
     "kampanye.", ["appeal"]),
    ("Panwaslu juga bersurat kepada para kepala OPD supaya tidak ikut mendukung pasangan calon pada Pilkada 2024.",
     ["appeal"]),
    ("\"Kami sudah surati seluruh ASN untuk tidak menghadiri deklarasi bakal calon,\" kata Ketua Bawaslu soal "
     "Pilkada 2024.", ["appeal"]),
    ("Bawaslu Kota menyurat ke setiap kecamatan agar camat dan lurah menjaga netralitas pada Pemilu 2024.", ["appeal"]),
    # a summons: whom the letter names is to come or to be heard
    ("Bawaslu menyurati pejabat eselon itu untuk hadir memberi klarifikasi soal netralitas ASN pada Pilkada 2024.", []),
    ("Panwaslu menyurati dua camat tersebut agar datang dimintai keterangan terkait netralitas ASN di Pilkada 2024.",
     []),
    # only the letter's topic, no conduct asked
    ("Bawaslu sudah menyurati Pemkot terkait netralitas ASN menjelang Pilkada 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all) -> list[Analysis]:
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_letter_asks_the_conduct_it_names_but_not_a_summons_or_a_topic(analyses: list[Analysis], k: int) -> None:
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
