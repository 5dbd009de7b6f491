"""Relevance: a civil servant photographed with a candidate ("berfoto bersama caleg", "berswafoto dengan paslon",
"foto bersama calon bupati"), a neutrality breach the press reports in many words. The public posing with a
candidate, or a civil servant photographed with family, stay out."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Seorang PNS berfoto bersama caleg dan mengunggahnya menjelang Pemilu 2024.',
    'Seorang guru PNS berswafoto dengan paslon pada Pilkada 2024.',
    'Seorang ASN kedapatan foto bersama calon bupati pada Pilkada 2024.',
]

NOT_RELEVANT: list[str] = [
    'Warga antusias berfoto bersama capres saat kampanye Pemilu 2024.',
    'Seorang ASN berfoto bersama keluarga saat libur Pemilu 2024.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servant_photographed_with_a_candidate_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_others_with_a_candidate_or_a_civil_servant_with_family_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
