"""Begging or advising with the addressee left out ("Mohon untuk tidak terlibat ...", "Mohon tetap netral", "Dia
menyarankan agar tidak memihak", "menyarankan untuk tetap netral"): what follows is asked of whom the story addresses,
as a hope with no one named already was ("berharap agar tetap netral") (appeal recall).

A speaker before his staff often begs them without naming them, with "untuk", "agar" or no link at all. Only the
neutrality asked of them counts (a state, a keeping verb with their conduct in reach, a denied partisanship); an
apology, a plea for support, a plea to report, an outsider named after the link, a content with its own subject and
another aim ask no one. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Wali Kota memimpin apel pegawai ASN menjelang Pilkada 2024. "

# (sentence, whether an appeal is expected in it)
CASES: list[tuple[str, bool]] = [
    ('"Mohon untuk tidak terlibat dalam grup percakapan tim sukses mana pun," ucapnya.', True),
    ('"Mohon tetap netral sampai penghitungan suara selesai," kata Wali Kota.', True),
    ('"Saya mohon agar selalu menjaga netralitas di kantor maupun di rumah," ujarnya.', True),
    ("Sekda juga menyarankan agar tidak memihak pasangan calon mana pun.", True),
    ("Ia menyarankan untuk tetap bersikap netral selama masa kampanye.", True),
    # an apology, a plea for support or to report, an outsider, a subject of its own, another aim: none
    ('"Mohon maaf bila ada kata yang kurang berkenan," katanya.', False),
    ('"Mohon dukungannya agar pilkada berjalan lancar," ujarnya.', False),
    ('"Kalau menemukan pelanggaran, mohon agar segera dilaporkan ke Panwascam," katanya.', False),
    ('"Kami mohon supaya Bawaslu menindaklanjuti temuan itu," ujarnya.', False),
    ("Ia menyarankan agar pilkada berjalan jujur dan adil.", False),
    ("Ia menyarankan untuk datang lebih pagi ke TPS.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "expected"), indexed(CASES, lambda v: v[0][:72]))
def test_begging_with_no_addressee_asks_whom_the_story_addresses(analysed: list, k: int, sentence: str,
                                                                 expected: bool) -> None:
    got = sentence_kinds(analysed[k], sentence)
    assert ("appeal" in got) is expected, (sentence, got)
