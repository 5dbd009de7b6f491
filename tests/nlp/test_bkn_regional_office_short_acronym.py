"""A BKN regional office is given with its short form without the seat as acronym ("Kanreg IV BKN"), the form most
stories and their readers use, whatever spelling the story writes (with or without the seat); its full name keeps the
seat. The national agency alone keeps its own acronym. Stories in our own words (agencies.yaml bkn_kanreg_*)."""

from __future__ import annotations

import pytest

STORY = "Menjelang Pilkada 2024, pengawasan netralitas pegawai diperketat. "

# (story, full name of the office it must name, acronym given to it)
FORMS = [
    (STORY + "Kantor Regional IV BKN Makassar menerima empat laporan dari Sulawesi Barat.",
     "Kantor Regional IV BKN Makassar", "Kanreg IV BKN"),
    (STORY + "Kepala Kanreg VI BKN menyebut data dua camat sudah diblokir.", "Kantor Regional VI BKN Medan",
     "Kanreg VI BKN"),
    (STORY + "Pegawai Kanreg XII BKN Kota Pekanbaru hadir sebagai narasumber.", "Kantor Regional XII BKN Pekanbaru",
     "Kanreg XII BKN"),
    (STORY + "Tim dari Kantor Regional BKN VIII Banjarmasin turun ke lapangan.", "Kantor Regional VIII BKN Banjarmasin",
     "Kanreg VIII BKN"),
]


@pytest.mark.parametrize("text,name,acronym", FORMS)
def test_a_regional_office_has_the_short_form_without_its_seat_as_acronym(run, text: str, name: str,
                                                                          acronym: str) -> None:
    found = {a.agency: a.acronym for a in run(text).agencies}
    assert found.get(name) == acronym, found


def test_the_national_agency_keeps_its_own_acronym(run) -> None:
    found = {a.agency: a.acronym for a in run(STORY + "BKN memblokir data pegawai yang tidak netral.").agencies}
    assert found.get("Badan Kepegawaian Negara") == "BKN", found
    assert not any(name.startswith("Kantor Regional") for name in found), found
