"""Probe list of the service's pay named as a budget line, its paying out before it ("Pencairan TPP ditunda",
"Pembayaran tukin dipotong"): the treasury's timing or sums, no penalty; the pay of named servants cut or put off
stays a sanction. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Dua penyuluh pertanian kedapatan ikut kampanye salah satu calon bupati."

PENALTY: list[str] = [
    'TPP kedua penyuluh itu dipotong selama tiga bulan.',
    'Kenaikan pangkat mereka ditunda dua tahun oleh kepala dinas.',
]

NONE: list[str] = [
    'Pencairan TPP bulan ini ditunda karena APBD belum disahkan.',
    'Pembayaran tukin dipotong pajak sesuai aturan yang berlaku.',
    'Penyaluran TPP triwulan ketiga ditunda sampai laporan kinerja semua dinas masuk.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same opening line."""
    return analyse_all([f"{CONTEXT} {t}" for t in PENALTY + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTY)), ids=[t[:48] for t in PENALTY])
def test_pay_of_named_servants_cut_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTY[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_pay_as_a_budget_line_put_off_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTY) + k], NONE[k])
