"""Probe list of a regency's body written with the regency's local short form ('Kejari Aru', 'Inspektorat Pangkep',
'Kapolres Rohul'): the body keeps its canonical name, and its acronym writes the regency as the text does, the form
the gold's aliases give it; written with the regency's name, or for a regency with no local short form, the acronym
keeps the name. A body named alone first ('Bawaslu ... Bawaslu Kukar') or through an aide's title ('Kasi Intel' of
the Kejari, then 'Kajari Aru') takes the form of its later spelling, whether an institution's or an office's.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh ASN diminta menjaga netralitas pada Pilkada 2024."

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Kejari Aru menerima laporan soal kepala dinas yang ikut kampanye." + S,
     "Kejaksaan Negeri Kepulauan Aru", "Kejari Aru"),
    ("Inspektorat Pangkep memeriksa dua camat yang diduga tidak netral." + S,
     "Inspektorat Kabupaten Pangkajene dan Kepulauan", "Inspektorat Pangkep"),
    ("Kapolres Rohul AKBP Budi Santoso mengingatkan anggotanya." + S, "Kepolisian Resor Rokan Hulu", "Polres Rohul"),
    ("Bawaslu Kukar menemukan ASN yang mengunggah dukungan di media sosial." + S,
     "Bawaslu Kabupaten Kutai Kartanegara", "Bawaslu Kukar"),
    # named first alone, then with the local short form: the acronym takes the form the text gives
    ("Bawaslu menerima laporan soal kepala dinas yang berkampanye. Laporan itu kini ditelusuri Bawaslu Kukar." + S,
     "Bawaslu Kabupaten Kutai Kartanegara", "Bawaslu Kukar"),
    # named first through an aide's title or an office alone, then with the local short form in a title
    ("Rapat itu dihadiri Kapolres Kepulauan Aru, Kajari Aru diwakili Kasi Intel, Budi Santoso, dan anggota DPRD." + S,
     "Kejaksaan Negeri Kepulauan Aru", "Kejari Aru"),
    ("Kepala Kejaksaan Negeri Kepulauan Aru diwakili Kasi Intel, Budi Santoso. Kajari Aru meminta ASN netral." + S,
     "Kejaksaan Negeri Kepulauan Aru", "Kejari Aru"),
    # the regency's name written: the acronym keeps it
    ("Rapat itu dihadiri Kapolres Kepulauan Aru, Kajari Kepulauan Aru diwakili Kasi Intel, Budi Santoso." + S,
     "Kejaksaan Negeri Kepulauan Aru", "Kejari Kepulauan Aru"),
    ("Kejaksaan Negeri Kepulauan Aru menerima laporan soal kepala dinas." + S,
     "Kejaksaan Negeri Kepulauan Aru", "Kejari Kepulauan Aru"),
    ("Bawaslu Kutai Kartanegara menemukan ASN yang mengunggah dukungan." + S,
     "Bawaslu Kabupaten Kutai Kartanegara", "Bawaslu Kutai Kartanegara"),
    # a name of one word has no local short form; a joined spelling is the name, not a short form
    ("Bawaslu Lamongan menemukan ASN yang mengunggah dukungan." + S, "Bawaslu Kabupaten Lamongan", "Bawaslu Lamongan"),
    ("Pemkab Deliserdang mengingatkan ASN di lingkungannya." + S,
     "Pemerintah Kabupaten Deli Serdang", "Pemkab Deli Serdang"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_the_acronym_writes_the_regency_as_the_text_does(analysed: list, k: int, text: str, name: str,
                                                         acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
