"""Probe list of villages and wards whose name repeats its last syllables after a hyphen ('Lurah Manembo-Nembo Budi',
'Kepala Desa Tombasian-Sian, Budi, ...'), as places of North Sulawesi and elsewhere are written; a name written
twice whole ('Jua-jua') is in test_place_bounds_coverage.py. Generated over the offices of small places x such
places x the holder's punctuation. Each text (our own words) must give the holder, without the place's second half,
with the place whole as its institution; a dash between a place and a name that repeats nothing still opens the
name. All are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed, values

# (office word, the institution's word before the place)
OFFICES = [("Lurah", "Kelurahan"), ("Kepala Desa", "Desa"), ("Kades", "Desa")]
PLACES = ["Manembo-Nembo", "Tombasian-Sian", "Watutumou-Tumou"]
HOLDERS = ["Pada sesi tanya jawab, {office} {place} Frans Tumiwa menanyakan soal netralitas.",
           "{office} {place}, Frans Tumiwa, dilaporkan ke Bawaslu karena tidak netral."]

FORMS = [(form.format(office=office, place=place), "Frans Tumiwa", f"{unit} {place}")
         for (office, unit), place, form in itertools.product(OFFICES, PLACES, HOLDERS)]
# a dash between a place and a name that repeats nothing: the name after it
DASHED = [("Lurah Sukamaju-Frans Tumiwa hadir dalam apel netralitas.", "Frans Tumiwa", "Kelurahan Sukamaju")]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS + DASHED], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS + DASHED, lambda v: v[0][:70]))
def test_the_head_of_a_partly_doubled_place_is_found(analysed: list, k: int, text: str, name: str,
                                                      agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found
