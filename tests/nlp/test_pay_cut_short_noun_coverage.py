"""Probe list of the pay cut named by its short noun or bare stem before a name of the allowance ("kena potongan
tukin", "menerima potongan TPP", "bisa kena potong tunjangan"), read as "pemotongan tunjangan" is: a penalty on the
civil servants. A discount or a deduction that names no allowance ("potongan harga", "potongan gaji untuk iuran")
stays none. Sentences are our own; all texts are analysed in one batch after a sentence naming the civil servants,
and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pegawai yang ikut deklarasi calon akan mendapat potongan tukin selama enam bulan.", S),
    ("Lurah yang memihak bisa kena potong tunjangan.", S),
    ("Kalau terbukti berkampanye, guru itu menerima potongan TPP 25 persen.", S),
    ("Sanksinya potongan tunjangan hingga penurunan jabatan.", S),
    # stay as they were
    ("Koperasi pegawai memberi potongan harga bagi anggotanya.", ()),
    ("Bendahara menjelaskan potongan gaji untuk iuran BPJS.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES])


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_pay_cut_by_its_short_noun_is_a_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
