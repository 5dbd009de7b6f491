"""A numbered unit written once with its place and again by its number alone ("Kodim 0712/Subang" ... "Dandim
0712 Letkol ...") is one institution: the number names one unit, so the holder named with the number alone serves
the placed one. A number the story never places stays as written. Sentences in our own words."""

from __future__ import annotations

import pytest

TEXTS = [
    "Prajurit Kodim 0712/Subang mengikuti apel netralitas TNI. Dandim 0712 Letkol Inf Bambang Sutrisno meminta "
    "seluruh prajurit tidak berpolitik praktis.",
    "Dandim 0712 Letkol Inf Bambang Sutrisno meminta seluruh prajurit tidak berpolitik praktis.",
    "Prajurit Kodim 0712/Subang mengikuti apel netralitas TNI. Dandim 0714 Letkol Inf Bambang Sutrisno meminta "
    "seluruh prajurit tidak berpolitik praktis.",
]


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all(TEXTS)


def test_the_number_alone_is_the_placed_unit(results):
    assert {o.name: o.agency for o in results[0].officials} == {
        "Bambang Sutrisno": "Komando Distrik Militer 0712/Subang"}


def test_a_number_never_placed_stays_as_written(results):
    assert {o.name: o.agency for o in results[1].officials} == {"Bambang Sutrisno": "Komando Distrik Militer 0712"}


def test_another_number_is_another_unit(results):
    assert {o.name: o.agency for o in results[2].officials} == {"Bambang Sutrisno": "Komando Distrik Militer 0714"}
