"""An official's title opening the clause of a passive request ("Pj Gubernur Jawa Barat diharapkan ...", "Gubernur
Jawa Barat diminta ...") names whom it asks, though the title's words are no addressee where its holder speaks: a
Pj head is a civil servant, asked (appeal); an elected head is someone else, and the request no longer borrows the
civil servants named before it. A verb between the title and the cue leaves the clause to its other words. Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Bupati menggelar apel netralitas ASN jelang Pilkada 2024."

# (the sentence after LEAD, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Pj Gubernur Jawa Barat diharapkan menjadi teladan netralitas bagi jajarannya.", {"appeal"}),
    # an elected head asked something else: not the civil servants of the lead
    ("Gubernur Jawa Barat diminta hadir dalam peresmian jembatan di Bandung.", set()),
    # a verb between the title and the cue
    ("Pj Gubernur Jawa Barat yang memimpin apel diharapkan hadir dalam peresmian jembatan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead about the civil servants."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_title_opening_a_passive_request_is_whom_it_asks(analysed: list, k: int, text: str,
                                                            kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
