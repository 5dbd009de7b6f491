"""Probe list of a penalty handed out beside a supervisor's task word ("menerima sanksi dari Pembinaan Kepegawaian",
"memberikan pembinaan serta sanksi kepada ASN itu"): the verb of giving makes it a penalty given, though a penalty
word listed with tasks ("pencegahan dan penindakan") names a task. Sentences are our own; all texts are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bupati meminta semua ASN netral pada Pilkada 2024."

GIVEN: list[str] = [
    'Dari tujuh ASN yang dilaporkan, tiga sudah menerima sanksi dari Pembinaan Kepegawaian Daerah.',
    'Bupati akan memberikan pembinaan serta sanksi kepada tiga ASN yang berkampanye.',
]

TASKS: list[str] = [
    'Bawaslu mengutamakan pencegahan dan penindakan pelanggaran pada Pilkada 2024.',
    'Tugas kami meliputi pengawasan, pencegahan, dan penindakan.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after a sentence addressing civil servants."""
    return analyse_all([f"{CONTEXT} {t}" for t in GIVEN + TASKS], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(GIVEN)), ids=[t[:48] for t in GIVEN])
def test_a_penalty_given_beside_a_task_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], GIVEN[k])


@pytest.mark.parametrize("k", range(len(TASKS)), ids=[t[:48] for t in TASKS])
def test_a_penalty_listed_with_tasks_stays_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(GIVEN) + k], TASKS[k])
