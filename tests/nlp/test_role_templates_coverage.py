"""Probe list of office titles whose holder went unread when the title was put alone in a plain sentence
('<TITLE>, Nama, mengatakan ...', '<TITLE> Nama mengatakan ...'): the division coordinator's short title written
with both o's ('Koordiv'), a national body's numbered or chief inspectors ('Inspektur IV Itjen Kemenag', 'Inspektur
Utama BKN'), the home ministry's directors-general named by their directorate alone ('Dirjen Otonomi Daerah'), a
body's treasurer ('Bendahara Panwaslu Kecamatan X'), the fields a member oversees between the office and the holder
('Anggota Bawaslu X yang membidangi Hukum, Pencegahan dan Humas, Nama,') and a unit of a body named by its district
with the holder right after the district ('Kanit Reskrim Polsek Cawas Nama': the place ends where the listed district
ends). Each text (our own words, other bodies and regions than the pages these forms were seen on) must give the
holder, named as the gold names people, with the institution the gold gives (the ministry for its directors-general
and inspectors); a party's or a campaign's treasurer is no official. All are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

KLATEN = "Bawaslu Kabupaten Klaten"
KEDIRI_KPU = "Komisi Pemilihan Umum Kota Kediri"
JAMBI = "Bawaslu Provinsi Jambi"
KDN = "Kementerian Dalam Negeri"
MISSED = pytest.mark.xfail(strict=True, reason="form not covered yet")
# (text, the holder, the institution served)
FORMS = [
    # the division coordinator's short title, 'Koordiv'
    ('Koordiv Pencegahan Bawaslu Kabupaten Klaten, Sri Wahyuni, mengingatkan ASN tidak ikut berkampanye.',
     'Sri Wahyuni', KLATEN),
    ('Koordiv Penanganan Pelanggaran Bawaslu Klaten Arif Nugroho menerima laporan soal camat yang '
     'berpose dengan calon.',
     'Arif Nugroho', KLATEN),
    ('"ASN yang terbukti berpihak akan kami rekomendasikan ke BKN," ujar Koordiv Hukum Bawaslu Klaten, Dwi Hartono.',
     'Dwi Hartono', KLATEN),
    ('Sri Wahyuni, Koordiv Pencegahan dan Parmas Bawaslu Kabupaten Klaten, meminta kepala desa netral.',
     'Sri Wahyuni', KLATEN),
    ('Menurut Koordiv SDM, Organisasi dan Diklat Bawaslu Kabupaten Klaten Yuli Astuti, pengawas '
     'kecamatan sudah dilatih.',
     'Yuli Astuti', KLATEN),
    ('Koordiv Teknis Penyelenggaraan KPU Kota Kediri, Agus Setiawan, menyebut PPK diisi warga non-ASN.',
     'Agus Setiawan', KEDIRI_KPU),
    ('Koordiv Hukum dan Pengawasan KPU Kota Kediri Ratna Dewi mengatakan anggota PPS dilarang berstatus ASN aktif.',
     'Ratna Dewi', KEDIRI_KPU),
    ('Hal itu disampaikan Koordiv Sosialisasi KPU Kota Kediri, Heru Prasetyo, dalam rapat di aula.',
     'Heru Prasetyo', KEDIRI_KPU),
    ('Koordiv Penindakan Bawaslu Provinsi Jambi, Fahrul Rozi, menyebut dua lurah telah diperiksa.',
     'Fahrul Rozi', JAMBI),
    ('Koordiv Hubungan Masyarakat Bawaslu Jambi Nurul Hidayah mengajak warga melaporkan ASN yang berkampanye.',
     'Nurul Hidayah', JAMBI),
    ('Koordinator Divisi (Koordiv) Pencegahan Bawaslu Provinsi Jambi, Fahrul Rozi, hadir dalam apel.',
     'Fahrul Rozi', JAMBI),
    ('Anggota Bawaslu Provinsi Jambi, Koordiv Hukum dan Penyelesaian Sengketa, Rudi Hartono, membuka rapat.',
     'Rudi Hartono', JAMBI),
    ('Koordiv Penanganan Pelanggaran Panwaslu Kecamatan Wedi, Anton Susilo, mencatat tiga laporan.',
     'Anton Susilo', 'Panwaslu Kecamatan Wedi'),
    ('Koordiv Pencegahan Panwascam Wedi Siti Aminah meminta kepala desa tidak memihak.',
     'Siti Aminah', 'Panwaslu Kecamatan Wedi'),
    ('Koordiv Data dan Informasi Bawaslu Kota Banjarbaru, Maulana Yusuf, merilis data pelanggaran ASN.',
     'Maulana Yusuf', 'Bawaslu Kota Banjarbaru'),
    ('Pelanggaran netralitas itu diungkap Koordiv Penanganan Pelanggaran Bawaslu Kabupaten Sumedang Dedi Rusmana.',
     'Dedi Rusmana', 'Bawaslu Kabupaten Sumedang'),
    ('Koordiv Hukum Bawaslu Kabupaten Banyumas, Irfan Hakim, menegaskan sanksi bagi ASN pelanggar.',
     'Irfan Hakim', 'Bawaslu Kabupaten Banyumas'),
    ('Koordiv Perencanaan dan Logistik KPU Kabupaten Banyumas Endah Lestari memastikan tak ada ASN di badan ad hoc.',
     'Endah Lestari', 'Komisi Pemilihan Umum Kabupaten Banyumas'),
    ('Kegiatan dibuka Ketua Bawaslu Kota Banjarbaru, lalu materi diberikan oleh Koordiv Pencegahan, Maulana Yusuf.',
     'Maulana Yusuf', 'Bawaslu Kota Banjarbaru'),
    ('Koordiv Hukum, Pencegahan, Parmas dan Humas Bawaslu Kabupaten Sumedang, Lina Marlina, menyambangi kantor camat.',
     'Lina Marlina', 'Bawaslu Kabupaten Sumedang'),
    ('Laporan itu diteruskan Koordiv Penanganan Pelanggaran Bawaslu Provinsi Bengkulu, Yusran Fauzi, ke KASN.',
     'Yusran Fauzi', 'Bawaslu Provinsi Bengkulu'),
    # a national body's numbered, area or chief inspectors; the regional one keeps its region
    ('Inspektur II Itjen Kemendagri, Bambang Irawan, mengingatkan ASN daerah tidak berpolitik praktis.',
     'Bambang Irawan', KDN),
    ('Inspektur III Itjen Kemendagri Wahyu Hidayat mengatakan pengaduan soal ASN diteruskan ke daerah.',
     'Wahyu Hidayat', KDN),
    ('"Netralitas adalah kewajiban," kata Inspektur IV Itjen Kemendagri, Sugeng Riyadi.', 'Sugeng Riyadi', KDN),
    ('Bambang Irawan, Inspektur I Itjen Kemendagri, menjadi narasumber sosialisasi netralitas ASN.',
     'Bambang Irawan', KDN),
    ('Inspektur V Itjen Kemenag, Ahmad Fauzi, meminta penyuluh agama tidak berkampanye.',
     'Ahmad Fauzi', 'Kementerian Agama'),
    ('Inspektur Wilayah III Itjen Kemenag Nur Hasanah mengingatkan guru madrasah menjaga netralitas.',
     'Nur Hasanah', 'Kementerian Agama'),
    ('Inspektur Wilayah I Itjen Kemenag, Ahmad Fauzi, menyebut sanksi bagi ASN yang berpihak.',
     'Ahmad Fauzi', 'Kementerian Agama'),
    ('Plt Inspektur II Itjen Kemenag Sutrisno menyampaikan ASN dilarang hadir di kampanye.',
     'Sutrisno', 'Kementerian Agama'),
    ('Inspektur Utama BKN, Rina Oktaviani, menyebut pelanggaran netralitas diproses bersama KASN.',
     'Rina Oktaviani', 'Badan Kepegawaian Negara'),
    ('Inspektur Utama BKN Rina Oktaviani meminta pegawai kantor regional netral.',
     'Rina Oktaviani', 'Badan Kepegawaian Negara'),
    ('Plh Inspektur Utama Bawaslu RI, Dodi Kurniawan, mengingatkan jajaran sekretariat netral.',
     'Dodi Kurniawan', 'Badan Pengawas Pemilihan Umum'),
    ('Inspektur Utama KPU RI Yusuf Maulana mengatakan pegawai sekretariat KPU wajib netral.',
     'Yusuf Maulana', 'Komisi Pemilihan Umum'),
    ('Inspektur Wilayah II Bawaslu RI, Dodi Kurniawan, meminta ASN di sekretariat Bawaslu tidak memihak.',
     'Dodi Kurniawan', 'Badan Pengawas Pemilihan Umum'),
    ('Menurut Inspektur Wilayah I KPU RI Yusuf Maulana, pegawai yang melanggar dijatuhi hukuman disiplin.',
     'Yusuf Maulana', 'Komisi Pemilihan Umum'),
    ('Inspektur VI Itjen Kemendagri, Hendra Gunawan, mengatakan pengawasan netralitas dilakukan '
     'bersama inspektorat daerah.',
     'Hendra Gunawan', KDN),
    ('Hadir pula Inspektur IV Itjen Kemenkes, Maria Ulfa, yang meminta tenaga kesehatan ASN netral.',
     'Maria Ulfa', 'Kementerian Kesehatan'),
    ('Inspektur Kabupaten Klaten, Joko Santoso, meminta camat netral dalam Pilkada.',
     'Joko Santoso', 'Inspektorat Kabupaten Klaten'),
    ('Inspektur Kota Kediri Lilik Suryani mengatakan ASN yang melanggar akan diperiksa.',
     'Lilik Suryani', 'Inspektorat Kota Kediri'),
    ('Inspektur Provinsi Jambi, Agus Salim, mengingatkan ASN netral.', 'Agus Salim', 'Inspektorat Provinsi Jambi'),
    ('Inspektur Daerah Kabupaten Banyumas, Ruslan Efendi, memeriksa kepala dinas yang dilaporkan.',
     'Ruslan Efendi', 'Inspektorat Daerah Kabupaten Banyumas'),
    # the home ministry's directors-general by their directorate alone
    ('Dirjen Otonomi Daerah, Joko Prasetyo, meminta penjabat kepala daerah menjaga netralitas ASN.',
     'Joko Prasetyo', KDN),
    ('Dirjen Otonomi Daerah Joko Prasetyo melantik empat penjabat bupati.', 'Joko Prasetyo', KDN),
    ('Dirjen Otda, Joko Prasetyo, mengingatkan Pj kepala daerah tidak memutasi pejabat menjelang Pilkada.',
     'Joko Prasetyo', KDN),
    ('Direktur Jenderal Otonomi Daerah, Joko Prasetyo, menyampaikan arahan Mendagri.', 'Joko Prasetyo', KDN),
    ('Plt Dirjen Otonomi Daerah Hadi Susanto meminta ASN netral.', 'Hadi Susanto', KDN),
    ('"Pj kepala daerah wajib netral," tegas Dirjen Otda Hadi Susanto.', 'Hadi Susanto', KDN),
    ('Joko Prasetyo, Dirjen Otonomi Daerah, mengatakan ASN dilarang mendukung calon.', 'Joko Prasetyo', KDN),
    ('Dirjen Politik dan Pemerintahan Umum, Rahmat Hidayat, meminta kepala daerah memastikan ASN netral.',
     'Rahmat Hidayat', KDN),
    ('Dirjen Polpum Rahmat Hidayat membuka rapat koordinasi netralitas ASN.', 'Rahmat Hidayat', KDN),
    ('Plh Dirjen Politik dan Pemerintahan Umum, Slamet Riyadi, mengingatkan ASN tidak berpolitik.',
     'Slamet Riyadi', KDN),
    ('Direktur Jenderal Politik dan Pemerintahan Umum, Rahmat Hidayat, hadir dalam rapat itu.', 'Rahmat Hidayat', KDN),
    ('Dirjen Dukcapil, Yusuf Kurnia, meminta petugas dukcapil tidak memihak calon.', 'Yusuf Kurnia', KDN),
    ('Dirjen Kependudukan dan Pencatatan Sipil Yusuf Kurnia mengatakan pegawai dukcapil wajib netral.',
     'Yusuf Kurnia', KDN),
    ('Direktur Jenderal Kependudukan dan Pencatatan Sipil, Yusuf Kurnia, memberi arahan.', 'Yusuf Kurnia', KDN),
    ('Dirjen Bina Keuangan Daerah, Sri Handayani, melarang penggunaan anggaran daerah untuk kampanye.',
     'Sri Handayani', KDN),
    ('Dirjen Bina Keuda Sri Handayani mengingatkan bendahara daerah netral.', 'Sri Handayani', KDN),
    ('Dirjen Bina Administrasi Kewilayahan, Teguh Santosa, meminta camat menjaga netralitas.', 'Teguh Santosa', KDN),
    ('Dirjen Bina Adwil Teguh Santosa mengingatkan lurah tidak berkampanye.', 'Teguh Santosa', KDN),
    ('Dirjen Bina Pembangunan Daerah, Restu Wibowo, meminta ASN Bappeda netral.', 'Restu Wibowo', KDN),
    ('Dirjen Bina Bangda Restu Wibowo menghadiri apel netralitas.', 'Restu Wibowo', KDN),
    ('Menurut Dirjen Otda Hadi Susanto, penjabat yang tidak netral akan dicopot.', 'Hadi Susanto', KDN),
    ('Pesan itu disampaikan Dirjen Dukcapil Yusuf Kurnia kepada kepala dinas dukcapil se-Indonesia.',
     'Yusuf Kurnia', KDN),
    # a body's treasurer
    ('Bendahara Bawaslu Kabupaten Klaten, Tri Handayani, mengatakan honor pengawas sudah dibayar.',
     'Tri Handayani', KLATEN),
    ('Bendahara Bawaslu Klaten Tri Handayani hadir dalam rapat evaluasi pengawasan netralitas ASN.',
     'Tri Handayani', KLATEN),
    ('Bendahara KPU Kota Kediri, Wahyu Lestari, menyebut anggaran sosialisasi netralitas sudah cair.',
     'Wahyu Lestari', KEDIRI_KPU),
    ('Bendahara Panwaslu Kecamatan Wedi, Suparno, menyiapkan honor pengawas desa.',
     'Suparno', 'Panwaslu Kecamatan Wedi'),
    ('Bendahara Panwascam Wedi Suparno turut mendampingi pengawasan apel ASN.', 'Suparno', 'Panwaslu Kecamatan Wedi'),
    ('Bendahara Bawaslu Provinsi Jambi, Rika Amelia, hadir mewakili sekretariat.', 'Rika Amelia', JAMBI),
    ('Bendahara KPU Kabupaten Banyumas Dian Puspita menjelaskan pengadaan logistik.',
     'Dian Puspita', 'Komisi Pemilihan Umum Kabupaten Banyumas'),
    ('Bendahara Bawaslu Kota Banjarbaru, Fitri Rahmawati, menyampaikan laporan keuangan.',
     'Fitri Rahmawati', 'Bawaslu Kota Banjarbaru'),
    ('Tri Handayani, Bendahara Bawaslu Kabupaten Klaten, ikut dalam patroli pengawasan ASN.', 'Tri Handayani', KLATEN),
    ('Hadir pula Bendahara Panwaslu Kecamatan Wedi Suparno dan dua staf sekretariat.',
     'Suparno', 'Panwaslu Kecamatan Wedi'),
    ('Bendahara Bawaslu Kabupaten Sumedang, Euis Komariah, mengatakan dana pengawasan netralitas ASN cukup.',
     'Euis Komariah', 'Bawaslu Kabupaten Sumedang'),
    ('Bendahara KPU Provinsi Jambi, Hendri Saputra, membacakan laporan.',
     'Hendri Saputra', 'Komisi Pemilihan Umum Provinsi Jambi'),
    ('"Tidak ada anggaran untuk kegiatan politik," kata Bendahara Bawaslu Kota Banjarbaru Fitri Rahmawati.',
     'Fitri Rahmawati', 'Bawaslu Kota Banjarbaru'),
    ('Plt Bendahara KPU Kota Kediri, Wahyu Lestari, memastikan honor petugas ad hoc dibayar.',
     'Wahyu Lestari', KEDIRI_KPU),
    ('Bendahara Panwaslu Kecamatan Cawas, Siti Khotimah, ikut memantau apel camat.',
     'Siti Khotimah', 'Panwaslu Kecamatan Cawas'),
    # the fields a member oversees between the office and the holder ('yang membidangi ...')
    ('Anggota Bawaslu Kabupaten Klaten yang membidangi Pencegahan, Sri Wahyuni, mengingatkan ASN netral.',
     'Sri Wahyuni', KLATEN),
    ('Anggota Bawaslu Klaten yang membidangi Hukum, Pencegahan, Parmas dan Humas (HPPH), Dwi '
     'Hartono, meminta camat netral.',
     'Dwi Hartono', KLATEN),
    ('Anggota KPU Kota Kediri yang membidangi divisi Teknis Penyelenggaraan, Agus Setiawan, menyebut PPK bukan ASN.',
     'Agus Setiawan', KEDIRI_KPU),
    ('Komisioner Bawaslu Provinsi Jambi yang membawahi Divisi Penanganan Pelanggaran, Fahrul Rozi, menerima laporan.',
     'Fahrul Rozi', JAMBI),
    ('Anggota Bawaslu Kota Banjarbaru yang menangani Penindakan Pelanggaran, Maulana Yusuf, memanggil dua ASN.',
     'Maulana Yusuf', 'Bawaslu Kota Banjarbaru'),
    ('Anggota KPU Kabupaten Banyumas yang membidangi Sosialisasi dan Partisipasi Masyarakat, Endah Lestari, hadir.',
     'Endah Lestari', 'Komisi Pemilihan Umum Kabupaten Banyumas'),
    ('Anggota Bawaslu Kabupaten Sumedang yang membidangi SDM dan Organisasi, Lina Marlina, melantik pengawas desa.',
     'Lina Marlina', 'Bawaslu Kabupaten Sumedang'),
    ('Anggota Bawaslu Provinsi Bengkulu yang membidangi Data dan Informasi, Yusran Fauzi, merilis '
     'temuan netralitas ASN.',
     'Yusran Fauzi', 'Bawaslu Provinsi Bengkulu'),
    ('Anggota Bawaslu Kabupaten Klaten yang membidangi pengawasan di lapangan, Sri Wahyuni, mengingatkan ASN netral.',
     'Sri Wahyuni', KLATEN),
    # a unit of a body named by its district, the holder right after the district
    ('Kanit Reskrim Polsek Cawas Budi Hartanto mengatakan pihaknya ikut mengawasi netralitas ASN.',
     'Budi Hartanto', 'Kepolisian Sektor Cawas'),
    ('Kanit Intelkam Polsek Wedi Agus Riyanto memantau apel ASN di kantor kecamatan.',
     'Agus Riyanto', 'Kepolisian Sektor Wedi'),
    ('Kasi Humas Polsek Bayat Suroto menyebut polisi juga wajib netral.', 'Suroto', 'Kepolisian Sektor Bayat'),
    ('Kanit Binmas Polsek Gamping Heru Susanto mengajak warga menolak politik uang.',
     'Heru Susanto', 'Kepolisian Sektor Gamping'),
    ('Kasi Pemerintahan Kecamatan Cawas Dwi Astuti meminta perangkat desa tidak ikut kampanye.',
     'Dwi Astuti', 'Kecamatan Cawas'),
    ('Kanit Reskrim Polsek Pasar Minggu Andi Saputra menerima laporan soal lurah yang berkampanye.',
     'Andi Saputra', 'Kepolisian Sektor Pasar Minggu'),
    ('Kasi Pemerintahan Kecamatan Pasar Minggu Yuni Rahayu mengingatkan lurah netral.',
     'Yuni Rahayu', 'Kecamatan Pasar Minggu'),
    ('Kanit Intelkam Polsek Bandar Sribhawono Rudi Hartono ikut memantau kampanye.',
     'Rudi Hartono', 'Kepolisian Sektor Bandar Sribhawono'),
    ('Kordiv Pencegahan Panwascam Gamping Sri Lestari meminta kepala desa tidak memihak.',
     'Sri Lestari', 'Panwaslu Kecamatan Gamping'),
    ('Koordinator Sekretariat Panwascam Bayat Tri Wibowo menyiapkan pengawasan apel ASN.',
     'Tri Wibowo', 'Panwaslu Kecamatan Bayat'),
    ('Panit Reskrim Polsek Pasar Minggu Iptu Dedi Kurnia memeriksa laporan itu.',
     'Dedi Kurnia', 'Kepolisian Sektor Pasar Minggu'),
    ('Kasi Pemerintahan Kecamatan Gamping Hendra Wijaya meminta lurah netral.', 'Hendra Wijaya', 'Kecamatan Gamping'),
    ('Bhabinkamtibmas Polsek Bayat Bripka Agus Salim ikut mengawal deklarasi netralitas.',
     'Agus Salim', 'Kepolisian Sektor Bayat'),
    ('Kanit Samapta Polsek Cawas Hadi Purnomo menjaga lokasi kampanye.', 'Hadi Purnomo', 'Kepolisian Sektor Cawas'),
    ('Kepala UPT Puskesmas Cawas Endang Wahyuni mengingatkan tenaga kesehatan ASN tidak berkampanye.',
     'Endang Wahyuni', 'Puskesmas Cawas'),
    ('Kepala UPTD Puskesmas Gamping Agus Triyono meminta bidan desa netral.', 'Agus Triyono', 'Puskesmas Gamping'),
    ('Kepala Tata Usaha Puskesmas Bayat Nur Aini menyebut pegawainya sudah menandatangani pakta integritas.',
     'Nur Aini', 'Puskesmas Bayat'),
    ('Kepala Puskesmas Pasar Minggu Ratna Sari mengimbau dokter ASN tidak ikut kampanye.',
     'Ratna Sari', 'Puskesmas Pasar Minggu'),
    pytest.param('Anggota Panwaslu Kecamatan Wedi Divisi Pencegahan Sigit Pranowo mengingatkan '
                 'perangkat desa.',
                 'Sigit Pranowo', 'Panwaslu Kecamatan Wedi', marks=MISSED),
]

# a party's, a campaign's or a group's treasurer holds no public office
NOT_OFFICIALS = [
    'Bendahara Partai Golkar Kabupaten Klaten, Tri Handayani, membantah ada ASN di tim kampanye.',
    'Bendahara Tim Pemenangan pasangan nomor urut 2, Suparno, menyebut tidak ada ASN yang terlibat.',
    'Bendahara Umum Partai Gerindra, Hendri Saputra, mengatakan partainya menolak dukungan ASN.',
    'Bendahara relawan pasangan calon, Dian Puspita, membantah melibatkan ASN.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NOT_OFFICIALS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_title_read_alone_names_its_holder(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


@pytest.mark.parametrize("k", range(len(NOT_OFFICIALS)), ids=[t[:40] for t in NOT_OFFICIALS])
def test_a_treasurer_of_no_public_body_is_no_official(analysed: list, k: int) -> None:
    assert analysed[len(FORMS) + k].officials == []
