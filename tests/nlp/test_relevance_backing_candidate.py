"""Relevance: a civil servant backing a candidate named by another of the contest's words ("mendukung paslon",
"mendukung caleg"), by the short verb ("dukung paslon", "dukung salah satu") or by working for the win ("memenangkan
caleg"). A party or volunteers backing their candidate are no story about civil servants."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Seorang camat diduga mendukung paslon nomor satu pada Pilkada 2024.',
    'Sejumlah ASN terang-terangan dukung paslon petahana pada Pilkada 2024.',
    'Seorang PNS diduga ikut memenangkan caleg pada Pemilu 2024.',
]

NOT_RELEVANT: list[str] = [
    'Partai Golkar siap memenangkan paslon yang diusungnya pada Pilkada 2024.',
    'Relawan dukung paslon nomor dua menggelar deklarasi jelang Pilkada 2024.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servant_backing_a_candidate_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_parties_or_volunteers_backing_a_candidate_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
