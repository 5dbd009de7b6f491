"""A provincial office's head with no region, listed right before another provincial body of a province ("Kanwil
Kemenag dan Kemenkumham Jawa Timur", "Kanwil Ditjenpas dan Ditjenim Maluku Utara"), is that province's office too, as
"KPU dan Bawaslu Kabupaten X" share their regency; a head of one level takes no region of another ("Pemprov dan Pemkab
Bandung": the regency is not the province's government). Stories in our own words (agencies.py _shared_regions)."""

from __future__ import annotations

import pytest

STORY = "Menjelang Pilkada 2024, instansi vertikal mengumpulkan pegawainya untuk ikrar netralitas. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Pegawai Kanwil Kemenag dan Kemenkumham Jawa Timur ikut menandatangani pakta.",
     ["Kantor Wilayah Kementerian Agama Provinsi Jawa Timur", "Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur"],
     ["Kementerian Agama"]),
    (STORY + "Apel gabungan Kanwil Ditjenpas dan Ditjenim Maluku Utara digelar di Ternate.",
     ["Kantor Wilayah Direktorat Jenderal Pemasyarakatan Maluku Utara",
      "Kantor Wilayah Direktorat Jenderal Imigrasi Maluku Utara"], ["Direktorat Jenderal Pemasyarakatan"]),
    # negatives: a regency after a province's head, a ministry alone before a body of a province
    (STORY + "Pemprov dan Pemkab Bandung sepakat mengawasi ASN.", ["Pemerintah Kabupaten Bandung"],
     ["Pemerintah Provinsi Bandung"]),
    (STORY + "Kemenag pusat mengirim edaran, dan Kanwil Kemenkumham Jawa Timur menggelar apel.",
     ["Kementerian Agama", "Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur"],
     ["Kantor Wilayah Kementerian Agama Provinsi Jawa Timur"]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_provincial_head_shares_the_province_its_list_closes_with(run, text: str, named: list[str],
                                                                    not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
