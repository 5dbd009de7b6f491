"""Relevance: civil servants said to be doing politics ("berpolitik", "berpolitik praktis"), the verb reporters use
as often as the noun "politik praktis", in an election story. The verb alone does not make a story relevant: it needs
a civil-servant word beside it (police, students and seminars are not the story)."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Menurut Bawaslu, lima ASN di kabupaten itu terbukti berpolitik praktis selama masa kampanye Pilkada 2024.',
    'Seorang PNS dinas pendidikan dituding berpolitik dengan mengunggah dukungan bagi caleg menjelang Pemilu 2024.',
    'Guru honorer itu disebut ikut berpolitik praktis pada Pilkada 2024.',
]

NOT_RELEVANT: list[str] = [
    'Kapolres menegaskan anggota Polri yang berpolitik praktis pada Pilkada 2024 akan ditindak.',
    'Pengamat menilai mahasiswa perlu belajar berpolitik secara sehat menjelang Pemilu 2024.',
    'Seorang PNS mengikuti seminar tentang cara berpolitik santun di kampus.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servants_doing_politics_in_an_election_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_doing_politics_without_civil_servants_or_an_election_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
