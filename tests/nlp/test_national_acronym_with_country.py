"""Probe list of a national body written with the country after its acronym ('Bawaslu RI', 'KPU Republik
Indonesia'), as outlets write it to tell the national body from its regional branches named in the same story: the
body keeps its canonical name and its acronym takes 'RI' after it, as the text and the gold's aliases write it, also
when the body was named alone first or through its head's title. Written without the country, or a regional
branch, the acronym stays as it is. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Semua pegawai diminta tidak memihak selama pilkada."
BAWASLU = "Badan Pengawas Pemilihan Umum"
KPU = "Komisi Pemilihan Umum"

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Data pelanggaran dihimpun Bawaslu RI dari seluruh provinsi." + S, BAWASLU, "Bawaslu RI"),
    ("Indeks kerawanan itu diterbitkan Bawaslu Republik Indonesia pekan lalu." + S, BAWASLU, "Bawaslu RI"),
    ("Jadwal tahapan sudah ditetapkan KPU RI sejak awal tahun." + S, KPU, "KPU RI"),
    # named alone first, then with the country in its head's title
    ("Laporan itu dikirim ke Bawaslu kemarin. Ketua Bawaslu RI menyebut laporan sedang dikaji." + S,
     BAWASLU, "Bawaslu RI"),
    # written without the country: the acronym stays
    ("Laporan warga diteruskan ke Bawaslu untuk dikaji." + S, BAWASLU, "Bawaslu"),
    ("Jadwal tahapan ditetapkan KPU sejak awal tahun." + S, KPU, "KPU"),
    # a regional branch keeps its own acronym beside the national body written with the country
    ("Bawaslu Bone meneruskan temuan itu ke Bawaslu RI." + S, "Bawaslu Kabupaten Bone", "Bawaslu Bone"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_the_acronym_writes_the_country_as_the_text_does(analysed: list, k: int, text: str, name: str,
                                                        acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
