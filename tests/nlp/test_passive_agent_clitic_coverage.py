"""A request verb in the passive with its agent's clitic is a request (appeal recall).

Indonesian writes the agent of a passive as "-nya" on the verb ("ASN dimintanya berhati-hati": asked by him); such a
verb asks as the bare passive does. In a relative clause on a thing ("Dokumen yang dimintanya sudah diserahkan") it asks
no one. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = "appeal"
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

CASES: list[tuple[str, set[str]]] = [
    (LEAD + "Karena itu para ASN dimintanya berhati-hati bermedia sosial selama masa kampanye.", {A}),
    (LEAD + "Dalam apel pagi, seluruh guru diingatkannya untuk tidak memihak salah satu calon.", {A}),
    # ... a thing asked for: none
    (LEAD + "Dokumen yang dimintanya sudah diserahkan ke kantor Bawaslu kemarin.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_passive_agent_clitic(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
