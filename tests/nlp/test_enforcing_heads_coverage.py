"""Probe list of firm action asked of an acting regional head ("Pj Bupati harus bertindak tegas"): he is the one to
discipline, asked to enforce, so no penalty is threatened, as for a supervisor asked the same. One that names whom the
action strikes ("menindak tegas ASN yang ...") or a head who says he will act stays a sanction. Sentences are our
own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

ASKED: list[str] = [
    'Menurut pengamat itu, Pj Wali Kota harus segera mengambil tindakan tegas sebelum keadaan makin runyam.',
    'Para mahasiswa meminta Pj Bupati untuk bertindak tegas.',
]

STILL: list[str] = [
    'Para mahasiswa meminta Pj Bupati menindak tegas ASN yang terbukti berkampanye pada Pilkada 2024.',
    'Pj Bupati akan bertindak tegas terhadap ASN yang tidak netral pada Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(ASKED + STILL, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(ASKED)), ids=[t[:48] for t in ASKED])
def test_firm_action_asked_of_a_head_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[k], ASKED[k])


@pytest.mark.parametrize("k", range(len(STILL)), ids=[t[:48] for t in STILL])
def test_firm_action_against_servants_stays_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[len(ASKED) + k], STILL[k])
