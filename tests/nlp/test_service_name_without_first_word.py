"""A service unit named by the name its service gives it (an air force base, a state Islamic university) may be
written without that name's first word ("Lanud Iskandar Muda" for Sultan Iskandar Muda, "Danlanud Abraham Dimara"):
the last words of the name are that unit, not a shorter name that begins them (the base named Iskandar), and the
commander is read with it. Stories in our own words (regional_agencies.yaml numbered_units lanud `names`)."""

from __future__ import annotations

import pytest

TAIL = " meminta prajurit dan PNS TNI AU netral pada Pilkada 2024."

# (story, the unit it names)
FORMS: list[tuple[str, str]] = [
    ("Danlanud Iskandar Muda Kolonel Pnb Andi Pratama" + TAIL, "Pangkalan Udara Sultan Iskandar Muda"),
    ("Komandan Lanud Abraham Dimara Kolonel Pnb Andi Pratama" + TAIL, "Pangkalan Udara Johannes Abraham Dimara"),
    ("Danlanud Sultan Iskandar Muda Kolonel Pnb Andi Pratama" + TAIL, "Pangkalan Udara Sultan Iskandar Muda"),
    # negative: the base whose whole name is the one word stays that base
    ("Danlanud Iskandar Kolonel Pnb Andi Pratama" + TAIL, "Pangkalan Udara Iskandar"),
]


@pytest.mark.parametrize("text,unit", FORMS)
def test_a_unit_written_without_its_first_word_is_the_one_its_name_ends(run, text: str, unit: str) -> None:
    result = run(text)
    assert unit in {a.agency for a in result.agencies}
    assert ("Andi Pratama", unit) in {(o.name, o.agency) for o in result.officials}
