"""Probe list of a holder named before a role no registry names, itself joined by 'sekaligus' or 'yang juga' to an
office ('Budi, Ketua Panitia sekaligus Sekda Kabupaten X, ...', 'Budi selaku Pengawas Forum X yang juga Sekda Y
...'): the name before the first role holds the office after the link. Left alone: a deed done at once before
'sekaligus' ('Budi membuka acara sekaligus ...'), a holder apposed right before the link, who keeps his own reading
('Ketua Relawan X, Budi, yang juga Kepala Desa Y'), and a role running past a sentence's end. Sentences in our own
words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official, indexed, values

# (text, name, agency)
FOUND = [
    ("Dalam rapat itu, Hendra Gunawan, Ketua Panitia sekaligus Sekda Kabupaten Banyuasin, meminta ASN netral pada "
     "Pilkada 2024.",
     "Hendra Gunawan", "Pemerintah Kabupaten Banyuasin"),
    ("Dalam rapat itu, Hendra Gunawan selaku Pengawas Forum Sekda Sumsel yang juga Sekda Kabupaten Banyuasin meminta "
     "ASN netral pada Pilkada 2024.",
     "Hendra Gunawan", "Pemerintah Kabupaten Banyuasin"),
    ("Dalam rapat itu, Hendra Gunawan, pembina seluruh pegawai sekaligus Kepala BKPSDM Kabupaten Banyuasin, "
     "meminta ASN netral pada Pilkada 2024.",
     "Hendra Gunawan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banyuasin"),
    # the holder apposed right before the link keeps the office
    ("Ketua Relawan Desa Maju, Hendra Gunawan, yang juga Kepala Desa Sukamaju, meminta ASN netral pada Pilkada 2024.",
     "Hendra Gunawan", "Desa Sukamaju"),
]

# (text, a name that must not be read)
LEFT = [
    ("Dalam rapat itu, Hendra Gunawan membuka acara sekaligus Kepala BKPSDM Kabupaten Banyuasin meminta ASN netral "
     "pada Pilkada 2024.", "Hendra Gunawan"),
    ("Hendra Gunawan hadir. Panitia acara sekaligus Kepala BKPSDM Kabupaten Banyuasin meminta ASN netral pada "
     "Pilkada 2024.", "Hendra Gunawan"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FOUND, lambda v: v[0][:40]))
def test_the_name_before_a_described_role_holds_the_linked_office(analysed: list, k: int, text: str, name: str,
                                                                  agency: str) -> None:
    assert_official(analysed[k], name, agency)


@pytest.mark.parametrize(("k", "text", "name"), indexed(LEFT, lambda v: v[0][:40]))
def test_a_deed_or_a_broken_role_links_no_holder(analysed: list, k: int, text: str, name: str) -> None:
    assert_official(analysed[len(FOUND) + k], name, None)
