"""Probe list of an election body's national name spelled out, its short name glossed or not, listed by a word ('dan',
'serta') right before a regional body that closes the list with its region ('Komisi Pemilihan Umum (KPU) dan Badan
Pengawas Pemilu (Bawaslu) Kota Madiun'): that region's body of its kind, not the national one beside the regional
one. Not where a comma alone follows, which may close a clause ('Bersama Badan Pengawas Pemilu (Bawaslu), Pemkab X
...'), nor where the region stands before the name ('KPU Kabupaten X dan Badan Pengawas Pemilu'), nor where the
national body is placed itself ('Bawaslu RI'). Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical names the story must list, canonical names it must not list)
FORMS = [
    ("Pj Wali Kota Madiun menerima kunjungan Komisi Pemilihan Umum (KPU) dan Badan Pengawas Pemilu (Bawaslu) Kota "
     "Madiun untuk membahas netralitas ASN pada Pilkada 2024.",
     {"Komisi Pemilihan Umum Kota Madiun", "Bawaslu Kota Madiun"}, {"Komisi Pemilihan Umum"}),
    ("Ikrar netralitas ASN itu disaksikan Badan Pengawas Pemilu (Bawaslu) serta Komisi Pemilihan Umum (KPU) Kabupaten "
     "Sinjai jelang Pilkada 2024.",
     {"Bawaslu Kabupaten Sinjai", "Komisi Pemilihan Umum Kabupaten Sinjai"}, {"Badan Pengawas Pemilihan Umum"}),
    ("Rapat netralitas ASN menghadirkan Komisi Pemilihan Umum dan Bawaslu Kabupaten Wonogiri menjelang Pilkada 2024.",
     {"Komisi Pemilihan Umum Kabupaten Wonogiri", "Bawaslu Kabupaten Wonogiri"}, {"Komisi Pemilihan Umum"}),
    ("Sosialisasi netralitas ASN diisi Badan Pengawas Pemilu (Bawaslu), dan KPU Kota Bitung pada Pilkada 2024.",
     {"Bawaslu Kota Bitung", "Komisi Pemilihan Umum Kota Bitung"}, {"Badan Pengawas Pemilihan Umum"}),
    # look-alikes: a comma closing a clause, the region before the spelled name, the national body placed itself
    ("Bersama Badan Pengawas Pemilu (Bawaslu), Pemkab Wonogiri memantau netralitas ASN selama Pilkada 2024.",
     {"Badan Pengawas Pemilihan Umum", "Pemerintah Kabupaten Wonogiri"}, {"Bawaslu Kabupaten Wonogiri"}),
    ("Komisi Pemilihan Umum (KPU) Kabupaten Sinjai dan Badan Pengawas Pemilu (Bawaslu) membahas netralitas ASN pada "
     "Pilkada 2024.",
     {"Komisi Pemilihan Umum Kabupaten Sinjai", "Badan Pengawas Pemilihan Umum"}, {"Bawaslu Kabupaten Sinjai"}),
    ("Badan Pengawas Pemilu (Bawaslu) RI dan KPU Kota Bitung menggelar rapat netralitas ASN jelang Pilkada 2024.",
     {"Badan Pengawas Pemilihan Umum", "Komisi Pemilihan Umum Kota Bitung"}, {"Bawaslu Kota Bitung"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_spelled_election_body_takes_the_region_closing_its_list(analysed: list, k: int, text: str,
                                                                   listed: set[str], unlisted: set[str]) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    assert listed <= agencies, agencies
    assert not unlisted & agencies, agencies
