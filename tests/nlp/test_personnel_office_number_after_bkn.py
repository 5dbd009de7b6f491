"""BKN's regional offices with their number after the agency's acronym ("Kanreg BKN VII Palembang", "Kantor Regional
BKN VIII", "Kakanreg BKN IV Makassar") are those offices, as with the number before it; "I" after the acronym with no
seat may open a Balinese name and names no office, and the agency alone stays the agency. Stories in our own words
(agencies.yaml bkn_kanreg_*)."""

from __future__ import annotations

import pytest

STORY = "Menjelang Pilkada 2024, pengawasan netralitas pegawai diperketat. "
BKN = "Badan Kepegawaian Negara"

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Kepala Kanreg BKN VII Palembang mengingatkan sanksi bagi PNS yang berkampanye.",
     ["Kantor Regional VII BKN Palembang"], []),
    (STORY + "Kantor Regional BKN VIII menerima laporan dari tiga kabupaten.", ["Kantor Regional VIII BKN Banjarmasin"],
     []),
    (STORY + "Rapat dipimpin Kakanreg BKN XII Pekanbaru di aula kantornya.", ["Kantor Regional XII BKN Pekanbaru"], []),
    (STORY + "Pegawai Kanreg BKN I Yogyakarta ikut menandatangani pakta.", ["Kantor Regional I BKN Yogyakarta"], []),
    # negatives: "I" opening a Balinese name, the agency alone
    (STORY + "Kepala Kanreg BKN I Ketut Sudira meminta PNS di Bali netral.", [],
     ["Kantor Regional I BKN Yogyakarta"]),
    (STORY + "BKN memblokir data pegawai yang terbukti tidak netral.", [BKN], ["Kantor Regional VII BKN Palembang"]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_personnel_office_numbered_after_the_acronym_is_named(run, text: str, named: list[str],
                                                                not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
