"""The regional library named as regencies keep it ("Perpustakaan Daerah Kabupaten X", "Kantor Perpustakaan Daerah
Kota X", "Dinas Perpustakaan Daerah Kabupaten X") is that region's library office, with its head as an official.
Without a region after it, the words name a building, no body; the library and archives dinas keeps its own name.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

# (text, the body it must name)
NAMED: list[tuple[str, str]] = [
    ("Panwaslu menemukan dua pegawai di kantor Perpustakaan Daerah Kabupaten Sumbawa ikut kampanye Pilkada 2020.",
     "Dinas Perpustakaan Daerah Kabupaten Sumbawa"),
    ("Kepala Kantor Perpustakaan Daerah Kota Mataram Lalu Hamdani mengimbau ASN netral pada Pilkada 2024.",
     "Dinas Perpustakaan Daerah Kota Mataram"),
    ("Bawaslu memanggil ASN Dinas Perpustakaan Daerah Kabupaten Dompu yang diduga tidak netral pada Pilkada 2024.",
     "Dinas Perpustakaan Daerah Kabupaten Dompu"),
]

# near misses: a building without a region, and the library and archives dinas by its own name
NOT_NAMED: list[tuple[str, str]] = [
    ("Bupati meresmikan gedung Perpustakaan Daerah yang baru dan mengingatkan ASN netral pada Pilkada 2024.",
     "Perpustakaan Daerah"),
    ("Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Dompu Siti Aisyah mengimbau ASN netral pada Pilkada 2024.",
     "Dinas Perpustakaan Daerah Kabupaten Dompu"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _ in NAMED] + [t for t, _ in NOT_NAMED], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "body"), [pytest.param(k, *f, id=f"named-{k}") for k, f in enumerate(NAMED)])
def test_the_regional_library_is_named(analysed: list, k: int, text: str, body: str) -> None:
    assert body in {m.agency for m in analysed[k].agencies}


def test_the_head_serves_the_library(analysed: list) -> None:
    assert {o.agency for o in analysed[1].officials if o.name == "Lalu Hamdani"} == \
        {"Dinas Perpustakaan Daerah Kota Mataram"}


@pytest.mark.parametrize(("k", "text", "words"), [pytest.param(k, *f, id=f"not-{k}") for k, f in enumerate(NOT_NAMED)])
def test_no_library_office_without_its_own_name_and_region(analysed: list, k: int, text: str, words: str) -> None:
    assert not {m.agency for m in analysed[len(NAMED) + k].agencies if m.agency.startswith(words)}
