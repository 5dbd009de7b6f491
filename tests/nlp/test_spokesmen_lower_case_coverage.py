"""Probe list of a spokesman's title written with its second word in lower case ('Juru bicara Fraksi X DPRD Y Budi',
'Juru bicara FPKS DPRD Y, Budi, ...'), as reporters write the common noun, generated over the council's and a
ministry's spokesmen x the faction's forms x the holder's punctuation; the title spelt right is in
test_national_titles_coverage.py. Each text (our own words) must give the holder with the institution; a spokesman
of a campaign or a party alone, and the noun all in lower case opening no title, name no one. All are analysed in
one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed, values

DPRD = "Dewan Perwakilan Rakyat Daerah Kabupaten Wonogiri"
# (the spokesman's unit and institution as written after the title, the institution served)
UNITS = [("Fraksi PKB DPRD Wonogiri", DPRD), ("Fraksi Partai Golkar DPRD Kabupaten Wonogiri", DPRD),
         ("FPKS DPRD Wonogiri", DPRD), ("F-PDIP DPRD Kabupaten Wonogiri", DPRD),
         ("Kemendagri", "Kementerian Dalam Negeri"), ("Bawaslu Kabupaten Wonogiri", "Bawaslu Kabupaten Wonogiri")]
HOLDERS = ["{title} {unit} Suparmin saat rapat paripurna meminta ASN netral.",
           "{title} {unit}, Suparmin, meminta ASN menjaga netralitas.",
           '"ASN wajib netral," kata {title} {unit} Suparmin.']

# a faction's acronym joined by a hyphen ("F-PDIP") breaks the title, however the title is spelt
HYPHENED = pytest.mark.xfail(strict=True, reason="form not covered yet: a faction's acronym with a hyphen")

FORMS = [pytest.param(form.format(title="Juru bicara", unit=unit), "Suparmin", agency,
                      marks=HYPHENED if "-" in unit else ())
         for (unit, agency), form in itertools.product(UNITS, HOLDERS)]

NOT_OFFICIALS = ["Juru bicara tim pemenangan pasangan nomor urut 2, Suparmin, membantah tudingan itu.",
                 "Menurut juru bicara Suparmin, semua berjalan lancar."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, the look-alikes after them."""
    return analyse_all([values(form)[0] for form in FORMS] + NOT_OFFICIALS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:70]))
def test_a_spokesman_in_lower_case_is_found(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found


@pytest.mark.parametrize(("k", "text"), [pytest.param(len(FORMS) + k, t, id=t[:60])
                                         for k, t in enumerate(NOT_OFFICIALS)])
def test_a_spokesman_of_no_public_body_is_no_official(analysed: list, k: int, text: str) -> None:
    assert [o.name for o in analysed[k].officials] == []
