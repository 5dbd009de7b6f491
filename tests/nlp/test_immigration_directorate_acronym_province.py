"""The immigration directorate's acronym with a province after it ("Kakanwil Ditjenim Jatim", "Ditjenim Maluku Utara")
is that province's office, as the corrections directorate's ("Ditjenpas Bali") is; the acronym alone stays the
directorate general. Stories in our own words (regional_agencies.yaml kanwil_ditjenim)."""

from __future__ import annotations

import pytest

STORY = "Menjelang Pilkada 2024, pegawai imigrasi diingatkan untuk menjaga netralitas. "
DITJENIM = "Direktorat Jenderal Imigrasi"

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Kakanwil Ditjenim Jatim meminta jajarannya tidak memihak.",
     ["Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur"], [DITJENIM]),
    (STORY + "Seluruh pegawai Ditjenim Sulawesi Selatan ikut apel pagi.",
     ["Kantor Wilayah Direktorat Jenderal Imigrasi Sulawesi Selatan"], [DITJENIM]),
    # negatives: the acronym alone, before a preposition and a town
    (STORY + "Ditjenim menerbitkan surat edaran bagi kantor imigrasi.", [DITJENIM],
     ["Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur"]),
    (STORY + "Pegawai Ditjenim di Surabaya juga membaca ikrar.", [DITJENIM],
     ["Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur"]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_the_immigration_directorates_acronym_with_a_province_is_its_office(run, text: str, named: list[str],
                                                                            not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
