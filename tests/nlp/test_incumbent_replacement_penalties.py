"""The incumbent's penalties for replacing officials or for breaking the contest's rules are no sanction on civil
servants (sanction precision).

Stories on neutrality quote the ban on an incumbent replacing officials before the contest and its penalty: the
candidacy cancelled. Reporters spell the replacement "pergantian" as often as "penggantian" ("larangan pergantian
pejabat memiliki ancaman sanksi administratif"), and name the cancellation short ("bisa sampai pembatalan calon",
"dikenai sanksi pembatalan"): the head's breach and the candidate's penalty, no penalty on the civil service. A
penalty that names civil servants keeps its sanction, whatever it cancels. The stories are ours; all are analysed in
one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"
LEAD = "Bawaslu kembali mengingatkan seluruh ASN agar netral dalam Pilkada 2024. "

# (text, whether the text's second sentence gives a sanction)
CASES: list[tuple[str, bool]] = [
    # the incumbent's breach and the candidate's penalty: none
    (LEAD + "Larangan pergantian pejabat bagi petahana punya ancaman sanksi administratif dan pidana.", False),
    (LEAD + "Sanksi administratif untuk petahana itu bisa sampai pembatalan calon.", False),
    (LEAD + "Bila terbukti melanggar Pasal 71, yang bersangkutan dikenai sanksi pembatalan oleh KPU.", False),
    (LEAD + "Bupati itu dilaporkan karena pergantian pejabat yang diduga berujung pencopotan dua camat.", False),
    # ... but a penalty that names civil servants keeps its sanction
    (LEAD + "ASN yang terbukti berpihak dikenai sanksi pembatalan kenaikan pangkat.", True),
    (LEAD + "Kepala dinas yang memihak calon akan dicopot dari jabatannya.", True),
    (LEAD + "Camat yang ikut kampanye bisa dijatuhi hukuman disiplin berat.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "threat"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_incumbent_replacement_penalties(analysed: list, k: int, text: str, threat: bool) -> None:
    second = text[len(LEAD):]
    assert (S in {d.kind for d in analysed[k].directives if d.sentence.strip() == second}) == threat
