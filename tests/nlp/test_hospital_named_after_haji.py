"""A regional hospital named after a haji ("RSUD H. Boejasin") is read whole when a comma and its director follow,
so that the haji's name is no official and the director after the comma is; where a verb follows the comma, or no
comma does, the "H." is the honorific of the director of a hospital named bare, as before. Sentences in our own
words."""

from __future__ import annotations

import pytest

NAMED = [
    ("Direktur RSUD H Sulaiman Barabai, dr Rahmat Hidayat mengimbau pegawai ASN menjaga netralitas pada Pilkada 2024.",
     "Rahmat Hidayat", "Rumah Sakit Umum Daerah H Sulaiman Barabai", "Sulaiman"),
    ("Plt Direktur RSUD H. Abdul Manan Kandangan, Siti Aminah, meminta ASN tidak ikut kampanye Pilkada 2024.",
     "Siti Aminah", "Rumah Sakit Umum Daerah H. Abdul Manan Kandangan", "Manan"),
    ("Dirut RSD H. Mansyur Tanjung, H. Budi Hartono mengingatkan ASN agar netral dalam Pemilu 2024.",
     "Budi Hartono", "Rumah Sakit Daerah H. Mansyur Tanjung", "Mansyur"),
]

# near misses: the haji is the director of a hospital named bare
BARE = [
    ("Direktur RSUD H. Budi Hartono, mengingatkan seluruh ASN agar netral dalam Pilkada 2024.", "Budi Hartono"),
    ("Direktur RSUD H Budi Hartono mengingatkan seluruh ASN agar netral dalam Pilkada 2024.", "Budi Hartono"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all([t for t, *_ in NAMED] + [t for t, _ in BARE])


@pytest.mark.parametrize("index", range(len(NAMED)), ids=[c[1] for c in NAMED])
def test_director_after_the_comma(results, index):
    _, director, hospital, haji = NAMED[index]
    officials = results[index].officials
    assert [o.agency for o in officials if o.name == director] == [hospital]
    assert not [o for o in officials if haji in o.name]


@pytest.mark.parametrize("index", range(len(NAMED)), ids=[c[1] for c in NAMED])
def test_hospital_listed(results, index):
    assert NAMED[index][2] in {m.agency for m in results[index].agencies}


@pytest.mark.parametrize("index", range(len(BARE)), ids=[f"bare-{k}" for k in range(len(BARE))])
def test_haji_heading_a_bare_hospital(results, index):
    names = {o.name for o in results[len(NAMED) + index].officials}
    assert BARE[index][1] in names
