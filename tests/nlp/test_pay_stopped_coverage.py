"""Probe list of a civil servant's pay or allowance stopped as the penalty: with the possessive of whom it strikes
in either order ("gajinya disetop", "dihentikan tunjangannya") or by the noun of dismissal ("pemberhentian tukin").
Pay stopped as a policy, or a stop denied, is none. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Sekda meminta seluruh ASN di lingkungan pemprov menjaga netralitas pada Pilkada 2024."

PENALTIES: list[str] = [
    'Pegawai yang terbukti menjadi tim sukses calon, gajinya disetop.',
    'Penyuluh yang mengajak petani memilih calon akan dihentikan tunjangannya.',
    'Pegawai yang berfoto dengan pose dukungan bisa dikenai pemberhentian tukin selama tiga bulan.',
]

NONE: list[str] = [
    'Penghentian gaji ke-13 tahun ini dikeluhkan para pensiunan.',
    'Pemprov menjamin tidak ada penghentian gaji bagi honorer selama pilkada.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after a sentence asking civil servants to stay neutral."""
    return analyse_all([f"{CONTEXT} {t}" for t in PENALTIES + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_pay_stopped_as_a_penalty_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_pay_stopped_as_a_policy_or_denied_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NONE[k])
