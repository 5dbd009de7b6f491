"""Probe list of the provincial offices the 2024 split of the law and human-rights ministry gave immigration and human
rights: named with their directorate's or ministry's short or full name and a province, each is that province's
office; the old joint ministry's office, the directorate and the ministry named alone, and a town's immigration
office stay as they were. Stories in our own words (regional_agencies.yaml kanwil_ditjenim, kanwil_kemenham)."""

from __future__ import annotations

import pytest

IMIGRASI_JATIM = "Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur"
HAM_KALTIM = "Kantor Wilayah Kementerian Hak Asasi Manusia Kalimantan Timur"
STORY = "Menjelang pilkada, instansi vertikal menggelar apel netralitas pegawai. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Kepala Kanwil Ditjen Imigrasi Jawa Timur meminta jajarannya tidak berpihak.", [IMIGRASI_JATIM], []),
    (STORY + "Seluruh pegawai Kanwil Imigrasi Jatim ikut menandatangani ikrar.", [IMIGRASI_JATIM], []),
    (STORY + "Kakanwil KemenHAM Kaltim meminta pegawainya menjaga sikap.", [HAM_KALTIM], []),
    (STORY + "Kantor Wilayah Kementerian Hak Asasi Manusia Kalimantan Timur ikut hadir.", [HAM_KALTIM], []),
    # negatives: the joint ministry's old office, the bodies named alone, a town's immigration office
    (STORY + "Kanwil Kemenkumham Jatim meminta pegawainya netral.",
     ["Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur"], [IMIGRASI_JATIM]),
    (STORY + "Direktorat Jenderal Imigrasi dan Kementerian HAM mengirim surat edaran.",
     ["Direktorat Jenderal Imigrasi", "Kementerian Hak Asasi Manusia"], [IMIGRASI_JATIM, HAM_KALTIM]),
    (STORY + "Kepala Kantor Imigrasi Kelas I Malang meminta pegawainya netral.", ["Kantor Imigrasi Kelas I Malang"],
     [IMIGRASI_JATIM]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_split_ministrys_provincial_office_is_named(run, text: str, named: list[str], not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
