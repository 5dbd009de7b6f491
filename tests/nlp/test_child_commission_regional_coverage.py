"""Probe list of the child-protection commissions a province, regency or city sets up: named by their own acronyms
(KPAD, KPAID) or by the national commission's acronym with the region after it, each is that region's commission;
the national commission named alone, or spelt out before a place it only visits, stays the national one. Stories in
our own words (regional_agencies.yaml kpad)."""

from __future__ import annotations

import pytest

NATIONAL = "Komisi Perlindungan Anak Indonesia"
STORY = "Menjelang pilkada, pelibatan anak dalam kampanye kembali disorot. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Ketua KPAD Kaltim meminta pasangan calon tidak membawa anak ke lokasi kampanye.",
     ["Komisi Perlindungan Anak Daerah Provinsi Kalimantan Timur"], [NATIONAL]),
    (STORY + "KPAI Kabupaten Garut ikut memantau rapat umum di alun-alun.",
     ["Komisi Perlindungan Anak Daerah Kabupaten Garut"], [NATIONAL]),
    (STORY + "Komisioner KPAID Kota Medan menerima laporan warga.", ["Komisi Perlindungan Anak Daerah Kota Medan"],
     [NATIONAL]),
    # negatives: the national commission alone, and spelt out before the place of its visit
    (STORY + "KPAI meminta tim kampanye menaati aturan.", [NATIONAL], []),
    (STORY + "Komisi Perlindungan Anak Indonesia (KPAI) memantau kampanye di Kabupaten Garut.", [NATIONAL],
     ["Komisi Perlindungan Anak Daerah Kabupaten Garut"]),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_regional_child_commission_is_the_regions(run, text: str, named: list[str], not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found
