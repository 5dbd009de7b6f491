"""Probe list of active requests whose object is a civil servant's title with its region and maybe its holder ("meminta
Pj Bupati Sukamaju untuk bersikap netral", "mengingatkan Penjabat (Pj) Gubernur X Budi soal netralitas"): the words of
an official's title are kept out of the addressees because the holder mostly speaks, but as the request's object the
holder is whom it asks, an appeal. Negatives: the titled holder as the speaker asking the public, and a request to the
public naming the titled holder only later. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Pilkada 2024 digelar November. Ketua DPRD meminta Pj Bupati Sukamaju untuk bersikap netral.", A),
    ("Pilkada 2024 digelar November. Anggota dewan meminta kepada Penjabat (Pj) Gubernur Jawa Barat Budi Santoso "
     "agar menjaga netralitas.", A),
    ("Pilkada 2024 digelar November. Fraksi itu mengingatkan Penjabat Wali Kota Malang Ahmad Rifai soal netralitas.",
     A),
    ("Pilkada 2024 digelar November. Pj Bupati Sukamaju meminta warga untuk datang ke TPS.", set()),
    ("Pilkada 2024 digelar November. Ketua DPRD meminta warga menyampaikan keluhan kepada Pj Bupati Sukamaju.",
     set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][32:96]))
def test_titled_objects_of_requests_are_asked(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
