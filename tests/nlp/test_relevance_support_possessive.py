"""Relevance: a civil servant's support for a candidate written with the possessive ("menyatakan dukungannya kepada
pasangan ...", "dukungannya terhadap salah satu paslon"), as the plain noun already counts. A party leader's support,
or a civil servant's support for a programme, is no story about civil servants' neutrality."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Dua camat terekam menyatakan dukungannya kepada pasangan capres nomor urut satu pada Pemilu 2024.',
    'Seorang guru PNS memposting dukungannya terhadap salah satu paslon di akun Facebook menjelang Pilkada 2024.',
]

NOT_RELEVANT: list[str] = [
    'Ketua partai menyatakan dukungannya kepada pasangan calon bupati pada Pilkada 2024.',
    'Kepala BKD menyatakan dukungannya terhadap program beasiswa bagi PNS.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servants_declared_support_for_a_candidate_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_support_from_others_or_for_other_things_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
