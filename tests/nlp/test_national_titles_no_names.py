"""Probe list of bare titles whose region only the story gives: a minister's short title after a staff title is no
holder's name ("Staf Ahli Menaker RI ini ..."). The probes are analysed in one batch."""

from __future__ import annotations

import pytest

# (story, the name looked up, the institution it is read with; None: no such official)
FORMS = [
    # a minister's short title after a staff title is the minister's, no holder's name
    ("Pemprov Gorontalo menggelar apel. Staf Ahli Menaker RI ini kemudian mengajak seluruh ASN netral.", "Menaker",
     None),
    ("Pemkab Bone Bolango menggelar sosialisasi. Staf Ahli Mendagri itu meminta ASN tidak memihak.", "Mendagri",
     None),
    ("Pemprov Maluku Utara menggelar apel. Staf Ahli Menpora kemudian mengingatkan ASN agar netral.", "Menpora",
     None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "name", "agency"),
                         [pytest.param(k, *f, id=f[0][:48]) for k, f in enumerate(FORMS)])
def test_a_bare_title_takes_the_region_of_the_story(analysed: list, k: int, text: str, name: str,
                                                     agency: str | None) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    assert found.get(name) == agency
