"""Probe list: after a condition, the action there will be ('ada tindakan'), said as sure or as due ('tentu',
'pasti', 'mesti', 'harus'), even with no comma closing the condition, threatens as a consequence borne does; action
missing ('kalau tidak ada tindakan') or the condition of something other than a breach is none. Sentences are our own;
all texts are analysed in one batch after a sentence naming the civil servants, and only the last sentence's
directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengumpulkan para ASN kabupaten menjelang pemungutan suara pilkada."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kalau pegawai yang berpihak itu mesti ada tindakan.", S),
    ("Jika nanti terbukti, tentu ada tindakan dari pimpinan.", S),
    ("Apabila ada yang tidak netral, pasti ada tindakannya.", S),
    ("Kalau melanggar, harus ada konsekuensinya.", S),
    # no action, and a condition that is no breach
    ("Kalau tidak ada tindakan, warga akan kecewa.", ()),
    ("Jika banjir datang, tentu ada tindakan dari BPBD untuk warga.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_an_action_due(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
