"""Probe list: a promotion or a pay rise put off with the verb "tangguh" ('ditangguhkan kenaikan pangkatnya',
'penangguhan kenaikan gaji') is a sanction, as the same put off with "tunda" is; a rise granted, or a suspended
procedure of another kind, is none. Sentences are our own; all texts are analysed in one batch after a sentence naming
the civil servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Panwaslu menemukan empat ASN kecamatan mengunggah dukungan untuk calon wali kota."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Keempatnya bisa ditangguhkan kenaikan pangkatnya selama setahun.", S),
    ("Keduanya lalu menerima penangguhan kenaikan gaji berkala.", S),
    ("Pegawai yang terbukti berpihak akan ditangguhkan kenaikan jabatan.", S),
    # a rise granted, and a suspended procedure of another kind
    ("Tahun ini kenaikan pangkat pegawai kecamatan berjalan lancar.", ()),
    ("Sidang gugatan itu ditangguhkan sampai pekan depan.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_rise_postponed(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
