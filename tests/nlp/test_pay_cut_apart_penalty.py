"""Probe list: the pay or the rise of civil servants named first, then cut, withheld or put off a few words later
('TPP-nya dipotong', 'Tunjangan kinerja ... akan dikurangi', 'Kenaikan pangkat ... akan ditunda', 'tukinnya kita
potong') is a sanction, as 'gajinya dipotong' is; pay at large put off by the budget, pay said not to be cut, or a
cut one would avoid ('bila tak ingin TPP-nya dipotong') is none. Sentences are our own; all texts are analysed in one
batch after a sentence naming the civil servants, and only the last sentence's directives are checked (as the
analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Wali kota mengingatkan seluruh ASN balai kota agar netral dalam pilkada."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pegawai yang ketahuan berkampanye, TPP-nya dipotong.", S),
    ("Tunjangan kinerja pegawai yang memihak calon akan dikurangi.", S),
    ("Kenaikan pangkat ASN yang berpihak pada pasangan calon akan ditunda.", S),
    ("Kalau terbukti, tukinnya kita potong.", S),
    # pay at large put off by the budget, and pay not cut
    ("Pembayaran gaji pegawai ditunda karena anggaran belum cair.", ()),
    ("Bulan ini TPP pegawai tidak dipotong.", ()),
    ("Pegawai harus disiplin bila tak ingin TPP-nya dipotong.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_pay_cut_apart(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
