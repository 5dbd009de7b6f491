"""Probe list of a regional head's office as the seat voters choose or candidates contend for ('kursi Bupati X',
'Pilkada untuk memilih Gubernur X', 'menentukan Wali Kota X lima tahun ke depan', 'hingga terpilihnya Gubernur X
definitif'): the seat, which names no government, as 'pemilihan Bupati X' does not. Still listed: the holder's title
with no such word right before it. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a regional government, whether the story lists it)
FORMS = [
    ("Pegawai diminta netral. Empat pasangan bersaing merebut kursi Bupati Klaten tahun ini.",
     "Pemerintah Kabupaten Klaten", False),
    ("ASN wajib netral dalam pilkada yang digelar untuk memilih Gubernur Bengkulu periode mendatang.",
     "Pemerintah Provinsi Bengkulu", False),
    ("ASN wajib netral. Pemilih di kota itu akan menentukan Wali Kota Tual lima tahun ke depan.",
     "Pemerintah Kota Tual", False),
    ("ASN wajib netral. Penjabat itu bertugas hingga terpilihnya Gubernur Bengkulu definitif.",
     "Pemerintah Provinsi Bengkulu", False),
    # the holder's title, no word of choosing or of the seat right before it: listed
    ("Gubernur Bengkulu meminta ASN netral selama pilkada.", "Pemerintah Provinsi Bengkulu", True),
    ("ASN wajib netral, ujar Wali Kota Tual kepada wartawan.", "Pemerintah Kota Tual", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_chosen_or_contended_seat_names_no_government(analysed: list, k: int, text: str, agency: str,
                                                       listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
