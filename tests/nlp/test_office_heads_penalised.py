"""Probe list: a penalty borne by the head of one of the regional government's own offices named by title and region
('Kepala BPBD Sleman', 'Kadisdik Bantul', 'Kepala Bapenda Kota Bekasi') strikes that civil servant, in the passive,
after a verb of bearing and as the object of an active penalty, also with the holder named beside the title, for
every office kind of the regional registry. The heads of other regional bodies (police, election bodies) penalised,
and an office head who imposes a penalty, give none. Sentences are our own; each is analysed after a sentence naming
no civil servant."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Warga membicarakan kabar itu di pasar sejak pagi."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kadisdik Bantul dinonaktifkan setelah ketahuan hadir di panggung salah satu calon.", S),
    ("Bupati Sleman mencopot Kepala BPBD Sleman karena membagikan stiker pasangan calon.", S),
    ("Kepala Bapenda Kota Bekasi mendapat teguran tertulis karena mengunggah dukungan kepada calon.", S),
    ("Kepala Dinsos Kabupaten Gresik diberi sanksi oleh Bupati setelah ikut konvoi pendukung.", S),
    # the holder named beside the title, after it or between commas
    ("Kepala BPBD Sleman Joko Santoso dicopot karena membagikan stiker pasangan calon.", S),
    ("Kadisdik Bantul, Rina Marlina, diberi teguran setelah berswafoto dengan calon.", S),
    # the head of another body is penalised, or the office head imposes the penalty
    ("Kapolres Sleman dicopot dari jabatannya karena kasus narkoba.", ()),
    ("Ketua KPU Bantul diberi teguran karena terlambat mengumumkan hasil rekapitulasi.", ()),
    ("Kepala BPBD Sleman menegur petugas posko yang tidur saat jaga.", ()),
    ("Kapolres Sleman AKBP Joko Santoso dicopot dari jabatannya karena kasus narkoba.", ()),
    ("Kepala Bapenda Kota Bekasi, Rina Marlina, menegur petugas loket yang datang terlambat.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming no civil servant."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_office_heads_penalised(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
