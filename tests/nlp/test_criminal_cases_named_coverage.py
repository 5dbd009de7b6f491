"""Probe list of a criminal case or a law's penal provisions named ("kasus pidana", "perkara pidana", "ketentuan
pidana"): a kind of case or a chapter of a law, no penalty, as "unsur pidana" and "tindak pidana" already are. A
civil servant threatened with a criminal penalty stays a sanction. Sentences are our own; all texts are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

NAMED: list[str] = [
    'Polisi menghentikan kasus pidana pengerahan ASN pada Pilkada 2024 itu.',
    'Perkara pidana camat yang berkampanye pada Pilkada 2024 dibahas di kejaksaan.',
    'Ketentuan pidana dalam UU Pilkada baru berlaku setelah penetapan calon pada Pilkada 2024.',
]

STILL: list[str] = [
    'ASN yang berkampanye pada Pilkada 2024 dapat dikenai pidana penjara.',
    'Camat yang terbukti berpihak pada Pilkada 2024 bisa dipidana.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(NAMED + STILL, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(NAMED)), ids=[t[:48] for t in NAMED])
def test_a_criminal_case_named_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[k], NAMED[k])


@pytest.mark.parametrize("k", range(len(STILL)), ids=[t[:48] for t in STILL])
def test_a_criminal_penalty_threatened_stays_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[len(NAMED) + k], STILL[k])
