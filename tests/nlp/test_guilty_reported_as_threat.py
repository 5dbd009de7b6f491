"""Probe list of a report that will come to those found guilty, named in a relative clause ("Camat yang ketahuan
berkampanye akan dilaporkan ke KASN", "siapa pun pegawai yang terbukti memihak segera dilaporkan"): the guilt makes the
condition, as "jika terbukti, mereka akan dilaporkan" does, so the report threatens a penalty. A relative clause of no
guilt, a past report and a request to the public stay none. Sentences are our own; all texts are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

THREATS: list[str] = [
    'Camat yang ketahuan berkampanye untuk calon pada Pilkada 2024 akan dilaporkan ke KASN.',
    'Siapa pun pegawai yang terbukti memihak pada Pilkada 2024 segera dilaporkan ke tim etik.',
    'Lurah yang kedapatan membagikan stiker calon pada Pilkada 2024 bakal dilaporkan ke Inspektorat.',
]

NONE: list[str] = [
    'ASN yang mengikuti pelatihan menjelang Pilkada 2024 akan dilaporkan kehadirannya kepada atasan.',
    'Dua ASN yang diduga memihak pada Pilkada 2024 telah dilaporkan warga ke Bawaslu pekan lalu.',
    'Warga yang melihat pelanggaran pada Pilkada 2024 diminta segera melapor ke Bawaslu.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(THREATS + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(THREATS)), ids=[t[:48] for t in THREATS])
def test_a_report_for_those_found_guilty_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], THREATS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_report_with_no_guilt_or_no_future_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(THREATS) + k], NONE[k])
