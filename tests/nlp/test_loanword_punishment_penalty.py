"""Probe list: the English loanword for a penalty, given to or borne by civil servants ('berikan punishment',
'diberi punishmen', 'kena punishment'), is a sanction as 'sanksi' is; the bare word in a policy's name ('reward and
punishment') is none. Sentences are our own; all texts are analysed in one batch after a sentence naming the civil
servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Wali kota mengingatkan seluruh ASN agar tidak memihak pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Yang terbukti melanggar pasti kami berikan punishment.", S),
    ("Dua pegawai yang ikut kampanye sudah diberi punishmen oleh sekda.", S),
    ("Pegawai yang nekat berpihak bisa kena punishment.", S),
    # the bare word in a policy's name
    ("Pemkot menerapkan sistem reward and punishment untuk menilai kinerja pegawai.", ()),
    ("Punishment yang adil penting bagi organisasi modern, kata pakar manajemen.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_the_loanword_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
