"""A regional office of education and culture is also written by its two fields' short forms alone ('Dikbud'), as
its head's short title reads them ('Kadikbud'): a unit's head named with it serves that office, and the short form
is no word of his name. The ministry's own short form ('Kemendikbud') stays the ministry. Sentences in our own
words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Pemerintah Kabupaten Halmahera Selatan kembali mengingatkan ASN agar netral dalam Pilkada 2024. "

# (text, the official's name, his agency)
FORMS = [
    (LEAD + "Dalam video itu tampak Kasubag Tata Usaha Dikbud Rudi Hartono ikut berkampanye.",
     "Rudi Hartono", "Dinas Pendidikan dan Kebudayaan Kabupaten Halmahera Selatan"),
    (LEAD + "Sekretaris Dikbud Halsel, Siti Aminah, meminta para guru tidak memihak.",
     "Siti Aminah", "Dinas Pendidikan dan Kebudayaan Kabupaten Halmahera Selatan"),
    # the ministry's short form is the ministry
    (LEAD + "Sekretaris Jenderal Kemendikbud Rudi Hartono meminta para guru tidak memihak.",
     "Rudi Hartono", "Kementerian Pendidikan dan Kebudayaan"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_dikbud_names_the_education_office(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    assert found.get(name) == agency, found
