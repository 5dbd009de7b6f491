"""A penalty borne by soldiers or police officers whom a relative clause singles out (sanction precision).

Stories on the neutrality of civil servants quote the army's and the police's discipline beside theirs ("Prajurit
yang terlibat politik praktis dijatuhi hukuman sesuai hukum militer", "anggota Polri yang tidak netral disanksi"): a
penalty borne by the forces, in a sentence naming no civil servant, is their commanders' on their own men, no sanction
for the civil servants the story names; so is one a commander imposes when a condition names the soldier (see
test_forces_penalty_on_condition.py). A penalty for the forces listed with civil servants keeps its sanction. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"
LEAD = "Wakil Bupati mengingatkan seluruh ASN agar menjaga netralitas pada Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # the forces' own penalty: none
    (LEAD + "Prajurit TNI yang kedapatan ikut konvoi calon akan dijatuhi hukuman sesuai hukum militer.", set()),
    (LEAD + "Setiap anggota Polri yang menunjukkan keberpihakan akan disanksi tegas oleh Propam.", set()),
    (LEAD + "Bagi anggota TNI yang melanggar tentu bisa dikenakan sanksi disiplin prajurit.", set()),
    # a commander's penalty after a condition naming his men: none either
    (LEAD + "Jika ada prajurit yang memihak, Dandim tidak segan menjatuhkan sanksi.", set()),
    # ... but the forces listed with civil servants keep it
    (LEAD + "ASN, TNI dan Polri yang terbukti berpihak akan dikenai sanksi.", {S}),
    (LEAD + "Anggota Polri dan pegawai yang ikut kampanye akan ditindak tegas.", {S}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_a_penalty_the_forces_alone_bear_is_no_sanction(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} & {S} == kinds
