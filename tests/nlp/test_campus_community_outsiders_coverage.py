"""Probe list of requests to the campus community as a whole (sivitas/civitas akademika, students with staff): in a
story that addresses civil servants, a rector's request to it is no appeal to them; a request to the campus's civil
servants, or one singling them out of the community, stays an appeal. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second asks the campus community, or them.
CONTEXT = "Rektor mengingatkan seluruh ASN kampus agar netral dalam Pemilu 2024."
FORMS: list[tuple[str, bool]] = [
    ("Rektor juga mengajak seluruh sivitas akademika untuk datang ke TPS pada hari pencoblosan.", False),
    ("Wakil rektor mengimbau civitas akademika agar tidak mudah termakan kabar bohong.", False),
    ("Dekan meminta seluruh civitas kampus menjaga suasana tetap sejuk selama masa kampanye.", False),
    # ... but the campus's civil servants asked, or singled out of the community, are asked
    ("Rektor meminta para dosen berstatus ASN agar tidak ikut berkampanye.", True),
    ("Rektor mengajak sivitas akademika, khususnya ASN, untuk tetap netral.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_request_to_the_campus_community_is_no_appeal(analysed: list, k: int) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
