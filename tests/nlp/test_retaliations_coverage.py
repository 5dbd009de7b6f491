"""Probe list of a penalty for refusing to back a candidate or for backing the one who lost ("lurah yang tak mau dukung
petahana dicopot", "kalau calon yang didukung kalah, jabatannya bisa hilang"): the winner's retaliation, no penalty for
breaking neutrality. A penalty for backing a candidate stays a sanction. Sentences are our own; all texts are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bupati meminta semua ASN netral pada Pilkada 2024."

RETALIATION: list[str] = [
    'Menurut warga, lurah yang tak mau dukung petahana langsung dicopot.',
    'ASN juga menanggung risiko: jika calon yang didukung kalah, jabatannya bisa dicopot.',
]

STILL: list[str] = [
    'Lurah yang terbukti mendukung petahana akan dicopot.',
    'ASN yang mendukung calon pada Pilkada 2024 bisa dicopot dari jabatannya.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after a sentence addressing civil servants."""
    return analyse_all([f"{CONTEXT} {t}" for t in RETALIATION + STILL], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(RETALIATION)), ids=[t[:48] for t in RETALIATION])
def test_retaliation_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[k], RETALIATION[k])


@pytest.mark.parametrize("k", range(len(STILL)), ids=[t[:48] for t in STILL])
def test_a_penalty_for_backing_stays_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[len(RETALIATION) + k], STILL[k])
