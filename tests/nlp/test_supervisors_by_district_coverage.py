"""Probe list of the old regency supervisors' short names ("Panwas", "Panwaslu") written right before a district
listed in districts.yaml that is no region: the district's supervisors, as the level word would name them. Before
a regency's name they stay the regency's; before a lower unit's word or alone, as before. In our own words,
analysed in one batch."""

from __future__ import annotations

import pytest

# (text, a body it must name, a body it must not name)
FORMS = [
    ("Dugaan pelanggaran netralitas ASN itu ditemukan Panwas Tapalang lalu diteruskan ke Bawaslu Mamuju.",
     "Panwaslu Kecamatan Tapalang", "Panitia Pengawas Pemilu"),
    ("Ketua Panwaslu Tapalang Barat, Budi Santoso, meminta ASN netral dalam Pilkada.",
     "Panwaslu Kecamatan Tapalang Barat", "Panwaslu Kecamatan Tapalang"),
    # a regency's name after the head: the regency's supervisors, not a district's of that name
    ("Laporan tentang ASN yang berkampanye masuk ke Panwas Mamuju pada Senin.",
     "Panitia Pengawas Pemilu Kabupaten Mamuju", "Panwaslu Kecamatan Mamuju"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2018-05-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_supervisors_before_a_district_are_the_districts(analysed: list, k: int, text: str, named: str,
                                                         not_named: str) -> None:
    found = {m.agency for m in analysed[k].agencies}
    assert named in found
    assert not_named not in found
