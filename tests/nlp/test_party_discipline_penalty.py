"""Probe list: a penalty in a sentence that names a party's cadres as the ones penalised, or the party's statutes and
the membership it takes back, and no civil servant is the party's discipline, not a penalty told to civil servants,
whatever the voice; a civil servant named, or a party card or membership as a civil servant's breach, stays a
sanction. Sentences are our own; all texts are analysed in one batch after a sentence naming the civil servants, and
only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Wali kota mengingatkan ASN agar tidak berpihak pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Ketua partai itu menyatakan siap memecat jika ada kader yang menyeberang ke kubu lawan.", ()),
    ("Kader yang membangkang terhadap keputusan partai akan dikenai sanksi organisasi.", ()),
    ("Hukumannya bisa sampai pencabutan status keanggotaan, kata sekretaris partai.", ()),
    ("Sanksi diberikan sesuai AD/ART bagi kader yang melanggar instruksi.", ()),
    # a civil servant named, or a party card or membership as the breach
    ("PNS yang menjadi kader partai akan diberhentikan tidak dengan hormat.", S),
    ("Jika terbukti memiliki KTA partai, yang bersangkutan akan dipecat.", S),
    ("Pegawai yang kedapatan ikut kampanye akan diberi sanksi.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_partys_penalty_on_its_cadres(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
