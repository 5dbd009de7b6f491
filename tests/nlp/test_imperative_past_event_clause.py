"""Probe list of imperatives opening a clause of their own after a clause whose subject is a contest or an event
("Pemilu tinggal sebulan, jaga netralitas", "Pilkada makin dekat, karena itu tetaplah netral"): the contest is the
subject of the clause before the comma, not whom the imperative speaks to, so it asks the civil servants the story
addresses. Negatives: a clause whose only rule binds the contest ("Pilkada harus berjalan damai"), an imperative
about something other than conduct ("jaga kesehatan") and the verb inside a clause with its own subject ("kita jaga
bersama") ask them nothing. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Wali kota memimpin apel bersama seluruh ASN jelang Pilkada 2024."
# (quote after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Pemilu tinggal sebulan, jaga netralitas,\" ujarnya.", {"appeal"}),
    ("\"Pilkada makin dekat, karena itu tetaplah netral,\" pesannya.", {"appeal"}),
    ("\"Sukseskan pilkada, hindari politik praktis,\" katanya.", {"appeal"}),
    ("\"Pilkada harus berjalan damai,\" katanya.", set()),
    ("\"Pemilu tinggal sebulan, jaga kesehatan,\" ujarnya.", set()),
    ("\"Pemilu tinggal sebulan, kita jaga bersama,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {quote}" for quote, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[quote[:50] for quote, _ in FORMS])
def test_an_imperative_past_a_contest_clause_asks_the_civil_servants(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
