"""Probe list of a ministry's directorate general as reporters write its word without the e ('Direktorat Jendral'):
read as 'Jenderal', so the directorate so written is named, and the head titled so is read with the ministry. The word
spelt right is unchanged, and a general's rank or a street's name written so names no directorate. Each sentence is
our own; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list[tuple[str, str, bool]] = [  # (text, agency, listed)
    ("Rapat netralitas ASN jelang Pemilu 2024 dihadiri utusan Direktorat Jendral Otonomi Daerah.",
     "Direktorat Jenderal Otonomi Daerah", True),
    ("Data pemilih warga binaan dihimpun bersama Direktorat Jendral Pemasyarakatan menjelang Pemilu 2024; petugas "
     "sebagai ASN diminta netral.", "Direktorat Jenderal Pemasyarakatan", True),
    ("Perwakilan Direktorat Jenderal Politik dan Pemerintahan Umum meminta ASN netral pada Pilkada 2024.",
     "Direktorat Jenderal Politik dan Pemerintahan Umum", True),
    # negatives: a rank and a street written without the e name no directorate
    ("Jendral bintang dua itu meminta ASN dan polisi netral pada Pemilu 2024.", "Direktorat Jenderal", False),
    ("Apel netralitas ASN jelang Pilkada 2024 digelar di Jalan Jendral Sudirman.", "Direktorat Jenderal", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_the_directorate_written_without_its_e_is_named(analysed: list, k: int, text: str, agency: str,
                                                        listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names if listed else not any(n.startswith(agency) for n in names)), names


def test_a_director_general_titled_without_the_e_is_read(run) -> None:
    result = run("Direktur Jendral Otonomi Daerah Kemendagri Budi Santoso meminta ASN netral pada Pilkada 2024.")
    assert ("Budi Santoso", "Kementerian Dalam Negeri") in {(o.name, o.agency) for o in result.officials}
