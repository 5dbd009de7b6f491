"""Probe list of a reprimand by the ear pulled, a head's colloquial word, after its doer or in the passive
("Kalau melanggar, saya jewer", "siap-siap dijewer"), as "kena semprit" is. The bare stem, as a custom named, is
none. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Wali kota meminta seluruh ASN di lingkungan pemkot menjaga netralitas pada Pilkada 2024."

PENALTIES: list[str] = [
    'Kalau ada kepala dinas yang ikut deklarasi calon, langsung saya jewer.',
    'Pegawai yang memasang stiker calon di meja kerja siap-siap dijewer wali kota.',
]

NONE: list[str] = [
    'Tradisi jewer telinga sudah lama ditinggalkan sekolah-sekolah di kota itu.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after a sentence asking civil servants to stay neutral."""
    return analyse_all([f"{CONTEXT} {t}" for t in PENALTIES + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_an_ear_pulled_by_a_head_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_the_custom_named_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NONE[k])
