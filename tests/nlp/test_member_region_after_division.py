"""A member of an election body written bare, then the division the member coordinates, then the region with its
level word ("Anggota Bawaslu Kordiv Pencegahan Provinsi Jambi, Budi") belongs to that region's body, not the
story's nor the national one. Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title, office", [
    ("Anggota Bawaslu Kordiv Pencegahan Provinsi Jambi", "Bawaslu Provinsi Jambi"),
    ("Komisioner Bawaslu Koordinator Divisi Hukum Kabupaten Tebo", "Bawaslu Kabupaten Tebo"),
    ("Anggota KPU Divisi Teknis Kota Jambi", "Komisi Pemilihan Umum Kota Jambi"),
])
def test_region_after_the_division_places_the_body(run, title, office):
    a = run(f"Bupati Merangin membuka rapat netralitas ASN. {title}, Rina Marlina, meminta pegawai tidak berpihak.")
    assert any(o.name == "Rina Marlina" and o.agency == office for o in a.officials)


def test_no_region_after_the_division_keeps_the_story_s(run):
    a = run("Bawaslu Kabupaten Tebo menggelar rapat. Anggota Bawaslu Kordiv Pencegahan, Rina Marlina, meminta "
            "pegawai tidak berpihak.")
    assert any(o.name == "Rina Marlina" and o.agency == "Bawaslu Kabupaten Tebo" for o in a.officials)
