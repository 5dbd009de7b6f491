"""Probe list of a report threatened after a condition, sent "kepada" someone ("Jika ada ASN yang berkampanye, maka akan
dilaporkan kepada pihak terkait"): after a verb of reporting or forwarding, "kepada" names where the report goes, not
whom the penalty strikes, so the civil servants of the condition stay the ones threatened. A penalty given "kepada"
someone outside the service, a past report and a call to report stay as they were. Sentences are our own; all texts
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

THREATS: list[str] = [
    'Apabila ada pegawai yang memihak pada Pilkada 2024, maka akan dilaporkan kepada pihak berwenang.',
    'Kalau ada lurah yang ikut kampanye pada Pilkada 2024, tentu akan dilaporkan kepada wali kota.',
    'Jika ditemukan ASN yang berpose dengan calon pada Pilkada 2024, kami akan melaporkannya kepada Komisi ASN.',
]

NONE: list[str] = [
    'Jika terbukti curang pada Pilkada 2024, sanksi akan diberikan kepada pasangan calon itu.',
    'Tiga camat telah dilaporkan kepada Bawaslu pekan lalu karena hadir dalam kampanye Pilkada 2024.',
    'Jika melihat pelanggaran pada Pilkada 2024, laporkan kepada pengawas di desa masing-masing.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(THREATS + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(THREATS)), ids=[t[:48] for t in THREATS])
def test_a_report_sent_to_someone_still_threatens_the_guilty(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], THREATS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_others_penalised_past_reports_and_calls_stay_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(THREATS) + k], NONE[k])
