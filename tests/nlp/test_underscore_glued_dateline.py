"""Probe list of an outlet's dateline glued to its lead by an underscore ('Kota Baru, Tanjung_Kepala BKD ..., Name,
...'): the tokenizer would keep the place and the title as one word, so the title and its holder are lost; the
underscore reads as the dateline's dash. Left alone: an underscore inside a web address's code or after a word that
does not open with a capital. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from pipeline.nlp import _doc
from pipeline.records import Article
from tests.nlp.probes import assert_official, indexed, values

# (text, name, agency)
FOUND = [
    ("SuaraTimur, Masohi_Ketua Bawaslu Kabupaten Maluku Tengah, Rahmat Tuasikal, meminta ASN netral pada "
     "Pilkada 2024.", "Rahmat Tuasikal", "Bawaslu Kabupaten Maluku Tengah"),
    ("Lensa, Tual_Kepala BKPSDM Kota Tual, Maria Renwarin mengingatkan ASN agar tidak berpolitik praktis jelang "
     "Pilkada 2024.", "Maria Renwarin", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Tual"),
    ("Dobo_Penjabat Bupati Kepulauan Aru, Yoseph Gwijangge, mengimbau ASN menjaga netralitas dalam Pilkada 2024.",
     "Yoseph Gwijangge", "Pemerintah Kabupaten Kepulauan Aru"),
]


def _text(nlp, text: str) -> str:
    art = Article(article_id="t", url="http://example.test/a", source_id="test", title=None, published_at=None,
                  published_date=None, author=None, text=text, source_province=None)
    return _doc(nlp, art).text


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FOUND, lambda v: v[0][:40]))
def test_the_holder_after_a_glued_dateline_is_read(analysed: list, k: int, text: str, name: str,
                                                   agency: str) -> None:
    assert_official(analysed[k], name, agency)


@pytest.mark.parametrize("text", [
    "Tonton videonya di https://youtu.be/abXk9n_Kvwq?si=Qe1 untuk pengumuman Bawaslu.",
    "Berkas laporan_Akhir diunggah ke laman Bawaslu.",
    "Foto IMG_2024 Bupati saat apel netralitas ASN.",
])
def test_an_underscore_not_after_a_capitalised_word_stays(nlp, text: str) -> None:
    assert _text(nlp, text) == text
