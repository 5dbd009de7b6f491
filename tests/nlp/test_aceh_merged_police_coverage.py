"""Aceh's civil service police merged with its sharia police ("Satpol PP dan WH", "Satpol PP-WH") is one office of
its region, as the civil service police merged with the fire service is; the civil service police alone, and the
fire service merger elsewhere, keep their own names."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str, str | None]] = [
    ("Satuan Polisi Pamong Praja dan Wilayatul Hisbah (Satpol PP dan WH) Kabupaten Pidie menertibkan baliho calon.",
     "Satuan Polisi Pamong Praja dan Wilayatul Hisbah Kabupaten Pidie", "Satuan Polisi Pamong Praja"),
    ("Sekretaris Satpol PP-WH Kota Langsa meminta anggotanya tidak ikut kampanye.",
     "Satuan Polisi Pamong Praja dan Wilayatul Hisbah Kota Langsa", None),
    ("Personel Satpol PP dan WH Aceh diminta menjaga netralitas selama Pilkada 2024.",
     "Satuan Polisi Pamong Praja dan Wilayatul Hisbah Aceh", None),
    # negatives: the civil service police alone, and the fire service merger
    ("Satpol PP Aceh Barat menurunkan spanduk yang melanggar aturan.",
     "Satuan Polisi Pamong Praja Kabupaten Aceh Barat",
     "Satuan Polisi Pamong Praja dan Wilayatul Hisbah Kabupaten Aceh Barat"),
    ("Kepala Satpol PP dan Damkar Kabupaten Sigi meminta anggotanya netral.",
     "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Sigi", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_aceh_merged_police_is_one_office(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body in names
    assert not_body not in names
