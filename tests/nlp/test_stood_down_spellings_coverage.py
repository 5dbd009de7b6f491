"""Probe list of a civil servant stood down ("menonjobkan") in the spellings reporters use for the active verb: the
prefix and suffix hyphenated ("men-nonjob-kan"), the stem split ("menon-jobkan", "me-non job-kan"), and the bare
stem after "akan" ("Bupati akan nonjobkan ..."); each is the penalty "menonjobkan" already names. The passive written
apart ("pegawai yang di nonjobkan") tells of those stood down in a story and stays out. Sentences are our own; all
texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

STOOD_DOWN: list[str] = [
    'Wali Kota men-nonjob-kan tiga kepala bidang yang ikut kampanye Pilkada 2024.',
    'Gubernur me-nonjob-kan dua camat yang memihak calon pada Pilkada 2024.',
    'Pj Bupati menon-jobkan camat yang berfoto dengan calon pada Pilkada 2024.',
    'Bupati akan nonjobkan dua kepala dinas yang terlibat kampanye Pilkada 2024.',
]

NOT_STOOD_DOWN: list[str] = [
    'Pejabat eselon itu menolak tawaran menjadi tim sukses pada Pilkada 2024.',
    'ASN yang bekerja tanpa jabatan struktural tetap wajib netral pada Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(STOOD_DOWN + NOT_STOOD_DOWN, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(STOOD_DOWN)), ids=[t[:48] for t in STOOD_DOWN])
def test_each_spelling_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], STOOD_DOWN[k])


@pytest.mark.parametrize("k", range(len(NOT_STOOD_DOWN)), ids=[t[:48] for t in NOT_STOOD_DOWN])
def test_no_stood_down_verb_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(STOOD_DOWN) + k], NOT_STOOD_DOWN[k])
