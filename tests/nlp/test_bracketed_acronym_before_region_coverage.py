"""A regional body named by a long form the registry does not hold (misspelt, shortened, or an old committee's
name), glossed with its acronym in brackets and followed by its region ("Pantia Pengawas (Panwas) Kabupaten X"):
the acronym and the region after the bracket name the region's body. Where the long form is itself read as an
office ("Dinas Pemberdayaan Masyarakat Desa (DPMD) Kabupaten X"), that office holds the region, and a later bare
acronym is not made another body."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str, str | None]] = [
    ("Panitia Pengawas (Panwas) Kabupaten Sigi merekomendasikan sanksi bagi ASN yang berkampanye pada Pilkada 2018.",
     "Panitia Pengawas Pemilu Kabupaten Sigi", None),
    ("Badan Pengawas Pemilihan (Bawaslu) Kota Palu memanggil dua ASN yang diduga tidak netral dalam Pilkada 2024.",
     "Bawaslu Kota Palu", None),
    ("Kasus kepala desa itu dilimpahkan ke Dinas Pemberdayaan Masyarakat Desa (DPMD) Kabupaten Sigi. Kepala desa "
     "berada di bawah pembinaan DPMD selama Pilkada 2024.",
     "Dinas Pemberdayaan Masyarakat Desa Kabupaten Sigi", "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Sigi"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_bracketed_acronym_takes_the_region_after_the_bracket(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body in names
    assert not_body not in names
