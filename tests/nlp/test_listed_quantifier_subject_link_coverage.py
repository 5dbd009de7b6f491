"""Probe list of requests with no verb whose civil servants are listed each with a quantifier of their own ("Seluruh
ASN dan para tenaga honorer untuk ...", "Kepada camat, lurah, dan semua ASN untuk ..."): a second 'para', 'semua'
or 'seluruh' inside the list still names whom the "untuk" asks, as the first one does. Negatives: the same lists
when something is said of them before "untuk", and a right ("hak") that the "untuk" completes. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
CONTEXT = "Netralitas ASN diawasi ketat menjelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "\"Seluruh ASN dan para tenaga honorer untuk tetap netral,\" ujar Sekda.", A),
    (CONTEXT + "\"Kepada camat, lurah, dan semua ASN untuk tidak memihak calon,\" kata Bupati.", A),
    (CONTEXT + "\"Kepada para guru dan seluruh pegawai untuk menjaga sikap di media sosial,\" tegasnya.", A),
    (CONTEXT + "\"Seluruh ASN dan para tenaga honorer tidak sulit untuk netral,\" ujar Sekda.", set()),
    (CONTEXT + "Hak seluruh ASN dan para tenaga honorer untuk memilih dijamin undang-undang.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][56:120]))
def test_a_quantifier_inside_the_list_keeps_the_request(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
