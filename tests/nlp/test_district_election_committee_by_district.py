"""Probe list of the district election committee named as a body by its district, the acronym explained between
name and district ('Panitia Pemilihan Kecamatan (PPK) Cawas'), the level word perhaps written again: that
district's committee, as its chairman's title names it, and not the committees at large beside it.
Before no listed district (a region after 'se-', the contest, 'dan', a list of districts) the name stays the
committees at large. Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

GENERIC = "Panitia Pemilihan Kecamatan"
PROBES = [
    ("Anggota Panitia Pemilihan Kecamatan (PPK) Cawas diingatkan agar tidak memihak pada Pilkada 2024, kata Bupati "
     "Klaten.", "Panitia Pemilihan Kecamatan Cawas", True),
    ("Anggota Panitia Pemilihan Kecamatan (PPK) Cawas diingatkan agar tidak memihak pada Pilkada 2024, kata Bupati "
     "Klaten.", GENERIC, False),
    ("Rapat pleno Panitia Pemilihan Kecamatan (PPK) Kecamatan Pasar Minggu berjalan lancar, dan ASN diminta netral "
     "pada Pemilu 2024.", "Panitia Pemilihan Kecamatan Pasar Minggu", True),
    ("Bawaslu menegur Panitia Pemilihan Kecamatan (PPK) Bayat karena melibatkan ASN dalam kampanye Pilkada 2024.",
     "Panitia Pemilihan Kecamatan Bayat", True),
    # negatives: no district, or several, after the name: the committees at large
    ("Bupati meminta seluruh Panitia Pemilihan Kecamatan (PPK) se-Kabupaten Klaten menjaga netralitas pada Pilkada "
     "2024.", GENERIC, True),
    ("Pelantikan Panitia Pemilihan Kecamatan (PPK) Pemilihan Kepala Daerah 2024 diwarnai imbauan netralitas ASN.",
     GENERIC, True),
    ("Jajaran Panitia Pemilihan Kecamatan (PPK) dan PPS diminta menjaga netralitas ASN pada Pemilu 2024.",
     GENERIC, True),
    ("Bawaslu menemukan pelanggaran di Panitia Pemilihan Kecamatan (PPK) Cawas, Bayat, dan Wedi terkait netralitas "
     "ASN pada Pilkada 2024.", GENERIC, True),
    ("Bawaslu menemukan pelanggaran di Panitia Pemilihan Kecamatan (PPK) Cawas, Bayat, dan Wedi terkait netralitas "
     "ASN pada Pilkada 2024.", "Panitia Pemilihan Kecamatan Cawas", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}|{v[2]}"))
def test_a_district_election_committee_is_its_district(analysed: list, k: int, text: str, agency: str,
                                                       listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names
