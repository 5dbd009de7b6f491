"""Probe list: a penalty noun followed by a role and a pointer ('pemberhentian lurah itu', 'pencopotan kepala sekolah
tersebut') names a penalty anew: the pointer marks the person penalised, as after a penalising verb. A penalty noun
pointed back to by itself ('pencopotan itu', 'sanksi disiplin tersebut') stays a penalty named before. Sentences are
our own; all texts are analysed in one batch after a sentence naming the civil servants, and only the last sentence's
directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bawaslu menemukan beberapa ASN di kabupaten itu ikut mengampanyekan salah satu pasangan calon."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pemberhentian lurah itu diputuskan wali kota pada Senin.", S),
    ("Bupati akhirnya menandatangani pencopotan camat tersebut.", S),
    ("Penonaktifan guru itu berlaku sejak awal bulan.", S),
    ("Pemecatan pegawai tersebut diumumkan dalam apel pagi.", S),
    # the penalty itself pointed back to
    ("Pencopotan itu diputuskan wali kota pada Senin.", ()),
    ("Sanksi disiplin tersebut diumumkan dalam apel pagi.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_penalty_noun_role_pointer(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
