"""Probe list: a demotion told with the intransitive verb and the possessive of whom it strikes ('pangkatnya turun',
'jabatannya akan turun setingkat'), maybe past a modal, is a penalty, as 'pangkatnya diturunkan' and 'turun pangkat'
already were. Other things going down ('harga beras turun') and an official going out to the field ('turun langsung
ke desa') are no penalty. Sentences are our own; all texts are analysed in one batch after a sentence naming the civil
servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Panwaslu menemukan seorang kepala seksi di dinas perhubungan ikut berkampanye untuk calon bupati."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kalau terbukti, jabatannya bisa turun menjadi pelaksana.", S),
    ("Setelah sidang disiplin, pangkatnya turun satu tingkat selama setahun.", S),
    ("Berikutnya, golongannya akan turun setingkat lebih rendah.", S),
    # something else going down, or going out to the field
    ("Menurut dinas itu, harga cabai turun sejak awal bulan.", ()),
    ("Kepala seksi itu turun langsung ke terminal memeriksa bus.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_rank_goes_down(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
