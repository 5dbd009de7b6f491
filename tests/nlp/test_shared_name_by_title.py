"""Probe list of a name a regency and a city of one province share (Malang, Bogor, Kediri, Bima ...): the title or
body right before it tells which one the story means ("Bupati Malang" is the regency, "Pemkot Malang" the city), so
an office head the story names without a region ("Kadisdik", "Kepala Dinas Kesehatan") serves that one. Where
nothing before the bare name tells its level, it stays as listed. Texts are our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "mengingatkan ASN agar netral dalam Pilkada 2024."
H = "Kadisdik Hendra Gunawan menambahkan guru dilarang ikut kampanye."
# (text, the office head, the office the story's region gives him)
BY_TITLE = [
    (f"Bupati Malang Sanusi {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kabupaten Malang"),
    (f"Pj Bupati Bogor Bachril Bakri {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kabupaten Bogor"),
    (f"Wakil Bupati Kediri Dewi Mariya {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kabupaten Kediri"),
    (f"Wali Kota Malang Wahyu Hidayat {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kota Malang"),
    (f"Pemkot Bogor {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kota Bogor"),
    (f"Pemkab Blitar {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kabupaten Blitar"),
]
# a name no regency shares, and a title with no level of its own, leave the region as before
UNCHANGED = [
    (f"Bupati Klaten Sri Mulyani {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kabupaten Klaten"),
    (f"Sekda Malang Budi Santoso {S} {H}", "Hendra Gunawan", "Dinas Pendidikan Kota Malang"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in BY_TITLE + UNCHANGED], published="2024-10-07")


PROBES = indexed(BY_TITLE + UNCHANGED, lambda v: v[0][:40])


@pytest.mark.parametrize(("k", "text", "name", "agency"), PROBES[:len(BY_TITLE)])
def test_the_title_before_a_shared_name_tells_regency_from_city(analysed: list, k: int, text: str, name: str,
                                                              agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


@pytest.mark.parametrize(("k", "text", "name", "agency"), PROBES[len(BY_TITLE):])
def test_without_a_levelled_title_the_region_is_as_before(analysed: list, k: int, text: str, name: str,
                                                         agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]
