"""Probe list of the supervisors' ad hoc name written alone ('Panwas', 'Panwaslu') in a story that names a regency's or
a city's Bawaslu: since 2018 that Bawaslu holds the regency's seat, so the bare name is its district supervisors, none
in particular, and the read gold lists no body for it. Where no such Bawaslu is named (a province's Bawaslu, a story
before 2018) the bare name stays the kind, and a district's supervisors named with their district stay named.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

GENERIC = "Panitia Pengawas Pemilu"

# (sentence, supervisors' bodies that must be named: every agency starting with 'Panitia Pengawas' or 'Panwaslu')
FORMS = [
    ("Bawaslu Kabupaten Bantul menerima laporan dari Panwas bahwa dua ASN hadir di acara kampanye.", set()),
    ("Ketua Bawaslu Kota Tegal, Budi Santoso, mengatakan temuan Panwaslu sudah diteruskan ke KASN.", set()),
    ("Menurut Bawaslu Kabupaten Kendal, Panwaslu sudah memanggil kepala desa yang ikut berkampanye.", set()),
    ("Pengawasan netralitas ASN dilakukan Bawaslu Kota Ambon bersama Panwaslu di setiap kecamatan.", set()),
    ("Apel diikuti pengawas pemilu kecamatan (Panwaslu) se-Kabupaten Gresik dan jajaran Bawaslu Kabupaten "
     "Gresik.", set()),
    ("Laporan Panwas itu dibahas Bawaslu Kabupaten Sumba Barat sebelum direkomendasikan ke BKN.", set()),
    # look-alikes that keep a body
    ("Bawaslu Provinsi Jawa Timur menerima laporan dari Panwaslu bahwa camat ikut berkampanye.", {GENERIC}),
    ("Panwaslu akan memanggil ASN yang hadir dalam deklarasi pasangan calon pada Pilkada 2015.", {GENERIC}),
    ("Bawaslu Kabupaten Bantul meneruskan temuan Panwaslu Kecamatan Sewon kepada Komisi ASN.",
     {"Panwaslu Kecamatan Sewon"}),
    ("Panwaslu Kabupaten Bengkalis memanggil tiga ASN. Ketua Panwaslu mengatakan ASN harus netral.",
     {"Panitia Pengawas Pemilu Kabupaten Bengkalis"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "bodies"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_bare_supervisors_name_beside_a_regency_bawaslu_names_none(analysed: list, k: int, text: str,
                                                                   bodies: set[str]) -> None:
    found = {m.agency for m in analysed[k].agencies if m.agency.startswith(("Panitia Pengawas", "Panwaslu"))}
    assert found == bodies
