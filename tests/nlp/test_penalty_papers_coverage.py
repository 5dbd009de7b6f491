"""Probe list of a penalty noun naming a document ("rekomendasi sanksi", "SK penjatuhan sanksi"): the paper's fate is
told, no penalty given or threatened. A paper given to someone ("diberi rekomendasi sanksi"), a penalty named by its
form ("surat teguran"), or a penalty threatened stays a sanction. Sentences are our own; all texts are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bupati meminta semua ASN netral pada Pilkada 2024."

PAPERS: list[str] = [
    'Namun rekomendasi sanksi dari KASN itu belum dijalankan oleh bupati.',
    'Ketua Bawaslu memastikan surat rekomendasi sanksi sudah dikirim ke BKN.',
    'Menurut dia, SK penjatuhan sanksi sudah diteruskan ke Kemendagri.',
]

STILL: list[str] = [
    'Dari 20 laporan, yang diberi rekomendasi sanksi ada 18 ASN.',
    'Camat itu akhirnya diberi surat teguran oleh bupati.',
    'ASN yang terbukti berkampanye akan dijatuhi sanksi.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after a sentence addressing civil servants."""
    return analyse_all([f"{CONTEXT} {t}" for t in PAPERS + STILL], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PAPERS)), ids=[t[:48] for t in PAPERS])
def test_a_penalty_paper_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[k], PAPERS[k])


@pytest.mark.parametrize("k", range(len(STILL)), ids=[t[:48] for t in STILL])
def test_a_penalty_given_stays_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[len(PAPERS) + k], STILL[k])
