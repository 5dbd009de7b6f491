"""Probe list of a criminal case against civil servants named by the suspect's designation without "sebagai", by its
noun or by the status it gives, and by the trial ahead ("ditetapkan tersangka", "penetapan tersangka", "berstatus
tersangka", "diadili", "ke meja hijau"): a penalty, as "ditetapkan sebagai tersangka" is. A suspect who is no civil
servant is none. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

STEPS: list[str] = [
    'Seorang ASN yang berkampanye untuk calon pada Pilkada 2024 ditetapkan tersangka oleh polisi.',
    'Penetapan tersangka terhadap camat yang memihak calon pada Pilkada 2024 itu dilakukan pekan lalu.',
    'Lurah yang membagikan kaus calon pada Pilkada 2024 itu kini berstatus tersangka.',
    'Dua PNS yang menjadi tim sukses pada Pilkada 2024 itu bakal diadili bulan depan.',
    'Perkara camat yang berkampanye pada Pilkada 2024 itu segera dibawa ke meja hijau.',
]

NONE: list[str] = [
    'Seorang pendukung calon ditetapkan tersangka politik uang pada Pilkada 2024.',
    'Polisi menetapkan seorang warga tersangka perusakan baliho pada Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(STEPS + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(STEPS)), ids=[t[:48] for t in STEPS])
def test_a_suspect_named_or_tried_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], STEPS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_citizen_suspect_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(STEPS) + k], NONE[k])
