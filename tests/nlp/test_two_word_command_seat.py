"""A district military command seated in a town the gazetteer does not list, whose name takes two words ("Kodim
1013/Muara Teweh", "Dandim 1014 Pangkalan Bun Letkol ..."), is named by the whole town, not its first word. A command
named by a listed region, by a word that is itself a region's name ("Dandim 1006/Banjar Sutrisno": the holder's
name follows), or by one word before a rank or a verb, keeps its place as before. Sentences in our own
words."""

from __future__ import annotations

import pytest

from pipeline.records import Analysis

TEXTS = [
    "Komandan Kodim 1013/Muara Teweh Letkol Inf Darmawan Saputra meminta prajurit dan PNS netral pada Pilkada 2024.",
    "Dandim 1014 Pangkalan Bun Letkol Arm Hendra Wijaya mengingatkan ASN dan prajurit menjaga netralitas Pemilu 2024.",
    "Prajurit Kodim 1011/Kuala Kapuas diminta tidak berpolitik praktis, sementara ASN wajib netral dalam Pilkada 2024.",
    "Dandim 0415/Jambi Letkol Inf Suharto Ramli meminta ASN dan prajurit netral dalam Pilkada 2024.",
    "Kodim 1509/Labuha Gelar Apel Netralitas, ASN dan Prajurit Diminta Tidak Berpihak pada Pilkada 2024.",
    "Dandim 1006/Banjar Sutrisno meminta seluruh ASN dan prajurit menjaga netralitas dalam Pilkada 2024.",
]


@pytest.fixture(scope="module")
def results(analyse_all) -> list[Analysis]:
    return analyse_all(TEXTS)


def _commands(analysis: Analysis) -> set[str]:
    return {m.agency for m in analysis.agencies if m.agency.startswith("Komando Distrik Militer")}


@pytest.mark.parametrize(("k", "command"), [
    (0, "Komando Distrik Militer 1013/Muara Teweh"),
    (1, "Komando Distrik Militer 1014/Pangkalan Bun"),
    (2, "Komando Distrik Militer 1011/Kuala Kapuas"),
])
def test_a_two_word_seat_is_read_whole(results: list[Analysis], k: int, command: str) -> None:
    assert _commands(results[k]) == {command}


def test_a_region_first_word_leaves_the_holder_his_name(results: list[Analysis]) -> None:
    assert {o.name: o.agency for o in results[5].officials} == {"Sutrisno": "Komando Distrik Militer 1006/Banjar"}


def test_the_holder_serves_the_whole_seat(results: list[Analysis]) -> None:
    assert {o.name: o.agency for o in results[0].officials} == {
        "Darmawan Saputra": "Komando Distrik Militer 1013/Muara Teweh"}


@pytest.mark.parametrize(("k", "command"), [
    (3, "Komando Distrik Militer 0415/Jambi"),
    (4, "Komando Distrik Militer 1509/Labuha"),
    (5, "Komando Distrik Militer 1006/Banjar"),
])
def test_a_one_word_seat_stays_one_word(results: list[Analysis], k: int, command: str) -> None:
    assert _commands(results[k]) == {command}
