"""Probe list of acting governors (Penjabat Gubernur) and other 2022-2025 office holders written with no title, as
speakers or actors ("kata Bey Machmudin", "Agus Fatoni menegaskan ..."): the story's date picks the office from the
holder's terms, so one name stands for the province he held then. Negatives: the same names outside their terms (a
former acting governor who now runs for office), a name not acting, and a longer name that only begins like a
holder's. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, published, the official's name, the agency the analysis must give; None: no official of that name)
FORMS: list[tuple[str, str, str, str | None]] = [
    ("Kata Bey Machmudin, pegawai pemerintah provinsi tidak boleh ikut berkampanye untuk pasangan mana pun.",
     "2024-06-10", "Bey Machmudin", "Pemerintah Provinsi Jawa Barat"),
    ("Nana Sudjana mengingatkan seluruh aparatur sipil negara agar tidak mengunggah dukungan kepada calon.",
     "2024-10-01", "Nana Sudjana", "Pemerintah Provinsi Jawa Tengah"),
    ("Agus Fatoni menegaskan ASN yang terbukti memihak akan diperiksa oleh inspektorat.",
     "2024-01-15", "Agus Fatoni", "Pemerintah Provinsi Sumatera Selatan"),
    ("Agus Fatoni menegaskan ASN yang terbukti memihak akan diperiksa oleh inspektorat.",
     "2024-08-15", "Agus Fatoni", "Pemerintah Provinsi Sumatera Utara"),
    ("Bahtiar Baharuddin meminta para kepala dinas menjaga jarak dari tim pemenangan.",
     "2024-02-01", "Bahtiar Baharuddin", "Pemerintah Provinsi Sulawesi Selatan"),
    ("Bahtiar Baharuddin meminta para kepala dinas menjaga jarak dari tim pemenangan.",
     "2024-10-01", "Bahtiar Baharuddin", "Pemerintah Provinsi Sulawesi Barat"),
    ("Zudan Arif Fakrulloh juga mengingatkan camat dan lurah untuk bersikap netral.",
     "2023-08-01", "Zudan Arif Fakrulloh", "Pemerintah Provinsi Sulawesi Barat"),
    ("Menurut Andriko Noto Susanto, ASN cukup menyalurkan pilihannya di bilik suara.",
     "2024-11-01", "Andriko Noto Susanto", "Pemerintah Provinsi Nusa Tenggara Timur"),
    ("Haryomo Dwi Putranto menyebut laporan pelanggaran netralitas pegawai terus bertambah.",
     "2024-05-01", "Haryomo Dwi Putranto", "Badan Kepegawaian Negara"),
    ("Raka Sandi menilai penyelenggara yang memihak melanggar kode etik.",
     "2024-03-01", "Raka Sandi", "Dewan Kehormatan Penyelenggara Pemilu"),
    # outside the terms: before the office, and after leaving it to run in the election
    ("Nana Sudjana mengatakan personelnya siap mengamankan unjuk rasa di ibu kota.",
     "2021-01-05", "Nana Sudjana", None),
    ("Lalu Gita Ariadi mengaku sudah mendaftar sebagai bakal calon gubernur.",
     "2024-09-01", "Lalu Gita Ariadi", None),
    # named, but not speaking or acting
    ("Warga memasang spanduk bergambar Bey Machmudin dan seorang calon bupati di pasar.",
     "2024-06-10", "Bey Machmudin", None),
    # a longer name that only begins like a holder's short form
    ("Heru Budi Santoso mengatakan warganya menolak politik uang.",
     "2024-01-10", "Heru Budi", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each on its own date."""
    return analyse_all([text for text, *_ in FORMS], published=[day for _, day, *_ in FORMS])


@pytest.mark.parametrize(("k", "text", "day", "name", "agency"), indexed(FORMS, lambda v: f"{v[1]} {v[0][:50]}"))
def test_an_untitled_holder_takes_the_office_of_the_date(analysed: list, k: int, text: str, day: str, name: str,
                                                         agency: str | None) -> None:
    found = [o.agency for o in analysed[k].officials if o.name == name]
    assert found == ([agency] if agency else [])
