"""Probe list of a contest named in an adjunct of time or place right after a speech or request verb ("Saya ingatkan
menjelang Pilkada, yang harus dijaga adalah netralitas pegawai"): the contest says when, it is no subject of the modal
that follows, so the duty binds the civil servants the story addresses rather than being read as the contest's own
("Pilkada harus berjalan damai"). Negatives: a contest that heads the clause after the verb is still its subject, and
others named after the adjunct keep the rule theirs. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati mengumpulkan seluruh ASN di pendopo."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ('"Saya ingatkan menjelang Pilkada 2024, hal yang harus dijaga adalah netralitas pegawai," ujarnya.',
     {"obligation"}),
    ('"Kami tekankan dalam rangka Pemilu 2024, yang tidak boleh dilakukan pegawai adalah berkampanye," katanya.',
     {"prohibition"}),
    ("Ia mengingatkan Pilkada 2024 harus berlangsung damai dan tertib.", set()),
    ("Ia berharap selama Pilkada 2024 berlangsung aman, warga harus saling menghormati.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_contest_in_a_time_adjunct_is_no_subject(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
