""""A rule or request that someone denies having given, or that a denial calls untrue ("Ia membantah telah melarang
pegawainya ...", "menampik kabar bahwa pegawai diwajibkan ..."), was not made: no directive (obligation and
prohibition precision).

The verb of denial stands a few words before the cue with no other verb, punctuation or linking word between; a
rule stated after the denial in a clause of its own still counts. The stories are ours; all are analysed in one
batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bupati meminta seluruh pegawai negeri agar netral selama pilkada. "

# (sentence, kind, whether that kind is expected)
CASES: list[tuple[str, str, bool]] = [
    ("Kepala dinas itu membantah telah melarang pegawainya datang ke kampanye penantang.", "prohibition", False),
    ("Sekda menampik kabar bahwa pegawai diwajibkan hadir di kampanye petahana.", "obligation", False),
    ("Ia menyangkal pernah mengharuskan para guru memasang stiker calon.", "obligation", False),
    # a rule in a clause of its own after the denial
    ("Bupati membantah isu itu sambil menegaskan ASN harus netral.", "obligation", True),
    ("Ia membantah kabar itu dan ASN tetap dilarang hadir di kampanye.", "prohibition", True),
    ("Sekda membantah tuduhan tersebut, namun mengingatkan ASN agar netral.", "appeal", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "kind", "given"), indexed(CASES, lambda v: v[0][:72]))
def test_said_untrue(analysed: list, k: int, sentence: str, kind: str, given: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert (kind in got) is given, (sentence, got)
