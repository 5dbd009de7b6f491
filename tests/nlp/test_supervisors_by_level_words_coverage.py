"""Probe list of the supervisors' ad hoc name written alone and followed, past a word of where or of which level and
a count, by a lower unit's word ('Panwaslu di setiap kecamatan', 'Panwaslu tingkat kecamatan', 'Panwaslu di 17
kecamatan', 'pengawas pemilu kecamatan (Panwaslu) di 20 kecamatan'): all the district supervisors, none in particular,
as 'Panwaslu kecamatan' and 'Panwaslu se-Kabupaten X' already are, and as the read gold lists none. The kind written
alone before a place or a clause, or a district's supervisors named with their district, stay named. Sentences in our
own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

GENERIC = "Panitia Pengawas Pemilu"

# (sentence, supervisors' bodies that must be named: every agency starting with 'Panitia Pengawas' or 'Panwaslu')
FORMS = [
    ("Bupati Kendal meminta Panwaslu di setiap kecamatan ikut mengawasi netralitas pegawai.", set()),
    ("Panwaslu tingkat kecamatan diminta mencatat ASN yang hadir dalam kampanye.", set()),
    ("Apel diikuti Panwaslu di 17 kecamatan serta para camat se-Kabupaten Kendal.", set()),
    ("Hadir pula pengawas pemilu kecamatan (Panwaslu) di 20 kecamatan dan pejabat Pemkab Kendal.", set()),
    ("Panwas di tiap desa diminta melaporkan kepala desa yang berpihak.", set()),
    ("Panwaslu tingkat kelurahan ikut menandatangani ikrar netralitas ASN.", set()),
    # look-alikes that keep a body
    ("Panwaslu di Kabupaten Kendal memanggil dua ASN yang hadir dalam kampanye pada 2015.", {GENERIC}),
    ("Laporan warga diterima Panwaslu, lalu diteruskan ke KASN pada Pilkada 2015.", {GENERIC}),
    ("Panwaslu Kecamatan Weleri memanggil seorang guru yang ikut kampanye.", {"Panwaslu Kecamatan Weleri"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2015-11-10")


@pytest.mark.parametrize(("k", "text", "bodies"), indexed(FORMS, lambda v: v[0][:40]))
def test_supervisors_of_every_district_name_none(analysed: list, k: int, text: str, bodies: set[str]) -> None:
    found = {m.agency for m in analysed[k].agencies if m.agency.startswith(("Panitia Pengawas", "Panwaslu"))}
    assert found == bodies
