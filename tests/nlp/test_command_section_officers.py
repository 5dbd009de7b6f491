"""A military command's section officer by his short title ("Pasi Intel Kodim X", "Pasiter Kodim X", "Pasi Ops
Kodim X") heads a title naming the command, like "Kasi Kum Polres X": the holder after it serves that command,
and is not taken by the next title in a list of those present. A district named "Pasi ..." stays a place. Our
own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "ASN, TNI dan Polri wajib netral pada Pilkada 2024 di Kabupaten Kutai Kartanegara."
# (text, the holder, the institution served)
FORMS = [
    (f"{LEAD} Rapat itu melibatkan Pasi Intel Kodim 0906/Tenggarong, Lettu Inf Rudi Hartono, Kasi Humas Polres, "
     "AKP Joko Susilo, dan camat.", "Rudi Hartono", "Komando Distrik Militer 0906/Tenggarong"),
    (f"{LEAD} Rapat itu melibatkan Pasi Intel Kodim 0906/Tenggarong, Lettu Inf Rudi Hartono, Kasi Humas Polres, "
     "AKP Joko Susilo, dan camat.", "Joko Susilo", "Kepolisian Resor Kutai Kartanegara"),
    (f"{LEAD} Hadir Pasiter Kodim 0906/Tenggarong Kapten Inf Agus Salim.", "Agus Salim",
     "Komando Distrik Militer 0906/Tenggarong"),
    # a district whose name opens with the word
    ("ASN wajib netral pada Pilkada 2024 di Kabupaten Muna. Camat Pasi Kolaga Budi Santoso meminta ASN netral.",
     "Budi Santoso", "Kecamatan Pasi Kolaga"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: f"{v[1]}"))
def test_a_section_officer_serves_the_command_named(analysed: list, k: int, text: str, name: str,
                                                    agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


def test_the_section_officer_holds_his_own_title(analysed: list) -> None:
    assert [o.role for o in analysed[2].officials if o.name == "Agus Salim"] == ["Pasiter Kodim 0906/Tenggarong"]
