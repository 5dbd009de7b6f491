"""Probe list of inverted hopes whose civil servants come after the army and the police, as the triad is mostly
written ("Diharapkan TNI, Polri dan ASN dapat ...", "Harapannya, TNI-Polri serta seluruh ASN tetap ..."): the hope
asks the civil servants as it does when they stand first. Negatives: the forces alone hoped for, and the forces
hoped to act on civil servants (their object, not whom it asks). Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
LEAD = "Apel kesiapan Pilkada 2024 digelar di alun-alun Kabupaten Sukamaju."

# (text, the directive kinds the analysis must give in the second sentence)
FORMS: list[tuple[str, set[str]]] = [
    ("Diharapkan TNI, Polri dan ASN dapat bersikap netral sampai hari pemungutan suara.", A),
    ("Diharapkan TNI-Polri serta seluruh ASN tidak memihak salah satu pasangan calon.", A),
    ("Harapannya, TNI, Polri, maupun para ASN tetap netral selama tahapan kampanye.", A),
    ("Diharapkan TNI dan Polri tetap netral sampai hari pemungutan suara.", set()),
    ("Diharapkan TNI dan Polri ikut mengawasi ASN yang berkampanye.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_hope_asking_civil_servants_listed_after_the_forces(analysed: list, k: int, text: str,
                                                             kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == text} == kinds
