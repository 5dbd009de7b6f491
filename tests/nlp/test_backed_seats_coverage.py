"""Probe list of a regional head's office named as the seat candidates are backed for: a verb of backing
('mendukung', 'memenangkan', 'mendeklarasikan'), its object (names, 'pasangan itu', 'nomor urut satu'), then
'sebagai/menjadi' and the title, alone or as a ticket ('sebagai Gubernur dan Wakil Gubernur X'). It names no
government, as 'calon Bupati X' does not. Still listed: the backer's own act as the holder ('mendukung netralitas ASN
sebagai Bupati X'), a holder after a verb of saying, an acting head chosen or appointed ('memilih Budi sebagai Pj
Bupati X'). Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a regional government, whether the story lists it)
FORMS = [
    ("Bawaslu Kabupaten Gowa menerima laporan camat yang mengajak warga memenangkan Rudi sebagai Bupati Takalar.",
     "Pemerintah Kabupaten Takalar", False),
    ("Dalam video itu tiga lurah mendukung Andi dan Sari nomor urut dua sebagai Gubernur Sulawesi Tengah.",
     "Pemerintah Provinsi Sulawesi Tengah", False),
    ("Belasan kepala desa mendeklarasikan pasangan tersebut sebagai Wali Kota dan Wakil Wali Kota Ternate.",
     "Pemerintah Kota Ternate", False),
    ("Seorang guru honorer mengampanyekan pasangan itu menjadi Bupati dan Wakil Bupati Sumbawa di grup sekolah.",
     "Pemerintah Kabupaten Sumbawa", False),
    # look-alikes that stay listed
    ("Ia mendukung netralitas pegawai sebagai Bupati Takalar dan meminta ASN tidak berpolitik praktis.",
     "Pemerintah Kabupaten Takalar", True),
    ("Kami mendukung penuh pengawasan, ujar Rudi sebagai Wali Kota Ternate kepada para ASN.",
     "Pemerintah Kota Ternate", True),
    ("Mendagri memilih Sari Dewi sebagai Pj Gubernur Sulawesi Tengah, dan ia meminta ASN menjaga netralitas.",
     "Pemerintah Provinsi Sulawesi Tengah", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_seat_candidates_are_backed_for_names_no_government(analysed: list, k: int, text: str, agency: str,
                                                              listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
