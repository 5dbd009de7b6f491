"""Relevance: the prosecution service's staff by their corps name ("insan Adhyaksa", "Korps Adhyaksa") are civil
servants whose neutrality in an election makes a relevant story, as the national press reports the Attorney General's
reminders. The corps word alone in a ceremony or a case story, and police neutrality, stay out."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Kajari mengingatkan seluruh insan Adhyaksa di daerah itu agar menjaga netralitas selama Pilkada 2024.',
    'Anggota Korps Adhyaksa dilarang menunjukkan keberpihakan kepada pasangan calon pada Pemilu 2024.',
]

NOT_RELEVANT: list[str] = [
    'Kejari menggelar upacara Hari Bhakti Adhyaksa di halaman kantor menjelang Pilkada 2024.',
    'Korps Adhyaksa menerima penghargaan atas penanganan perkara korupsi dana desa.',
    'Kapolres meminta personel bersikap netral dalam Pilkada 2024.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_prosecution_staff_neutrality_in_an_election_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_the_corps_without_neutrality_or_the_police_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
