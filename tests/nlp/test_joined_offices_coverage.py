"""Regional offices that join two bodies under one head, as many regions have merged them: the civil service police
with the fire service ('Satpol PP dan Damkar'), national unity with civil protection ('Kesbangpol dan Linmas'), tourism
with culture ('Disparbud': tourism first, as Jawa Barat names it, beside 'Disbudpar'). With its region after it the
joined name is one office and its head is that office's holder; without a region the same words list the two bodies,
each read on its own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (sentence, holder, institution)
HEADS: list[tuple[str, str, str]] = [
    ("Kepala Satpol PP dan Damkar Kota Bontang, Hendra Wijaya, meminta anggotanya netral selama Pilkada 2024.",
     "Hendra Wijaya", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kota Bontang"),
    ("Plt Kepala Satpol PP dan Damkar Kabupaten Kepulauan Meranti Rudi Hartono mengingatkan ASN tidak berpolitik.",
     "Rudi Hartono", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Kepulauan Meranti"),
    ('"Pegawai kami dilarang ikut kampanye," ujar Kepala Satpol PP Damkar Kab. Lombok Utara, Sahrul Anwar.',
     "Sahrul Anwar", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Lombok Utara"),
    ("Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran Provinsi Bengkulu, Yusuf Effendi, menegaskan hal itu.",
     "Yusuf Effendi", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Provinsi Bengkulu"),
    ("Kepala Kesbangpol dan Linmas Kabupaten Toba, Herman Sitorus, meminta ASN menjaga netralitas.",
     "Herman Sitorus", "Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat Kabupaten Toba"),
    ("Sosialisasi dibuka Kepala Kesbangpol dan Linmas Kota Bitung Markus Rondonuwu di aula kantor wali kota.",
     "Markus Rondonuwu", "Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat Kota Bitung"),
    ("Kepala Disparbud Kabupaten Garut, Agus Setiawan, meminta pegawainya tidak ikut kampanye.",
     "Agus Setiawan", "Dinas Pariwisata dan Kebudayaan Kabupaten Garut"),
    ('"Kami ingatkan ASN netral," kata Kepala Disparbud Jabar Rina Marlina.',
     "Rina Marlina", "Dinas Pariwisata dan Kebudayaan Provinsi Jawa Barat"),
]

# (sentence, institutions that must be read, the joined office that must not)
LISTS: list[tuple[str, tuple[str, ...], str]] = [
    ("Pemkab Sleman melibatkan Satpol PP dan Damkar untuk menjaga kantor-kantor selama masa kampanye.",
     ("Dinas Pemadam Kebakaran Kabupaten Sleman",),
     "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Sleman"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Both lists analysed in one call."""
    return analyse_all([h[0] for h in HEADS] + [item[0] for item in LISTS], published="2024-10-07")


@pytest.mark.parametrize(("k", "holder", "agency"), indexed(HEADS, lambda v: v[0][:50], first=1))
def test_the_head_of_a_joined_office_is_its_holder(analysed: list, k: int, holder: str, agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (holder, agency) in found, found


@pytest.mark.parametrize(("k", "bodies", "joined"), indexed(LISTS, lambda v: v[0][:50], first=1))
def test_the_joined_words_without_a_region_list_two_bodies(analysed: list, k: int, bodies: tuple[str, ...],
                                                           joined: str) -> None:
    found = {m.agency for m in analysed[len(HEADS) + k].agencies}
    assert set(bodies) <= found and joined not in found, found
