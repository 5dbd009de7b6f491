"""Probe list of the borrowed word "warning" used as a bare verb right before whom it warns ("Bawaslu warning ASN agar
...", "melalui BKPSDM warning seluruh ASN"): an appeal, as its prefixed form "mewarning" is. The noun of an alarm
("early warning bagi kami") asks no one. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

ASKED: list[str] = [
    "Jelang Pilkada 2024, Pemkab Contoh melalui BKD warning seluruh ASN di lingkungannya.",
    "Sekda kembali warning ASN agar tidak ikut kampanye pada Pilkada 2024.",
    "Inspektur warning para PNS supaya berhati-hati bermedia sosial selama Pilkada 2024.",
]

NOT_ASKED: list[str] = [
    "Peta kerawanan itu menjadi early warning bagi kami menjelang Pilkada 2024.",
    "Sistem early warning banjir dipasang di dua kecamatan menjelang Pilkada 2024.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(ASKED + NOT_ASKED, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(ASKED)), ids=[t[:40] for t in ASKED])
def test_bare_warning_before_whom_asks(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], ASKED[k]) == {"appeal"}


@pytest.mark.parametrize("k", range(len(NOT_ASKED)), ids=[t[:40] for t in NOT_ASKED])
def test_alarm_noun_asks_nothing(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(ASKED) + k], NOT_ASKED[k]) == set()
