"""A one-word regency or city name opening with a word of land or settlement ("Pekanbaru", "Banjarbaru", "Banyuasin",
"Gunungsitoli") is also written apart ("Pekan Baru", "Gunung Sitoli"): the same region; the same words in lower case
in a sentence are no region."""

from __future__ import annotations

import pytest

from pipeline.nlp.regions import gazetteer

SPLIT = [("Pekan Baru", "kota:Pekanbaru"), ("Banjar Baru", "kota:Banjarbaru"), ("Banyu Asin", "kabupaten:Banyuasin"),
         ("Gunung Sitoli", "kota:Gunungsitoli"), ("Karang Asem", "kabupaten:Karangasem"),
         ("Sawah Lunto", "kota:Sawahlunto")]


@pytest.mark.parametrize(("written", "key"), SPLIT, ids=[s[0] for s in SPLIT])
def test_the_split_spelling_is_the_region(written: str, key: str) -> None:
    assert key in [r.key for r in gazetteer().candidates(written)]


def test_a_name_of_two_words_is_not_split_again() -> None:
    assert not gazetteer().candidates("Tanah Dat Ar")


TEXTS = [
    ("Wali Kota Pekan Baru Rahmat Hidayat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Pekanbaru"),
    ("Bawaslu Kota Gunung Sitoli mengingatkan ASN agar netral pada Pilkada 2024.", "Bawaslu Kota Gunungsitoli"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in TEXTS] + ["Memasuki pekan baru masa kampanye Pilkada 2024, ASN kembali diminta netral."]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "agency"), TEXTS, ids=[t[1] for t in TEXTS])
def test_the_body_of_the_split_region(analysed, text: str, agency: str) -> None:
    assert agency in {a.agency for a in analysed[text].agencies}


def test_lower_case_words_are_no_region(analysed) -> None:
    analysis = analysed["Memasuki pekan baru masa kampanye Pilkada 2024, ASN kembali diminta netral."]
    assert analysis.province is None
