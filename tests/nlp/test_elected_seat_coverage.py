"""Probe list of a regional head's office after being elected or put forward for it ('terpilih menjadi Bupati X',
'terpilih kembali sebagai Gubernur X', 'diusung menjadi Wali Kota X', 'maju kembali sebagai Bupati X', 'pencalonan
Budi sebagai Bupati X', 'majunya Budi sebagai Wali Kota X'): the seat won or sought, which names no government, as
'mencalonkan diri sebagai Bupati X' does not. Still listed: a holder named with no such verb before the title, and
an election told apart from the title ('yang terpilih pada 2019 kini Bupati X'). Sentences in our own words,
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a regional government, whether the story lists it)
FORMS = [
    ("Panwas meminta pegawai netral. Rudi optimistis terpilih menjadi Bupati Klaten tahun ini.",
     "Pemerintah Kabupaten Klaten", False),
    ("Pegawai diminta netral. Poster mendoakan Sari terpilih kembali sebagai Gubernur Bengkulu beredar di kantor.",
     "Pemerintah Provinsi Bengkulu", False),
    ("ASN wajib netral. Tokoh itu pernah diusung menjadi Wali Kota Tual oleh tiga partai.",
     "Pemerintah Kota Tual", False),
    ("ASN wajib netral. Rudi maju kembali sebagai Bupati Klaten bersama wakilnya.",
     "Pemerintah Kabupaten Klaten", False),
    # the candidacy as a noun, the candidate's name between it and "sebagai"
    ("ASN wajib netral. Partai masih menimbang pencalonan Rudi Hartono sebagai Bupati Klaten.",
     "Pemerintah Kabupaten Klaten", False),
    ("ASN wajib netral. Majunya Sari sebagai Wali Kota Tual membuat pegawai waswas.", "Pemerintah Kota Tual", False),
    ("ASN wajib netral. Pencalonannya sebagai Gubernur Bengkulu baru diumumkan.", "Pemerintah Provinsi Bengkulu",
     False),
    # spoken and idiomatic forms of running or being put forward
    ("ASN wajib netral. Kepala bagian itu mau nyalon jadi Bupati Klaten tahun depan.", "Pemerintah Kabupaten Klaten",
     False),
    ("ASN wajib netral. Dua nama digadang-gadang menjadi Wali Kota Tual.", "Pemerintah Kota Tual", False),
    ("ASN wajib netral. Sari dijagokan sebagai Gubernur Bengkulu oleh koalisi besar.", "Pemerintah Provinsi Bengkulu",
     False),
    ("Rudi sudah jadi Bupati Klaten sejak 2021 dan meminta ASN netral.", "Pemerintah Kabupaten Klaten", True),
    # the deputy's seat written in lower case after the verb
    ("ASN wajib netral. Sari maju sebagai wakil Gubernur Bengkulu mendampingi Rudi.", "Pemerintah Provinsi Bengkulu",
     False),
    ("ASN wajib netral, kata wakil Gubernur Bengkulu di kantornya.", "Pemerintah Provinsi Bengkulu", True),
    # no verb of election or candidacy before the title: the holder's government, listed
    ("Rudi Hartono sebagai Bupati Klaten meminta ASN netral.", "Pemerintah Kabupaten Klaten", True),
    ("ASN wajib netral, kata Bupati Klaten Rudi Hartono di pendapa.", "Pemerintah Kabupaten Klaten", True),
    ("Rudi yang terpilih pada 2019 kini Bupati Klaten dan meminta ASN netral.", "Pemerintah Kabupaten Klaten", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_an_elected_or_backed_seat_names_no_government(analysed: list, k: int, text: str, agency: str,
                                                       listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
