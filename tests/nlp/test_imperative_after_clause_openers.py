"""Probe list of imperatives right after a word that opens a clause with no comma before it: the conjunction of
consequence "maka", alone or before a connective ("Masa tenang tinggal tiga hari maka tetaplah netral", "... maka oleh
karena itu jagalah netralitas"), and a copula naming what the thing stressed is ("Yang terutama yakni hindari foto
bersama calon"). The imperative opens its clause there as after a comma, so it asks the civil servants the story
addresses. Negatives: an imperative about something other than conduct after the same words ("maka jagalah
kesehatan"), and the verb inside a clause with its own subject ("maka kita jaga bersama"). Sentences are our own;
all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda memberikan arahan kepada seluruh ASN jelang Pilkada 2024."
# (quote after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Masa tenang tinggal tiga hari maka tetaplah netral,\" ujarnya.", {"appeal"}),
    ("\"Waktunya sudah dekat maka oleh karena itu jagalah netralitas,\" pesannya.", {"appeal"}),
    ("\"Yang terutama yakni hindari foto bersama calon,\" katanya.", {"appeal"}),
    ("\"Waktunya sudah dekat maka jagalah kesehatan,\" ujarnya.", set()),
    ("\"Waktunya sudah dekat maka kita jaga bersama,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {quote}" for quote, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[quote[:50] for quote, _ in FORMS])
def test_an_imperative_after_a_clause_opener_asks_the_civil_servants(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
