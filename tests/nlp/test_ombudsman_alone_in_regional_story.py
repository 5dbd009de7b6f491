"""Probe list of the Ombudsman's bare name in stories about one province's representative office.

Stories on a province's Ombudsman office name it first ('Ombudsman RI Perwakilan X', 'Perwakilan Ombudsman RI
Provinsi X') and then write 'Ombudsman' alone for it ('Ombudsman membuka posko pengaduan'): that office, not the
national body, which the read gold leaves out of all such stories. The national body stays where it is written with
its own mark ('Anggota Ombudsman RI') or where no provincial office is named. Each sentence is our own; the probes
are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

NATIONAL = "Ombudsman Republik Indonesia"
OFFICES = [  # a province's office named first
    ("Ombudsman RI Perwakilan Sulawesi Tengah mengawasi netralitas ASN selama Pilkada 2024.",
     "Ombudsman RI Perwakilan Sulawesi Tengah"),
    ("Perwakilan Ombudsman Republik Indonesia Provinsi Bengkulu membuka posko aduan netralitas ASN.",
     "Ombudsman RI Perwakilan Bengkulu"),
]
FRAMES = [  # the bare name afterwards
    "Ombudsman juga menerima laporan warga tentang ASN yang berpihak.",
    "Menurut dia, Ombudsman akan berkoordinasi dengan Bawaslu setempat.",
    "Laporan dapat dikirim langsung ke Ombudsman melalui pesan singkat.",
]
REGIONAL = [(f"{lead} {frame}", office, False) for (lead, office), frame in product(OFFICES, FRAMES)]
KEPT = [  # the national body marked as such, or no province's office named: the national body stays
    ("Anggota Ombudsman RI menyebut posko dibuka di setiap provinsi. Ombudsman RI Perwakilan Sulawesi Tengah ikut "
     "menerima aduan. Ombudsman meminta ASN netral.", "Ombudsman RI Perwakilan Sulawesi Tengah", True),
    ("Ombudsman meminta masyarakat melaporkan ASN yang tidak netral pada Pemilu 2024.", NATIONAL, True),
]
FORMS = REGIONAL + KEPT


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "office", "national"), indexed(FORMS, lambda v: f"{v[0][-60:]}|{v[2]}"))
def test_the_bare_name_is_the_provincial_office_once_it_is_named(analysed: list, k: int, text: str, office: str,
                                                                 national: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert office in names, names
    assert (NATIONAL in names) is national, names
