"""Probe list of requests made by pressing ("ASN didesak tidak ikut kampanye", "mendesak kepada Pj Bupati agar menjaga
netralitas ASN") and of the passive request with its agent fused ("ASN dimintanya hati-hati"): they ask the civil
servants named as "diminta" does, as the read half's gold gives each an appeal (three outlets). Pressing put to
others (the election's organisers, the ethics council), an urgent need ("mendesak" as an adjective) and "didorong",
which news write of issues, institutions and everyone, ask nothing. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Seluruh ASN di Kabupaten Sleman didesak untuk menjaga netralitas pada Pilkada 2024.", A),
    ("Para PNS didesak tidak terlibat politik praktis menjelang Pilkada 2024.", A),
    ("Karena itu ASN dimintanya berhati-hati bermedia sosial pada Pilkada 2024.", A),
    ("\"Pegawai dimintanya tidak ikut kampanye,\" kata Sekda jelang Pilkada 2024.", A),
    ("Kami mendesak kepada Pj Bupati agar menjaga netralitas ASN pada Pilkada 2024.", A),
    ("Ketua KPU Didesak Mundur jelang Pilkada 2024.", set()),
    ("DKPP didesak memeriksa Ketua Bawaslu pada Pilkada 2024.", set()),
    ("Kebutuhan logistik Pilkada 2024 sangat mendesak.", set()),
    ("Kejaksaan didorong untuk ikut mengawal Pilkada 2024.", set()),
    ("\"Di bulan suci ini kita didorong untuk menjadi pribadi yang lebih baik,\" kata Bupati jelang Pilkada 2024.",
     set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_pressing_asks_the_civil_servants_named(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
