"""Probe list of a regional body's head shared by a second region of the same level ('Pemkab Bantul dan Sleman', 'KPU
Kota Ambon serta Tual', 'Polres Klaten maupun Boyolali'): the second region's body of the same kind is named too.
Not where the second word opens another body ('Pemkab Bantul dan Bawaslu'), is a region of another level ('Bawaslu Kota
Semarang dan Jawa Tengah'), or is the start of a longer name ('Pemkab Bantul dan Sleman Utara'). Sentences in our own
words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a regional body, whether the story lists it)
FORMS = [
    ("Sejumlah pegawai Pemkab Gunungkidul dan Kulon Progo diminta tidak hadir dalam kampanye pilkada.",
     "Pemerintah Kabupaten Kulon Progo", True),
    ("KPU Kota Ambon serta Tual mengingatkan ASN agar netral selama tahapan pilkada.",
     "Komisi Pemilihan Umum Kota Tual", True),
    ("Aduan tentang ASN yang berkampanye datang dari Pemkot Pagaralam dan Prabumulih, kata anggota Bawaslu.",
     "Pemerintah Kota Prabumulih", True),
    ("Polres Klaten maupun Boyolali ikut mengawasi netralitas pegawai selama pilkada.", "Kepolisian Resor Boyolali",
     True),
    # look-alikes: another body, another level, a longer name
    ("Pemkab Gunungkidul dan Bawaslu meminta pegawai tetap netral.", "Pemerintah Kabupaten Kulon Progo", False),
    ("Bawaslu Kota Semarang dan Jawa Tengah menggelar sosialisasi netralitas ASN.", "Bawaslu Provinsi Jawa Tengah",
     False),
    ("Pemkab Gunungkidul dan Kulon Progo Raya menggelar apel netralitas ASN.", "Pemerintah Kabupaten Kulon Progo",
     False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_head_shared_by_two_regions_names_both_bodies(analysed: list, k: int, text: str, agency: str,
                                                        listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
