"""A duty whose civil servants open a clause after the penalties listed before it is a duty (obligation recall).

"sanksi ... harus tegas" asks nothing of anyone: the modal is about the penalty before it. But where a comma closes the
list of penalties and the civil servants open the next clause ("mulai dari teguran hingga pemecatan, para pegawai harus
tetap netral"), the modal is theirs. A penalty with the civil servants only as its complement ("Sanksi bagi ASN yang
melanggar harus tegas") still asks no conduct. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY, PENALTY = "obligation", "sanction"
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

CASES: list[tuple[str, set[str]]] = [
    (LEAD + "Hukumannya berat, bisa sampai pemberhentian, mulai dari teguran, penurunan pangkat, ASN wajib menjaga "
     "netralitas.", {DUTY, PENALTY}),
    (LEAD + "Sanksinya jelas, mulai dari teguran tertulis hingga pemecatan, para pegawai harus tetap netral.",
     {DUTY, PENALTY}),
    # ... the modal about the penalty: the penalty alone
    (LEAD + "Sanksi bagi ASN yang melanggar harus tegas.", {PENALTY}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_duty_after_listed_penalties(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
