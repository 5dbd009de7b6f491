"""Probe list of the transport and environment offices with their field misspelt by one letter inside the office's
name ('Dinas Perhubugan Kota X', 'Dinas Lingkunan Hidup Kabupaten Y', 'Dinas Lngkungan Hidup'): the office as it is
named, not a body under the misspelt name. The real word one letter from the transport field ('berhubungan') stays
as written, and a field one letter from a word of its own ('perubahan' beside 'perumahan') is not repaired. Each
sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

PROBES = [
    # (text, agency, listed)
    ("Kepala Dinas Perhubugan Kota Bima, Rahmat, meminta ASN netral selama Pilkada 2024.",
     "Dinas Perhubungan Kota Bima", True),
    ("Kepala Dinas Perhubugan Kota Bima, Rahmat, meminta ASN netral selama Pilkada 2024.",
     "Dinas Perhubugan Kota Bima", False),
    ("Kepala Dinas Lingkunan Hidup Kabupaten Bantul, Sri Wahyuni, mengingatkan pegawainya netral pada Pilkada 2024.",
     "Dinas Lingkungan Hidup Kabupaten Bantul", True),
    ("Dinas Lngkungan Hidup Kota Semarang menggelar apel netralitas ASN menjelang Pilkada 2024.",
     "Dinas Lingkungan Hidup Kota Semarang", True),
    # negatives: a word of its own one letter from the field, and a field next to one
    ("Bupati Bima menegaskan hal itu berhubungan dengan netralitas ASN pada Pilkada 2024.",
     "Dinas Perhubungan Kabupaten Bima", False),
    ("Kepala Dinas Perubahan Iklim Kota Bima meminta ASN netral pada Pilkada 2024.",
     "Dinas Perumahan Kota Bima", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"),
                         [pytest.param(k, *p, id=f"{k}-{p[0][:40]}|{p[1]}") for k, p in enumerate(PROBES)])
def test_a_misspelt_field_names_its_office(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names
