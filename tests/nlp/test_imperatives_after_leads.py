"""Probe list of imperatives right after a connective that leads to what is asked, with no comma between ("Makanya
tetap jaga netralitas", "karena itu jagalah netralitas", "Oleh karena itu patuhi aturan netralitas"): the connective
opens the clause, so the imperative asks the civil servants the story addresses, as it does after the connective's
comma. Negatives: the same verb inside a clause with its own subject ("Kita jaga bersama", "Makanya kita jaga
bersama") states a shared task. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati mengumpulkan seluruh ASN jelang Pilkada 2024."
# (quote after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Makanya tetap jaga netralitas,\" ujarnya.", {"appeal"}),
    ("\"Aturannya jelas, karena itu jagalah netralitas,\" pesannya.", {"appeal"}),
    ("\"Oleh karena itu patuhi aturan netralitas,\" katanya.", {"appeal"}),
    ("\"Jadi hindari foto bersama calon,\" tegasnya.", {"appeal"}),
    ("\"Kita jaga bersama,\" katanya.", set()),
    ("\"Makanya kita jaga bersama,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {quote}" for quote, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[quote[:50] for quote, _ in FORMS])
def test_an_imperative_after_a_leading_connective_asks_the_civil_servants(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
