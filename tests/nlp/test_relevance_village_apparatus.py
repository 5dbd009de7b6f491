"""Relevance: a village's officials named with the civil service's words ("aparatur desa", "aparat pemerintah desa")
are village officials, whose neutrality alone makes no story about civil servants; the longer phrase hides the
civil-servant word inside it. Civil servants named beside them, or a district's own apparatus, still count."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Bupati mengingatkan aparatur sipil negara dan aparatur desa agar bersikap netral pada Pilkada 2024.',
    'Camat meminta aparatur pemerintah di kecamatan menjaga netralitas pada Pilkada 2024.',
]

NOT_RELEVANT: list[str] = [
    'Anggota DPRD mengimbau aparatur desa agar tetap netral dan tidak memihak pada Pemilu 2024.',
    'Babinsa meminta aparat pemerintah desa menjaga netralitas selama Pilkada 2024.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servants_beside_village_officials_are_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_village_apparatus_alone_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
