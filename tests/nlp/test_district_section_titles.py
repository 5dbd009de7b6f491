"""Section heads of a district office and of the regional secretariat's government bureau named by the sections'
short names: peace and order ('Trantib', 'Trantibum') and government affairs ('Tapem'). Written so across regions,
these short names are unit words like the spelt-out 'Ketenteraman dan Ketertiban Umum'; with no holder after the
title, or with the short name used as a common noun for the district's order staff, no official is read."""

from __future__ import annotations

import pytest

CONTEXT = "Pemkab Wonosobo membahas netralitas ASN menjelang pilkada. "

HELD = [
    (CONTEXT + "Kasi Trantib Kecamatan Sapuran, Hendra Gunawan menegaskan pegawai kecamatan harus netral.",
     "Hendra Gunawan"),
    (CONTEXT + "Kasi Pemerintahan dan Trantibum Kecamatan Garung Lestari Handayani mengingatkan aparat desa.",
     "Lestari Handayani"),
    (CONTEXT + "Kabag Tapem Setda Wonosobo, Agus Prasetyo mengatakan camat diminta tidak berpihak.",
     "Agus Prasetyo"),
]

UNHELD = [
    CONTEXT + "Petugas Trantib Kecamatan Sapuran menertibkan spanduk di jalan desa.",
    CONTEXT + "Rapat dipimpin Kasi Trantib kecamatan di aula kantor pada Senin pagi.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _ in HELD] + UNHELD, published="2024-10-10")


@pytest.mark.parametrize(("k", "name"), [(k, n) for k, (_, n) in enumerate(HELD)])
def test_a_section_head_by_the_sections_short_name_is_an_official(analysed: list, k: int, name: str) -> None:
    assert name in {o.name for o in analysed[k].officials}


@pytest.mark.parametrize("k", range(len(UNHELD)))
def test_the_short_name_with_no_holder_names_no_official(analysed: list, k: int) -> None:
    assert not analysed[len(HELD) + k].officials
