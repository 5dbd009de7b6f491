"""Probe list of regional units the registry had missed, generated as unit spellings x places x sentences.

A district's or a ward's office named by its building and its head ('ASN di Kantor Camat Tuah Madani', 'kantor
Lurah Tegal Besar', 'Kantor Kelurahan Sukamaju') is that district's or ward's government, as the read half's gold
lists it in 5 of the 6 stories that write it; the district's building by its own level word ('Kantor Kecamatan X')
and a village's ('Kantor Desa X') stay venues, as the gold gives them (2 of 7 and none of 1 listed by this form
alone). Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

# sentences around an office: whoever works there, visits or is reported from it
SENTENCES = [
    "Bawaslu menemukan dua ASN di {x} yang diduga ikut kampanye pada Pilkada 2024.",
    "Tim pengawas mendatangi {x} untuk memastikan pegawai netral menjelang Pemilu 2024.",
    "Seorang honorer {x} dilaporkan karena mengunggah dukungan kepada paslon pada Pilkada 2024.",
]

DISTRICTS = ["Tuah Madani", "Sukajadi", "Pariaman Tengah", "Ngaliyan"]
WARDS = ["Sukamaju", "Tegal Besar", "Dandangan"]

# (text, canonical name, whether the story lists it)
OFFICE_BUILDINGS = (
    [(s.format(x=f"{head} {place}"), f"Kecamatan {place}", True)
     for s, head, place in product(SENTENCES, ["Kantor Camat", "kantor Camat"], DISTRICTS)]
    + [(s.format(x=f"{head} {place}"), f"Kelurahan {place}", True)
       for s, head, place in product(SENTENCES, ["Kantor Kelurahan", "kantor Kelurahan", "Kantor Lurah",
                                                 "kantor Lurah"], WARDS)]
    + [(s.format(x=f"Kantor Desa {place}"), f"Desa {place}", False) for s, place in product(SENTENCES, WARDS)]
    + [(s.format(x=f"Kantor Kecamatan {place}"), f"Kecamatan {place}", False)
       for s, place in product(SENTENCES, DISTRICTS)]
)

FORMS = OFFICE_BUILDINGS


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_a_unit_is_listed_as_the_gold_lists_it(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed, {m.agency for m in analysed[k].agencies}
