"""The buying of votes heading a clause is a practice banned to everyone, not a rule on civil servants.

Speakers who warn civil servants about neutrality often go on to the other ills of the contest in the same breath:
"Politik uang juga tidak boleh ada", "money politic tidak diperkenankan karena merugikan calon". That is a ban on a
practice, said to the whole public, not a prohibition laid on the story's civil servants. Civil servants named in the
clause keep their ban on it, and a request to them to shun it stays a request. The stories are ours; all are analysed in
one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A, B = "appeal", "prohibition"
LEAD = "Sekda kembali mengingatkan semua pegawai agar menjaga netralitas dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # the practice heads the clause: none
    (LEAD + "Politik uang juga dilarang keras di seluruh tahapan pemilihan.", set()),
    (LEAD + "Menurutnya, money politic tidak diperkenankan karena hanya merusak kepercayaan warga.", set()),
    (LEAD + "Serangan fajar tidak boleh terjadi lagi di kabupaten ini.", set()),
    (LEAD + "Ia menambahkan bahwa money politics dalam pemilihan nanti tidak dibenarkan.", set()),
    # ... civil servants in the clause keep their ban on it
    (LEAD + "Pegawai dilarang ikut membagikan politik uang kepada pemilih.", {B}),
    (LEAD + "ASN tidak boleh terlibat money politic dalam bentuk apa pun.", {B}),
    # ... and a request to them to shun it stays a request
    (LEAD + "Sekda juga meminta pegawai untuk menolak politik uang.", {A}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_vote_buying_practice_subjects(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
