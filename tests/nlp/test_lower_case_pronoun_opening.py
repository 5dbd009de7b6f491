"""A pronoun written in lower case right after a word's full stop ("... dan POLRI. mereka diingatkan ...") opens a
sentence the outlet forgot to capitalise; other lower-case words after a stop, and a pronoun after a stop that
closes a number or stands alone, go on with the sentence. Stories written for this test."""

from __future__ import annotations

import pytest

LEAD = "Apel gabungan digelar di lapangan kantor bupati menjelang Pilkada 2024. "

# (story, the opening words of a sentence that must stand on its own)
SPLIT = [
    (LEAD + "Apel itu diikuti pegawai ASN, anggota TNI dan POLRI. mereka diingatkan untuk tidak memihak pasangan "
     "calon.", "mereka diingatkan"),
    (LEAD + "Bupati menyinggung laporan warga soal pegawai di kantor kecamatan. ia meminta ASN tidak ikut kampanye.",
     "ia meminta"),
    (LEAD + "Surat edaran sudah dikirim ke seluruh dinas. kami minta ASN menjaga netralitas, ujar Sekda.",
     "kami minta"),
]

# (story, words that must stay in one sentence)
KEPT = [
    (LEAD + "Pegawai dilarang memasang spanduk calon. dan yang melanggar akan ditegur atasannya.",
     "spanduk calon. dan yang melanggar"),
    (LEAD + "Jumlah peserta apel tercatat 250. mereka datang dari seluruh dinas.", "250. mereka datang"),
]


@pytest.mark.parametrize(("text", "opening"), SPLIT, ids=[c[1] for c in SPLIT])
def test_lower_case_pronoun_after_a_stop_opens_a_sentence(doc_of, text: str, opening: str) -> None:
    sentences = [s.text for s in doc_of(text).sents]
    assert any(s.startswith(opening) for s in sentences), sentences


@pytest.mark.parametrize(("text", "words"), KEPT, ids=[c[1] for c in KEPT])
def test_other_lower_case_words_go_on(doc_of, text: str, words: str) -> None:
    sentences = [s.text for s in doc_of(text).sents]
    assert any(words in s for s in sentences), sentences
