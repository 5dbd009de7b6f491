"""Probe list of an imperative opening the main clause right after a condition of wanting with no comma between ("Kalau
mau berpolitik tunggu pensiun", "jika ingin aman jaga netralitas"): an appeal to those addressed before. Politics put
off until retirement is such an imperative; inside a clause it describes someone ("tinggal tunggu pensiun"), and an
imperative inside a clause with no such condition stays a statement. Sentences are our own; all texts are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Sekda Kabupaten Contoh mengingatkan seluruh ASN agar netral pada Pilkada 2024."

ASKED: list[str] = [
    '"Kalau mau ikut berpolitik tunggu pensiun dulu," ujarnya.',
    '"Jika ingin mencalonkan diri tunggu sampai pensiun," katanya.',
    '"Bila hendak berkampanye tunggulah pensiun," tegasnya.',
    '"Kalau ingin aman jaga netralitas," ujarnya.',
]

NOT_ASKED: list[str] = [
    "Camat itu tinggal tunggu pensiun tahun depan, katanya.",
    "Dua kepala dinas yang tunggu pensiun ikut apel pagi itu.",
    '"Kalau hujan kita jaga bersama posko itu," ujarnya.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence addressing civil servants."""
    return analyse_all([f"{CONTEXT} {s}" for s in ASKED + NOT_ASKED], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(ASKED)), ids=[t[:40] for t in ASKED])
def test_imperative_after_wish_asks(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], ASKED[k]) == {"appeal"}


@pytest.mark.parametrize("k", range(len(NOT_ASKED)), ids=[t[:40] for t in NOT_ASKED])
def test_imperative_inside_clause_asks_nothing(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(ASKED) + k], NOT_ASKED[k]) == set()
