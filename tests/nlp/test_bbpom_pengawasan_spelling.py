"""The food and drug agency's larger regional office written with "Pengawasan" for "Pengawas" ("Balai Besar
Pengawasan Obat dan Makanan di Surabaya") is that office, as the smaller Balai POM already reads both ways. Stories in
our own words."""

from __future__ import annotations

BBPOM = "Balai Besar Pengawas Obat dan Makanan di Surabaya"


def test_pengawasan_with_di(run):
    a = run("Balai Besar Pengawasan Obat dan Makanan di Surabaya mengingatkan pegawainya agar netral pada "
            "Pemilu 2024.")
    assert BBPOM in {m.agency for m in a.agencies}


def test_pengawasan_without_di(run):
    a = run("Kepala Balai Besar Pengawasan Obat dan Makanan Surabaya mengingatkan pegawainya agar netral pada "
            "Pemilu 2024.")
    assert BBPOM in {m.agency for m in a.agencies}


def test_the_national_agency_spelt_pengawasan_stays_national(run):
    a = run("Badan Pengawasan Obat dan Makanan mengingatkan pegawainya agar netral pada Pemilu 2024.")
    assert not any(m.agency.startswith("Balai Besar") for m in a.agencies)
