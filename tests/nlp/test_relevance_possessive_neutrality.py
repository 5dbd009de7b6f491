"""Relevance: the neutrality nouns with the possessive suffix, which the tokenizer keeps as one word ("netralitasnya",
"keberpihakannya", "ketidaknetralannya"), beside a civil-servant word in an election story. The same words about a
policeman or an election organiser, or a civil servant's neutrality with no election, stay out."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Netralitasnya sebagai PNS dipertanyakan warga menjelang Pilkada 2024.',
    'Keberpihakannya kepada paslon membuat guru PNS itu diperiksa pada Pilkada 2024.',
    'Ketidaknetralannya sebagai ASN terungkap dari unggahan foto bersama caleg pada Pemilu 2024.',
]

NOT_RELEVANT: list[str] = [
    'Anggota Polri itu diminta menjaga netralitasnya pada Pilkada 2024.',
    'Netralitasnya sebagai penyelenggara dipersoalkan peserta Pemilu 2024.',
    'Netralitasnya sebagai PNS dinilai baik oleh atasannya dalam penilaian kinerja tahunan.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_possessive_neutrality_of_civil_servants_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_possessive_neutrality_of_others_or_without_election_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
