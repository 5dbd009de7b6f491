"""Probe list of requests about the census and the season's weather and illness ("meminta pegawai mengisi sensus
penduduk online", "mengingatkan pegawai agar waspada cuaca ekstrem", "mengajak pegawai mencegah demam berdarah") in a
sentence that names nothing of the election: a government's other business, no instruction on the civil servants'
conduct in it. Negatives: the same words with the election named ("agar hujan tidak menjadi alasan untuk tidak
mencoblos", "tidak memakai data sensus untuk kampanye calon") still ask. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

CONTEXT = "Wali kota memimpin apel pagi bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia meminta seluruh pegawai segera mengisi sensus penduduk secara online.", set()),
    ("Wali kota juga mengingatkan pegawai agar waspada terhadap cuaca ekstrem pekan ini.", set()),
    ("Ia mengajak para pegawai membersihkan saluran air karena musim hujan dan demam berdarah.", set()),
    ("Wali kota mengimbau pegawai agar hujan tidak menjadi alasan untuk tidak mencoblos.", {"appeal"}),
    ("Ia meminta pegawai tidak memakai data sensus untuk kampanye calon.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_census_and_weather_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
