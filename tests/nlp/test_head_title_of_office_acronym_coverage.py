"""The head of a regional office is also titled "Kadis" and the rest of the office's "Dis-" acronym
("Kadis Nakertrans X" for the head of Disnakertrans X), as a few such titles were listed by hand ("Kadis Perkim",
"Kadis Perindag"). Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, office", [
    ("Kadis Nakertrans Halut, Budi Santoso, meminta pegawainya netral.", "Budi Santoso",
     "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Halmahera Utara"),
    ("Kadis Naker Kabupaten Bima Rudi Hartono mengingatkan ASN agar tidak berkampanye.", "Rudi Hartono",
     "Dinas Tenaga Kerja Kabupaten Bima"),
    ("Kadis Perkimtan Kota Palu, Hendra Wijaya, meminta ASN netral.", "Hendra Wijaya",
     "Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Palu"),
])
def test_the_short_title_names_the_head_and_the_office(run, text, name, office):
    result = run(text)
    assert office in {a.agency for a in result.agencies}
    assert (name, office) in {(o.name, o.agency) for o in result.officials}


def test_a_rest_no_office_acronym_has_is_no_title(run):
    result = run("Kadis Hubkom Kota Palu, Hendra Wijaya, meminta ASN netral.")
    assert not result.agencies
