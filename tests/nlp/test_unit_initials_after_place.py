"""A regional unit named with its place and then glossed by its initials, the place's initial among them ("Dinas
Kesehatan Kudus (DKK)"), keeps its place: the initials are the unit's, not those of a person whose name would hold
the place, so the place is no holder's name and the unit is the regency's. A person's name glossed by his initials,
a place's short form inside it, still names no place."""

from __future__ import annotations

import pytest

FORMS = [
    ("Kepala Dinas Kesehatan Kudus (DKK) Slamet Riyadi mengajak ASN netral dalam Pilkada 2024.",
     "Slamet Riyadi", "Dinas Kesehatan Kabupaten Kudus"),
    ("Sekretaris Dinas Kesehatan Kudus (DKK), Endang Lestari, meminta ASN tidak memihak dalam Pilkada 2024.",
     "Endang Lestari", "Dinas Kesehatan Kabupaten Kudus"),
]

# an accused civil servant's name glossed by his initials: 'Babar' inside it is no Bangka Barat
INITIALLED = "Seorang ASN bernama Agus Babar Suharso (ABS) dilaporkan ke Bawaslu karena tidak netral pada Pilkada 2024."


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _, _ in FORMS] + [INITIALLED], published="2024-10-10")


@pytest.mark.parametrize(("k", "name", "agency"), [(k, n, a) for k, (_, n, a) in enumerate(FORMS)])
def test_the_unit_keeps_its_place(analysed: list, k: int, name: str, agency: str) -> None:
    assert {o.name: o.agency for o in analysed[k].officials} == {name: agency}


def test_a_name_glossed_by_initials_names_no_place(analysed: list) -> None:
    assert analysed[len(FORMS)].province is None
