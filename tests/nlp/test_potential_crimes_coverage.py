"""Probe list of an offence the conduct may turn into ("berpotensi pelanggaran pidana", "bisa mengarah ke tindak
pidana"), or one put on them ("maka dikenakan tindak pidana"): the civil servants are warned of a criminal penalty, a
sanction, though "pelanggaran pidana" and "tindak pidana" alone name a case. A case said not to be a crime stays none.
Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bawaslu meminta semua ASN netral pada Pilkada 2024."

POTENTIAL: list[str] = [
    'Memasuki masa kampanye, keberpihakan ASN sudah berpotensi pelanggaran pidana pemilihan.',
    'Keterlibatan ASN dalam kampanye bisa mengarah ke tindak pidana.',
]

IMPOSED: list[str] = [
    'Kalau ada camat yang ikut berkampanye, maka dikenakan tindak pidana sesuai UU Pemilihan.',
]

NONE: list[str] = [
    'Meski melanggar netralitas, kasus 12 ASN itu belum masuk tindak pidana pemilu.',
    'Laporan itu dihentikan karena tidak termasuk kategori pelanggaran pidana pemilu.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after a sentence addressing civil servants."""
    return analyse_all([f"{CONTEXT} {t}" for t in POTENTIAL + NONE + IMPOSED], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(POTENTIAL)), ids=[t[:48] for t in POTENTIAL])
def test_a_potential_crime_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], POTENTIAL[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_case_named_stays_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(POTENTIAL) + k], NONE[k])


@pytest.mark.parametrize("k", range(len(IMPOSED)), ids=[t[:48] for t in IMPOSED])
def test_a_crime_put_on_someone_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[len(POTENTIAL) + len(NONE) + k], IMPOSED[k])
