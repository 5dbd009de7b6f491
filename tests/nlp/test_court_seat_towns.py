"""A district or religious court is named by its seat, often a town that is no regency or city ("Pengadilan Negeri
Waikabubak", "Pengadilan Agama Kepanjen"): where no region follows the head, the seat as written names the court,
one word (two after a place's first word, "Tanjung Pandan", or the Minang "Taluk"), or a district listed whole, a
holder's name after it staying his. A court named with a region, or with no seat, reads as before. Texts are our own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "meminta seluruh pegawai menjaga netralitas pada Pilkada 2024."
# (text, the court the story names)
SEATED = [
    (f"Ketua Pengadilan Negeri Waikabubak {S}", "Pengadilan Negeri Waikabubak"),
    (f"Wakil Ketua Pengadilan Agama Kepanjen, Siti Aminah, {S}", "Pengadilan Agama Kepanjen"),
    (f"Panitera Pengadilan Negeri Taluk Kuantan Rudi Hartono {S}", "Pengadilan Negeri Taluk Kuantan"),
    (f"Humas Pengadilan Negeri (PN) Cikarang, Kabupaten Bekasi, {S}", "Pengadilan Negeri Cikarang"),
    (f"Ketua Pengadilan Negeri Kelas IB Tanjung Pandan {S}", "Pengadilan Negeri Tanjung Pandan"),
]
REGIONAL = [
    (f"Ketua Pengadilan Negeri Klaten {S}", "Pengadilan Negeri Klaten"),
    (f"Ketua Pengadilan Agama Kota Padang {S}", "Pengadilan Agama Padang"),
]
PROBES = SEATED + REGIONAL
# a holder named right after a listed district seat keeps his name whole
HOLDER = f"Ketua Pengadilan Negeri Cibinong Budi Prasetyo {S}"
# no seat written: no town is read from the words after the head
UNSEATED = f"Bupati Klaten bersama Pengadilan Negeri dan Kejaksaan Negeri setempat {S}"


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES] + [HOLDER, UNSEATED], published="2024-10-21")


@pytest.mark.parametrize(("k", "text", "court"), indexed(PROBES, lambda v: v[0][:45]))
def test_a_court_is_named_by_its_seat(analysed: list, k: int, text: str, court: str) -> None:
    assert court in {a.agency for a in analysed[k].agencies}


def test_a_holder_after_a_district_seat_keeps_his_name(analysed: list) -> None:
    result = analysed[-2]
    assert "Pengadilan Negeri Cibinong" in {a.agency for a in result.agencies}
    assert ("Budi Prasetyo", "Pengadilan Negeri Cibinong") in [(o.name, o.agency) for o in result.officials]


def test_a_court_with_no_seat_written_names_no_town(analysed: list) -> None:
    courts = {a.agency for a in analysed[-1].agencies if a.agency.startswith("Pengadilan")}
    assert courts <= {"Pengadilan Negeri Klaten"}
