"""Probe list of a penalty verb joined to a supervisor's task verb and taking civil servants as its object
("meminta kepala dinas membina dan menindak ASN yang tidak netral"): those it names are punished, a sanction, as
"menindak ASN" alone is. Tasks listed without civil servants as the penalty's object ("mengawasi dan menindak
pelanggaran", "pengawasan dan penindakan ASN") stay tasks. Sentences are our own; all texts are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

PENALTY: list[str] = [
    'Sekda meminta para camat membina dan menindak ASN kecamatan yang ikut berkampanye pada Pilkada 2024.',
    'Wali Kota menginstruksikan kepala OPD agar mengawasi serta menindak tegas pegawai yang memihak salah satu '
    'pasangan calon di Pilkada 2024.',
]

TASK: list[str] = [
    'Rapat koordinasi itu membahas cara mengawasi dan menindak pelanggaran netralitas ASN selama Pilkada 2024.',
    'Bawaslu menyusun strategi pengawasan dan penindakan ASN yang melanggar netralitas pada Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(PENALTY + TASK, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTY)), ids=[t[:48] for t in PENALTY])
def test_penalty_verb_on_servants_is_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTY[k])


@pytest.mark.parametrize("k", range(len(TASK)), ids=[t[:48] for t in TASK])
def test_listed_task_stays_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTY) + k], TASK[k])
