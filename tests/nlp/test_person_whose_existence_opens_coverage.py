"""A person noun after "ada" (someone whose existence opens the clause) is no subject of the rule that follows.

"Ada saudara maju di pilkada, jangan terlalu vulgar" tells the listeners, whom the context names, what not to do
about that relative; the person noun as the subject ("Para kerabat calon jangan terlalu vulgar") still puts the rule
on someone outside the civil service. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengingatkan seluruh ASN di lingkup pemkab untuk menjaga netralitas. "

CASES: list[tuple[str, set[str]]] = [
    (LEAD + "“Ada keluarga maju di pilkada jangan terlalu terang-terangan mendukungnya.", {"prohibition"}),
    (LEAD + "“Ada kerabat jadi calon bupati, boleh memilih di bilik suara.", {"permission"}),
    # ... the person noun as the subject: someone else's rule
    (LEAD + "“Para kerabat calon jangan terlalu terang-terangan mendukungnya.", set()),
    (LEAD + "“Keluarga calon boleh ikut berkampanye di lapangan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_person_whose_existence_opens_the_clause(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
