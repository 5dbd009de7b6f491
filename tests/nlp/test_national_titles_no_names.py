"""A national office's one-word short title (Menaker, Mendagri, Menpora ...) written after a staff title is the
minister's, no holder's name ("Staf Ahli Menaker RI ini ..."). The probes are analysed in one batch."""

from __future__ import annotations

import pytest

# (story, the short title that must not be read as a name)
FORMS = [
    ("Pemprov Gorontalo menggelar apel. Staf Ahli Menaker RI ini kemudian mengajak seluruh ASN netral.", "Menaker"),
    ("Pemkab Bone Bolango menggelar sosialisasi. Staf Ahli Mendagri itu meminta ASN tidak memihak.", "Mendagri"),
    ("Pemprov Maluku Utara menggelar apel. Staf Ahli Menpora kemudian mengingatkan ASN agar netral.", "Menpora"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "title"), [pytest.param(k, f[1], id=f[0][:48]) for k, f in enumerate(FORMS)])
def test_a_national_office_title_is_no_name(analysed: list, k: int, title: str) -> None:
    assert title not in {o.name for o in analysed[k].officials}
