"""A division's coordinator whose sentence names no election body serves the one the story names last before him; a
national body written bare ("Bawaslu", "Badan Pengawas Pemilu (Bawaslu)") in a story that also names a region's body
stands for the region's, so he is a member of the regional body. The national body written out ("Bawaslu RI") stays
national. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LOCAL = "Bawaslu Kabupaten Jember"
NATIONAL = "Badan Pengawas Pemilihan Umum"

# (text, name, agency)
FORMS = [
    ("Badan Pengawas Pemilu (Bawaslu) meminta ASN di Kabupaten Jember netral dalam Pemilu 2024. Susunan komisioner "
     "Bawaslu Jember yaitu Ketua Bawaslu, Dimas Anggoro. Kemudian Fitri Handayani, selaku Koordinator Divisi Hukum "
     "dan Penyelesaian Sengketa.", "Fitri Handayani", LOCAL),
    ("Bawaslu Jember meminta ASN netral dalam Pemilu 2024. Hal itu disampaikan dalam rapat Bawaslu kemarin. "
     "Fitri Handayani selaku Koordinator Divisi Pencegahan mengatakan pengawasan diperketat.", "Fitri Handayani",
     LOCAL),
    # negative: the national body written out, named last before him
    ("Bawaslu Jember meminta ASN netral dalam Pemilu 2024. Rapat itu dihadiri perwakilan Bawaslu RI. Fitri Handayani "
     "selaku Koordinator Divisi Pencegahan mengatakan pengawasan diperketat.", "Fitri Handayani", NATIONAL),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][-60:]))
def test_division_coordinator_of_the_regional_body(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert (name, agency) in {(o.name, o.agency) for o in analysed[k].officials}
