"""Probe list of a regional head's office after a contest word and the words naming the contest's kind ('pemilihan
Kepala Daerah Bupati dan Wakil Bupati X', 'Pemilihan Umum Gubernur X', 'Pilkada Serentak Wali Kota X'): the seat the
contest fills, which names no government, as 'pemilihan Bupati X' does not. Still listed: a holder after such a
contest named and a comma ('Menjelang pemilihan kepala daerah, Bupati X meminta ...'). Sentences in our own words,
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a regional government, whether the story lists it)
FORMS = [
    ("Apel siaga digelar untuk menyukseskan pemilihan Kepala Daerah Bupati/Wabup Manggarai Barat, dan ASN diminta "
     "netral.", "Pemerintah Kabupaten Manggarai Barat", False),
    ("Seluruh pegawai wajib netral selama Pemilihan Umum Kepala Daerah Gubernur dan Wakil Gubernur Bengkulu.",
     "Pemerintah Provinsi Bengkulu", False),
    ("Bawaslu mengingatkan pegawai menjelang Pilkada Serentak Wali Kota dan Wakil Wali Kota Tual.",
     "Pemerintah Kota Tual", False),
    ("Tahapan pemilihan kepala daerah (pilkada) Bupati dan Wakil Bupati Nias Selatan sudah dimulai; ASN wajib netral.",
     "Pemerintah Kabupaten Nias Selatan", False),
    # a holder after the contest and a comma: listed
    ("Menjelang pemilihan kepala daerah, Bupati Manggarai Barat meminta pegawai tidak memihak.",
     "Pemerintah Kabupaten Manggarai Barat", True),
    ("Dalam pemilihan umum tahun ini, Gubernur Bengkulu meminta ASN tetap netral.", "Pemerintah Provinsi Bengkulu",
     True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_seat_after_the_contest_kind_names_no_government(analysed: list, k: int, text: str, agency: str,
                                                           listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
