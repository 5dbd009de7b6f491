"""Probe list of a legislator's member title with no holder opening a sentence ("Anggota DPRD yang ikut kampanye
wajib cuti"): unlike the forces' members ("Anggota Polri yang berpihak akan disanksi"), legislators' own duties in the
contest keep their directive, as the annotation gives them one. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

CONTEXT = "Bupati Sleman meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Anggota DPRD yang ikut berkampanye wajib mengambil cuti.", {"obligation"}),
    (CONTEXT + "Anggota TNI yang ikut berkampanye akan dijatuhi hukuman disiplin.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:62]))
def test_a_legislators_member_title_keeps_its_own_duty(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
