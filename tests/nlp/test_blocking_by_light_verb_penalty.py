"""Probe list: the blocking of personnel records named by its noun after a light verb ('melakukan pemblokiran',
'dilakukan pemblokiran', 'lakukan pemblokiran'), its object after a preposition or a count, is a sanction as
'memblokir data' is; a road or a bridge so blocked is a thing, no penalty on anyone. Sentences are our own; all
texts are analysed in one batch after a sentence naming the civil servants, and only the last sentence's directives
are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Panwaslu kabupaten menemukan empat pegawai negeri yang berpihak pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kantor regional BKN telah melakukan pemblokiran kepada 14 data kepegawaian mereka.", S),
    ("Pekan lalu dilakukan pemblokiran terhadap data keempat pegawai itu.", S),
    ("BKD melakukan pemblokiran data kepegawaian pegawai yang belum dihukum.", S),
    # the light verb's bare stem, as reporters shorten it
    ("Kanreg BKN sudah lakukan pemblokiran kepada 9 data kepegawaian pegawai itu.", S),
    ("Petugas lakukan pemblokiran jalan di depan kantor camat sejak subuh.", ()),
    # a road or a bridge blocked by a crowd or the police
    ("Massa pendukung calon melakukan pemblokiran jalan menuju kantor bupati.", ()),
    ("Aparat melakukan pemblokiran terhadap ruas jalan di depan gedung dewan.", ()),
    ("Sejak pagi dilakukan pemblokiran jembatan penghubung dua desa itu.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_blocking_by_light_verb(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
