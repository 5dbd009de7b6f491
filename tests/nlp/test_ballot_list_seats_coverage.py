"""Probe list of the houses in a list of three or more seats after a word of the contest ('surat suara', 'kursi',
'pemilihan'): every house of the list is a seat, the first and second as well as the third ('surat suara untuk
DPRD Kabupaten X, DPRD Provinsi Y, DPR RI, DPD RI'). Still listed: a house with only one other after it, and a house
named as a body with no contest word before the list. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a legislature, whether the story lists it)
FORMS = [
    ("Bawaslu Klaten meminta ASN netral. Tiap pemilih mendapat surat suara untuk DPRD Kabupaten Klaten, DPRD "
     "Provinsi Jawa Tengah, DPR RI, dan DPD RI.", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten", False),
    ("Bawaslu Klaten meminta ASN netral. Tiap pemilih mendapat surat suara untuk DPRD Kabupaten Klaten, DPRD "
     "Provinsi Jawa Tengah, DPR RI, dan DPD RI.", "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah", False),
    ("ASN wajib netral. Ada empat surat suara: DPRD Provinsi Bengkulu, DPRD Kota Bengkulu, DPR RI, dan DPD RI.",
     "Dewan Perwakilan Rakyat Daerah Provinsi Bengkulu", False),
    # no contest word before the list, or a house with only one other after it: the bodies, listed
    ("Bupati Klaten, DPRD Kabupaten Klaten, DPRD Provinsi Jawa Tengah, dan DPR RI meminta ASN netral.",
     "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten", True),
    ("ASN wajib netral. Surat suara dicetak ulang, kata DPRD Provinsi Bengkulu dan DPRD Kota Bengkulu.",
     "Dewan Perwakilan Rakyat Daerah Provinsi Bengkulu", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_every_house_of_a_list_of_seats_is_a_seat(analysed: list, k: int, text: str, agency: str,
                                                  listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
