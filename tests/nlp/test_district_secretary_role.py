"""The district head's secretary written out as 'Sekretaris Camat' holds his own role, not the district head's: the
role keeps 'Sekretaris' whether the name follows the title or comes before it; the district head's own title is left
alone."""

from __future__ import annotations

import pytest

FORMS = [
    ("Sekretaris Camat Tembalang Rudi Hartanto mengingatkan ASN menjaga netralitas dalam Pilkada 2024.",
     "Rudi Hartanto", "Sekretaris Camat Tembalang"),
    ("Sekretaris Camat Tembalang, Rudi Hartanto, mengajak ASN tidak memihak dalam Pilkada 2024.",
     "Rudi Hartanto", "Sekretaris Camat Tembalang"),
    ("Rudi Hartanto, Sekretaris Camat Tembalang, meminta ASN netral dalam Pilkada 2024.",
     "Rudi Hartanto", "Sekretaris Camat Tembalang"),
    # the district head himself keeps his title
    ("Camat Tembalang, Sri Wahyuni, meminta ASN netral dalam Pilkada 2024.", "Sri Wahyuni", "Camat Tembalang"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "name", "role"), [(k, n, r) for k, (_, n, r) in enumerate(FORMS)])
def test_the_secretary_keeps_his_role(analysed: list, k: int, name: str, role: str) -> None:
    found = {o.name: (o.role, o.agency) for o in analysed[k].officials}
    assert found == {name: (role, "Kecamatan Tembalang")}
