"""Probe list of offices named after the election's own word ('Pemilu Presiden, Legislatif, dan Pilkada', 'Pemilu
Bupati dan Wakil Bupati X', 'Pemilukada Gubernur X'): the seat a contest fills, so no institution and no holder (the
word after the comma, 'Legislatif', is no name). In the read half every such office after 'Pemilu' is a contest (nine
stories, none naming a holder there). Look-alikes keep their institution and holder: the word closing a clause
before a title ('Jelang Pemilu, Bupati X Budi ...'), the word inside an institution's name before a title joined to
it ('Badan Pengawas Pemilu (Bawaslu) dan Pj Bupati X, Budi'), the President named with his name. Sentences in our
own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PRES = "Presiden Republik Indonesia"

# (sentence, canonical name, whether the story lists it, the holder who must be read or None)
FORMS = [
    ("Tahun depan digelar Pemilu Presiden, Legislatif, dan Pilkada serentak, sehingga ASN wajib netral.", PRES,
     False, None),
    ("Partisipasi pada Pemilu Presiden dan Wakil Presiden lalu tinggi; ASN diminta tetap netral.", PRES, False,
     None),
    ("Pemilu Bupati dan Wakil Bupati Natuna usai, dan ASN yang tidak netral akan dimutasi.",
     "Pemerintah Kabupaten Natuna", False, None),
    ("Pengawasan Pemilu Gubernur dan Wakil Gubernur Bengkulu dimulai; pegawai negeri dilarang berpihak.",
     "Pemerintah Provinsi Bengkulu", False, None),
    ("Menjelang Pemilukada Bupati Sleman, seluruh ASN diminta tidak ikut kampanye.", "Pemerintah Kabupaten Sleman",
     False, None),
    # look-alikes: listed, with their holders
    ("Jelang Pemilu, Bupati Natuna Wan Siswandi meminta ASN menjaga netralitas.", "Pemerintah Kabupaten Natuna",
     True, "Wan Siswandi"),
    ("Warga meminta Badan Pengawas Pemilu (Bawaslu) dan Pj Bupati Kerinci, Asraf, menindak ASN yang tidak netral.",
     "Pemerintah Kabupaten Kerinci", True, "Asraf"),
    ("Menjelang Pemilu Presiden, Presiden Joko Widodo meminta ASN tetap netral.", PRES, True, "Joko Widodo"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed", "holder"), indexed(FORMS, lambda v: v[0][:40]))
def test_an_office_after_the_election_word_is_a_seat(analysed: list, k: int, text: str, agency: str, listed: bool,
                                                     holder: str | None) -> None:
    analysis = analysed[k]
    assert (agency in {m.agency for m in analysis.agencies}) is listed
    names = {o.name for o in analysis.officials}
    assert names == ({holder} if holder else set())
