"""Probe list of the immigration offices of the special first class ('Kantor Imigrasi Kelas I Khusus TPI Batam',
'Kanim Kelas I Khusus Non TPI Jakarta Selatan'): 'Khusus' is part of the class, so the office is named with its seat,
and its staff's head is read with it. The ordinary classes ('Kelas I TPI', 'Kelas II Non TPI') are unchanged. Each
sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list[tuple[str, str, bool]] = [  # (text, agency, listed)
    ("Pegawai Kantor Imigrasi Kelas I Khusus TPI Medan mengucapkan ikrar netralitas ASN menjelang Pemilu 2024.",
     "Kantor Imigrasi Kelas I Khusus TPI Medan", True),
    ("Tim satgas netralitas ASN mengunjungi Kanim Kelas I Khusus Non TPI Jakarta Barat menjelang Pemilu 2024.",
     "Kantor Imigrasi Kelas I Khusus Non TPI Jakarta Barat", True),
    ("Jajaran Kantor Imigrasi Kelas I Khusus Surabaya diminta netral pada Pilkada 2024.",
     "Kantor Imigrasi Kelas I Khusus Surabaya", True),
    # negatives: the ordinary classes keep their names; the special word is never the seat
    ("Pegawai Kantor Imigrasi Kelas I TPI Jakarta Utara diminta netral pada Pemilu 2024.",
     "Kantor Imigrasi Kelas I TPI Jakarta Utara", True),
    ("Pegawai Kantor Imigrasi Kelas II Non TPI Pati diminta netral pada Pemilu 2024.",
     "Kantor Imigrasi Kelas II Non TPI Pati", True),
    ("Pegawai Kantor Imigrasi Kelas I Khusus TPI Medan mengucapkan ikrar netralitas ASN menjelang Pemilu 2024.",
     "Kantor Imigrasi Kelas I Khusus", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_the_special_class_is_part_of_the_office_name(analysed: list, k: int, text: str, agency: str,
                                                      listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names


def test_a_section_head_is_read_with_the_special_class_office(run) -> None:
    result = run("Kepala Seksi Inteldakim Kantor Imigrasi Kelas I Khusus TPI Batam Budi Santoso meminta pegawai netral "
                 "pada Pemilu 2024.")
    assert ("Budi Santoso", "Kantor Imigrasi Kelas I Khusus TPI Batam") in {(o.name, o.agency)
                                                                            for o in result.officials}
