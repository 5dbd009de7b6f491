"""A body with a local word ("pemerintah daerah setempat", "Pemkab setempat") is the one of its kind the sentence named
last before it, when that body comes after any regency or city the sentence names: in "Jayapura (ANTARA) - Pemprov
Papua ... ASN di lingkungan pemerintah daerah setempat" it is Papua's government, not that of the city in the
dateline. A regency named after the body still gives its own ("Pemprov ... di Kabupaten Demak dan Pemda setempat").
Sentences in our own words."""

from __future__ import annotations

import pytest

from pipeline.records import Analysis

TEXTS = [
    "Jayapura (ANTARA) - Pemerintah Provinsi Papua membentuk tim pemantau agar aparatur sipil negara di lingkungan "
    "pemerintah daerah setempat tetap netral dalam Pilkada 2024.",
    "Kendari (ANTARA) - Pemprov Sulawesi Tenggara meminta seluruh ASN di lingkup pemerintah daerah setempat tidak "
    "berpihak dalam Pilkada 2024.",
    "SEMARANG - Bupati Pati Budi Santoso meminta ASN di lingkungan Pemkab setempat menjaga netralitas dalam "
    "Pilkada 2024.",
    "Pemprov Jawa Tengah meminta ASN di Kabupaten Demak dan Pemda setempat menjaga netralitas dalam Pilkada 2024.",
]


@pytest.fixture(scope="module")
def results(analyse_all) -> list[Analysis]:
    return analyse_all(TEXTS)


def _governments(analysis: Analysis) -> set[str]:
    return {m.agency for m in analysis.agencies if m.agency.startswith("Pemerintah ")}


@pytest.mark.parametrize(("k", "governments"), [
    (0, {"Pemerintah Provinsi Papua"}),
    (1, {"Pemerintah Provinsi Sulawesi Tenggara"}),
    (2, {"Pemerintah Kabupaten Pati"}),
])
def test_the_local_body_is_the_one_named_before_it(results: list[Analysis], k: int, governments: set[str]) -> None:
    assert _governments(results[k]) == governments


def test_a_regency_named_after_the_body_is_its_own(results: list[Analysis]) -> None:
    assert _governments(results[3]) == {"Pemerintah Provinsi Jawa Tengah", "Pemerintah Kabupaten Demak"}
