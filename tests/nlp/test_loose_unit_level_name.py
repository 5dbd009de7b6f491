"""An office the registry cannot name whose unit ends with a level word ('Kepala UPT Kecamatan', 'Kepala Seksi
Pemerintahan Desa') goes on over the name of that district or village ('Kecamatan Cisata', 'Kecamatan Ungaran
Timur', 'Kecamatan Tanjung Priok'): that name is no holder, so a list of offices with no names names nobody. A
holder written after the place is still found. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Bawaslu memeriksa ASN yang diduga tidak netral dalam Pilkada 2024. "

# (text, the names listed)
FORMS = [
    (LEAD + "Mereka adalah Camat Cisata, Kepala UPT Kecamatan Cisata, Kepala BPBD dan Kepala Dinas Sosial.", set()),
    (LEAD + "Yang diperiksa Kepala UPT Pendidikan Kecamatan Ungaran Timur, lalu Kepala Dinas Sosial.", set()),
    (LEAD + "Yang diperiksa Kepala UPT Kecamatan Tanjung Priok, lalu Kepala Dinas Sosial.", set()),
    # a holder after the place is found
    (LEAD + "Bawaslu memanggil Kepala UPT Kecamatan Cisata Budi Santoso karena hadir dalam kampanye.",
     {"Budi Santoso"}),
    (LEAD + "Bawaslu memanggil Kepala UPT Pendidikan Kecamatan Ungaran Timur, Rina Wati, karena hadir dalam "
     "kampanye.", {"Rina Wati"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_a_level_name_in_a_loose_unit_is_no_holder(analysed: list, k: int, text: str, names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} == names
