"""Probe list: a removal that names the post after the one removed ('menonaktifkan Rudi Hartono dari jabatan Kepala
Dinas PMD', 'dicopot dari jabatannya sebagai Kepala Dinas Pendidikan Kabupaten Kuningan') strikes the civil servant
holding that post, though an official's title is no addressee where he speaks. A post in a party or in the police gives
none. Sentences are our own; all texts are analysed in one batch after a sentence naming no civil servant, and only the
last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Kabar itu ramai dibicarakan warga sejak pekan lalu."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Bupati menonaktifkan Rudi Hartono dari jabatan Kepala Dinas PMD karena diduga memihak.", S),
    ("Dedi Kurniawan dicopot dari jabatannya sebagai Kepala Dinas Pendidikan Kabupaten Kuningan.", S),
    ("Pj Gubernur memberhentikan Sri Wahyuni dari jabatan Sekda Kota Blitar.", S),
    # a post in a party or in the police
    ("Partai itu mencopot Rudi dari jabatan Ketua DPC Partai Demokrat Kuningan.", ()),
    ("Polda mencopot Rudi dari jabatan Kapolres Kuningan.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming no civil servant."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_penalty_post(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
