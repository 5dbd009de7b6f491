"""Probe list: a penalty verb whose passive prefix is written apart ('di berhentikan', 'di nonaktifkan', 'di tegur'),
as reporters write 'di larang', names the penalty as the joined verb does. A bare 'di pecat' is left to the
threats ('akan di pecat'); a split passive of another verb ('di lantik') names none. Sentences are our own; all texts
are analysed in one batch after a sentence naming the civil servants, and only the last sentence's directives are
checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Panwaslu mendapati sejumlah ASN dan kepala desa hadir dalam kampanye salah satu calon bupati."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kepala desa yang terbukti ikut berkampanye di berhentikan sementara oleh bupati.", S),
    ("Sekretaris camat itu sudah di nonaktifkan sejak pekan lalu.", S),
    ("Dua guru tersebut di tegur secara tertulis oleh kepala dinas.", S),
    ("Pegawai yang masih nekat berpihak akan di pecat.", S),
    # a split passive of a verb that punishes no one
    ("Kepala desa itu baru di lantik bulan lalu.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_split_penalty_passives(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
