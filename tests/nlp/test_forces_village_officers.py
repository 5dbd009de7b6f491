"""The army's and the police's village officers (Babinsa, Bhabinkamtibmas) asked about the contest by their commanders
are no civil servants: alone, a request or rule to them borrows no civil servant from the story, as one to soldiers
or police officers does not; listed with civil servants they are addressed with them, as TNI and Polri are. Sentences
are our own."""

from __future__ import annotations

import pytest

LEAD = "Pj Bupati meminta seluruh ASN menjaga netralitas dalam Pilkada 2024."

FORMS: list[tuple[str, list[str]]] = [
    (f"{LEAD} Dandim juga meminta seluruh Babinsa menjaga netralitas di desa binaan.", ["appeal"]),
    (f"{LEAD} Kapolres memerintahkan para Bhabinkamtibmas untuk bersikap netral.", ["appeal"]),
    (f'{LEAD} "Rekan-rekan Bhabinkamtibmas harus menjaga kamtibmas di wilayah masing-masing," kata Kapolsek.',
     ["appeal"]),
    (f"{LEAD} Kapolsek mengingatkan Babinkamtibmas agar tidak memihak salah satu calon.", ["appeal"]),
    # listed with civil servants, they are addressed with them
    ("Camat meminta ASN, Babinsa dan Bhabinkamtibmas tetap netral dalam Pilkada 2024.", ["appeal"]),
    ("Menurut Camat, perangkat desa, Babinsa dan ASN wajib netral dalam Pilkada 2024.", ["obligation"]),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[-60:] for text, _ in FORMS])
def test_forces_village_officers(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]


def test_listed_officers_are_targets(analyses):
    assert set(analyses[4].directives[0].target.split(", ")) == {"ASN", "TNI", "Polri"}
