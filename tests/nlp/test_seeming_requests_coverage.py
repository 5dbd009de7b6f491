"""Probe list of request verbs after a hedge of appearance ("seolah-olah mengajak", "seakan-akan meminta"): what an act
or a thing only looks like is reported, no request is made; without the hedge the same verb asks. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Spanduk pemkab itu seolah-olah mengajak seluruh ASN untuk mendukung petahana pada Pilkada 2024.", False),
    ("Surat camat tersebut seakan-akan meminta para ASN memilih calon tertentu pada Pilkada 2024.", False),
    # ... but the verb itself, with no hedge, asks
    ("Sekda mengajak seluruh ASN untuk menjaga netralitas pada Pilkada 2024.", True),
    ("Camat meminta para ASN tidak memihak calon tertentu pada Pilkada 2024.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_seeming_request_is_no_appeal(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
