"""Probe list of a candidate's team named by the candidate ("tim paslon", "tim pasangan calon", "tim calon"): as the
campaign team ('tim kampanye') already is, someone outside the civil service, so a penalty or a request addressed to
it ("Bawaslu memberikan teguran kepada tim paslon ...") binds no civil servant, as the annotated items count it.
Civil servants who join such a team stay the addressees. Sentences are our own; all are analysed in one batch, each
after a sentence that addresses the civil servants.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds, values

CONTEXT = "Sekda mengingatkan ASN agar netral pada Pilkada 2024."

# (sentence after the context, the kinds of directive it must give)
FORMS: list = [
    # the team addressed: none
    ("Panwascam sudah memberikan teguran kepada tim paslon yang memasang baliho di pohon.", set()),
    ("Bawaslu memberikan peringatan tertulis kepada tim pasangan calon nomor urut dua.", set()),
    ("KPU menjatuhkan sanksi administratif kepada tim calon yang terlambat melapor dana kampanye.", set()),
    # look-alikes: civil servants on the team
    ("ASN yang menjadi anggota tim paslon akan dikenai sanksi disiplin.", {"sanction"}),
    ("Bupati memberikan teguran kepada ASN yang ikut tim pasangan calon.", {"sanction"}),
    ("ASN dilarang menjadi tim pasangan calon pada Pilkada 2024.", {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context."""
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(FORMS, lambda v: v[0][:50]))
def test_a_candidates_team_is_no_civil_servant(analysed: list, k: int, sentence: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
