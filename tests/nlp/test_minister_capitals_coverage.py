"""Probe list of the civil service minister's short title written all in capitals ('Menteri MENPAN-RB Budi', 'edaran
MENPAN-RB, Budi, ...', 'MENPANRB Budi'), as titles the registry matches as written are printed by some outlets,
generated over the title's capital forms x how the holder is joined. Each text (our own words) must give the holder,
without a half of the title in the name, with the ministry. All are analysed in one batch."""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.probes import indexed, values

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
TITLES = ["MENPAN-RB", "MENPANRB", "MENPAN RB", "Menteri MENPAN-RB", "Menteri MENPANRB"]
HOLDERS = ["{title} Tjahjo Kumolo menegaskan ASN harus netral dalam pilkada.",
           "Larangan itu dipertegas lewat surat edaran {title}, Tjahjo Kumolo, tentang netralitas ASN.",
           '"ASN jangan berpihak," kata {title} Tjahjo Kumolo di Jakarta.']

FORMS = [(form.format(title=title), "Tjahjo Kumolo", PANRB) for title, form in itertools.product(TITLES, HOLDERS)]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2019-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:70]))
def test_the_minister_under_a_title_in_capitals_is_found(analysed: list, k: int, text: str, name: str,
                                                         agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found
