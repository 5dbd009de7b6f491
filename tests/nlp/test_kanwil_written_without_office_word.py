"""Probe list of a ministry's provincial office written by the ministry's acronym and the province, without the
office word ('Kemenag Jateng', 'Kementerian Hukum dan HAM (Kemenkumham) Papua' for the Kanwil): the body keeps its
canonical name and its acronym leaves 'Kanwil' out as the text does. Written with the office word ('Kanwil Kemenag
Jateng', 'Kantor Wilayah Kemenag Jateng'), the acronym keeps it. A full name glossed by the acronym without the
office word in brackets ('Kantor Wilayah Kementerian Hukum dan HAM (Kemenkumham) Riau', 'Kantor Kesatuan Bangsa dan
Politik (Kesbangpol) Kabupaten Sanggau') takes the gloss as the text's short name (with the level word where written);
without the gloss the office word stays. Sentences in our own words, analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh pegawai diminta tidak memihak selama pilkada."
KEMENAG_JATENG = "Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah"

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Apel pagi itu diikuti pegawai Kemenag Jateng di halaman kantor." + S, KEMENAG_JATENG, "Kemenag Jateng"),
    ("Penyuluhan digelar Kementerian Hukum dan HAM (Kemenkumham) Papua di Jayapura." + S,
     "Kantor Wilayah Kementerian Hukum dan HAM Papua", "Kemenkumham Papua"),
    # written with the office word or its head's title: the acronym keeps it
    ("Apel pagi itu digelar Kanwil Kemenag Jateng di halaman kantor." + S, KEMENAG_JATENG, "Kanwil Kemenag Jateng"),
    ("Apel pagi itu digelar Kantor Wilayah Kemenag Jateng di halaman kantor." + S, KEMENAG_JATENG,
     "Kanwil Kemenag Jateng"),
    # the full name glossed in brackets by the acronym without its office word: the gloss is the short name
    ("Pegawai Kantor Wilayah Kementerian Hukum dan HAM (Kemenkumham) Riau mengikuti apel netralitas." + S,
     "Kantor Wilayah Kementerian Hukum dan HAM Riau", "Kemenkumham Riau"),
    ("Kantor Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Sanggau mengundang camat ke aula." + S,
     "Kantor Kesatuan Bangsa dan Politik Kabupaten Sanggau", "Kesbangpol Kabupaten Sanggau"),
    # no gloss, or a gloss keeping the office word: the office word stays
    ("Kantor Kesatuan Bangsa dan Politik Kabupaten Sanggau mengundang camat ke aula." + S,
     "Kantor Kesatuan Bangsa dan Politik Kabupaten Sanggau", "Kantor Kesbangpol Sanggau"),
    ("Pegawai Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Riau mengikuti apel netralitas." + S,
     "Kantor Wilayah Kementerian Hukum dan HAM Riau", "Kanwil Kemenkumham Riau"),
    ("Kakan Kesbangpol Kabupaten Sanggau membuka rapat di aula." + S,
     "Kantor Kesatuan Bangsa dan Politik Kabupaten Sanggau", "Kantor Kesbangpol Sanggau"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_the_acronym_leaves_out_the_office_word_the_text_leaves_out(analysed: list, k: int, text: str, name: str,
                                                                   acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
