"""Probe list of a village head whose place is followed by the district it lies in by that district's own level
word: a kapanewon or kemantren (Yogyakarta) or a distrik (Papua). The level word and its place say where the village
lies, as "Kecamatan X" does, and are never the holder's name, whether a comma closes them or the sentence goes on
right after them; the holder named before the title or after the district is read. Texts are our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "meminta pamong dan ASN menjaga netralitas dalam Pilkada 2024."
# (text, the holder, the institution served)
NAMED = [
    (f'"Kami sepakat netral," tegas Suwardi yang juga Lurah Margodadi, Kapanewon Seyegan. Ia {S}', "Suwardi",
     "Kalurahan Margodadi"),
    (f"Lurah Triharjo, Kapanewon Pandak, Rudi Hartanto {S}", "Rudi Hartanto", "Kalurahan Triharjo"),
    # Papua's districts, with the comma or without it
    (f"Kepala Kampung Waena, Distrik Heram, Markus Yoku {S}", "Markus Yoku", "Kampung Waena"),
    (f"Kepala Kampung Ayapo Distrik Sentani Timur Yakob Pallo {S}", "Yakob Pallo", "Kampung Ayapo"),
    (f"Kepala Distrik Abepura, Nelson Kareth {S}", "Nelson Kareth", "Distrik Abepura"),
]
# the district right after the village's name, and nothing after it that names a holder: no official
UNNAMED = [
    (f"Lurah Sidorejo, Kapanewon Lendah {S}", "Kapanewon Lendah"),
    (f"Lurah Gedongkiwo, Kemantren Mantrijeron {S}", "Kemantren Mantrijeron"),
    (f"Kepala Kampung Sereh, Distrik Sentani {S}", "Distrik Sentani"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in NAMED + UNNAMED], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(NAMED, lambda v: v[0][:40]))
def test_the_holder_beside_a_village_and_its_district_is_read(analysed: list, k: int, text: str, name: str,
                                                               agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]
    assert not [o.name for o in analysed[k].officials if o.name.split()[0] in {"Kapanewon", "Kemantren", "Distrik"}]


@pytest.mark.parametrize(("k", "text", "place"), indexed(UNNAMED, lambda v: v[0][:40]))
def test_a_district_after_a_village_is_no_holder(analysed: list, k: int, text: str, place: str) -> None:
    assert place not in [o.name for o in analysed[len(NAMED) + k].officials]
