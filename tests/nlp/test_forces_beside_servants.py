"""A rule whose sentence names civil servants only in an opening adjunct of who else is bound ('Selain ASN, ...', 'Tidak
hanya PNS, tetapi ...') and the soldiers or the police alone after its comma binds the forces: no directive to civil
servants. Village heads or other staff after the comma, or civil servants named after the rule, keep it. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati meminta seluruh ASN menjaga netralitas dalam Pilkada 2024."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Selain ASN, anggota TNI dan Polri juga wajib bersikap netral selama tahapan pilkada.", set()),
    ("Selain PNS, prajurit TNI pun harus menjaga netralitas di wilayahnya.", set()),
    ("Tidak hanya aparatur sipil, tetapi anggota Polri juga dilarang ikut berkampanye.", set()),
    # others bound after the comma, or no adjunct at all: kept
    ("Selain ASN, kepala desa juga wajib bersikap netral.", {"obligation"}),
    ("Selain ASN, tenaga honorer juga dilarang ikut berkampanye.", {"prohibition"}),
    ("ASN, TNI dan Polri harus bersikap netral selama tahapan pilkada.", {"obligation"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same request to civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_forces_named_beside_servants_are_bound(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
