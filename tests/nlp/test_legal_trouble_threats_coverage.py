"""Probe list of legal trouble threatened with no penalty named: a conduct that may snare civil servants, or end in
trouble with the law ("bisa menjerat ASN", "dapat berujung pada masalah hukum", "akan berurusan dengan hukum"): a
sanction. A case that snared someone is news of the past, and a snare that only describes a penalty noun right
before it ("terhindar dari sanksi yang dapat menjerat") is that noun's to decide: none. Sentences are our own; all
texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

THREATS: list[str] = [
    'Membagikan unggahan pasangan calon pada Pilkada 2024 bisa menjerat PNS yang melakukannya.',
    'Camat yang ikut mengarahkan warga memilih calon pada Pilkada 2024 dapat berujung pada masalah hukum.',
    'ASN yang memakai mobil dinas untuk kampanye Pilkada 2024 akan berurusan dengan hukum.',
]

NONE: list[str] = [
    'Kasus yang menjerat kepala dinas itu terjadi pada Pilkada 2020, jauh sebelum Pilkada 2024.',
    'Para ASN diminta menjaga netralitas pada Pilkada 2024 agar terhindar dari sanksi yang dapat menjerat mereka.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(THREATS + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(THREATS)), ids=[t[:48] for t in THREATS])
def test_legal_trouble_threatened_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], THREATS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_past_snare_or_one_describing_a_penalty_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(THREATS) + k], NONE[k])
