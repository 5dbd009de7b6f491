"""Probe list of a regional body named first by its full name with its region ('Badan Kesatuan Bangsa dan Politik
Kabupaten Wajo') and then by its bare acronym ('Kesbangpol'): the registry's acronym with the region ('Kesbangpol
Wajo') is written nowhere, so the bare one the text writes is reported, the form the gold's aliases give it, and the
full name again gives no region back. The acronym with the region written anywhere, in any spelling of the region
('Bawaslu Jawa Tengah' for 'Bawaslu Jateng'), is kept. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

KESBANGPOL = "Badan Kesatuan Bangsa dan Politik Kabupaten Wajo"
BAWASLU_JATENG = "Bawaslu Provinsi Jawa Tengah"

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Badan Kesatuan Bangsa dan Politik Kabupaten Wajo menggelar sosialisasi netralitas ASN. Menurut Kesbangpol, "
     "kampanye Pilkada 2024 sejauh ini aman.", KESBANGPOL, "Kesbangpol"),
    # the holder's full title after the bare acronym gives no region back
    ("Pantauan Kesbangpol menunjukkan kampanye aman. Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Wajo, "
     "Andi Rahman, meminta ASN netral.", KESBANGPOL, "Kesbangpol"),
    # the acronym with its region written keeps it
    ("Kesbangpol Wajo menggelar sosialisasi netralitas ASN. Menurut Kesbangpol, kampanye Pilkada 2024 aman.",
     KESBANGPOL, "Kesbangpol Wajo"),
    ("Pantauan Kesbangpol menunjukkan kampanye aman. Kepala Kesbangpol Wajo, Andi Rahman, meminta ASN netral.",
     KESBANGPOL, "Kesbangpol Wajo"),
    ("Bawaslu meminta ASN netral pada Pilkada 2024 di Semarang. Ketua Bawaslu Jawa Tengah, Budi Santoso, hadir.",
     BAWASLU_JATENG, "Bawaslu Jateng"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_an_unwritten_regional_acronym_gives_way(analysed: list, k: int, text: str, name: str, acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
