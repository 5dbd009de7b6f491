"""Probe list of the education ministry's offices in a province, quality assurance (BPMP, BBPMP) and teacher
development (BGP, BBGP): named by acronym or in full with a province, each is that province's office; the acronym with
no province after it names none. Stories in our own words (regional_agencies.yaml bpmp, bbpmp, bgp, bbgp)."""

from __future__ import annotations

import pytest

STORY = "Menjelang pilkada, guru dan tenaga kependidikan diingatkan menjaga netralitas. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Kepala BPMP Sumbar meminta pegawainya tidak berpihak.",
     ["Balai Penjaminan Mutu Pendidikan Provinsi Sumatera Barat"], []),
    (STORY + "Balai Guru Penggerak (BGP) Provinsi Riau menggelar apel bersama.", ["Balai Guru Penggerak Provinsi Riau"],
     []),
    (STORY + "Kepala BBPMP Provinsi Jawa Tengah dan Kepala BBGP Jawa Tengah ikut hadir.",
     ["Balai Besar Penjaminan Mutu Pendidikan Provinsi Jawa Tengah", "Balai Besar Guru Penggerak Provinsi Jawa Tengah"],
     []),
    # negative: the acronym with no province after it
    (STORY + "Kepala BGP meminta guru tidak berpihak.", [], ["Balai Guru Penggerak Provinsi Riau"]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_an_education_balai_is_the_provinces(run, text: str, named: list[str], not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
