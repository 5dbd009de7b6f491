"""Probe list of the penalty named by its loanword, borne or imposed ("terkena pinalti", "dikenai penalti"): a
sanction, as "kena demosi" is. The loanword in sport ("hadiah penalti") is none. Sentences are our own; all texts are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

BORNE: list[str] = [
    'Tiga ASN yang berkampanye pada Pilkada 2024 terkena pinalti dari atasannya.',
    'Camat yang memihak pada Pilkada 2024 sudah dijatuhi penalti oleh bupati.',
]

NONE: list[str] = [
    'Tim futsal ASN Pemkab mendapat hadiah penalti dalam laga persahabatan menjelang Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(BORNE + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(BORNE)), ids=[t[:48] for t in BORNE])
def test_a_penalty_by_its_loanword_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], BORNE[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_penalty_kick_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(BORNE) + k], NONE[k])
