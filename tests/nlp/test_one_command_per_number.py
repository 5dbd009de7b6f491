"""A district military command's number names one command in the whole country, so a story writing it with two
places ("Kodim 1014 Pangkalan Bun" ... "Kodim 1014/Pbn", a seat cut short in one place and whole in another) names
one command: the one whose place is a known region, else the one written longest. Two numbers stay two commands,
and a school's number, which many towns share, is left alone. Sentences in our own words."""

from __future__ import annotations

import pytest

from pipeline.records import Analysis

TEXTS = [
    "Dandim 1014 Pangkalan Bun Letkol Arm Hendra Wijaya meminta prajurit netral pada Pemilu 2024. Seluruh prajurit "
    "Kodim 1014/Pbn dan ASN di lingkungannya diminta tidak berpihak.",
    "Prajurit Kodim 1016 Palangka mengikuti sosialisasi netralitas. Dandim mengingatkan PNS Kodim 1016 Palangka Raya "
    "agar netral dalam Pilkada 2024.",
    "Dandim 1613/SB Letkol Inf Yosef Lado meminta ASN dan prajurit netral. Seluruh anggota Kodim 1613/Sumba Barat "
    "dilarang berpihak dalam Pilkada 2024.",
    "Kodim 0712/Subang dan Kodim 0714/Salatiga menggelar apel netralitas, ASN diminta netral dalam Pilkada 2024.",
    "Kepala SMA Negeri 3 Subang dan Kepala SMA Negeri 3 Salatiga meminta guru ASN netral dalam Pilkada 2024.",
]


@pytest.fixture(scope="module")
def results(analyse_all) -> list[Analysis]:
    return analyse_all(TEXTS)


def _names(analysis: Analysis, head: str) -> set[str]:
    return {m.agency for m in analysis.agencies if m.agency.startswith(head)}


@pytest.mark.parametrize(("k", "command"), [
    (0, "Komando Distrik Militer 1014/Pangkalan Bun"),
    (1, "Komando Distrik Militer 1016/Palangka Raya"),
    (2, "Komando Distrik Militer 1613/Sumba Barat"),
])
def test_two_places_of_one_number_are_one_command(results: list[Analysis], k: int, command: str) -> None:
    assert _names(results[k], "Komando Distrik Militer") == {command}


def test_the_holder_serves_that_command(results: list[Analysis]) -> None:
    assert {o.name: o.agency for o in results[2].officials} == {
        "Yosef Lado": "Komando Distrik Militer 1613/Sumba Barat"}


def test_two_numbers_stay_two_commands(results: list[Analysis]) -> None:
    assert _names(results[3], "Komando Distrik Militer") == {
        "Komando Distrik Militer 0712/Subang", "Komando Distrik Militer 0714/Salatiga"}


def test_schools_sharing_a_number_stay_apart(results: list[Analysis]) -> None:
    assert _names(results[4], "SMA Negeri 3") == {"SMA Negeri 3 Subang", "SMA Negeri 3 Salatiga"}
