"""Probe list: a penalty in a relative clause with no head noun, after a word saying some exist or how many ('sudah
ada yang dicopot', 'ada dua yang dinonaktifkan', 'diketahui bahwa yang diberhentikan ...'), names those penalised,
whom the story is about: a penalty reported, where a clause describing a noun ('sanksi bagi pegawai yang dipecat')
still needs an addressee of its own. Nobody penalised and a penalty feared stay none. Sentences are our own; all texts
are analysed in one batch after a sentence naming the civil servants, and only the last sentence's directives are
checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bawaslu kabupaten menemukan belasan ASN yang terlibat kampanye pemilu tahun ini."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Dari jumlah itu, sudah ada yang dicopot dari jabatannya.", S),
    ("Menurut Ketua Bawaslu, ada dua yang dinonaktifkan oleh bupati.", S),
    ("Kami dengar bahwa yang diberhentikan berasal dari dinas pendidikan.", S),
    # nobody penalised, or a penalty feared
    ("Sampai sekarang belum ada yang dipecat.", ()),
    ("Para pegawai khawatir ada yang dicopot setelah pemilu.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_headless_penalised(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
