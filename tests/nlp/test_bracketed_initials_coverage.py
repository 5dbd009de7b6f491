"""Probe list of a small place's head named between commas with his initials or nickname in brackets after the name
('Camat X, Budi Santoso (BS), mengatakan ...', 'oleh Lurah X, Budi Santoso (Busan), yang ...'), generated over the
offices of districts and villages x the bracket's content x what follows the comma. Regional offices already take
the bracket (test_name_forms.py); these are the offices that need a named holder. Each text (our own words) must
give the holder, named without the bracket, with the place's institution; a list of those present whose bracket
holds a unit's short form names no one. All are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed, values

# (the office with its place, the institution)
OFFICES = [("Camat Mlati", "Kecamatan Mlati"), ("Lurah Sendangadi", "Kelurahan Sendangadi"),
           ("Kepala Desa Sumberadi", "Desa Sumberadi"), ("Kades Sumberadi", "Desa Sumberadi"),
           ("Kapolsek Mlati", "Kepolisian Sektor Mlati")]
# initials or a nickname, as reporters set them after a name
BRACKETS = ["(HS)", "(Hensa)", "(HAS)"]
# what follows the bracket's comma
TAILS = ["dilaporkan ke Bawaslu karena mengajak warga memilih.", "yang diduga mengajak warga memilih, membantah.",
         "Dimana dalam pesan itu ia mengajak warga memilih."]

FORMS = [(f"Dalam video itu {office}, Hendra Saputra {bracket}, {tail}", "Hendra Saputra", agency)
         for (office, agency), bracket, tail in itertools.product(OFFICES, BRACKETS, TAILS)]

# a bracket after the comma that holds a body's short form, in a list of those present
NOT_HOLDERS = ["Hadir Camat Mlati, Unit Pelaksana Teknis (UPT) Puskesmas, dan Polsek Mlati.",
               "Rapat diikuti Lurah Sendangadi, Lembaga Pemberdayaan (LPM), dan tokoh masyarakat."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, the look-alikes after them."""
    return analyse_all([values(form)[0] for form in FORMS] + NOT_HOLDERS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][16:80]))
def test_a_small_places_head_with_initials_is_found(analysed: list, k: int, text: str, name: str,
                                                    agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found


@pytest.mark.parametrize(("k", "text"), [pytest.param(len(FORMS) + k, t, id=t[:60])
                                         for k, t in enumerate(NOT_HOLDERS)])
def test_a_bodys_short_form_in_brackets_names_no_one(analysed: list, k: int, text: str) -> None:
    assert [o.name for o in analysed[k].officials] == []
