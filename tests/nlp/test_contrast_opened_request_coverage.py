"""Probe list of requests opened by a word of contrast ("Namun kepada seluruh ASN untuk ...", "Tetapi kepada para
camat untuk ...", "Tapi untuk ASN, agar ..."): 'namun', 'tetapi' and 'tapi' link the sentence to the one before as
'sementara' does, and what follows still names whom the request asks. Negatives: the same openings before the public,
before a right of civil servants, and before a fronted outsider whom a speaker then asks. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
CONTEXT = "Netralitas ASN diawasi ketat menjelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "\"Namun kepada seluruh ASN untuk tetap menjaga netralitas,\" ujar Sekda.", A),
    (CONTEXT + "\"Tetapi kepada para camat dan lurah untuk tidak memihak calon,\" kata Bupati.", A),
    (CONTEXT + "\"Tapi kepada teman-teman ASN untuk bijak bermedia sosial,\" tegasnya.", A),
    (CONTEXT + "\"Namun kepada masyarakat untuk datang ke TPS,\" ujar Sekda.", set()),
    (CONTEXT + "Namun hak ASN untuk memilih tetap dijamin undang-undang.", set()),
    (CONTEXT + "Namun kepada warga, Bupati berpesan agar datang ke TPS.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][56:120]))
def test_a_contrast_word_opening_the_request_keeps_it(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
