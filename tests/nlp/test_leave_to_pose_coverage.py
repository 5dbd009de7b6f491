"""Leave to pose for a photo, the synonym of leave to be photographed (permission recall).

"bisa berfoto" already gives leave; "bisa berpose" and "dapat bergaya" ("ASN tetap bisa berpose dengan kepalan
tangan") say the same of the pose rules. As for every "bisa" leave, a candidate's pose is no civil servant's leave.
The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = "permission"
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

CASES: list[tuple[str, set[str]]] = [
    (LEAD + "Pegawai kecamatan tetap bisa berpose dengan kepalan tangan saat difoto bersama warga.", {LEAVE}),
    (LEAD + "Para guru masih dapat bergaya dengan simbol hati ketika berfoto.", {LEAVE}),
    # ... a candidate's pose: none
    (LEAD + "Calon bupati bisa berpose dengan dua jari di baliho kampanyenya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_leave_to_pose(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
