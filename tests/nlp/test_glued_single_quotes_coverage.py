"""Probe list of a quotation closed by two right single marks glued to the speech verb after it ('... ke
Kemendagri,’’ujar Bupati', '... netral.’’kata Sekda'): the marks go with the stop before them, as a glued curly
double mark does, so the institution that closes the quotation and the verb after it are read as words. Marks that
follow a letter (a quoted word closed twice, 'istilah ‘netral’’kata dia') are left as written. Sentences in our own
words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (text, bodies that must be listed, bodies that must not)
FORMS = [
    ("‘’Laporan soal ASN yang berkampanye sudah kami kirim ke Kemendagri,’’ujar Bupati Sleman dalam Pilkada 2024.",
     ("Kementerian Dalam Negeri", "Pemerintah Kabupaten Sleman"), ()),
    ("‘’ASN wajib netral dan laporan sudah diteruskan ke Kementerian Kominfo.’’Kata Sekda soal Pilkada 2024.",
     ("Kementerian Komunikasi dan Informatika",), ()),
    ("‘’Kami koordinasi dengan Badan Kepegawaian Negara,’’terang Ketua Bawaslu soal netralitas ASN pada Pemilu 2024.",
     ("Badan Kepegawaian Negara",), ()),
    # after a letter the marks stay where they are: the word they close is not split off
    ("ASN diminta memahami istilah ‘Kemendagri’’nya sendiri dalam Pemilu 2024.", (), ("Kementerian Dalam Negeri",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_two_single_marks_close_a_quotation(analysed: list, k: int, text: str, listed: tuple[str, ...],
                                            unlisted: tuple[str, ...]) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    assert agencies >= set(listed)
    assert not agencies & set(unlisted)
