"""Two regencies' full names as much of the press writes them: Boven Digoel spelt 'Boven Digul' (the river's Indonesian
spelling), and Kepulauan Siau Tagulandang Biaro written without its leading 'Kepulauan', as every other island
regency already is ('Mentawai', 'Sangihe', 'Talaud'). The sentences are our own words."""

from __future__ import annotations

import pytest

PLACED = [
    ("KPU Kabupaten Boven Digul menyiapkan pemungutan suara ulang.", "Komisi Pemilihan Umum Kabupaten Boven Digoel"),
    ("Bawaslu Boven Digul memanggil seorang kepala distrik.", "Bawaslu Kabupaten Boven Digoel"),
    ("Bawaslu Kabupaten Siau Tagulandang Biaro memeriksa 12 ASN.",
     "Bawaslu Kabupaten Kepulauan Siau Tagulandang Biaro"),
    ("Pemkab Siau Tagulandang Biaro meminta ASN netral.", "Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro"),
]


@pytest.mark.parametrize(("text", "agency"), PLACED)
def test_the_other_spelling_names_the_regency(run, text: str, agency: str) -> None:
    assert agency in [a.agency for a in run(text).agencies]


def test_the_river_or_the_islands_alone_are_no_body(run) -> None:
    text = "Warga di tepi Sungai Digul dan nelayan dari Pulau Siau diminta tidak terpengaruh politik uang."
    assert not [a for a in run(text).agencies if "Boven" in a.agency or "Siau" in a.agency]
