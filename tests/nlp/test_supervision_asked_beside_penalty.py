"""Probe list of a request asking the authority to supervise or guide civil servants and to punish those at fault
("meminta Inspektorat mengawasi ASN serta menindak yang melanggar"): the supervision is an appeal and the penalty
stands beside it. A request whose content is the penalty alone stays the penalty alone. Sentences are our own; all
texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

BOTH: list[str] = [
    'Wali Kota meminta Inspektorat dan BKPSDM mengawasi netralitas pegawai selama Pilkada 2024 serta menindak tegas '
    'yang melanggar.',
    'Pj Bupati menginstruksikan para kepala dinas untuk memantau ASN di unitnya dan memberikan sanksi kepada yang '
    'berpihak pada Pilkada 2024.',
]

PENALTY_ONLY: list[str] = [
    'Wali Kota meminta Inspektorat menindak tegas pegawai yang berkampanye pada Pilkada 2024.',
    'Bawaslu meminta Pj Bupati segera menjatuhkan sanksi kepada ASN yang hadir di kampanye Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(BOTH + PENALTY_ONLY, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(BOTH)), ids=[t[:48] for t in BOTH])
def test_supervision_asked_keeps_appeal_beside_penalty(analysed: list, k: int) -> None:
    kinds = sentence_kinds(analysed[k], BOTH[k])
    assert "appeal" in kinds and "sanction" in kinds


@pytest.mark.parametrize("k", range(len(PENALTY_ONLY)), ids=[t[:48] for t in PENALTY_ONLY])
def test_penalty_alone_asked_is_no_appeal(analysed: list, k: int) -> None:
    kinds = sentence_kinds(analysed[len(BOTH) + k], PENALTY_ONLY[k])
    assert "sanction" in kinds and "appeal" not in kinds
