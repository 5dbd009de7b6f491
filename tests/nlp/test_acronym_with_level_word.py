"""Probe list of a regional body written by its acronym with its region's level word ('KPU Kabupaten Sleman',
'Bawaslu Kota Palopo', 'Komisi Pemilihan Umum (KPU) Kab. Sleman'): the acronym keeps the level word, as the text
and the gold's aliases write it; the region keeps the spelling the text gives after the level word where the acronym
has it. Written without the level word, or with the level word only after the full name, the acronym stays as it
is. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh pegawai diminta tidak memihak selama pilkada."

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Jadwal kampanye diumumkan KPU Kabupaten Sleman pekan lalu." + S,
     "Komisi Pemilihan Umum Kabupaten Sleman", "KPU Kabupaten Sleman"),
    ("Laporan warga diterima Bawaslu Kota Palopo kemarin." + S, "Bawaslu Kota Palopo", "Bawaslu Kota Palopo"),
    # a glossed acronym with the level word cut short
    ("Rapat itu digelar Komisi Pemilihan Umum (KPU) Kab. Sleman di aula." + S,
     "Komisi Pemilihan Umum Kabupaten Sleman", "KPU Kabupaten Sleman"),
    # named first without the level word, then with it
    ("Jadwal kampanye diumumkan KPU Sleman. Ketua KPU Kabupaten Sleman membuka rapat itu." + S,
     "Komisi Pemilihan Umum Kabupaten Sleman", "KPU Kabupaten Sleman"),
    # written without the level word: the acronym stays
    ("Laporan warga diterima Bawaslu Palopo kemarin." + S, "Bawaslu Kota Palopo", "Bawaslu Palopo"),
    ("Jadwal kampanye diumumkan KPU Sleman pekan lalu." + S,
     "Komisi Pemilihan Umum Kabupaten Sleman", "KPU Sleman"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_the_acronym_keeps_the_level_word_the_text_writes(analysed: list, k: int, text: str, name: str,
                                                         acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
