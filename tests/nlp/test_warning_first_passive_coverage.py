"""Probe list of a warning given in the passive with the warning first and whom it falls on after "kepada/terhadap"
("Peringatan keras diberikan kepada seorang lurah", "Peringatan tegas dilayangkan terhadap dua kepala sekolah"): a
sanction, as "diberi peringatan keras" and "Teguran keras diberikan kepada ..." are. A warning only told to the staff
("Peringatan itu disampaikan kepada seluruh pegawai") and an early warning of the weather stay none. Sentences are our
own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Panwaslu menemukan beberapa ASN hadir di deklarasi pasangan calon bupati."

GIVEN: list[str] = [
    'Peringatan keras diberikan kepada seorang lurah yang ikut berfoto dengan pasangan calon.',
    'Peringatan tegas dilayangkan terhadap dua kepala sekolah yang menyebarkan stiker calon.',
    'Peringatan dijatuhkan kepada staf kecamatan itu oleh sekretaris daerah.',
]

NONE: list[str] = [
    'Peringatan itu disampaikan kepada seluruh pegawai pada apel Senin pagi.',
    'Peringatan dini gelombang tinggi diberikan kepada nelayan di pesisir selatan.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same opening line."""
    return analyse_all([f"{CONTEXT} {t}" for t in GIVEN + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(GIVEN)), ids=[t[:48] for t in GIVEN])
def test_a_warning_first_given_to_someone_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], GIVEN[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_warning_told_or_an_early_warning_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(GIVEN) + k], NONE[k])
