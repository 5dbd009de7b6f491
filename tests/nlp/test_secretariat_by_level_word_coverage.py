"""A regional secretariat named by its level word ("Sekretariat Kota X", "Sekretariat Kabupaten X", "Sekretariat
Provinsi X") or by a city's short "Setko" is that region's government, as its secretary "Sekretaris Kota X" is;
a secretariat of another body ("Sekretariat KPU Kota X") or with no region names no government."""

from __future__ import annotations

import pytest

# (sentence in our own words, the government it names)
FORMS = [
    ("Seluruh pegawai Sekretariat Kota Bukittinggi mengikuti apel netralitas menjelang Pilkada 2024.",
     "Pemerintah Kota Bukittinggi"),
    ("Sekretariat Kabupaten Tanah Datar mengedarkan imbauan agar ASN tidak berpihak pada Pilkada 2024.",
     "Pemerintah Kabupaten Tanah Datar"),
    ("Rapat di Sekretariat Provinsi Jambi membahas netralitas pegawai dalam Pemilu 2024.",
     "Pemerintah Provinsi Jambi"),
    ("Kabag Tata Pemerintahan Setko Jakarta Barat mengingatkan pegawai menjaga netralitas pada Pilkada 2024.",
     "Pemerintah Kota Jakarta Barat"),
    ("Apel di halaman Setko Administrasi Jakarta Selatan diikuti ASN menjelang Pilkada 2024.",
     "Pemerintah Kota Jakarta Selatan"),
]

# another body's secretariat, or the word with no region: no regional government
NONE = [
    "Sekretariat KPU Kota Bukittinggi menyiapkan logistik Pilkada 2024 bersama ASN setempat.",
    "Pegawai Sekretariat Kota diminta menjaga netralitas selama Pilkada 2024.",
]


@pytest.fixture(scope="module")
def results(analyse_all) -> list:
    return analyse_all([text for text, _ in FORMS] + NONE, published="2024-08-10")


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[t[:40] for t, _ in FORMS])
def test_secretariat_names_its_government(results, index):
    assert FORMS[index][1] in {a.agency for a in results[index].agencies}


@pytest.mark.parametrize("index", range(len(NONE)), ids=[t[:40] for t in NONE])
def test_other_secretariats_name_no_government(results, index):
    assert not [a.agency for a in results[len(FORMS) + index].agencies if a.agency.startswith("Pemerintah")]
