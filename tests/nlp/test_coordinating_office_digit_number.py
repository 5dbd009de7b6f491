"""East Java's coordinating offices (Bakorwil) with their number in digits ("Bakorwil 1 Madiun", "Bakorwil Wilayah 3
Malang") are the same offices as with the Roman number; a bare "Bakorwil" still names none. Stories in our own words
(agencies.yaml bakorwil_*)."""

from __future__ import annotations

import pytest

MADIUN = "Badan Koordinasi Wilayah Madiun"
STORY = "Jelang Pilkada 2024, Pemprov Jatim mengumpulkan pejabat di daerah untuk ikrar netralitas ASN. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Kepala Bakorwil 1 Madiun meminta pegawainya tidak ikut berkampanye.", [MADIUN], []),
    (STORY + "Apel digelar di halaman Bakorwil Wilayah 3 Malang.", ["Badan Koordinasi Wilayah Malang"], []),
    (STORY + "Pegawai Badan Koordinasi Wilayah 5 Jember ikut menandatangani ikrar.",
     ["Badan Koordinasi Wilayah Jember"], []),
    # negatives: the bare acronym with the town elsewhere in its sentence, a digit after another office
    (STORY + "Kepala Bakorwil meminta 12 pegawai di Madiun tidak berkampanye.", [], [MADIUN]),
    (STORY + "Camat Kartoharjo meminta 1 Madiun tetap kondusif.", [], [MADIUN]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_coordinating_office_numbered_in_digits_is_named(run, text: str, named: list[str],
                                                           not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
