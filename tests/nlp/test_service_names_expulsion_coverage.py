"""Probe list of an expulsion from the service under each of its names ("dikeluarkan dari PNS", "dikeluarkan sebagai
PPPK", "dikeluarkan dari status ASN"), as "dikeluarkan sebagai ASN" is. A civil servant let out of a room is none.
Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bupati meminta seluruh ASN di lingkungan pemkab menjaga netralitas pada Pilkada 2024."

PENALTIES: list[str] = [
    'Pegawai yang menjadi juru kampanye calon bisa dikeluarkan dari PNS.',
    'Tenaga PPPK yang memasang baliho calon bisa dikeluarkan sebagai PPPK.',
    'Pegawai yang mengerahkan bawahannya untuk calon bisa dikeluarkan dari status ASN.',
]

NONE: list[str] = [
    'Dua PNS dikeluarkan dari ruang rapat karena terlambat datang.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after a sentence asking civil servants to stay neutral."""
    return analyse_all([f"{CONTEXT} {t}" for t in PENALTIES + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_an_expulsion_from_the_service_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_servant_let_out_of_a_room_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NONE[k])
