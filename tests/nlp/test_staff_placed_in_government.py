"""Probe list of a bare word for staff after a quantifier, placed in the regional government, as whom a stressing or
warning verb tells ("menegaskan seluruh pejabat di lingkungan Pemkab untuk ...", "mewarning seluruh pejabat dan staf
di lingkungan Pemkot untuk ..."): the government's own staff are told, an appeal. The same words with no place stay the
staff of whoever is about, and the staff placed in an election body or the police are not the government's civil
servants. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Sekda Wonogiri menegaskan seluruh pejabat di lingkungan Pemkab Wonogiri untuk tidak memihak pada Pilkada 2024.",
     A),
    ("Wali Kota Blitar terus mewarning seluruh pejabat dan staf di lingkungan Pemkot Blitar untuk tidak ikut "
     "kampanye Pilkada 2024.", A),
    ("Gubernur menekankan seluruh jajaran lingkup Pemprov Jambi untuk menjaga netralitas selama Pilkada 2024.", A),
    # look-alikes: no place, the staff of whoever is about; staff placed in an election body
    ("Ketua Bawaslu Wonogiri menekankan seluruh jajaran untuk mengawasi tahapan Pilkada 2024 dengan cermat.", set()),
    ("Ketua KPU Blitar menegaskan seluruh jajaran di lingkungan KPU Blitar untuk bekerja profesional pada Pilkada "
     "2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_staff_placed_in_government_are_told(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
