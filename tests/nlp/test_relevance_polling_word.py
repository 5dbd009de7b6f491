"""Relevance: the polling named by the word for punching the ballot ("hari pencoblosan", "jelang coblosan") is an
election word, so civil servants told to stay neutral until then make a relevant story even where no contest is
named. A day off for polling, or the police's neutrality, stay out."""

from __future__ import annotations

import pytest

RELEVANT: list[str] = [
    'Camat mengingatkan para ASN agar tetap netral sampai hari pencoblosan tiba.',
    'Menjelang coblosan, guru honorer di kecamatan itu dilarang memihak kepada siapa pun.',
]

NOT_RELEVANT: list[str] = [
    'Pegawai kantor kecamatan diliburkan pada hari pencoblosan.',
    'Personel polisi diminta tetap netral hingga hari pencoblosan.',
]


@pytest.mark.parametrize("text", RELEVANT, ids=[t[:56] for t in RELEVANT])
def test_civil_servants_neutral_until_polling_is_relevant(run, text: str) -> None:
    assert run(text).is_relevant


@pytest.mark.parametrize("text", NOT_RELEVANT, ids=[t[:56] for t in NOT_RELEVANT])
def test_polling_without_civil_servants_neutrality_is_not(run, text: str) -> None:
    assert not run(text).is_relevant
