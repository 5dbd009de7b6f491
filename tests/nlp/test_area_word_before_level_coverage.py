"""Probe list of regional bodies written with the word of the area they serve between their name and the level
word ("Kementerian Agama wilayah Provinsi X", "Polres wilayah Kabupaten X"), as a regional office's own name has it
("Kantor Wilayah"): the body of that region. After a preposition ("di wilayah Kabupaten X") the region is where
something happens, not the body's. In our own words, analysed in one batch."""

from __future__ import annotations

import pytest

# (text, a body it must name, a body it must not name)
FORMS = [
    ("Seluruh jajaran Kementerian Agama wilayah Provinsi Sulawesi Barat diminta netral dalam Pilkada.",
     "Kantor Wilayah Kementerian Agama Provinsi Sulawesi Barat", ""),
    ("Pegawai Bawaslu wilayah Kabupaten Wajo diminta tidak memihak dalam Pilkada.", "Bawaslu Kabupaten Wajo", ""),
    ("Kantor Kementerian Agama di wilayah Kabupaten Wajo mengingatkan ASN agar netral.", "Kementerian Agama",
     "Kantor Kementerian Agama Kabupaten Wajo"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_the_area_word_before_a_level_word_places_the_body(analysed: list, k: int, text: str, named: str,
                                                           not_named: str) -> None:
    found = {m.agency for m in analysed[k].agencies}
    assert named in found
    assert not_named not in found
