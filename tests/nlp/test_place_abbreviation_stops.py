"""A district, ward, village or street abbreviated with a full stop before its name ("Kec.", "Kel.", "Ds.", "Jl.")
ends no sentence: the title, its place and the holder stay one sentence. A full stop after the place's name still
ends it. The stories are ours."""

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

# the street's stop stays inside, the stop after its name ends the sentence
STREET = LEAD + "Apel digelar di Jl. Sudirman. Bupati meminta ASN tidak berkampanye."


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in HELD] + [STREET]
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
