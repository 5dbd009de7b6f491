"""The immigration and corrections ministry's office in a province, as news named it in the months after the 2024
split: the ministry's short or full name with "Kanwil"/"Kantor Wilayah" or a province right after it is that province's
office; the ministry named alone, or with a place after a preposition, stays the ministry, and the old joint law
ministry's office and a town's immigration office stay as they were. Stories in our own words (regional_agencies.yaml
kanwil_kemenimipas)."""

from __future__ import annotations

import pytest

IMIPAS = "Kementerian Imigrasi dan Pemasyarakatan"
IMIPAS_JATIM = "Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Jawa Timur"
IMIPAS_SULTRA = "Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Sulawesi Tenggara"
STORY = "Jelang pencoblosan Pilkada 2024, pegawai instansi vertikal diingatkan soal netralitas. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Kanwil Kemenimipas Jatim mengumpulkan seluruh kepala lapas dan rutan.", [IMIPAS_JATIM], [IMIPAS]),
    (STORY + "Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan Jawa Timur memimpin ikrar pegawai.",
     [IMIPAS_JATIM], [IMIPAS]),
    (STORY + "Kakanwil Kemenimipas Sultra meminta jajarannya tidak ikut berkampanye.", [IMIPAS_SULTRA], [IMIPAS]),
    (STORY + "Seluruh pegawai Kemenimipas Sulawesi Tenggara ikut apel pagi itu.", [IMIPAS_SULTRA], [IMIPAS]),
    # negatives: the ministry alone or with a place after a preposition, the old joint office, a town's office
    (STORY + "Kementerian Imigrasi dan Pemasyarakatan (Kemenimipas) menerbitkan surat edaran bagi pegawainya.",
     [IMIPAS], [IMIPAS_JATIM]),
    (STORY + "Pegawai Kemenimipas di Surabaya juga menandatangani pakta.", [IMIPAS], [IMIPAS_JATIM]),
    (STORY + "Kanwil Kemenkumham Jatim meminta pegawainya netral.",
     ["Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur"], [IMIPAS_JATIM]),
    (STORY + "Kepala Kantor Imigrasi Kelas I Malang meminta stafnya netral.", ["Kantor Imigrasi Kelas I Malang"],
     [IMIPAS_JATIM]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_the_immigration_ministrys_provincial_office_is_named(run, text: str, named: list[str],
                                                              not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
