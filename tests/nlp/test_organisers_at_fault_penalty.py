"""Probe list: a penalty in a sentence that names the election organisers' own code of ethics, or the organisers as the
ones at fault ("penyelenggara pemilu yang ..."), and no civil servant is the organisers' penalty, not one told to civil
servants; a civil servant named beside them, or organisers who only speak of the penalty, stay sanctions. Sentences are
our own; all texts are analysed in one batch after a sentence naming the civil servants, and only the last sentence's
directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Gubernur mengingatkan seluruh ASN agar menjaga netralitas pada Pemilu 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Dugaan pelanggaran etik penyelenggara akan diteruskan untuk diberi sanksi.", ()),
    ("Penyelenggara pemilu yang terbukti memihak akan dipecat tanpa kompromi.", ()),
    ("Kalau ada penyelenggara yang main mata dengan calon, kami tindak tegas.", ()),
    ("Pelanggaran kode etik penyelenggara bisa berujung pemberhentian tetap.", ()),
    # a civil servant named, or organisers speaking of a penalty that awaits others
    ("Penyelenggara pemilu yang melibatkan ASN dalam kegiatannya juga akan dijatuhi sanksi.", S),
    ("Ketua Bawaslu menegaskan pegawai yang berkampanye akan dijatuhi sanksi.", S),
    ("Jika terbukti, yang bersangkutan akan dikenai sanksi disiplin.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-01-15")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_on_the_organisers_at_fault(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
