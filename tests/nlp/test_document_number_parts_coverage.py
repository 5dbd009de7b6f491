"""Probe list of institutions' short names inside a document's number or a desk's initials, glued by slashes or
hyphens to parts one of which holds a digit ('270/9/s.edar/kesbangpol/I/2020', '800/8523-BKPSDM', '(ab3/AB/MK)'):
a part of the number, not a mention of the body, as '800/1071/BKPSDM' already is and as the read gold lists none
(3 outlets). Lists of bodies written with slashes or hyphens and no digit ('ASN/TNI/Polri', 'TNI-Polri') and a
numbered unit ('Kodim 0712/Subang') stay named. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

KESBANG = "Badan Kesatuan Bangsa dan Politik"
BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
MK = "Mahkamah Konstitusi"
POLRI = "Kepolisian Negara Republik Indonesia"
TNI = "Tentara Nasional Indonesia"

# (sentence, agencies that must be named, agencies that must not)
FORMS = [
    ("Bupati menerbitkan surat edaran bernomor 300/12/s.edar/kesbangpol/II/2024 soal netralitas pegawai.", (),
     (KESBANG,)),
    ("Wali Kota melalui Surat Edaran 800/4417-BKPSDM meminta pegawai tidak berpihak.", (), (BKPSDM,)),
    ("Edaran nomor 094/210/Inspektorat-2024 melarang pegawai ikut kampanye.", (), ("Inspektorat",)),
    ("Kepala desa dilarang ikut kampanye, kata camat. (ab3/AB/MK)", (), (MK,)),
    ("Surat bernomor 270/88/Kesbangpol.III/2024 ditujukan kepada seluruh kepala OPD.", (), (KESBANG,)),
    # look-alikes: lists of bodies with no digit, a numbered unit
    ("Netralitas ASN/TNI/Polri paling rawan terganggu menjelang pilkada, kata Bawaslu.", (POLRI, TNI), ()),
    ("Ikrar netralitas ASN dan TNI-Polri dibacakan di halaman kantor bupati.", (POLRI, TNI), ()),
    ("Dandim 0712/Subang Letkol Inf Budi Santoso meminta prajurit dan PNS netral.",
     ("Komando Distrik Militer 0712/Subang",), ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_short_name_inside_a_document_number_names_no_body(analysed: list, k: int, text: str,
                                                             listed: tuple[str, ...],
                                                             unlisted: tuple[str, ...]) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    assert agencies >= set(listed)
    assert not agencies & set(unlisted)
