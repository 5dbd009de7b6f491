"""A unit named after a person and its seat ("RSD dr. Soebandi Jember"): a known region after the unit's own name
ends the place, so that the holder's name written right after it is no word of the unit's name. A seat's name is
kept whole ("RSUD Ahmad Yani Bandar Lampung"), and a region past the words a unit may take is no word of it.
Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

# (text, a body it must name, a body it must not name, the holder's name)
ENDED: list[tuple[str, str, str, str]] = [
    ("Direktur RSUD Ibnu Sina Gresik Ahmad Fauzi mengimbau pegawai ASN menjaga netralitas pada Pilkada 2024.",
     "Rumah Sakit Umum Daerah Ibnu Sina Gresik", "Rumah Sakit Umum Daerah Ibnu Sina Gresik Ahmad", "Ahmad Fauzi"),
    ("Direktur RSD Kalisat Jember Wahyu Hidayat mengingatkan ASN agar tidak ikut kampanye Pemilu 2024.",
     "Rumah Sakit Daerah Kalisat Jember", "Rumah Sakit Daerah Kalisat Jember Wahyu", "Wahyu Hidayat"),
    ("Direktur RSUD dr. Iskak Tulungagung Rina Kartika meminta ASN netral dalam Pilkada 2024.",
     "Rumah Sakit Umum Daerah dr. Iskak Tulungagung", "Rumah Sakit Umum Daerah dr. Iskak Tulungagung Rina",
     "Rina Kartika"),
]

# near misses: the seat's name is kept whole, and a region after the words a unit may take is not taken
KEPT: list[tuple[str, str, str]] = [
    ("Pegawai RSUD Ahmad Yani Bandar Lampung diminta netral pada Pilkada 2024.",
     "Rumah Sakit Umum Daerah Ahmad Yani Bandar Lampung", "Rumah Sakit Umum Daerah Ahmad Yani Bandar"),
    ("Kepala Puskesmas Sungai Tutung Kerinci mengingatkan stafnya agar netral pada Pilkada 2024.",
     "Puskesmas Sungai Tutung", "Puskesmas Sungai Tutung Kerinci"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([f[0] for f in ENDED] + [f[0] for f in KEPT], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named", "holder"),
                         [pytest.param(k, *f, id=f"ended-{k}") for k, f in enumerate(ENDED)])
def test_a_region_ends_the_units_place(analysed: list, k: int, text: str, named: str, not_named: str,
                                       holder: str) -> None:
    found = {m.agency for m in analysed[k].agencies}
    assert named in found
    assert not_named not in found
    assert {o.agency for o in analysed[k].officials if o.name == holder} == {named}


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"kept-{k}") for k, f in enumerate(KEPT)])
def test_a_seat_stays_whole_and_no_region_is_taken_past_the_word_limit(analysed: list, k: int, text: str, named: str,
                                                                        not_named: str) -> None:
    found = {m.agency for m in analysed[len(ENDED) + k].agencies}
    assert named in found
    assert not_named not in found
