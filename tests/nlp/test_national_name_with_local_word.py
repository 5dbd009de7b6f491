"""Probe list of a national institution's full name, with or without its acronym in brackets, followed by a local
word ('Badan Pengawas Pemilu (Bawaslu) setempat', 'Komisi Pemilihan Umum setempat'): reporters write so for the
branch of the place the sentence or the story is about, which is that place's body, as 'Bawaslu setempat' already
is. Where the national name has no local word after it, or no place can be told, the national institution stays.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Pegawai diminta tidak memihak selama pilkada."
BAWASLU = "Badan Pengawas Pemilihan Umum"
KPU = "Komisi Pemilihan Umum"

# (text, the institution the name stands for, the one it must not be read as)
FORMS = [
    ("Seorang warga Kabupaten Kendal melaporkan camat itu ke Badan Pengawas Pemilu (Bawaslu) setempat." + S,
     "Bawaslu Kabupaten Kendal", BAWASLU),
    ("Di Kota Pariaman, dugaan itu sudah ditangani Badan Pengawas Pemilihan Umum (Bawaslu) setempat." + S,
     "Bawaslu Kota Pariaman", BAWASLU),
    ("Pemkab Lumajang menyerahkan penanganan kasus itu kepada Badan Pengawas Pemilu setempat." + S,
     "Bawaslu Kabupaten Lumajang", BAWASLU),
    ("Di Kabupaten Bantaeng, jadwal kampanye ditetapkan Komisi Pemilihan Umum (KPU) setempat." + S,
     "Komisi Pemilihan Umum Kabupaten Bantaeng", KPU),
    # no local word: the national institution, the regional body named elsewhere staying its own
    ("Bawaslu Kabupaten Kendal meneruskan laporan itu ke Badan Pengawas Pemilu (Bawaslu) di Jakarta." + S,
     BAWASLU, None),
    ("Indeks kerawanan disusun Badan Pengawas Pemilihan Umum (Bawaslu) setiap tahun." + S, BAWASLU, None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "not_name"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_local_word_makes_the_national_name_the_places_body(analysed: list, k: int, text: str, name: str,
                                                             not_name: str | None) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert name in names
    if not_name is not None:
        assert not_name not in names
