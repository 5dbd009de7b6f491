"""Probe list of immigration offices whose port-of-entry mark is spelled out ('Kelas I Tempat Pemeriksaan Imigrasi
(TPI) Batam', 'Kelas I Non Tempat Pemeriksaan Imigrasi Bogor', 'Kelas I Khusus TPI (Tempat Pemeriksaan Imigrasi)
Medan', after the special class's word too: 'Kelas I Khusus Non Tempat Pemeriksaan Imigrasi Jakarta Selatan'): the
mark is named by its short form, so the office is named with its seat. An office written with the short mark keeps
its name, and one without a mark is not given one. Each sentence is our own; the probes are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list[tuple[str, str, bool]] = [  # (text, agency, listed)
    ("Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi (TPI) Makassar meminta pegawainya netral pada Pemilu 2024.",
     "Kantor Imigrasi Kelas I TPI Makassar", True),
    ("Kantor Imigrasi Kelas II Non Tempat Pemeriksaan Imigrasi Pati meminta pegawainya netral pada Pemilu 2024.",
     "Kantor Imigrasi Kelas II Non TPI Pati", True),
    ("Kantor Imigrasi Kelas I Khusus TPI (Tempat Pemeriksaan Imigrasi) Medan meminta pegawainya netral pada Pemilu "
     "2024.", "Kantor Imigrasi Kelas I Khusus TPI Medan", True),
    ("Kantor Imigrasi Kelas I Khusus Non Tempat Pemeriksaan Imigrasi Jakarta Selatan meminta pegawainya netral pada "
     "Pemilu 2024.", "Kantor Imigrasi Kelas I Khusus Non TPI Jakarta Selatan", True),
    ("Kantor Imigrasi Kelas I Khusus Tempat Pemeriksaan Imigrasi (TPI) Medan meminta pegawainya netral pada Pemilu "
     "2024.", "Kantor Imigrasi Kelas I Khusus TPI Medan", True),
    # negatives: the short mark is unchanged; an office with no mark gets none; the special class's word is no seat
    ("Kantor Imigrasi Kelas I Khusus Non Tempat Pemeriksaan Imigrasi Jakarta Selatan meminta pegawainya netral pada "
     "Pemilu 2024.", "Kantor Imigrasi Kelas I Khusus Non Tempat", False),
    ("Kantor Imigrasi Kelas I TPI Makassar meminta pegawainya netral pada Pemilu 2024.",
     "Kantor Imigrasi Kelas I TPI Makassar", True),
    ("Kantor Imigrasi Kelas II Pati meminta pegawainya netral pada Pemilu 2024.", "Kantor Imigrasi Kelas II TPI Pati",
     False),
    ("Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi (TPI) Makassar meminta pegawainya netral pada Pemilu 2024.",
     "Kantor Imigrasi Kelas I Tempat Pemeriksaan", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_the_spelled_port_mark_is_named_short(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names
