"""A regency's doubled name is written, as Indonesian writes doubled words, with the second half in lower case as
often as capitalised ('Toli-toli', 'Bau-bau', 'Pare-pare', 'Muko-muko', 'Fak-fak', 'Tojo Una-una'). The sentences are
our own words."""

from __future__ import annotations

import pytest

PLACED = [
    ("Pjs Bupati Toli-toli meminta ASN netral.", "Pemerintah Kabupaten Tolitoli"),
    ("Bawaslu Kota Bau-bau memanggil seorang lurah.", "Bawaslu Kota Baubau"),
    ("Pemkot Pare-pare menggelar apel netralitas.", "Pemerintah Kota Parepare"),
    ("KPU Muko-muko menerima laporan soal kepala desa.", "Komisi Pemilihan Umum Kabupaten Mukomuko"),
    ("Pemkab Tojo Una-una meminta pegawai tidak memihak.", "Pemerintah Kabupaten Tojo Una-Una"),
]


@pytest.mark.parametrize(("text", "agency"), PLACED)
def test_the_lowered_second_half_names_the_regency(run, text: str, agency: str) -> None:
    assert agency in [a.agency for a in run(text).agencies]


def test_an_ordinary_doubled_word_names_none(run) -> None:
    text = "Kupu-kupu dan pare-pare di kebun itu dijual warga, kata seorang guru ASN yang diminta netral."
    assert not [a for a in run(text).agencies if "Parepare" in a.agency]
