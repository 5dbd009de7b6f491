"""Probe list of the election supervisors by era and contest: a province's ad hoc Panwaslu before its permanent
Bawaslu Provinsi (2012), a regency's or city's Panwaslu or Panwas (for general elections, and for the regional
contests under UU 1/2015 and UU 10/2016, also with the contest in the name: "Panwas Pilkada Kabupaten X",
"Panwas Pilbup X") until the permanent Bawaslu Kabupaten/Kota (August 2018), the districts' Panwascam and Panwas
Kecamatan, and Aceh's Panwaslih. Each sentence (our own words, with a publication date of its era) names one body,
which must be read under the name the gold gives it, with its head where one is named. As in the gold, an ad hoc
regency body is named "Panitia Pengawas Pemilu Kabupaten X" whichever contest it supervised, and one written
"Panitia Pengawas Pemilihan" keeps that name."""

from __future__ import annotations

import pytest

# (sentence, publication date, the official named or None, the institution: of the official if one is named)
FORMS = [
    # provincial ad hoc Panwaslu before 2012
    ('Panwaslu Provinsi Jawa Tengah menerima laporan tentang camat yang berkampanye.',
     '2009-03-20', None, 'Panitia Pengawas Pemilu Provinsi Jawa Tengah'),
    ('Ketua Panwaslu Provinsi Sumatera Barat, Andi Saputra, meminta PNS netral.',
     '2009-02-11', 'Andi Saputra', 'Panitia Pengawas Pemilu Provinsi Sumatera Barat'),
    ('Panitia Pengawas Pemilu (Panwaslu) Provinsi Riau memanggil dua kepala dinas.',
     '2008-07-01', None, 'Panitia Pengawas Pemilu Provinsi Riau'),
    ('Panitia Pengawas Pemilu Provinsi Jawa Timur menyurati gubernur soal PNS yang ikut kampanye.',
     '2009-03-02', None, 'Panitia Pengawas Pemilu Provinsi Jawa Timur'),
    ('Anggota Panwaslu Provinsi Bali, Made Sukarta, mengatakan PNS dilarang berkampanye.',
     '2009-03-05', 'Made Sukarta', 'Panitia Pengawas Pemilu Provinsi Bali'),
    ('Panwaslu Provinsi Sulawesi Selatan meminta gubernur menindak PNS yang berpihak.',
     '2010-05-12', None, 'Panitia Pengawas Pemilu Provinsi Sulawesi Selatan'),
    ('Panwaslu Provinsi Kalimantan Barat menemukan lurah ikut berkampanye.',
     '2012-06-02', None, 'Panitia Pengawas Pemilu Provinsi Kalimantan Barat'),
    # regional contests with the contest in the name
    ('Panwas Pilkada Kabupaten Sleman menerima laporan tentang ASN yang berkampanye.',
     '2015-11-20', None, 'Panitia Pengawas Pemilu Kabupaten Sleman'),
    ('Ketua Panwas Pilkada Kota Semarang, Budi Santoso, mengingatkan PNS netral.',
     '2015-10-05', 'Budi Santoso', 'Panitia Pengawas Pemilu Kota Semarang'),
    ('Panwaslu Pilkada Kabupaten Garut memanggil seorang camat.',
     '2018-04-03', None, 'Panitia Pengawas Pemilu Kabupaten Garut'),
    ('Panwas Pilbup Klaten menemukan kepala desa berkampanye.',
     '2015-11-01', None, 'Panitia Pengawas Pemilu Kabupaten Klaten'),
    ('Panwas Pilwalkot Makassar memanggil lurah yang berpihak.',
     '2018-03-10', None, 'Panitia Pengawas Pemilu Kota Makassar'),
    ('Panwas Pilkada Kota Yogyakarta menerima laporan tentang PNS.',
     '2017-01-10', None, 'Panitia Pengawas Pemilu Kota Yogyakarta'),
    ('Panwaslu Pilkada Kota Malang mengingatkan ASN agar netral.',
     '2018-02-10', None, 'Panitia Pengawas Pemilu Kota Malang'),
    # the Pilkada-era names spelled out
    ('Panitia Pengawas Pemilihan Kabupaten Sleman menerima laporan tentang ASN.',
     '2015-11-20', None, 'Panitia Pengawas Pemilihan Kabupaten Sleman'),
    ('Panitia Pengawas Pemilihan (Panwas) Kota Malang memanggil seorang lurah.',
     '2018-02-10', None, 'Panitia Pengawas Pemilihan Kota Malang'),
    ('Ketua Panitia Pengawas Pemilihan Kabupaten Kendal, Agus Salim, meminta ASN netral.',
     '2015-10-02', 'Agus Salim', 'Panitia Pengawas Pemilihan Kabupaten Kendal'),
    ('Panitia Pengawas Pemilihan Umum Kabupaten Bone memanggil dua guru.',
     '2018-04-02', None, 'Panitia Pengawas Pemilu Kabupaten Bone'),
    ('Panitia Pengawas Pemilihan Umum (Panwaslu) Kota Ambon merekomendasikan sanksi bagi PNS.',
     '2018-04-02', None, 'Panitia Pengawas Pemilu Kota Ambon'),
    # the regency Panwas by acronym
    ('Panwas Kabupaten Sleman menerima laporan tentang ASN.',
     '2015-11-20', None, 'Panitia Pengawas Pemilu Kabupaten Sleman'),
    ('Panwas Kota Malang memanggil seorang lurah.', '2018-02-10', None, 'Panitia Pengawas Pemilu Kota Malang'),
    ('Panwas Kab. Bantul menerima laporan dugaan pelanggaran netralitas ASN.',
     '2015-11-02', None, 'Panitia Pengawas Pemilu Kabupaten Bantul'),
    ('Panwaslu Kab. Cirebon memanggil kepala desa.', '2018-03-02', None, 'Panitia Pengawas Pemilu Kabupaten Cirebon'),
    ('Ketua Panwaslu Kab. Lebak, Hasan Basri, meminta PNS netral.',
     '2018-03-02', 'Hasan Basri', 'Panitia Pengawas Pemilu Kabupaten Lebak'),
    ('Panwaslukot Bekasi memanggil camat.', '2018-03-02', None, 'Panitia Pengawas Pemilu Kota Bekasi'),
    ('Panwaskot Tangerang menegur lurah.', '2018-03-02', None, 'Panitia Pengawas Pemilu Kota Tangerang'),
    ('Panwaslu Kota Bima menerima laporan tentang ASN.', '2013-03-02', None, 'Panitia Pengawas Pemilu Kota Bima'),
    ('Ketua Panwaslu Kabupaten Jember, Sanda Aditya, meminta PNS netral.',
     '2014-03-02', 'Sanda Aditya', 'Panitia Pengawas Pemilu Kabupaten Jember'),
    ('Panwaslu Kabupaten Magelang menyurati bupati soal PNS.',
     '2009-03-02', None, 'Panitia Pengawas Pemilu Kabupaten Magelang'),
    ('Panwaslu Kabupaten Tegal menemukan guru ikut kampanye.',
     '2010-05-02', None, 'Panitia Pengawas Pemilu Kabupaten Tegal'),
    ('Koordinator Divisi Pengawasan Panwaslu Kota Surabaya, Hadi Margo, mengatakan PNS wajib netral.',
     '2015-11-02', 'Hadi Margo', 'Panitia Pengawas Pemilu Kota Surabaya'),
    ('Hadi Margo, anggota Panwas Kota Surabaya, menyebut PNS dilarang berkampanye.',
     '2015-11-02', 'Hadi Margo', 'Panitia Pengawas Pemilu Kota Surabaya'),
    # after August 2018: Bawaslu
    ('Bawaslu Kabupaten Sleman menerima laporan tentang ASN.', '2019-02-10', None, 'Bawaslu Kabupaten Sleman'),
    ('Ketua Bawaslu Kota Malang, Dewi Lestari, meminta ASN netral.',
     '2020-10-10', 'Dewi Lestari', 'Bawaslu Kota Malang'),
    ('Bawaslu Kabupaten Garut memanggil seorang camat.', '2024-10-10', None, 'Bawaslu Kabupaten Garut'),
    ('Bawaslu Provinsi Jawa Tengah menerima laporan tentang ASN.', '2023-10-10', None, 'Bawaslu Provinsi Jawa Tengah'),
    ('Badan Pengawas Pemilu Kota Bekasi memanggil lurah.', '2019-03-10', None, 'Bawaslu Kota Bekasi'),
    # districts
    ('Panwaslu Kecamatan Depok memanggil kepala desa.', '2019-03-10', None, 'Panwaslu Kecamatan Depok'),
    ('Panwas Kecamatan Mlati menegur seorang guru.', '2015-11-10', None, 'Panwaslu Kecamatan Mlati'),
    ('Panitia Pengawas Pemilihan Kecamatan Ngaglik memanggil kepala desa.',
     '2020-11-10', None, 'Panwaslu Kecamatan Ngaglik'),
    ('Panwascam Kota Gede menerima laporan.', '2024-10-10', None, 'Panwaslu Kecamatan Kota Gede'),
    ('Ketua Panitia Pengawas Kecamatan (Panwascam) Seyegan, Rudi Hartono, meminta ASN netral.',
     '2024-10-10', 'Rudi Hartono', 'Panwaslu Kecamatan Seyegan'),
    ('Ketua Panwas Kecamatan Godean, Slamet Riyadi, meminta PNS netral.',
     '2015-11-10', 'Slamet Riyadi', 'Panwaslu Kecamatan Godean'),
    ('Panwaslu Kec. Gamping menerima laporan soal kades.', '2019-03-10', None, 'Panwaslu Kecamatan Gamping'),
    ('Panitia Pengawas Pemilu Kecamatan Berbah memanggil lurah.', '2014-03-10', None, 'Panwaslu Kecamatan Berbah'),
    # Aceh
    ('Panwaslih Kabupaten Pidie menerima laporan tentang ASN.',
     '2024-10-10', None, 'Panitia Pengawas Pemilihan Kabupaten Pidie'),
    ('Ketua Panwaslih Aceh, Safrizal, meminta ASN netral.',
     '2024-10-10', 'Safrizal', 'Panitia Pengawas Pemilihan Aceh'),
    ('Panwaslih Kota Langsa memanggil seorang keuchik.', '2017-01-10', None, 'Panitia Pengawas Pemilihan Kota Langsa'),
    ('Panitia Pengawas Pemilihan Kabupaten Aceh Jaya memanggil ASN.',
     '2017-01-10', None, 'Panitia Pengawas Pemilihan Kabupaten Aceh Jaya'),
    ('Panwaslih Provinsi Aceh meminta gubernur menindak ASN.', '2019-03-10', None, 'Panitia Pengawas Pemilihan Aceh'),
    ('Panwaslih Kecamatan Baiturrahman menegur keuchik.',
     '2024-10-10', None, 'Panitia Pengawas Pemilihan Kecamatan Baiturrahman'),
    # heads of regency bodies in other forms
    ('Ketua Panwas Pilkada Kabupaten Bantul, Supardi, mengingatkan PNS.',
     '2015-11-10', 'Supardi', 'Panitia Pengawas Pemilu Kabupaten Bantul'),
    ('Ketua Panitia Pengawas Pemilu (Panwaslu) Kota Padang, Erwin Syah, meminta PNS netral.',
     '2013-11-10', 'Erwin Syah', 'Panitia Pengawas Pemilu Kota Padang'),
    ('Ketua Panitia Pengawas Pemilihan (Panwas) Kabupaten Purworejo, Rohmat, meminta PNS netral.',
     '2015-11-10', 'Rohmat', 'Panitia Pengawas Pemilihan Kabupaten Purworejo'),
    ('Ketua Panwaslu Provinsi Lampung, Heri Wardoyo, meminta PNS netral.',
     '2008-07-10', 'Heri Wardoyo', 'Panitia Pengawas Pemilu Provinsi Lampung'),
    ('Panwas Pilgub Jawa Barat mengingatkan PNS agar netral.',
     '2008-03-10', None, 'Panitia Pengawas Pemilu Provinsi Jawa Barat'),
    ('Panwaslu Pilgub Sumatera Utara memanggil kepala dinas.',
     '2008-03-10', None, 'Panitia Pengawas Pemilu Provinsi Sumatera Utara'),
]


@pytest.mark.parametrize(("text", "published", "name", "agency"), FORMS)
def test_an_election_supervisor_is_named_as_in_its_era(run, text: str, published: str, name: str | None,
                                                       agency: str) -> None:
    result = run(text, published=published)
    assert agency in {m.agency for m in result.agencies}
    if name is not None:
        assert (name, agency) in {(o.name, o.agency) for o in result.officials}
