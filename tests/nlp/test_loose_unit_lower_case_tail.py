"""A unit the registry cannot name whose words drop to lower case past its first ('Kordiv Hukum dan penyelesaian
sengketa Rahmat Hidayat', 'Kepala Bagian Humas dan protokoler, Yulianti') is read whole, its holder after it. With
no name after the unit, or lower-case words that are no unit's, no one is named. Sentences in our own words, analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Bawaslu Kabupaten Pinrang menggelar rapat evaluasi netralitas ASN. "

# (text, names found)
FORMS = [
    (LEAD + "Kordiv Hukum dan penyelesaian sengketa Rahmat Hidayat menyebut ada tiga laporan soal ASN.",
     {"Rahmat Hidayat"}),
    (LEAD + "Hadir pula Kepala Bagian Humas dan protokoler, Yulianti, dalam rapat tersebut.", {"Yulianti"}),
    # negatives: no holder after the unit; lower-case words of no unit
    (LEAD + "Kordiv Hukum dan penyelesaian sengketa menyebut ada tiga laporan soal ASN.", set()),
    (LEAD + "Kordiv Hukum pun menyebut ada tiga laporan soal ASN dari Kecamatan Duampanua.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "names"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_a_unit_going_on_in_lower_case(analysed: list, k: int, text: str, names: set[str]) -> None:
    assert {o.name for o in analysed[k].officials} == names
