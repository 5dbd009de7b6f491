"""Probe list of penalties followed by a clause of its own whose subject is a pointer ("akan dikenakan sanksi karena
ini sudah ada aturannya", "diberi teguran karena itu melanggar aturan"): the pointer opens the reason, it does not point
back to a penalty named before, so the threat stands; a penalty pointed back to, right after it or past one word of
its own ("Sanksi disiplin itu sudah diumumkan"), stays none. Sentences are our own; all texts are analysed in one batch
after a sentence naming the civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Maka pegawai itu akan dikenakan sanksi karena ini sudah ada aturannya.", S),
    ("Pegawai itu akan diberi teguran karena itu melanggar aturan.", S),
    ("Camat yang berkampanye akan dikenai hukuman disiplin sebab itu sudah menjadi aturan.", S),
    ("Lurah yang memihak akan mendapat teguran lantaran ini menyangkut netralitas.", S),
    # stay as they were
    ("Sanksi disiplin itu sudah diumumkan.", ()),
    ("Sanksi itu sudah diumumkan kemarin.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_pointer_opening_a_reason_points_back_to_no_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
