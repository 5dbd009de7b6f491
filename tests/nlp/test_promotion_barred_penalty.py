"""Probe list: a rise to a higher post or the periodic pay rise barred or withheld ('tak bisa naik jabatan', 'tidak
akan mendapat kenaikan gaji berkala') is a sanction, as 'tidak bisa naik pangkat' is; a pay rise at large withheld by
the budget, or the same bar for corruption, is none. Sentences are our own; all texts are analysed in one batch after a
sentence naming the civil servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Wali kota mengumpulkan para ASN di balai kota menjelang pilkada."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pegawai yang kedapatan memihak salah satu pasangan calon tak bisa naik jabatan.", S),
    ("Mereka yang ikut berkampanye tidak akan mendapat kenaikan gaji berkala.", S),
    ("Kalau terbukti berpihak, kepala bidang itu tidak dapat naik jabatan.", S),
    # a pay rise at large, and the bar for another domain's offence
    ("Menurut kementerian, PNS tidak akan mendapat kenaikan gaji tahun depan.", ()),
    ("Pegawai yang terlibat korupsi tidak bisa naik jabatan.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_promotion_barred(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
