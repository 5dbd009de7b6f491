"""Probe list of a name in brackets glossing the word before it inside an adjunct ("Terkait ini (Pilkada), jangan ada
yang ...", "menjelang Pemilihan Umum (Pemilu)"): the gloss stands where the word it explains does, inside the
adjunct, so it is no subject of the rule that follows, which then binds the civil servants the story addresses.
Negatives: the same gloss after a subject with no preposition before it ("Pemilihan Kepala Daerah (Pilkada) jangan
sampai ...") still heads the clause. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Terkait ini (Pilkada) jangan ada yang jadi tim pemenangan,\" katanya.", {"prohibition"}),
    ("\"Soal itu (pilkada) jangan ada yang ikut berkampanye,\" ujarnya.", {"prohibition"}),
    ("Menurutnya, netralitas menjelang Pemilihan Umum (Pemilu) bagi ASN adalah kewajiban yang harus dijaga.",
     {"obligation"}),
    ("\"Pemilihan Kepala Daerah (Pilkada) jangan sampai ternoda politik uang,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_bracketed_gloss_inside_an_adjunct_is_no_subject(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
