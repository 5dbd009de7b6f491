"""Relevance: the health offices' staff named by their trade (perawat, bidan, tenaga medis), as "nakes" and "tenaga
kesehatan" already are: told to stay out of politics, or reported for taking a side, in an election. Nurses serving
the polling staff, or hired, are no story about neutrality."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Dinas Kesehatan melarang perawat dan bidan puskesmas terlibat politik praktis selama Pilkada 2024.',
    'Seorang bidan desa dilaporkan ke Bawaslu karena memihak salah satu caleg pada Pemilu 2024.',
    'Tenaga medis di rumah sakit daerah diminta netral menjelang Pilkada 2024.',
]

NOT_RELEVANT: list[str] = [
    'Perawat dan bidan menggelar pemeriksaan kesehatan gratis bagi petugas KPPS menjelang Pemilu 2024.',
    'Dinkes membuka lowongan bagi perawat dan bidan di puskesmas terpencil.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_health_staff_neutrality_in_an_election_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_health_staff_at_other_work_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
