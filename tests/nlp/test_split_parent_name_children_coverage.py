"""A regency carved out of another keeps its parent's name, and the press spells that name in the child as in the
parent: apart ('Labuhan Batu Utara') or joined ('Tulangbawang Barat', 'Padanglawas Utara', 'Musirawas Utara').
Written so, the name is the child regency, not the parent followed by a compass word. The sentences are our own
words."""

from __future__ import annotations

import pytest

PLACED = [
    ("Pemkab Labuhan Batu Utara meminta ASN netral.", "Pemerintah Kabupaten Labuhanbatu Utara", "Labuhanbatu"),
    ("Bawaslu Kabupaten Labuhan Batu Selatan memanggil tiga kepala sekolah.",
     "Bawaslu Kabupaten Labuhanbatu Selatan", "Labuhanbatu"),
    ("Pemkab Tulangbawang Barat menggelar apel netralitas ASN.", "Pemerintah Kabupaten Tulang Bawang Barat",
     "Tulang Bawang"),
    ("Bawaslu Padanglawas Utara menerima laporan soal seorang camat.", "Bawaslu Kabupaten Padang Lawas Utara",
     "Padang Lawas"),
    ("Sekda Musirawas Utara meminta pegawai tidak memihak.", "Pemerintah Kabupaten Musi Rawas Utara", "Musi Rawas"),
]


@pytest.mark.parametrize(("text", "agency", "parent"), PLACED)
def test_the_child_regency_spelt_like_its_parent_is_the_child(run, text: str, agency: str, parent: str) -> None:
    found = [a.agency for a in run(text).agencies]
    assert agency in found
    assert not [a for a in found if a.endswith(f"Kabupaten {parent}")]


@pytest.mark.parametrize(("text", "agency"), [
    ("Polres Labuhan Batu meminta ASN netral di wilayah Rantauprapat.", "Kepolisian Resor Labuhanbatu"),
    ("Pemkab Tulangbawang meminta ASN netral di Menggala.", "Pemerintah Kabupaten Tulang Bawang"),
])
def test_the_parent_so_spelt_is_still_the_parent(run, text: str, agency: str) -> None:
    assert agency in [a.agency for a in run(text).agencies]
