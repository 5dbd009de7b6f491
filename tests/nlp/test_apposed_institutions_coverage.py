"""Probe list of a national office the registry names, its own institution written after it between commas, then
the holder ('Direktur Jenderal Otonomi Daerah, Kementerian Dalam Negeri, Budi Santoso', 'Dirjen Polpum, Kemendagri,
Budi ...'), generated over offices x the institution's forms x what follows the name. Offices of a unit read on to
the institution over the comma already ('Deputi Bidang SDM Aparatur, Kementerian PANRB, Budi': test_office_ties.py).
Each text (our own words) must give the holder with the institution; another institution between the commas, or a
list of bodies, names no one. All are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed, values

KEMENDAGRI = "Kementerian Dalam Negeri"
# (an office of the registry with no institution in its words, the institution's forms)
OFFICES = [("Direktur Jenderal Otonomi Daerah", ["Kementerian Dalam Negeri", "Kemendagri"]),
           ("Dirjen Otda", ["Kementerian Dalam Negeri", "Kemendagri", "Kemendagri RI"]),
           ("Dirjen Polpum", ["Kemendagri", "Kementerian Dalam Negeri"]),
           ("Direktur Jenderal Politik dan Pemerintahan Umum", ["Kemendagri"])]
TAILS = [("Rudi Hermawan.", "Rapat evaluasi itu dibuka oleh {office}, {body}, {tail}"),
         ("Rudi Hermawan, mengingatkan para penjabat kepala daerah.", "{office}, {body}, {tail}"),
         ("Dr. Rudi Hermawan, M.Si, hadir sebagai narasumber.", "Dalam acara itu {office}, {body}, {tail}")]

FORMS = [(form.format(office=office, body=body, tail=tail), "Rudi Hermawan", KEMENDAGRI)
         for (office, bodies), (tail, form) in itertools.product(OFFICES, TAILS) for body in bodies]

# a list of offices and bodies, no holder after the institution
NOT_HOLDERS = ["Surat itu ditembuskan kepada Dirjen Otda, Kemendagri, dan BKN.",
               "Rapat dihadiri Dirjen Otda, Kemendagri, Bawaslu dan KPU."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, the look-alikes after them."""
    return analyse_all([values(form)[0] for form in FORMS] + NOT_HOLDERS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:70]))
def test_an_office_with_its_institution_apposed_gives_its_holder(analysed: list, k: int, text: str, name: str,
                                                                 agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found


@pytest.mark.parametrize(("k", "text"), [pytest.param(len(FORMS) + k, t, id=t[:60])
                                         for k, t in enumerate(NOT_HOLDERS)])
def test_a_list_of_bodies_names_no_one(analysed: list, k: int, text: str) -> None:
    assert [o.name for o in analysed[k].officials] == []
