"""The civil service by the name reporters also write for it, 'aparat' for 'aparatur' and 'negeri' for 'negara' ('Aparat
Sipil Negara', 'aparatur sipil negeri'), names civil servants as 'aparatur sipil negara' does, with no 'ASN' beside it
to name them (17 sentences of 16 outlets of the read half write it)."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

# (sentence, the kinds of directive it gives alone)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Setiap aparat sipil negara harus netral selama Pilkada 2024.", ("obligation",)),
    ("Aparat Sipil Negara dilarang ikut berkampanye dalam Pemilu 2024.", ("prohibition",)),
    ("Bupati meminta seluruh aparat sipil negara menjaga netralitas dalam Pilkada 2024.", ("appeal",)),
    ("Aparatur sipil negeri wajib menjaga jarak dengan para calon dalam Pilkada 2024.", ("obligation",)),
    ("Dalam sosialisasi dijelaskan norma yang harus ditaati oleh tiap aparat sipil negeri selama Pilkada 2024.",
     ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_the_civil_service_by_its_other_spellings(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
    assert analysed[k].is_relevant
