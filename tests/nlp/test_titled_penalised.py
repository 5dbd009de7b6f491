"""Probe list: a penalty borne by a civil servant named by the title of his office with its region ('Sekda Kabupaten
Kuningan dijatuhi hukuman disiplin', 'Pj Wali Kota Blitar diberi teguran', 'Mendagri mencopot Pj Bupati Kuningan')
strikes that civil servant, though the words of an official's title are no addressee where the holder speaks. A
holder who imposes the penalty, an elected head or a police chief penalised, and a title the penalty only describes in
a relative clause ('... adalah Kepala Dinas X yang dicopot ...') give none. Sentences are our own; all texts are
analysed in one batch after a sentence naming no civil servant, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Kabar itu ramai dibicarakan warga sejak pekan lalu."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Sekda Kabupaten Kuningan dijatuhi hukuman disiplin karena mendukung salah satu calon.", S),
    ("Pj Wali Kota Blitar diberi teguran oleh Mendagri setelah berfoto dengan pasangan calon.", S),
    ("Kepala Dinas Pendidikan Kabupaten Kuningan dinonaktifkan karena diduga tidak netral.", S),
    ("Mendagri akhirnya mencopot Pj Bupati Kuningan dari jabatannya.", S),
    # the holder imposes it, an elected head or a police chief is penalised, or a relative clause describes the title
    ("Pj Bupati Kuningan menegur para pedagang yang berjualan di trotoar.", ()),
    ("Bupati Kuningan dicopot dari jabatannya oleh partainya.", ()),
    ("Kapolres Blitar dicopot dari jabatannya.", ()),
    ("Dia dulu adalah Kepala Dinas Pendidikan Kabupaten Kuningan yang dicopot tahun lalu.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming no civil servant."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_titled_penalised(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
