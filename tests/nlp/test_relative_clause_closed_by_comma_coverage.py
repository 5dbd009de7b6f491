"""Probe list of a relative clause on the civil servants who open a request's clause, closed by a comma before its
"agar"/"untuk" ("Para pegawai yang ... di grup WhatsApp, agar ..."): the comma closing the clause is no word of it, so
a clause as long as one without the comma still says which of them are asked. Negatives: the same clause on others
than civil servants, and one that names their guilt, which makes the request a threat's condition. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Para pegawai yang kemarin sempat membagikan foto bersama seorang calon, agar menghapusnya sebelum Pilkada 2024.",
     A),
    ("Seluruh guru yang selama ini sering berkomentar soal para calon, agar menahan diri menjelang Pilkada 2024.",
     A),
    ("Para relawan yang kemarin sempat membagikan foto bersama seorang calon, agar menghapusnya sebelum Pilkada 2024 "
     "demi netralitas ASN.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_relative_clause_closed_by_a_comma(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
