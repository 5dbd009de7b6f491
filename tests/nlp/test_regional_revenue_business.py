"""Probe list of requests about the region's own revenue by its acronym (PAD), the budget's execution documents (DPA)
and the billboard tax (reklame): heads press them on their offices at the same roll calls where they speak of
neutrality, and in a sentence naming nothing of the election they are other business, no appeal. Negatives: the
same words joined with the election in the clause stay appeals, and a campaign's billboards are election business.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati memimpin apel pagi bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia meminta OPD penghimpun PAD bekerja lebih giat dengan berbagai terobosan.", set()),
    ("Ia mengingatkan kepala dinas agar segera menuntaskan DPA yang belum rampung.", set()),
    ("Sekda meminta dinas terkait menertibkan papan reklame tanpa izin.", set()),
    ("Ia meminta ASN tidak mendukung paslon mana pun dan tetap mengejar target PAD.", {"appeal"}),
    ("Ia meminta camat tidak memasang reklame kampanye di kantor kecamatan.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_regional_revenue_is_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
