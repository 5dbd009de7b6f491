"""Probe list of an office named as the seat a candidate is backed for, in the forms the regional rule
(test_backed_seats_coverage) did not read: the presidency ('mendukung Rahmat Hidayat menjadi Presiden Republik
Indonesia'), the backing as a noun with the word that takes the candidate ('dukungan kepada ... sebagai Gubernur X',
'dukungan terhadap ... sebagai Presiden'), and a ticket joined by a hyphen ('Rahmat-Yusuf sebagai Presiden dan Wakil
Presiden'). No holder is read and no institution listed. Still read: the president's own act ('mendukung netralitas
ASN sebagai Presiden'), a holder written with his title, an acting head supported in his post ('dukungan kepada Pj
Bupati X' has no 'sebagai'). Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of an institution, whether the story lists it)
FORMS = [
    ("Dalam rekaman itu seorang kepala desa siap mendukung Rahmat Hidayat menjadi Presiden Republik Indonesia, "
     "padahal ASN dan kades wajib netral pada Pemilu 2024.", "Presiden Republik Indonesia", False),
    ("Lurah itu memberikan dukungan kepada Rahmat Hidayat sebagai Presiden RI lewat media sosial, padahal ASN wajib "
     "netral pada Pemilu 2024.", "Presiden Republik Indonesia", False),
    ("Unggahan guru PNS itu berisi dukungan terhadap Rahmat-Yusuf sebagai Presiden dan Wakil Presiden, kata Bawaslu "
     "soal netralitas ASN pada Pemilu 2024.", "Presiden Republik Indonesia", False),
    ("Dua camat menyatakan dukungan kepada Hendra Gunawan sebagai Gubernur Sulawesi Tengah periode berikutnya, "
     "padahal ASN wajib netral pada Pilkada 2024.", "Pemerintah Provinsi Sulawesi Tengah", False),
    # look-alikes that stay listed
    ("Presiden Joko Widodo meminta ASN netral pada Pemilu 2024; ia mendukung netralitas ASN sebagai Presiden.",
     "Presiden Republik Indonesia", True),
    ("Warga memberikan dukungan kepada Pj Bupati Banggai Hendra Gunawan agar ASN tetap netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Banggai", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_seat_backed_for_names_no_holder_nor_institution(analysed: list, k: int, text: str, agency: str,
                                                           listed: bool) -> None:
    analysis = analysed[k]
    assert (agency in {m.agency for m in analysis.agencies}) is listed
    if not listed:
        assert not [o for o in analysis.officials if o.agency == agency], analysis.officials
