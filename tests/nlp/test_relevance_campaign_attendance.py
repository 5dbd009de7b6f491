"""Relevance: civil servants attending or speaking at a campaign in the forms reporters write beside "ikut
kampanye" and "menghadiri kampanye" ("hadir dalam kampanye", "hadir di kampanye", "juru kampanye", "jurkam",
"ikut-ikutan kampanye"). The public at a rally or a celebrity campaigning are no story about civil servants."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Tiga ASN kedapatan hadir dalam kampanye paslon nomor dua pada Pilkada 2024.',
    'Seorang PNS tercatat menjadi juru kampanye caleg pada Pemilu 2024.',
    'Seorang guru PNS hadir di kampanye akbar capres pada Pemilu 2024.',
    'Seorang camat menjadi jurkam pasangan calon pada Pilkada 2024.',
    'Seorang lurah ikut-ikutan kampanye paslon pada Pilkada 2024.',
]

NOT_RELEVANT: list[str] = [
    'Ribuan warga hadir dalam kampanye akbar capres di stadion pada Pemilu 2024.',
    'Mantan artis itu menjadi juru kampanye pasangan calon pada Pilkada 2024.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servants_at_a_campaign_are_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_others_at_a_campaign_are_not(run, text: str) -> None:
    assert not run(text).is_relevant
