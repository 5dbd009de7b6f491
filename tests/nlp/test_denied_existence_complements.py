"""Probe list of a ban denying that some conduct exist, with the conduct's own complement after it ("Jangan sampai ada
keberpihakan kepada calon", "jangan sampai ada dukungan kepada pasangan calon"): the preposition belongs to the
conduct whose existence is denied, so the candidates after it are not whom the ban addresses, and it binds the civil
servants the story addresses. Negatives: someone else whose existence is denied ("jangan sampai ada warga yang ...")
still takes the ban, and so does one named after an existence-free "jangan sampai" ("jangan sampai pilkada ini ...").
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Jangan sampai ada keberpihakan kepada pasangan calon,\" katanya.", {"prohibition"}),
    ("Ia mengingatkan hal itu sejak awal, jangan sampai ada dukungan kepada calon kepala daerah.", {"prohibition"}),
    ("\"Jangan sampai ada warga yang golput,\" katanya.", set()),
    ("\"Jangan sampai pilkada ini memecah belah masyarakat,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_denied_conducts_complement_is_not_the_addressee(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
