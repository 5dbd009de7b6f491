"""A legislature's commission named by its number or letter alone ('Ketua Komisi I Budi', 'anggota Komisi B Rina,
Dedi dan Sari') sits in the house the story named before it: its chair, deputy, secretary and each listed member
are officials of that house. Without a house named before, or with the commission's title going on into a unit
('Ketua Komisi II Bidang ...'), no holder is read. Texts are our own words; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official

# (text, name, the institution expected, or None where no holder must be read)
CASES: list[tuple[str, str, str | None]] = [
    ("Komisi I DPRD Kabupaten Klaten menggelar rapat soal netralitas ASN dalam Pilkada 2024. Ketua Komisi I Hartono "
     "menyebut ASN wajib netral.", "Hartono", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten"),
    ("Komisi A DPRD Provinsi Jawa Timur memanggil Inspektorat soal netralitas ASN di Pilkada 2024. Rapat dipimpin "
     "Wakil Ketua Komisi A, Lestari Handayani, yang meminta ASN netral.", "Lestari Handayani",
     "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Timur"),
    ("Rapat Komisi 2 DPRD Kota Bitung membahas netralitas ASN jelang Pilkada 2024. Hadir Sekretaris Komisi 2 Yohanis "
     "Lumowa dan camat se-Kota Bitung.", "Yohanis Lumowa", "Dewan Perwakilan Rakyat Daerah Kota Bitung"),
    # each member listed after one member's title
    ("DPRD Kabupaten Klaten menerima laporan netralitas ASN dalam Pilkada 2024. Hadir anggota Komisi III Rosyid "
     "Anwar, Pramudito, dan Wening Sulastri.", "Pramudito", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten"),
    ("DPRD Kabupaten Klaten menerima laporan netralitas ASN dalam Pilkada 2024. Hadir anggota Komisi III Rosyid "
     "Anwar, Pramudito, dan Wening Sulastri.", "Wening Sulastri", "Dewan Perwakilan Rakyat Daerah Kabupaten Klaten"),
    # the national house
    ("Komisi II DPR RI menyoroti netralitas ASN pada Pemilu 2024. Anggota Komisi II Fajar Kurniawan meminta ASN "
     "tidak berpihak.", "Fajar Kurniawan", "Dewan Perwakilan Rakyat Republik Indonesia"),
    # no house named before the commission: whose it is stays unknown
    ("Ketua Komisi I Hartono menyebut ASN wajib netral dalam Pilkada 2024.", "Hartono", None),
    # a commission's unit, no holder
    ("DPRD Kabupaten Klaten membahas netralitas ASN dalam Pilkada 2024 bersama Ketua Komisi II Bidang Pemerintahan.",
     "Bidang Pemerintahan", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for text, _, _ in CASES], published="2024-10-15")


@pytest.mark.parametrize(("k", "name", "agency"), [pytest.param(k, n, a, id=f"{n}|{a}|{k}")
                                                   for k, (_, n, a) in enumerate(CASES)])
def test_a_numbered_commission_sits_in_the_house_named_before(analysed: list, k: int, name: str,
                                                               agency: str | None) -> None:
    assert_official(analysed[k], name, agency)
