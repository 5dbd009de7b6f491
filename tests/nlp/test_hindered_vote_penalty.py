"""Probe list: a penalty in a sentence that names an employer keeping workers from voting, or anyone making others lose
or hindering their vote, and no civil servant is a crime of anyone, as vote buying is, not a penalty told to civil
servants; a civil servant named, a hindered vote that names civil servants, or a penalty on a regional firm's staff,
stays a sanction. Sentences are our own; all texts are analysed in one batch after a sentence naming the civil
servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pj Wali Kota meminta ASN tidak berpihak pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pemilik toko yang melarang pekerjanya mencoblos bisa dipenjara satu tahun.", ()),
    ("Perusahaan swasta yang tidak meliburkan buruhnya terancam sanksi pidana.", ()),
    ("Siapa saja yang membuat warga kehilangan hak pilihnya dapat dipidana.", ()),
    ("Orang yang menghalang-halangi pemilih di TPS diancam hukuman penjara.", ()),
    # civil servants named, or staff of a regional firm penalised
    ("ASN yang menghalangi warga datang ke TPS akan dikenai sanksi berat.", S),
    ("Direksi perusahaan daerah yang ikut kampanye akan dicopot.", S),
    ("Jika terbukti berkampanye, yang bersangkutan akan dijatuhi hukuman disiplin.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-11-20")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_for_hindering_a_vote(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
