"""Probe list of a follow-up that will come to every violation ("akan memproses setiap pelanggaran", "setiap
pelanggaran oleh ASN akan ditindaklanjuti"): every violation is a condition, so the follow-up threatens a penalty, as
"jika ada pelanggaran, akan kami proses" does. A power to follow up, a follow-up said to be done, or every report
processed are none. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

THREATS: list[str] = [
    'Bawaslu akan memproses setiap pelanggaran yang dilakukan ASN pada Pilkada 2024.',
    'Setiap bentuk pelanggaran oleh ASN pada Pilkada 2024 akan ditindaklanjuti.',
    'Inspektorat bakal menindaklanjuti segala pelanggaran netralitas ASN selama Pilkada 2024.',
]

NONE: list[str] = [
    'Bawaslu diberi wewenang menindaklanjuti setiap pelanggaran ASN pada Pilkada 2024.',
    'Kami memastikan setiap pelanggaran ASN pada Pilkada 2024 tetap ditindaklanjuti.',
    'Bawaslu akan memproses setiap laporan tentang ASN pada Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(THREATS + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(THREATS)), ids=[t[:48] for t in THREATS])
def test_a_follow_up_to_come_to_every_violation_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], THREATS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_power_a_follow_up_done_or_reports_processed_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(THREATS) + k], NONE[k])
