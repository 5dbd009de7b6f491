"""Probe list of a clause opened by an adjunct of means closed by a comma ("Dengan ASN yang netral, diharapkan
warga ..."): civil servants named inside the adjunct are the means, not whom the passive cue after the comma asks or
binds; where the public stands after the comma the hope asks them, no appeal to the civil servants. Negatives: the
civil servants after the comma ("Dengan adanya ikrar ini, diharapkan seluruh ASN tetap netral", "Dengan ikrar ini,
ASN diharapkan ...") and a list whose comma follows the civil servants ("Dengan apel ini pula ASN, TNI, Polri
diingatkan ...") stay appeals. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pilkada 2024 segera digelar di kabupaten ini."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Dengan ASN yang netral, diharapkan warga dapat memilih calon secara bebas.", False),
    ("Dengan netralnya para pegawai, diharapkan pemilih bisa datang ke TPS dengan tenang.", False),
    ("Dengan adanya ikrar ini, diharapkan seluruh ASN tetap netral.", True),
    ("Dengan ikrar ini, ASN diharapkan tetap netral.", True),
    ("Dengan apel ini pula ASN, TNI, Polri kembali diingatkan untuk menjaga netralitas.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_civil_servants_in_a_means_adjunct_are_not_asked(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
