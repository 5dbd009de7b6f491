"""Leave refused in its loose spellings: "tidak di perbolehkan", "tak diperboleh" (prohibition recall).

Reporters write the passive prefix apart from the leave word ("tidak di izinkan"), as they do for "di larang", or drop
its suffix ("tak diperboleh ikut kampanye"); each refuses leave as "tidak diperbolehkan" does. Said of others (a
candidate's team) they ban no civil servant. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = "prohibition"
LEAD = "Bawaslu menggelar sosialisasi netralitas menjelang Pilkada 2024. "

# (text, whether a prohibition is expected in the sentence after the lead)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}ASN tidak di perbolehkan hadir di kampanye calon mana pun.", True),
    (f"{LEAD}Para PNS tak diperboleh ikut memasang spanduk calon.", True),
    (f"{LEAD}Pegawai honorer juga tidak di izinkan menjadi anggota tim sukses.", True),
    # said of others: no civil servant banned
    (f"{LEAD}Tim kampanye tidak di perbolehkan memasang baliho di jalan protokol.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "banned"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_split_refusal_spellings(analysed: list, k: int, text: str, banned: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "sosialisasi" not in d.sentence}
    assert (BAN in got) is banned, (text, got)
