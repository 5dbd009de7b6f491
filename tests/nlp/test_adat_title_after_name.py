"""Probe list of a Minangkabau adat title written after a holder's name ('Kepala BKD X, Rina Dt. Bagindo Sati,
meminta ...', 'Asisten III Budi Datuk Rajo Ameh'): the name ends before the title, the title and the adat name it
opens being no part of it, and its stop ends no sentence. Left alone: a name with no adat title after it keeps its
words, and 'Datuk' opening a name is not cut. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official, indexed, values

# (text, name, agency)
FOUND = [
    ("Kepala BKPSDM Kabupaten Agam, Yusrizal Dt. Bagindo Sati, meminta ASN netral pada Pilkada 2024.",
     "Yusrizal", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam"),
    ("Bupati Pasaman diwakili Asisten III Nofrizal Dt. Rajo Ameh mengingatkan ASN netral pada Pilkada 2024.",
     "Nofrizal", "Pemerintah Kabupaten Pasaman"),
    ("Sekda Kota Solok Heri Santoso Datuk Rajo Lelo menegaskan ASN dilarang berkampanye pada Pilkada 2024.",
     "Heri Santoso", "Pemerintah Kota Solok"),
    # "Datuk" opening the name is part of it
    ("Ketua Bawaslu Kota Padang Datuk Hendri mengingatkan ASN netral pada Pilkada 2024.",
     "Datuk Hendri", "Bawaslu Kota Padang"),
]

# (text, a name that must not be read, as cut or as run on)
LEFT = [
    ("Kepala BKPSDM Kabupaten Agam, Yusrizal Dt. Bagindo Sati, meminta ASN netral pada Pilkada 2024.",
     "Yusrizal Dt. Bagindo Sati"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FOUND, lambda v: v[0][:40]))
def test_the_name_before_an_adat_title_is_read(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert_official(analysed[k], name, agency)


@pytest.mark.parametrize(("k", "text", "name"), indexed(LEFT, lambda v: v[0][:40]))
def test_the_adat_title_is_no_part_of_the_name(analysed: list, k: int, text: str, name: str) -> None:
    assert_official(analysed[len(FOUND) + k], name, None)


def test_the_adat_titles_stop_ends_no_sentence(analysed: list) -> None:
    assert len([d for d in analysed[0].directives if "Bagindo Sati" in d.sentence]) <= 1
    assert any("Dt. Bagindo Sati, meminta" in d.sentence for d in analysed[0].directives)
