"""A bureau (biro) is a unit only a province's secretariat has, so the head of one followed by a province without its
level word ('Kepala Biro Kesejahteraan Rakyat Sultra') belongs to that province's government, as with the level word
('Kepala Biro Pemerintahan Provinsi Kaltim') or the secretariat ('Kepala Biro Hukum Setda Jabar'). A regency after
a bureau names no such post, and a bureau of a national body stays that body's."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (sentence, holder, institution or None)
PROBES: list[tuple[str, str, str | None]] = [
    ("Bursa pilkada diramaikan Hendra Saputra, Kepala Biro Kesejahteraan Rakyat Sulteng.",
     "Hendra Saputra", "Pemerintah Provinsi Sulawesi Tengah"),
    ("Kepala Biro Humas Kaltara, Dewi Lestari, meminta pegawai menjaga netralitas.",
     "Dewi Lestari", "Pemerintah Provinsi Kalimantan Utara"),
    ("Kepala Biro Organisasi Bengkulu Rahmat Hidayat mengingatkan ASN dilarang berkampanye.",
     "Rahmat Hidayat", "Pemerintah Provinsi Bengkulu"),
    ("Kabiro Pemerintahan dan Otonomi Daerah Jambi, Arif Munandar, menyampaikan imbauan itu.",
     "Arif Munandar", "Pemerintah Provinsi Jambi"),
    ('"ASN harus netral," kata Plt Kepala Biro Hukum Nusa Tenggara Timur Yohanes Bria.',
     "Yohanes Bria", "Pemerintah Provinsi Nusa Tenggara Timur"),
    ("Kepala Biro Perekonomian Sumatera Selatan, Nurul Huda, membuka acara itu.",
     "Nurul Huda", "Pemerintah Provinsi Sumatera Selatan"),
    ("Kepala Biro Hubungan Masyarakat BKN, Taufik Hidayat, menjelaskan sanksinya.",
     "Taufik Hidayat", "Badan Kepegawaian Negara"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "holder", "agency"), indexed(PROBES, lambda v: v[0][:50], first=1))
def test_a_bureau_head_before_a_bare_province_is_that_provinces_official(analysed: list, k: int, holder: str,
                                                                         agency: str | None) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (holder, agency) in found, found
