"""A regional office written with the short office word before the body's full name ("Kanwil Direktorat Jenderal
Pemasyarakatan Maluku Utara", "Kanwil Direktorat Jenderal Perbendaharaan Provinsi Aceh") is that province's office, as
the same name with "Kantor Wilayah" is; the directorate named alone stays the directorate, and a Kanwil with no province
after it names no province's office. Stories in our own words (regional_agencies.yaml office_word_spellings)."""

from __future__ import annotations

import pytest

STORY = "Menjelang Pilkada 2024, instansi vertikal di daerah mengumpulkan pegawainya untuk ikrar netralitas. "
PAS_MALUT = "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku Utara"
IM_JATIM = "Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur"
DJPB_ACEH = "Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Aceh"
DJBC_JATIM = "Kantor Wilayah Direktorat Jenderal Bea dan Cukai Jawa Timur"

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Kepala Kanwil Direktorat Jenderal Pemasyarakatan Maluku Utara memimpin apel di Ternate.", [PAS_MALUT],
     ["Direktorat Jenderal Pemasyarakatan"]),
    (STORY + "Pegawai Kanwil Direktorat Jenderal Imigrasi Jawa Timur ikut menandatangani pakta.", [IM_JATIM],
     ["Direktorat Jenderal Imigrasi"]),
    (STORY + "Kanwil Direktorat Jenderal Perbendaharaan Provinsi Aceh mengirim surat ke satuan kerjanya.", [DJPB_ACEH],
     ["Direktorat Jenderal Perbendaharaan"]),
    (STORY + "Kepala Kanwil Direktorat Jenderal Bea dan Cukai Jawa Timur membacakan ikrar.", [DJBC_JATIM],
     ["Direktorat Jenderal Bea dan Cukai"]),
    # negatives: the directorate alone, the short office word with no province after it
    (STORY + "Direktorat Jenderal Pemasyarakatan menerbitkan edaran bagi seluruh petugas.",
     ["Direktorat Jenderal Pemasyarakatan"], [PAS_MALUT]),
    (STORY + "Seluruh Kanwil Direktorat Jenderal Imigrasi diminta mengawasi pegawainya.", [], [IM_JATIM]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_the_short_office_word_before_a_full_name_names_the_provinces_office(run, text: str, named: list[str],
                                                                             not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
