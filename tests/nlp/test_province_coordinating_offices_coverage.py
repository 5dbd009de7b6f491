"""Probe list of East Java's coordinating offices (Bakorwil), named with or without their number, the word "Wilayah"
or the island one of them serves, and through their head, each in a sentence of its own; a bare "Bakorwil" names none
of them and a regency of a seat's name stays the regency. All are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, the office it names, or None where no Bakorwil may be read)
PROBES = [
    ("Kepala Bakorwil III Malang, Hadi Santoso, meminta ASN wajib netral dalam Pilkada 2024.",
     "Badan Koordinasi Wilayah Malang"),
    ("Rapat di kantor Bakorwil Wilayah V Jember menegaskan ASN dilarang berkampanye.",
     "Badan Koordinasi Wilayah Jember"),
    ("Pejabat Bakorwil Madura mengingatkan pegawai agar netral menjelang pemilu.",
     "Badan Koordinasi Wilayah Pamekasan"),
    ("Badan Koordinasi Wilayah Bojonegoro menggelar apel netralitas ASN.", "Badan Koordinasi Wilayah Bojonegoro"),
    ("Sebuah Bakorwil menggelar apel netralitas ASN menjelang Pilkada 2024.", None),
    ("Pemerintah Kabupaten Madiun menggelar apel netralitas ASN menjelang Pilkada 2024.", None),
]


@pytest.fixture(scope="module")
def agencies(analyse_all) -> list[set[str]]:
    """Each probe's institutions, from one batch analysis."""
    return [{a.agency for a in r.agencies} for r in analyse_all([p[0] for p in PROBES], published=None)]


@pytest.mark.parametrize(("index", "body"), indexed(PROBES, lambda v: v[0][:40], first=1))
def test_coordinating_offices_are_read(agencies, index: int, body: str | None) -> None:
    if body is None:
        assert not {a for a in agencies[index] if a.startswith("Badan Koordinasi")}, agencies[index]
    else:
        assert body in agencies[index], agencies[index]
