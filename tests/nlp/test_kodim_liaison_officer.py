"""A district military command's liaison officer to a regency it covers without a seat there, the Pabung (Perwira
Penghubung), is an office of that Kodim, named with its number and place like its commander's ('Pabung 1625/Ngada
Lettu Inf Budi'): the holder serves the Kodim and the Kodim is named. A liaison officer of no numbered unit names
none. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Netralitas ASN, TNI dan Polri dalam Pilkada 2024 dibahas dalam rapat koordinasi. "

# (text, the holder's name or None, the Kodim's name or None)
FORMS = [
    (LEAD + "Rapat dihadiri Pabung 1625/Ngada Lettu Inf Budi Santoso dan sejumlah kepala dinas.",
     "Budi Santoso", "Komando Distrik Militer 1625/Ngada"),
    (LEAD + "Hadir pula Perwira Penghubung 1625/Ngada Kapten Inf Rudi Hartono bersama camat.",
     "Rudi Hartono", "Komando Distrik Militer 1625/Ngada"),
    # no numbered unit after the title: no office
    (LEAD + "Hadir pula seorang perwira penghubung dari kepolisian bersama camat.", None, None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "name", "kodim"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_a_liaison_officer_serves_the_kodim(analysed: list, k: int, text: str, name: str | None,
                                            kodim: str | None) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    agencies = {a.agency for a in analysed[k].agencies}
    if name is None:
        assert not any(a.startswith("Komando Distrik Militer") for a in agencies), agencies
        return
    assert found.get(name) == kodim, found
    assert kodim in agencies, agencies
