"""Probe list of a promotion barred in words of ability ("tidak bisa naik pangkat", "tidak dapat melakukan kenaikan
pangkat"), the penalty "tidak naik pangkat" and "tidak bisa promosi" already name, said of civil servants who broke
neutrality. Rank named without its raise ("tidak bisa mengurus pangkat") and a raise someone can get stay none.
Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

BARRED: list[str] = [
    'ASN yang berkampanye untuk calon pada Pilkada 2024 tidak bisa naik pangkat selama dua tahun.',
    'Pegawai yang memihak calon pada Pemilu 2024 tidak dapat melakukan kenaikan pangkat.',
    'ASN yang terbukti tidak netral pada Pilkada 2024 tak bisa naik pangkat tahun depan.',
    'PNS yang ikut deklarasi calon pada Pilkada 2024 tidak bisa mengajukan kenaikan pangkat.',
]

NOT_BARRED: list[str] = [
    'ASN yang netral pada Pilkada 2024 tetap bisa naik pangkat sesuai jadwal.',
    'Pegawai baru itu belum bisa mengurus pangkat karena berkasnya kurang.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(BARRED + NOT_BARRED, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(BARRED)), ids=[t[:48] for t in BARRED])
def test_each_barred_promotion_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], BARRED[k])


@pytest.mark.parametrize("k", range(len(NOT_BARRED)), ids=[t[:48] for t in NOT_BARRED])
def test_promotion_not_barred_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(BARRED) + k], NOT_BARRED[k])
