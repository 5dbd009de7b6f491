"""Probe list: academics, intellectuals and observers are outsiders, whom speakers ask to educate voters or who comment
on the rules: a request or duty addressed to them alone, or a commentator's remark, is none to civil servants; civil
servants addressed beside them still are. Sentences are our own; all texts are analysed in one batch after a sentence
naming the civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemprov menggelar sosialisasi netralitas ASN menjelang pilkada serentak."
A = ("appeal",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Gubernur mengajak para akademisi untuk memberi pendidikan politik kepada pemilih.", ()),
    ("Ia juga meminta cendekiawan dan budayawan agar menyejukkan suasana.", ()),
    ("Para pengamat diharapkan memberi pencerahan kepada warga.", ()),
    # civil servants beside them, or alone
    ("Gubernur mengajak para akademisi dan seluruh ASN untuk menjaga suasana pilkada tetap sejuk.", A),
    ("Gubernur mengajak seluruh ASN untuk menjaga suasana pilkada tetap sejuk.", A),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_thinkers(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
