"""A penalty lifted or asked to be lifted ('meminta BKN mencabut sanksi', 'menghapus sanksi', 'membatalkan hukuman',
'pencabutan sanksi') threatens no one, and a request about it is addressed to the authority, not to the civil servants.
A penalty given or threatened stays one."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Gubernur meminta BKN mencabut sanksi terhadap tiga pejabat di lingkungan pemprov.", ()),
    ("Para pejabat itu berharap KASN menghapus sanksi yang dijatuhkan kepada mereka.", ()),
    ("Pengadilan membatalkan hukuman disiplin bagi kepala dinas tersebut.", ()),
    ("Kuasa hukum mengajukan pencabutan sanksi bagi camat itu ke BKN.", ()),
    # given or threatened: penalties
    ("BKN menjatuhkan sanksi kepada tiga pejabat yang tidak netral.", ("sanction",)),
    ("ASN yang terbukti berpihak akan dikenai sanksi disiplin.", ("sanction",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_lifted_penalty_threatens_no_one(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
