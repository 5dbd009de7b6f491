"""A regency's or city's house written short with the national house's acronym and its level ("DPR Kabupaten
Mimika", "DPR Kota Jayapura"), as Papua's regencies call their DPRK since 2021, is the region's house, not the
national DPR; the national house and a province's house keep their own names."""

from __future__ import annotations

import pytest

DPR_RI = "Dewan Perwakilan Rakyat Republik Indonesia"

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str, str | None]] = [
    ("Wakil Ketua DPR Kabupaten Mimika mengingatkan pegawai negeri agar tidak ikut kampanye.",
     "Dewan Perwakilan Rakyat Kabupaten Mimika", DPR_RI),
    ("Komisi A DPR Kota Jayapura memanggil kepala dinas yang diduga tidak netral.",
     "Dewan Perwakilan Rakyat Kota Jayapura", DPR_RI),
    ("Sidang paripurna DPR Kab. Jayawijaya membahas netralitas ASN menjelang Pilkada 2024.",
     "Dewan Perwakilan Rakyat Kabupaten Jayawijaya", DPR_RI),
    # negatives: the national house, and a province's house written the same way
    ("Wakil Ketua DPR RI meminta ASN di Papua menjaga netralitas.", DPR_RI, None),
    ("Anggota DPR Papua meminta ASN di Jayapura menjaga netralitas.",
     "Dewan Perwakilan Rakyat Papua", "Dewan Perwakilan Rakyat Kabupaten Jayapura"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_a_regency_house_written_short_is_the_regions(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body in names
    assert not_body not in names
