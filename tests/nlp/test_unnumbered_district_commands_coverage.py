"""Probe list of a district military command named by its regency or city with no number ('Kodim Wonogiri siap
mengamankan', 'apel di Makodim Wonogiri'): the command of that place, as its commander's title with the place alone
names it ('Dandim Wonogiri Letkol X': Komando Distrik Militer Wonogiri). A region's short form gives its official name
('Makodim Abdya'). The head alone, one with its number, or one before words that name no region makes no such
command. Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

SENTENCES = [
    "Seluruh prajurit {x} diminta menjaga netralitas menjelang Pilkada 2024.",
    "Bawaslu berkoordinasi dengan {x} untuk mengawasi netralitas ASN pada Pilkada 2024.",
]
PLACES = [("Kodim Wonogiri", "Komando Distrik Militer Wonogiri"),
          ("Makodim Wonogiri", "Komando Distrik Militer Wonogiri"),
          ("Kodim Bantul", "Komando Distrik Militer Bantul"),
          ("Makodim Abdya", "Komando Distrik Militer Aceh Barat Daya")]
PROBES = [(s.format(x=w), n, True) for s, (w, n) in product(SENTENCES, PLACES)] + [
    # negatives: the head alone, with its number, and before a word that is no region
    ("Koordinasi antara Polres dan Kodim diperkuat agar ASN netral pada Pilkada 2024.",
     "Komando Distrik Militer Wonogiri", False),
    ("Seluruh prajurit Kodim 0728/Wonogiri diminta menjaga netralitas menjelang Pilkada 2024.",
     "Komando Distrik Militer Wonogiri", False),
    ("Seluruh prajurit Kodim Baru diminta menjaga netralitas menjelang Pilkada 2024.",
     "Komando Distrik Militer Baru", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_an_unnumbered_district_command_is_its_place(analysed: list, k: int, text: str, agency: str,
                                                     listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names
