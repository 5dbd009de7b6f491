"""Probe list of cases still being handled ("sedang dalam proses hukum", "masih dalam proses hukum", "tengah dalam
penindakan"): a report of the handling, no penalty, as the read gold gives none of the 6 cases said to be in process a
sanction. A case to be taken to court, or a penalty still in force, stays one. Sentences are our own; all texts are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

IN_PROCESS: list[str] = [
    'Kedua, camat itu sedang dalam proses hukum terkait Pilkada 2024.',
    'ASN yang hadir di kampanye Pilkada 2024 itu kini masih dalam proses hukum.',
    'Kasus kepala desa yang berkampanye pada Pilkada 2024 tengah dalam penindakan Bawaslu.',
]

STILL: list[str] = [
    'ASN yang terbukti berkampanye pada Pilkada 2024 akan dibawa ke proses hukum.',
    'ASN yang tidak netral pada Pilkada 2024 akan diproses hukum sesuai aturan.',
    'Lurah yang memihak calon pada Pilkada 2024 masih dijatuhi sanksi teguran tertulis.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(IN_PROCESS + STILL, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(IN_PROCESS)), ids=[t[:48] for t in IN_PROCESS])
def test_a_case_in_process_is_no_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], IN_PROCESS[k]) == set()


@pytest.mark.parametrize("k", range(len(STILL)), ids=[t[:48] for t in STILL])
def test_a_penalty_to_come_stays_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(IN_PROCESS) + k], STILL[k]) == {"sanction"}
