"""Probe list of a criminal case against civil servants named by its steps ("ditetapkan sebagai tersangka",
"dilimpahkan ke penyidik", "dimeja-hijaukan", "divonis"): a penalty, as "pidana" is. The investigators present as
guests, or a suspect who is no civil servant, are none. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

STEPS: list[str] = [
    'Gakkumdu menetapkan dua ASN yang berkampanye pada Pilkada 2024 sebagai tersangka.',
    'Perkara camat yang memihak calon pada Pilkada 2024 itu sudah diserahkan ke penyidik kepolisian.',
    'Lurah yang mengarahkan warga memilih calon pada Pilkada 2024 itu bakal dimeja-hijaukan.',
    'Tiga PNS yang menjadi tim sukses pada Pilkada 2024 sudah divonis pengadilan.',
]

NONE: list[str] = [
    'Penyidik kepolisian ikut hadir dalam sosialisasi netralitas ASN pada Pilkada 2024.',
    'Polisi menetapkan seorang warga sebagai tersangka perusakan baliho pada Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(STEPS + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(STEPS)), ids=[t[:48] for t in STEPS])
def test_a_criminal_step_against_civil_servants_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], STEPS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_investigators_as_guests_or_a_citizen_suspect_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(STEPS) + k], NONE[k])
