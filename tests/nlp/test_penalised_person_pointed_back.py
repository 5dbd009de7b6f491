"""Probe list: a penalising verb whose object is a person pointed back to ('mencopot pejabat tersebut', 'memecat orang
itu') names a penalty anew on the one the story told of; the pointer marks the person, not a penalty named before.
A penalty noun pointed back to ('sanksi tersebut sudah diumumkan') and a verb whose object is a breach pointed back
to ('menindak pelanggaran tersebut') stay as they were. Sentences are our own; all texts are analysed in one batch
after a sentence naming the civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Panwaslu menemukan seorang pegawai dinas kesehatan ikut berkampanye untuk calon bupati."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kalau laporan itu benar, wali kota akan mencopot orang tersebut.", S),
    ("Sekda berjanji memecat pejabat itu bila kajian Panwaslu selesai.", S),
    ("Kami pastikan akan memberhentikan camat tersebut.", S),
    # a penalty named before, pointed back to
    ("Hukuman tersebut sudah diumumkan di depan apel pagi.", ()),
    # a breach pointed back to, not a person
    ("Pemerintah daerah belum menindak pelanggaran tersebut sampai sekarang.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_penalised_person_pointed_back(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
