"""Probe list: a penalty threatened to the two parties of a bribe named as a pair ('pemberi dan penerima', 'baik
pemberi maupun penerima') is vote buying's, a crime of anyone, even where the bribe itself is not named: no sanction
for civil servants when the sentence names none; civil servants named with it keep theirs. Sentences are our own; all
texts are analysed in one batch after a sentence naming the civil servants, and only the last sentence's directives
are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bawaslu mengawasi netralitas ASN menjelang pemungutan suara pilkada."

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pemberi dan penerima sama-sama bisa dipenjara.", ()),
    ("Menurut dia, baik pemberi maupun penerima dapat dikenai sanksi pidana.", ()),
    ("Penerima maupun pemberi akan diproses dan dijatuhi hukuman.", ()),
    # civil servants named, and a penalty of no bribe
    ("ASN yang menjadi pemberi maupun penerima akan dijatuhi sanksi disiplin.", ("sanction",)),
    ("ASN yang terbukti berpihak akan dijatuhi sanksi disiplin.", ("sanction",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_bribe_pair_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
