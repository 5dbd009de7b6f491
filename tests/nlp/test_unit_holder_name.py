"""A unit named by a village its head's title names ("Kepala Puskesmas <village> <name>") is that village's unit:
the holder's first names after the village are no words of its place. Sentences in our own words."""

from __future__ import annotations

import pytest

TEXTS = [
    "Kepala Puskesmas Sukawangi Hendra Gunawan meminta tenaga kesehatan ASN netral pada Pilkada 2024.",
    "Kepala Puskesmas Karangsari Wulan mengingatkan pegawainya agar tidak ikut kampanye Pilkada 2024.",
    # the same unit with a two-word place and no holder after it keeps both words
    "Pegawai Puskesmas Sungai Lilin diminta menjaga netralitas ASN pada Pilkada 2024.",
]


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all(TEXTS)


@pytest.mark.parametrize("index, unit", [(0, "Puskesmas Sukawangi"), (1, "Puskesmas Karangsari")])
def test_holder_name_is_no_word_of_the_place(results, index, unit):
    units = {m.agency for m in results[index].agencies if m.agency.startswith("Puskesmas")}
    assert units == {unit}


def test_two_word_place_without_holder_kept(results):
    assert "Puskesmas Sungai Lilin" in {m.agency for m in results[2].agencies}
