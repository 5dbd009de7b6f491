"""Probe list of an army sub-district post named by its district, as the police sector beside it is ('TNI Posramil
Sukaraja', 'Danpos Ramil Kecamatan Sukaraja' in a list of guests, 'Danposramil Sukaraja Peltu X'): the post of that
district, its commander's name read after the rank. The head alone names none. Each sentence is our own; the probes
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Seluruh ASN dan prajurit diminta netral menjelang Pilkada 2024."
POST = "Pos Komando Rayon Militer Sukaraja"
PROBES = [  # (text, agency, listed)
    (f"{LEAD} Personel Polsek Sukaraja bersama TNI Posramil Sukaraja berpatroli ke kantor PPK.", POST, True),
    (f"{LEAD} Apel dihadiri Camat Sukaraja, Kapolsek Sukaraja, Danpos Ramil Kecamatan Sukaraja, dan kepala desa.",
     POST, True),
    (f"{LEAD} Danposramil Sukaraja Peltu Rudi Hartono mengingatkan anggotanya agar tidak memihak.", POST, True),
    # negative: the head alone
    (f"{LEAD} Anggota posramil diminta tidak memihak.", "Pos Komando Rayon Militer", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: v[0][60:120]))
def test_an_army_post_is_its_district(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed if listed else not {n for n in names if n.startswith(agency)}, names


def test_the_post_commander_is_read(analysed: list) -> None:
    assert ("Rudi Hartono", POST) in {(o.name, o.agency) for o in analysed[2].officials}
