"""A village's government named by its region's own word for the village ("Pemerintah Nagari X", "Pemerintahan
Gampong X", "Pemerintah Kampung X", "Pemerintah Pekon X", "Pemerintah Kalurahan X"), Papua's district's
("Pemerintah Distrik X") and a ward's short "Pemkel X" are the same bodies their heads' titles name, as "Pemerintah
Desa X" and "Pemdes X" are; in lower case, or with no place after it, the word names no body, nor does it
before a larger place's level word, where an office's name goes on over it."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it names)
FORMS = [
    ("Pemerintah Nagari Sungai Pua mengumpulkan perangkat nagari dan ASN untuk sosialisasi netralitas Pilkada 2024.",
     "Nagari Sungai Pua"),
    ("Pemerintahan Gampong Lamreung mengingatkan ASN dan aparatur gampong agar tidak berpihak pada Pilkada 2024.",
     "Gampong Lamreung"),
    ("Pemerintah Kampung Tanjung Batu meminta ASN dan perangkatnya menjaga netralitas dalam Pilkada 2024.",
     "Kampung Tanjung Batu"),
    ("Pemerintah Pekon Sukanegeri menggelar apel netralitas bersama ASN menjelang Pemilu 2024.", "Pekon Sukanegeri"),
    ("Pemerintah Kalurahan Sumberagung mengingatkan pamong dan ASN agar netral pada Pemilu 2024.",
     "Kalurahan Sumberagung"),
    ("Pemerintah Distrik Kurik mengundang ASN untuk sosialisasi netralitas Pilkada 2024.", "Distrik Kurik"),
    ("Pemkel Sukamulya mengumpulkan ketua RT dan ASN untuk sosialisasi netralitas Pilkada 2024.",
     "Kelurahan Sukamulya"),
]

# the words in lower case, or as a kind with no place after them: no body
NONE = [
    "Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Nagari Kabupaten Agam, Rudi, meminta ASN netral.",
    "Unsur pemerintah nagari dan ASN diminta netral selama Pilkada 2024.",
    "Pemerintahan Gampong adalah bentuk pemerintahan desa di Aceh, dan ASN diminta netral pada Pilkada 2024.",
]


@pytest.fixture(scope="module")
def results(analyse_all) -> list:
    return analyse_all([text for text, _ in FORMS] + NONE, published="2024-08-10")


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[t[:40] for t, _ in FORMS])
def test_village_government_names_its_village(results, index):
    assert FORMS[index][1] in {a.agency for a in results[index].agencies}


@pytest.mark.parametrize("index", range(len(NONE)), ids=[t[:40] for t in NONE])
def test_the_bare_word_names_no_village(results, index):
    assert not [a.agency for a in results[len(FORMS) + index].agencies if a.agency.startswith(("Nagari", "Gampong"))]
