"""A regional office merged from several fields, read from its own name, lists all of them before its region, commas
and joiners counted ('Dinas Pemberdayaan Masyarakat dan Kalurahan, Pengendalian Penduduk dan Keluarga Berencana
(DPMKPPKB) Kulon Progo': ten words of field). Left alone: a list of several bodies after a head, cut by a body of its
own, and a run of capitalised words that no region closes. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh pegawai diminta tidak memihak pasangan calon pada Pilkada 2024."

# (text, the office that must be listed)
FOUND = [
    ("Kepala Dinas Pertanian, Ketahanan Pangan dan Perikanan, Kelautan dan Kehutanan Kabupaten Sleman hadir di apel."
     + S, "Dinas Pertanian, Ketahanan Pangan dan Perikanan, Kelautan dan Kehutanan Kabupaten Sleman"),
    ("Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan (Diskopukmperindag) Kabupaten Garut "
     "mengumpulkan pegawainya." + S,
     "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Garut"),
    ("Surat itu dikirim ke Dinas Pemberdayaan Masyarakat dan Kalurahan, Pengendalian Penduduk dan Keluarga Berencana "
     "Kabupaten Bantul." + S,
     "Dinas Pemberdayaan Masyarakat dan Kalurahan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Bantul"),
]

# (text, a word no listed office may hold)
LEFT = [
    # a body of its own cuts the list: no office spans it
    ("Rapat dihadiri Badan Kepegawaian dan Sumber Daya Manusia, Inspektorat dan Kesbangpol Kabupaten Sleman." + S,
     "Inspektorat dan Kesbangpol"),
    # no region closes the capitalised run: no office is read from it
    ("Kepala Dinas Pertanian, Ketahanan Pangan dan Perikanan, Kelautan dan Kehutanan hadir di apel." + S,
     "Kelautan dan Kehutanan"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "office"), indexed(FOUND, lambda v: v[0][:50]))
def test_a_merged_office_is_read_with_all_its_fields(analysed: list, k: int, text: str, office: str) -> None:
    assert office in {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text", "words"), indexed(LEFT, lambda v: v[0][:50]))
def test_no_office_spans_a_list_or_an_unplaced_run(analysed: list, k: int, text: str, words: str) -> None:
    assert not any(words in m.agency for m in analysed[len(FOUND) + k].agencies)
