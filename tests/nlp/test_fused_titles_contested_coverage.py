"""Probe list of a governor's title fused with the province's name ('Gubri', 'Gubsu', 'Wagubri') written as the seat a
contest fills: right after a contest word ('calon gubri', 'paslon Gubsu'), past the contest's short form in brackets
('pasangan calon (paslon) Gubri'), or joined to such a title ('Gubri dan Wagubri'). As 'calon Gubernur Riau', it
names no government; the same title as the speaker's ('Gubri meminta ...', 'Pj Gubsu') still names it. Sentences in
our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a regional government, whether the story lists it)
FORMS = [
    ("Bawaslu Kota Dumai memeriksa seorang guru yang mengunggah foto bakal calon gubri di grup sekolah.",
     "Pemerintah Provinsi Riau", False),
    ("Bawaslu Kota Binjai menemukan lurah yang ikut deklarasi dukungan untuk calon Gubsu pada pilkada.",
     "Pemerintah Provinsi Sumatera Utara", False),
    ("Bawaslu Kabupaten Siak meminta pegawai tidak memasang stiker pasangan calon (paslon) Gubri di mobil dinas.",
     "Pemerintah Provinsi Riau", False),
    ("Bawaslu Kota Pekanbaru melarang ASN hadir dalam kampanye paslon Gubri dan Wagubri pada masa kerja.",
     "Pemerintah Provinsi Riau", False),
    # the title as its holder's, not after a contest word: the government stays listed
    ("Gubri meminta semua pegawai di Pekanbaru menjaga netralitas selama pilkada.", "Pemerintah Provinsi Riau", True),
    ("Pj Gubsu mengingatkan ASN agar tidak ikut berkampanye dalam pilkada.", "Pemerintah Provinsi Sumatera Utara",
     True),
    ("Menurut calon yang dilaporkan, Gubri sudah meminta ASN bersikap netral.", "Pemerintah Provinsi Riau", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_fused_title_after_a_contest_word_names_no_government(analysed: list, k: int, text: str, agency: str,
                                                               listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
