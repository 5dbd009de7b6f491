"""Probe list of a main clause opened by "maka" after a fronted clause that ends in a preposition's object ("Sebagai
orang yang setiap hari memberi layanan kepada Bupati maka ASN harus ..."): "maka" starts a clause
of its own, as "sehingga" does, so the preposition before it governs nothing after it and the civil servants after
"maka" are the subject. Negatives: the same fronted clause before a subject outside the civil service ("... maka
warga harus ...") binds no civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Sebagai orang yang setiap hari memberi layanan kepada Bupati maka ASN harus menjaga netralitas,\" ujarnya.",
     {"obligation"}),
    ("\"Sebagai orang yang bekerja untuk Presiden maka para pegawai tidak boleh ikut kampanye,\" katanya.",
     {"prohibition"}),
    ("\"Sebagai orang yang bekerja untuk Presiden maka warga harus datang ke TPS,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_maka_opens_a_clause_whose_subject_is_bound(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
