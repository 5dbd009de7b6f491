"""A holder's name in brackets after the title whose first word is also a regency's or city's one-word name
('Wakil Menteri Dalam Negeri (Bima Arya Sugiarto)', 'Bupati Ngawi (Agam Santoso)') is the holder, as the same name
after a comma already was. A lone place in brackets after a title ('Ketua KPU Kabupaten (Bima)') names nobody.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Apel netralitas ASN digelar jelang Pilkada 2024. "

# (text, the names listed)
FORMS = [
    (LEAD + "Wakil Menteri Dalam Negeri (Bima Arya Sugiarto) mengingatkan ASN agar netral.", {"Bima Arya Sugiarto"}),
    (LEAD + "Bupati Ngawi (Agam Santoso) meminta seluruh camat mengawasi pegawai.", {"Agam Santoso"}),
    (LEAD + "Kepala BKN (Bima Haria Wibisana) mengingatkan pegawai agar netral.", {"Bima Haria Wibisana"}),
    # a lone place in brackets: no holder
    (LEAD + "Ketua KPU Kabupaten (Bima) meminta pegawai menjaga netralitas.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_a_bracketed_name_opened_by_a_place_is_the_holder(analysed: list, k: int, text: str,
                                                          names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} == names
