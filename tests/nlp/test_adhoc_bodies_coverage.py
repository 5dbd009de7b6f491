"""Probe list of the election bodies below and beside the national ones (the ad hoc district, village and
polling-station committees, Aceh's KIP and Panwaslih, a Bawaslu's division coordinators and secretariat, the
regional Gakkumdu centre), in the forms regional news writes them: each sentence (our own words) names one
body, which must resolve to its own level (the district's, the regency's; not the national body), and its
holder, where one is named, must be read with it. As in the gold, a village or polling-station supervisor
(PKD, Pengawas TPS), a PPS or a KPPS is a post people fill, not an institution of the story."""

from __future__ import annotations

import pytest

# (sentence, the official named or None, the institution: of the official if one is named, else of the story)
FORMS = [
    ('Ketua Panwascam Wonosari, Agus Riyanto, mengingatkan ASN agar netral.',
     'Agus Riyanto', 'Panwaslu Kecamatan Wonosari'),
    ('Anggota Panwascam Kalasan Sri Wahyuni menemukan kepala desa ikut kampanye.',
     'Sri Wahyuni', 'Panwaslu Kecamatan Kalasan'),
    ('Koordinator Divisi Pencegahan Panwascam Bantul, Dwi Astuti, meminta perangkat desa netral.',
     'Dwi Astuti', 'Panwaslu Kecamatan Bantul'),
    ('Kordiv Penanganan Pelanggaran Panwaslu Kecamatan Cepu, Rahmat Hidayat, menerima laporan itu.',
     'Rahmat Hidayat', 'Panwaslu Kecamatan Cepu'),
    ('Ketua Panwaslucam Tanjung Priok, Hendra Saputra, mengimbau ASN menjaga netralitas.',
     'Hendra Saputra', 'Panwaslu Kecamatan Tanjung Priok'),
    ('Ketua Panitia Pengawas Pemilu Kecamatan Ciawi, Yusuf Maulana, meminta ASN netral.',
     'Yusuf Maulana', 'Panwaslu Kecamatan Ciawi'),
    ('Ketua Panitia Pengawas Pemilihan Kecamatan (Panwascam) Leuwiliang, Dadang Sukmana, mengimbau ASN netral.',
     'Dadang Sukmana', 'Panwaslu Kecamatan Leuwiliang'),
    ('Anggota Panwaslu Kecamatan Gunungsari Lalu Ahmad menegaskan ASN wajib netral.',
     'Lalu Ahmad', 'Panwaslu Kecamatan Gunungsari'),
    ('Ketua Panwaslu Kec. Sukodono, Bambang Irawan, mengingatkan ASN netral.',
     'Bambang Irawan', 'Panwaslu Kecamatan Sukodono'),
    ('Koordinator Divisi Hukum dan Penyelesaian Sengketa Panwaslu Kecamatan Pakis, Nur Hasan, membenarkan laporan itu.',
     'Nur Hasan', 'Panwaslu Kecamatan Pakis'),
    ('Panwascam Tembalang memanggil seorang lurah yang diduga berpihak.',
     None, 'Panwaslu Kecamatan Tembalang'),
    ('Ketua Pengawas Pemilu Kecamatan Bojongsari, Ahmad Fauzi, mengimbau ASN netral.',
     'Ahmad Fauzi', 'Panwaslu Kecamatan Bojongsari'),
    ('Ketua PPK Kecamatan Sumbersari, Indra Gunawan, meminta ASN netral.',
     'Indra Gunawan', 'Panitia Pemilihan Kecamatan Sumbersari'),
    ('Ketua Panitia Pemilihan Kecamatan (PPK) Kaliwungu, Mulyono, mengingatkan ASN netral.',
     'Mulyono', 'Panitia Pemilihan Kecamatan Kaliwungu'),
    ('Ketua PPK Cibinong, Asep Saepudin, mengatakan ASN dilarang berkampanye.',
     'Asep Saepudin', 'Panitia Pemilihan Kecamatan Cibinong'),
    ('Anggota PPK Kecamatan Tanah Abang Fitri Handayani meminta ASN netral.',
     'Fitri Handayani', 'Panitia Pemilihan Kecamatan Tanah Abang'),
    ('Ketua Panwaslih Kabupaten Pidie Jaya, Ridwan Hadi, mengingatkan ASN netral.',
     'Ridwan Hadi', 'Panitia Pengawas Pemilihan Kabupaten Pidie Jaya'),
    ('Anggota Panwaslih Aceh Tamiang Zulkifli menegaskan ASN dilarang berkampanye.',
     'Zulkifli', 'Panitia Pengawas Pemilihan Kabupaten Aceh Tamiang'),
    ('Ketua Panwaslih Kota Lhokseumawe, Muhammad Nasir, meminta ASN netral.',
     'Muhammad Nasir', 'Panitia Pengawas Pemilihan Kota Lhokseumawe'),
    ('Ketua Panitia Pengawas Pemilihan (Panwaslih) Aceh Tengah, Iwan Setiawan, mengimbau ASN netral.',
     'Iwan Setiawan', 'Panitia Pengawas Pemilihan Kabupaten Aceh Tengah'),
    ('Koordinator Divisi Penanganan Pelanggaran Panwaslih Kabupaten Bireuen, Teuku Rizal, membenarkan laporan itu.',
     'Teuku Rizal', 'Panitia Pengawas Pemilihan Kabupaten Bireuen'),
    ('Ketua Panwaslih Banda Aceh, Yusri Razali, mengingatkan ASN netral.',
     'Yusri Razali', 'Panitia Pengawas Pemilihan Kota Banda Aceh'),
    ('Ketua KIP Aceh Barat, Yusrizal, mengimbau ASN menjaga netralitas.',
     'Yusrizal', 'Komisi Independen Pemilihan Kabupaten Aceh Barat'),
    ('Ketua Komisi Independen Pemilihan (KIP) Kabupaten Nagan Raya, Salman Faris, mengingatkan ASN netral.',
     'Salman Faris', 'Komisi Independen Pemilihan Kabupaten Nagan Raya'),
    ('Anggota KIP Kota Langsa, Nurul Huda, meminta ASN tidak berpihak.',
     'Nurul Huda', 'Komisi Independen Pemilihan Kota Langsa'),
    ('Ketua KIP Aceh, Saiful Bahri, mengimbau ASN netral.',
     'Saiful Bahri', 'Komisi Independen Pemilihan Aceh'),
    ('Komisi Independen Pemilihan Kabupaten Aceh Jaya menggelar sosialisasi netralitas ASN.',
     None, 'Komisi Independen Pemilihan Kabupaten Aceh Jaya'),
    ('Ketua KIP Kabupaten Simeulue, Rahmat Hidayat, meminta ASN netral.',
     'Rahmat Hidayat', 'Komisi Independen Pemilihan Kabupaten Simeulue'),
    ('Ketua Panwaslih Provinsi Aceh, Agus Syahputra, mengimbau ASN netral.',
     'Agus Syahputra', 'Panitia Pengawas Pemilihan Aceh'),
    ('Kordiv Pencegahan, Partisipasi Masyarakat dan Humas Bawaslu Kabupaten Klaten, Arif Wibowo, mengimbau ASN netral.',
     'Arif Wibowo', 'Bawaslu Kabupaten Klaten'),
    ('Koordinator Divisi Penanganan Pelanggaran dan Data Informasi Bawaslu Kota Semarang, Naya Amin, '
     'menegaskan ASN dilarang berkampanye.',
     'Naya Amin', 'Bawaslu Kota Semarang'),
    ('Kordiv Hukum dan Penyelesaian Sengketa Bawaslu Provinsi Riau, Indra Lubis, mengatakan ASN wajib netral.',
     'Indra Lubis', 'Bawaslu Provinsi Riau'),
    ('Kordiv SDM, Organisasi, Pendidikan dan Pelatihan Bawaslu Kabupaten Sleman, Sri Rejeki, meminta ASN netral.',
     'Sri Rejeki', 'Bawaslu Kabupaten Sleman'),
    ('Koordinator Divisi Pencegahan, Parmas dan Humas Bawaslu Kota Malang, Hamdan Akbar, mengingatkan ASN netral.',
     'Hamdan Akbar', 'Bawaslu Kota Malang'),
    ('Kordiv P3S Bawaslu Kabupaten Jember, Dian Purnama, mengimbau ASN netral.',
     'Dian Purnama', 'Bawaslu Kabupaten Jember'),
    ('Anggota Bawaslu Kabupaten Bojonegoro Divisi Hukum dan Penyelesaian Sengketa, Rizki Maulana, meminta ASN netral.',
     'Rizki Maulana', 'Bawaslu Kabupaten Bojonegoro'),
    ('Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Humas Bawaslu Kabupaten Lamongan, '
     'Rudi Santoso, mengimbau ASN netral.',
     'Rudi Santoso', 'Bawaslu Kabupaten Lamongan'),
    ('Kordiv Penanganan Pelanggaran, Data dan Informasi Bawaslu Sumbar, Alni Yusra, menegaskan ASN harus netral.',
     'Alni Yusra', 'Bawaslu Provinsi Sumatera Barat'),
    ('Kordiv HPPH Bawaslu Kota Cimahi, Ade Suryana, meminta ASN netral.',
     'Ade Suryana', 'Bawaslu Kota Cimahi'),
    ('Koordinator Divisi SDM dan Organisasi Bawaslu Kabupaten Purworejo, Eni Susanti, mengimbau ASN netral.',
     'Eni Susanti', 'Bawaslu Kabupaten Purworejo'),
    ('Kepala Sekretariat Bawaslu Kabupaten Banyumas, Heru Prasetyo, mengingatkan ASN netral.',
     'Heru Prasetyo', 'Bawaslu Kabupaten Banyumas'),
    ('Korsek Bawaslu Kota Tegal, Andi Kurniawan, meminta ASN netral.',
     'Andi Kurniawan', 'Bawaslu Kota Tegal'),
    ('Koordinator Sekretariat Bawaslu Kabupaten Magelang, Sugeng Wahyudi, mengimbau ASN netral.',
     'Sugeng Wahyudi', 'Bawaslu Kabupaten Magelang'),
    ('Kepala Sekretariat Bawaslu Provinsi Jawa Tengah, Haryanto, menegaskan ASN wajib netral.',
     'Haryanto', 'Bawaslu Provinsi Jawa Tengah'),
    ('Sekretaris KPU Kabupaten Kendal, Budi Raharjo, mengimbau ASN netral.',
     'Budi Raharjo', 'Komisi Pemilihan Umum Kabupaten Kendal'),
    ('Sekretaris KPU Kota Surakarta, Wahyu Nugroho, mengingatkan ASN tidak berpihak.',
     'Wahyu Nugroho', 'Komisi Pemilihan Umum Kota Surakarta'),
    ('Kasubbag Teknis KPU Kabupaten Blora, Yanto Saputro, mengimbau ASN netral.',
     'Yanto Saputro', 'Komisi Pemilihan Umum Kabupaten Blora'),
    ('Kepala Sekretariat Panwascam Mlati, Rini Astuti, meminta ASN netral.',
     'Rini Astuti', 'Panwaslu Kecamatan Mlati'),
    ('Korsek Panwaslu Kecamatan Depok, Bayu Aji, mengingatkan ASN netral.',
     'Bayu Aji', 'Panwaslu Kecamatan Depok'),
    ('Tim Pemeriksa Daerah (TPD) DKPP Provinsi Jambi menyidangkan anggota Panwascam.',
     None, 'Dewan Kehormatan Penyelenggara Pemilu'),
    ('Anggota TPD DKPP Jawa Timur, Aang Kunaifi, memimpin sidang kode etik.',
     'Aang Kunaifi', 'Dewan Kehormatan Penyelenggara Pemilu'),
    ('Ketua Panwaslu Kabupaten Majalengka, Dede Sutisna, meminta ASN netral.',
     'Dede Sutisna', 'Panitia Pengawas Pemilu Kabupaten Majalengka'),
    ('Ketua Panwaslukab Tuban, Ahmad Shodiq, mengingatkan ASN netral.',
     'Ahmad Shodiq', 'Panitia Pengawas Pemilu Kabupaten Tuban'),
    ('Ketua Panwaskab Ciamis, Jajang Sudrajat, mengimbau PNS netral.',
     'Jajang Sudrajat', 'Panitia Pengawas Pemilu Kabupaten Ciamis'),
    ('Ketua Panwaslu Kota Cirebon, Dian Sofiani, meminta PNS netral.',
     'Dian Sofiani', 'Panitia Pengawas Pemilu Kota Cirebon'),
    ('Komisioner Panwaslu Kabupaten Subang, Nanang Kosasih, meminta PNS netral.',
     'Nanang Kosasih', 'Panitia Pengawas Pemilu Kabupaten Subang'),
    ('Ketua Panwas Kabupaten Bantaeng, Andi Rahman, meminta PNS netral.',
     'Andi Rahman', 'Panitia Pengawas Pemilu Kabupaten Bantaeng'),
    ('PKD Desa Sukamulya melaporkan kepala desa yang ikut kampanye ke Panwascam Cikarang.',
     None, 'Panwaslu Kecamatan Cikarang'),
    ('Pengawas TPS di Kecamatan Ngaliyan menemukan ASN mengarahkan pemilih; Panwascam Ngaliyan menindaklanjutinya.',
     None, 'Panwaslu Kecamatan Ngaliyan'),
    # the regional Gakkumdu centre
    ('Sentra Gakkumdu Kabupaten Kudus memeriksa ASN yang diduga berkampanye.',
     None, 'Sentra Penegakan Hukum Terpadu Kabupaten Kudus'),
    ('Sentra Penegakan Hukum Terpadu (Gakkumdu) Kota Cirebon membahas laporan dugaan ASN berkampanye.',
     None, 'Sentra Penegakan Hukum Terpadu Kota Cirebon'),
    ('Koordinator Sentra Gakkumdu Kabupaten Pati, Supriyanto, mengatakan ASN dilarang berkampanye.',
     'Supriyanto', 'Sentra Penegakan Hukum Terpadu Kabupaten Pati'),
    ('Gakkumdu Kabupaten Wonogiri menghentikan kasus ASN yang diduga berkampanye.',
     None, 'Sentra Penegakan Hukum Terpadu Kabupaten Wonogiri'),
]

# village and polling-station posts: no institution of the story
POSTS = [
    "Ketua Panwaslu Kelurahan Sukamaju, Ujang Hermawan, menemukan ASN ikut kampanye.",
    "Ketua KPPS TPS 05 Kelurahan Sidomulyo, Joko Purnomo, mengingatkan ASN netral.",
    "Ketua PPS Desa Karangrejo, Suparman, mengimbau ASN netral.",
    "PKD Desa Sukamulya melaporkan kepala desa yang ikut kampanye pada Pilkada 2024.",
    "Pengawas TPS menemukan ASN mengarahkan pemilih di TPS 12.",
]


@pytest.mark.parametrize(("text", "name", "agency"), FORMS)
def test_an_ad_hoc_or_regional_election_body_is_read_at_its_own_level(run, text: str, name: str | None,
                                                                      agency: str) -> None:
    found = run(text)
    if name is not None:
        assert {o.name: o.agency for o in found.officials}.get(name) == agency
    assert agency in {a.agency for a in found.agencies}


@pytest.mark.parametrize("text", POSTS)
def test_a_village_or_polling_station_post_is_no_institution(run, text: str) -> None:
    assert not run(text).agencies
