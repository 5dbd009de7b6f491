"""Probe list of national bodies' names that stand for something else in election news: a house joined by a word
('maupun', 'dan', 'hingga') to the contest named before it ('pemilihan presiden dan wakil presiden, anggota
legislatif, maupun DPD RI'), the assembly's programme ('Sosialisasi Empat Pilar MPR RI', '4 Pilar MPR'), and the
2019 ticket's campaign bodies, whose acronyms are the land agency's and the audit board's ('BPN Prabowo-Sandi',
'Badan Pemenangan Kabupaten (BPK) Prabowo-Sandi'). None names the institution. Look-alikes stay listed: the house
after a list of institutions, the assembly and the boards themselves, the land office with its region. Sentences in
our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

DPR = "Dewan Perwakilan Rakyat Republik Indonesia"
DPD = "Dewan Perwakilan Daerah Republik Indonesia"
MPR = "Majelis Permusyawaratan Rakyat Republik Indonesia"
BPN = "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
BPK = "Badan Pemeriksa Keuangan"

# (sentence, canonical name, whether the story lists it)
FORMS = [
    # a house joined by a word to the contest before it: a seat
    ("Pemilu 2019 memilih presiden dan wakil presiden, anggota legislatif, maupun DPD RI; ASN wajib netral.", DPD,
     False),
    ("Menjelang pemilihan legislatif dan DPD, Bupati meminta pegawai tidak ikut berkampanye.", DPD, False),
    ("ASN dilarang menjadi tim sukses dalam pemilihan DPRD hingga DPR RI pada Pemilu 2024.", DPR, False),
    # ... while a house after a list of institutions, or a sentence after the contest, is the house
    ("Bawaslu, KPU, dan DPR RI sepakat memperketat pengawasan netralitas ASN.", DPR, True),
    ("Pemilu legislatif tinggal sebulan. DPR RI meminta pemerintah menindak ASN yang berpihak.", DPR, True),
    # the assembly's programme: not the assembly
    ("Dalam Sosialisasi Empat Pilar MPR RI di desa itu, pembicara mengingatkan ASN agar netral pada pemilu.", MPR,
     False),
    ("Kegiatan 4 Pilar MPR digelar di balai desa, dan kepala desa diminta netral pada Pilkada 2024.", MPR, False),
    ("Wakil Ketua MPR RI meminta ASN menjaga netralitas pada Pemilu 2024.", MPR, True),
    # the 2019 ticket's campaign bodies: not the land agency or the audit board
    ("Badan Pemenangan Nasional (BPN) Prabowo-Sandi melaporkan dugaan camat tidak netral ke Bawaslu.", BPN, False),
    ("Juru bicara BPN Prabowo-Sandi menyebut sejumlah kepala desa berpihak pada Pilpres 2019.", BPN, False),
    ("Badan Pemenangan Kabupaten (BPK) Prabowo-Sandi menyerahkan bukti pelanggaran netralitas ASN.", BPK, False),
    # ... while the bodies themselves are listed
    ("Kepala BPN meminta seluruh pegawai pertanahan netral dalam pemilu.", BPN, True),
    ("BPK menemukan penggunaan anggaran untuk kegiatan kampanye yang melibatkan ASN.", BPK, True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_name_standing_for_something_else_names_no_institution(analysed: list, k: int, text: str, agency: str,
                                                                 listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
