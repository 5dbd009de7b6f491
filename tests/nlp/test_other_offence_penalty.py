"""Probe list: a penalty in a sentence that names an offence of another domain (corruption, drugs, absence from work,
immoral conduct) and nothing of the election is the service's discipline at large, not a penalty for partisanship,
whatever the voice; the same penalty with the election's breach named beside the other offence stays a sanction.
Sentences are our own; all texts are analysed in one batch after a sentence naming the civil servants, and only the
last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengingatkan seluruh ASN agar menjaga netralitas menjelang Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Tahun lalu tiga pegawai dinas itu dipecat setelah terbukti korupsi anggaran.", ()),
    ("Seorang PNS yang kedapatan memakai narkoba akan diberhentikan.", ()),
    ("Pegawai yang bolos pada hari pertama kerja bakal dipotong tunjangannya.", ()),
    ("Bupati menjatuhkan hukuman disiplin kepada pegawai yang terlibat kasus perselingkuhan.", ()),
    # the election's breach named beside the other offence
    ("ASN yang terlibat korupsi maupun tidak netral akan diberhentikan.", S),
    ("Pegawai yang bolos kerja lalu ikut kampanye akan dikenai sanksi.", S),
    ("Pegawai yang kedapatan ikut kampanye akan dikenai sanksi.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_for_another_offence(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
