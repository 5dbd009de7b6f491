"""Probe list of the whistle as a head's word for a reprimand in every voice ("disemprit Panwas", "Bawaslu
menyemprit ...", "terkena semprit"): a sanction, as "kena semprit" is. A whistle blown at a match, or named as a
thing, is none. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Dua lurah hadir di deklarasi salah satu calon bupati pekan lalu."

WHISTLED: list[str] = [
    'Kedua lurah itu disemprit Panwas karena terbukti tidak netral.',
    'Bawaslu kabupaten menyemprit kedua lurah itu setelah foto mereka beredar.',
    'Mereka akhirnya terkena semprit pengawas pemilu.',
]

NONE: list[str] = [
    'Di lapangan desa, wasit meniup semprit tanda laga persahabatan usai.',
    'Pedagang mainan menjual semprit plastik di depan balai desa.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same opening line."""
    return analyse_all([f"{CONTEXT} {t}" for t in WHISTLED + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(WHISTLED)), ids=[t[:48] for t in WHISTLED])
def test_the_whistle_borne_or_blown_on_a_servant_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], WHISTLED[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_whistle_at_a_match_or_for_sale_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(WHISTLED) + k], NONE[k])
