"""Probe list of a regency's or a city's election supervisors written by their other short name, 'Panwas' (the
regional contests' Panitia Pengawas Pemilihan, a name outlets kept), as a body with its region ('Panwas Kabupaten
Garut', 'Panwas Bantul') or alone ('laporan masuk ke Panwas'): the body keeps its canonical name, and its acronym
takes 'Panwas' as the text writes it. Written 'Panwaslu', or a district's supervisors, the acronym stays. Sentences in
our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Pegawai negeri diminta tidak ikut berkampanye."

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Panwas Kabupaten Garut menerima dua laporan pekan ini." + S, "Panitia Pengawas Pemilu Kabupaten Garut",
     "Panwas Kabupaten Garut"),
    ("Rapat itu dihadiri KPU Bantul, Panwas Bantul dan Polres Bantul." + S, "Panitia Pengawas Pemilu Kabupaten Bantul",
     "Panwas Bantul"),
    ("Warga yang melihat pelanggaran diminta melapor ke Panwas." + S, "Panitia Pengawas Pemilu", "Panwas"),
    # written "Panwaslu": the acronym stays
    ("Panwaslu Kabupaten Garut menerima dua laporan pekan ini." + S, "Panitia Pengawas Pemilu Kabupaten Garut",
     "Panwaslu Kabupaten Garut"),
    # a district's supervisors keep their own acronym
    ("Ketua Panwas Kecamatan Sukamaju, Budi Santoso, menerima laporan itu." + S, "Panwaslu Kecamatan Sukamaju",
     "Panwascam Sukamaju"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2017-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_the_acronym_takes_panwas_as_the_text_writes_it(analysed: list, k: int, text: str, name: str,
                                                        acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
