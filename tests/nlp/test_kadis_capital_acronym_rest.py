"""The head of a Dinas is also titled "Kadis" and the rest of the office's capital "D-" acronym ("Kadis LHK X" for
the head of DLHK X, "Kadis TPH" for DTPH), as reporters write "Kadis PUPR"; the rest of an acronym of a body that is
no Dinas (DPRD) is no such title. Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, office", [
    ("Kadis LHK Kabupaten Bima, Rudi Hartono, meminta stafnya tidak ikut kampanye.", "Rudi Hartono",
     "Dinas Lingkungan Hidup dan Kehutanan Kabupaten Bima"),
    ("Kadis PRKP Kota Palu Hendra Wijaya mengingatkan ASN agar netral.", "Hendra Wijaya",
     "Dinas Perumahan Rakyat dan Kawasan Permukiman Kota Palu"),
    ("Kadis TPH Halut, Budi Santoso, meminta pegawainya menjaga netralitas.", "Budi Santoso",
     "Dinas Tanaman Pangan dan Hortikultura Kabupaten Halmahera Utara"),
])
def test_the_capital_acronym_rest_names_the_head_and_the_office(run, text, name, office):
    result = run(text)
    assert office in {a.agency for a in result.agencies}
    assert (name, office) in {(o.name, o.agency) for o in result.officials}


def test_the_rest_of_a_council_acronym_names_no_council(run):
    result = run("Kadis PRD Kota Palu, Hendra Wijaya, meminta ASN netral.")
    assert "Dewan Perwakilan Rakyat Daerah Kota Palu" not in {a.agency for a in result.agencies}
