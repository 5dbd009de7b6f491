"""A colon after whom a speaker tells, a conduct after it, opens what they are told: an appeal ("menyampaikan tiga
pesan kepada seluruh pegawai: menjaga ..."); thanks or news told the same way ask nothing."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Apel pagi Pemkab digelar jelang Pilkada 2024. "
TOLD = [
    "Kepala BKPSDM menyampaikan tiga pesan kepada seluruh pegawai: menjaga sikap netral, menolak politik uang, dan "
    "bijak bermedia sosial.",
    "Sekda menyampaikan kepada para ASN: menjauhi kegiatan kampanye dan tetap melayani warga.",
]
NOT_TOLD = [
    "Bupati menyampaikan kepada seluruh ASN: terima kasih atas kerja keras selama tahapan pilkada.",
    "Sekda menyampaikan dua kabar kepada ASN: tunjangan naik dan libur diperpanjang.",
]


@pytest.fixture(scope="module")
def kinds(analyse_all) -> list[set[str]]:
    sentences = TOLD + NOT_TOLD
    return [sentence_kinds(a, s) for a, s in zip(analyse_all([CONTEXT + s for s in sentences]), sentences)]


@pytest.mark.parametrize("k", range(len(TOLD)))
def test_points_after_the_colon_are_asked(kinds, k) -> None:
    assert kinds[k] == {"appeal"}


@pytest.mark.parametrize("k", range(len(TOLD), len(TOLD) + len(NOT_TOLD)))
def test_thanks_or_news_after_the_colon_ask_nothing(kinds, k) -> None:
    assert kinds[k] == set()
