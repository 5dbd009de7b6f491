"""Probe list of a credit's bracket glued to the full stop closing a sentence ('... dan Satpol PP Sleman.(rin) Bupati
...'): the tokenizer would keep the place, the stop and the bracket as one word, and lose the body the sentence closes
with; a space parts them. Left alone: a desk credited there is still no institution of the story ('(kominfo)'), and a
number's stop before a bracket ('ayat 1.(a)') is not parted. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from pipeline.nlp import _doc
from pipeline.records import Article
from tests.nlp.probes import indexed, values

S = " Bupati meminta seluruh ASN netral pada Pilkada 2024."

# (text, a body that must be listed)
FOUND = [
    ("Rapat pengamanan dihadiri Polres Sleman dan Satpol PP Sleman.(rin)" + S,
     "Satuan Polisi Pamong Praja Kabupaten Sleman"),
    ("Apel itu dipimpin Kepala BKPSDM Bantul.(Humas) Kegiatan berlangsung tertib." + S,
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Bantul"),
    ("Laporan warga diteruskan ke Bawaslu Kota Palopo.(adv/red) Para pelapor diminta bersabar." + S,
     "Bawaslu Kota Palopo"),
]

# (text, a body that must not be listed)
LEFT = [
    # the desk credited after the stop is no institution of the story
    ("Bupati Sleman membuka apel netralitas di pendopo.(kominfo)" + S,
     "Kementerian Komunikasi dan Informatika"),
    ("Apel itu dipimpin Kepala BKPSDM Bantul.(Humas Polres) Kegiatan berlangsung tertib." + S,
     "Kepolisian Resor Bantul"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "body"), indexed(FOUND, lambda v: v[0][:40]))
def test_the_body_before_a_glued_bracket_is_read(analysed: list, k: int, text: str, body: str) -> None:
    assert body in {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text", "body"), indexed(LEFT, lambda v: v[0][:40]))
def test_the_credit_names_no_body(analysed: list, k: int, text: str, body: str) -> None:
    assert body not in {m.agency for m in analysed[len(FOUND) + k].agencies}


def test_a_numbers_stop_before_a_bracket_is_not_parted(nlp) -> None:
    text = "Larangan itu diatur dalam Pasal 5 ayat 1.(a) peraturan tersebut."
    art = Article(article_id="t", url="http://example.test/a", source_id="test", title=None, published_at=None,
                  published_date=None, author=None, text=text, source_province=None)
    assert "ayat 1.(a) peraturan" in _doc(nlp, art).text
