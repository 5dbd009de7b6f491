"""A holder named in full and again with a given name cut to its initial ('Pj Bupati Demak Muhamad Rizal Fauzi'
then 'kata Pj Bupati M Rizal', 'R Santoso Wibowo' of 'Raden Santoso Wibowo') is one official under the fuller
name. Two people sharing a word with different initials, two initials with no word written out, or an initialled
name of another institution stay apart. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Netralitas ASN dalam Pilkada 2024 dibahas dalam apel pagi. "

# (text, the names listed)
FORMS = [
    (LEAD + "Pj Bupati Demak Muhamad Rizal Fauzi meminta ASN netral. \"Jangan berpihak,\" kata Pj Bupati M Rizal "
     "kepada wartawan. M Rizal juga membentuk tim pengawas.", {"Muhamad Rizal Fauzi"}),
    (LEAD + "Pj Wali Kota Tegal Raden Santoso Wibowo meminta ASN netral. Menurut Pj Wali Kota R Santoso Wibowo, "
     "pelanggar akan diperiksa.", {"Raden Santoso Wibowo"}),
    (LEAD + "Pj Bupati Demak, M. Rizal Fauzi, meminta ASN netral. Pj Bupati Demak Muhamad Rizal Fauzi juga "
     "membentuk tim pengawas. Menurut M. Rizal, tim bekerja sejak Senin.", {"Muhamad Rizal Fauzi"}),
    (LEAD + "Ketua Bawaslu Ternate Samsul A. Kadir meminta ASN netral. Menurut Ketua Bawaslu Ternate Samsul A "
     "Kadir, pengawasan diperketat.", {"Samsul A. Kadir"}),
    (LEAD + "Bupati Blora A Rizal meminta ASN netral. Hal itu dibenarkan Sekda Blora Bambang Rizal.",
     {"A Rizal", "Bambang Rizal"}),
    (LEAD + "Bupati Blora Ahmad Rizal meminta ASN netral. Kapolres Blora AKBP A Rizal juga hadir.",
     {"Ahmad Rizal", "A Rizal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_an_initialled_given_name_is_the_same_holder(analysed: list, k: int, text: str, names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} == names
