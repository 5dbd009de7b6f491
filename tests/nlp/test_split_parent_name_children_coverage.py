"""The two regencies carved out of Labuhanbatu keep its name, and the press spells it apart in theirs as in the
parent's ('Labuhan Batu Utara', 'Labuhan Batu Selatan'). Written so, the name is the child regency, not the parent
followed by a compass word. The sentences are our own words."""

from __future__ import annotations

import pytest

PLACED = [
    ("Pemkab Labuhan Batu Utara meminta ASN netral.", "Pemerintah Kabupaten Labuhanbatu Utara"),
    ("Bawaslu Kabupaten Labuhan Batu Selatan memanggil tiga kepala sekolah.",
     "Bawaslu Kabupaten Labuhanbatu Selatan"),
]


@pytest.mark.parametrize(("text", "agency"), PLACED)
def test_the_child_regency_spelt_apart_is_the_child(run, text: str, agency: str) -> None:
    found = [a.agency for a in run(text).agencies]
    assert agency in found
    assert not [a for a in found if a.endswith("Labuhanbatu")]


def test_the_parent_spelt_apart_is_still_the_parent(run) -> None:
    found = [a.agency for a in run("Polres Labuhan Batu meminta ASN netral di wilayah Rantauprapat.").agencies]
    assert "Kepolisian Resor Labuhanbatu" in found
