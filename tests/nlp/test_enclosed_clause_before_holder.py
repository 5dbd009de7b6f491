"""Probe list of a relative clause set off by commas between an office and its holder ('Ketua Bawaslu X, yang membuka
rapat netralitas ASN, Name menegaskan ...'): the holder after the clause is read, the clause may hold acronyms, and
the name may go straight on to its verb. Left alone: a clause followed by the verb and no name, and a clause holding
a capitalised word (another person's office, which names its own holder). Sentences in our own words, analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official, indexed, values

# (text, name, agency or None when that name must not be read as the office's holder)
PROBES = [
    ("Ketua Bawaslu Kabupaten Klaten, yang hadir sebagai pemateri, Rizal Fahmi menegaskan ASN wajib netral pada "
     "Pilkada 2024.", "Rizal Fahmi", "Bawaslu Kabupaten Klaten"),
    ("Bupati Wonogiri, yang membuka apel netralitas ASN pagi itu, Sri Handayani meminta pegawai tidak berpolitik "
     "praktis pada Pilkada 2024.", "Sri Handayani", "Pemerintah Kabupaten Wonogiri"),
    ("Kepala BKPSDM Kabupaten Blora, yang memimpin rapat, Agus Salim, mengingatkan ASN agar netral pada Pilkada "
     "2024.", "Agus Salim", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Blora"),
]

LEFT = [
    # the clause runs into the verb: the name after it is no holder of the office
    ("Bupati Wonogiri, yang membuka apel pagi itu, menegaskan ASN wajib netral pada Pilkada 2024. Sri Handayani "
     "hadir sebagai peserta.", "Sri Handayani"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(PROBES, lambda v: v[0][:40]))
def test_the_holder_after_an_enclosed_clause_is_read(analysed: list, k: int, text: str, name: str,
                                                     agency: str) -> None:
    assert_official(analysed[k], name, agency)


@pytest.mark.parametrize(("k", "text", "name"), indexed(LEFT, lambda v: v[0][:40]))
def test_a_clause_without_a_name_after_it_gives_none(analysed: list, k: int, text: str, name: str) -> None:
    assert_official(analysed[len(PROBES) + k], name, None)
