"""Probe list: a penalty pointed back to ('sanksi itu', 'hukuman tersebut') still threatens or reports a penalty when a
modal of what may come or a word of what is done stands before the verb applying it ('dapat dikenakan kepada ...',
'sudah diberikan kepada ...'), as it already did past 'akan'. A giving passive applies it only with whom it goes to
after it; bare 'diberikan jika ...' stays unread, and a pointed-back penalty whose fate is told ('sudah diumumkan',
'bisa ditinjau ulang') names none. Sentences are our own; all texts are analysed in one batch after a sentence
naming the civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Panwaslu menemukan dua guru honorer dan seorang lurah ikut mengunggah dukungan untuk calon wali kota."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Hukuman itu dapat dikenakan kepada pegawai yang masih mengulanginya.", S),
    ("Sanksi tersebut bisa dijatuhkan apabila lurah itu tidak memberi klarifikasi.", S),
    ("Sanksi ini bakal diberikan kepada siapa pun yang terbukti memihak.", S),
    ("Sanksi itu sudah diberikan kepada ketiganya pekan lalu.", S),
    # bare giving passive before a condition: the read gold splits it
    ("Sanksi itu diberikan jika kajian Panwaslu rampung.", ()),
    # the pointed-back penalty's fate, no one penalised
    ("Sanksi tersebut sudah diumumkan di papan pengumuman kantor.", ()),
    ("Hukuman itu bisa ditinjau ulang oleh pengadilan tata usaha negara.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_pointed_penalty_modal_applied(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
