"""A regional office's "Dis-" acronym written with the office word in full before its rest ("Dinas Nakertrans X" for
Disnakertrans X, "Dinas Perindag X" for Disperindag X) names the same office, as "Dinas Perkim" already did.
Stories in our own words."""

from __future__ import annotations

import pytest


def names(run, text):
    return {a.agency for a in run(text).agencies}


@pytest.mark.parametrize("text, office", [
    ("Pegawai Dinas Nakertrans Kabupaten Bima diminta tidak ikut berkampanye.",
     "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Bima"),
    ("Kepala Dinas Nakertrans Halut, Budi Santoso, mengingatkan stafnya agar netral.",
     "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Halmahera Utara"),
    ("Seorang ASN Dinas Perindag Kota Kendari dilaporkan ke Bawaslu.",
     "Dinas Perindustrian dan Perdagangan Kota Kendari"),
])
def test_the_office_word_and_the_acronym_s_rest_name_the_office(run, text, office):
    assert office in names(run, text)


def test_a_short_rest_is_no_office_name(run):
    found = names(run, "Pegawai Dinas Hub Kabupaten Bima diminta netral.")
    assert "Dinas Perhubungan Kabupaten Bima" not in found
