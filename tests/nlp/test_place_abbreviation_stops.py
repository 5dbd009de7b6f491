"""A district, ward, village, neighbourhood or street abbreviated with a full stop before its name or number ("Kec.",
"Kel.", "Ds.", "RT.", "Jl.") ends no sentence: the title, its place and the holder stay one sentence; neither does
"Bpk."/"Sdr." before a name, an honorific like "Ir.". A full stop after the place's name still ends it. The stories
are ours."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN menjelang Pilkada 2024 kembali diingatkan. "

# (story, holder, institution, opening words of the request's sentence)
HELD = [
    (LEAD + "Camat Kec. Kota Selatan Budi Santoso meminta ASN tidak berkampanye.", "Budi Santoso",
     "Kecamatan Kota Selatan", "Camat Kec."),
    (LEAD + "Lurah Kel. Sukajadi Rina Marlina meminta ASN tidak berkampanye.", "Rina Marlina", "Kelurahan Sukajadi",
     "Lurah Kel."),
]

# an honorific abbreviated before the name: the holder keeps his office
HONORED = [
    (LEAD + "Hal itu ditegaskan Camat Mlati Bpk. Budi Santoso yang meminta ASN tidak berkampanye.", "Budi Santoso",
     "Kecamatan Mlati"),
    (LEAD + "Hal itu ditegaskan Lurah Sinduadi Sdr. Budi Santoso yang meminta ASN tidak berkampanye.", "Budi Santoso",
     "Kelurahan Sinduadi"),
]

# a neighbourhood's stop before its number keeps the request whole
NEIGHBOURHOOD = LEAD + "Bupati meminta Ketua RT. 03 dan ASN di wilayahnya tidak berkampanye."

# the street's stop stays inside, the stop after its name ends the sentence
STREET = LEAD + "Apel digelar di Jl. Sudirman. Bupati meminta ASN tidak berkampanye."


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in HELD + HONORED] + [STREET, NEIGHBOURHOOD]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency", "opening"), HELD, ids=[c[1] for c in HELD])
def test_place_abbreviation_keeps_title_and_holder(analysed: dict, text: str, name: str, agency: str,
                                                   opening: str) -> None:
    result = analysed[text]
    assert {o.name: o.agency for o in result.officials}.get(name) == agency, result.officials
    assert any(d.sentence.startswith(opening) for d in result.directives), result.directives


def test_stop_after_street_name_still_ends_sentence(analysed: dict) -> None:
    sentences = [d.sentence for d in analysed[STREET].directives]
    assert any(s.startswith("Bupati meminta") for s in sentences), sentences


@pytest.mark.parametrize(("text", "name", "agency"), HONORED, ids=[c[2] for c in HONORED])
def test_abbreviated_honorific_keeps_holder(analysed: dict, text: str, name: str, agency: str) -> None:
    result = analysed[text]
    assert {o.name: o.agency for o in result.officials}.get(name) == agency, result.officials


def test_neighbourhood_stop_before_number_keeps_sentence(analysed: dict) -> None:
    sentences = [d.sentence for d in analysed[NEIGHBOURHOOD].directives]
    assert any(s.startswith("Bupati meminta Ketua RT. 03") for s in sentences), sentences
