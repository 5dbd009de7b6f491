"""Probe list of a penalty denied of one's record ("tidak sedang terkena hukuman apapun", "tidak pernah dijatuhi
hukuman disiplin", "belum pernah disanksi"): a clean record told or required, no penalty threatened; a threat with a
negation elsewhere ("ASN yang tidak netral akan dijatuhi hukuman") and an object of another verb ("belum pernah menerima
sosialisasi") stay. Each probe follows a sentence naming civil servants; only the probe sentence's directives are read.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
LEAD = "Bupati Sukamaju meminta seluruh ASN menjaga netralitas dalam pilkada. "

# (probe sentence, whether it must give a sanction)
FORMS: list[tuple[str, set[str]]] = [
    ("Para pejabat yang dilantik itu tidak sedang terkena hukuman apa pun.", set()),
    ("Pegawai yang diusulkan tidak pernah dijatuhi hukuman disiplin tingkat berat.", set()),
    ("Kepala dinas itu mengaku belum pernah disanksi selama bertugas.", set()),
    # look-alikes: threats stay
    ("ASN yang tidak netral akan dijatuhi hukuman disiplin berat.", S),
    ("ASN yang belum pernah menerima sosialisasi pun akan disanksi bila berkampanye.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead sentence."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_record_denial_is_no_threat(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    opening = text[:30]
    got = {d.kind for d in analysed[k].directives if opening in d.sentence}
    assert got & S == kinds
