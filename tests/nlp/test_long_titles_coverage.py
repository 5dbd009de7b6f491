"""Officials under long office titles: a unit's head named with the unit's fields ("Kepala Bidang Pengadaan,
Pemberhentian dan Informasi BKPSDM ..."), fields joined by "dan" and commas or shortened in brackets, an election
body's divisions, the secretariat's assistants and advisers (by field alone too), a secretary of an office, acting
markers ("Plt.", "Plh", "Pj."), national bodies' deputies and directors, the title after the name, and a unit
linked to its institution by "pada" or "di" (by its name or its acronym). The holder serves the unit's parent
body, as in the yardstick's gold (a division's coordinator its Bawaslu, an assistant of the regional secretariat
the regional government). One sentence per form, so that each stays covered: outlets the yardstick has not read
write titles its read half lacks."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {}"
KPU = "Komisi Pemilihan Umum {}"
KEMENDAGRI = "Kementerian Dalam Negeri"
KASN = "Komisi Aparatur Sipil Negara"

# (sentence, holder as the gold writes it, institution)
FORMS = [
    # a personnel board's field heads, fields listed with commas and "dan"
    ("Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Kabupaten Blora, Sutrisno Wibowo, meminta ASN "
     "netral.", "Sutrisno Wibowo", BKPSDM.format("Kabupaten Blora")),
    ("Kabid Mutasi dan Promosi BKD Kabupaten Garut Dedi Supriadi mengingatkan ASN tidak berpihak.", "Dedi Supriadi",
     "Badan Kepegawaian Daerah Kabupaten Garut"),
    ("Kepala Seksi Pengawasan Pegawai BKPSDM Kota Cirebon, Yanto Sudrajat, mengingatkan ASN netral.",
     "Yanto Sudrajat", BKPSDM.format("Kota Cirebon")),
    ("Kepala Bidang Pembinaan dan Kesejahteraan Pegawai (PKP) BKPSDM Kabupaten Tegal, Wahyu Hidayat, meminta ASN "
     "netral.", "Wahyu Hidayat", BKPSDM.format("Kabupaten Tegal")),
    ("Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan BKPSDM Kota Depok Rina Marlina menjelaskan sanksi.",
     "Rina Marlina", BKPSDM.format("Kota Depok")),
    ("Kepala Bidang Mutasi, Kepangkatan dan Pensiun BKPSDM Kota Salatiga, Rini Astuti, meminta ASN netral.",
     "Rini Astuti", BKPSDM.format("Kota Salatiga")),
    ("Kepala Bidang Disiplin dan Pemberhentian Pegawai BKD Provinsi NTB, Lalu Hamdi, meminta ASN netral.",
     "Lalu Hamdi", "Badan Kepegawaian Daerah Provinsi Nusa Tenggara Barat"),
    ("Kepala Sub Bidang Kode Etik dan Disiplin BKPSDM Kabupaten Boyolali Suharno meminta ASN netral.", "Suharno",
     BKPSDM.format("Kabupaten Boyolali")),
    ("Plt Kabid Pengembangan Karier BKPSDM Kabupaten Cilacap, Rina Susanti, meminta ASN netral.", "Rina Susanti",
     BKPSDM.format("Kabupaten Cilacap")),
    ("Sekretaris BKPSDM Kabupaten Bogor Ade Jaya mengingatkan ASN netral.", "Ade Jaya",
     BKPSDM.format("Kabupaten Bogor")),
    ("Sekretaris Badan Kepegawaian Daerah Provinsi Riau, Yan Darmadi, meminta ASN netral.", "Yan Darmadi",
     "Badan Kepegawaian Daerah Provinsi Riau"),
    ("Analis Kebijakan Ahli Muda BKPSDM Kabupaten Magelang, Eko Budi, menjelaskan sanksi.", "Eko Budi",
     BKPSDM.format("Kabupaten Magelang")),
    # the unit's fields with no institution after them: the board the story names
    ("BKPSDM Kabupaten Blora menggelar sosialisasi. Kepala Bidang Pengadaan, Pemberhentian dan Informasi, "
     "Sutrisno Wibowo, meminta ASN netral.", "Sutrisno Wibowo", BKPSDM.format("Kabupaten Blora")),
    ("BKPSDM Kabupaten Blora menggelar sosialisasi. Kabid Pengadaan dan Pemberhentian Sutrisno Wibowo meminta ASN "
     "netral.", "Sutrisno Wibowo", BKPSDM.format("Kabupaten Blora")),
    ("BKD Kabupaten Garut menggelar sosialisasi. Kepala Bidang Mutasi dan Promosi, Dedi Supriadi, menjelaskan "
     "sanksi.", "Dedi Supriadi", "Badan Kepegawaian Daerah Kabupaten Garut"),
    ("Pemkab Pati menggelar apel. Plt Kepala Bidang Mutasi, Rina Susanti, meminta ASN netral.", "Rina Susanti",
     "Pemerintah Kabupaten Pati"),
    # a unit linked to its institution by "pada" or "di", the institution by its acronym too
    ("Kepala Bidang Pengadaan dan Pemberhentian Pegawai pada BKPSDM Kabupaten Purbalingga, Tri Gunawan, meminta "
     "ASN netral.", "Tri Gunawan", BKPSDM.format("Kabupaten Purbalingga")),
    ("Kabid Mutasi di BKD Kabupaten Purbalingga Tri Gunawan meminta ASN netral.", "Tri Gunawan",
     "Badan Kepegawaian Daerah Kabupaten Purbalingga"),
    ("Kasubbag Umum pada KPU Kota Blitar, Siti Aminah, menjelaskan aturan netralitas.", "Siti Aminah",
     KPU.format("Kota Blitar")),
    # sections of the regional secretariat and of other offices
    ("Kasubbag Hukum Setda Kabupaten Wonogiri, Heru Prasetyo, menjelaskan sanksi bagi ASN.", "Heru Prasetyo",
     "Pemerintah Kabupaten Wonogiri"),
    ("Kasubag Umum dan Kepegawaian Dinas Pendidikan Kota Bogor, Ani Suryani, meminta guru netral.", "Ani Suryani",
     "Dinas Pendidikan Kota Bogor"),
    ("Kepala Bagian Organisasi dan Tata Laksana Setda Kabupaten Sragen, Wahyu Nugroho, meminta ASN netral.",
     "Wahyu Nugroho", "Pemerintah Kabupaten Sragen"),
    ("Kabag Tata Pemerintahan Setda Kabupaten Jepara Mulyaji menyampaikan surat edaran netralitas.", "Mulyaji",
     "Pemerintah Kabupaten Jepara"),
    ("Kepala Bagian Pemerintahan Sekretariat Daerah Kabupaten Klaten Sri Handayani meminta ASN netral.",
     "Sri Handayani", "Pemerintah Kabupaten Klaten"),
    ("Pemkab Wonogiri menggelar sosialisasi. Kepala Bagian Hukum, Heru Prasetyo, menjelaskan sanksi.",
     "Heru Prasetyo", "Pemerintah Kabupaten Wonogiri"),
    ("Sekretaris Dinas Pendidikan Kabupaten Sumedang, Dudi Supardi, mengingatkan guru netral.", "Dudi Supardi",
     "Dinas Pendidikan Kabupaten Sumedang"),
    ("Sekretaris Dinas Kesehatan Kota Padang Asep Hidayat meminta tenaga kesehatan ASN netral.", "Asep Hidayat",
     "Dinas Kesehatan Kota Padang"),
    ("Inspektur Pembantu Wilayah II Inspektorat Kabupaten Kebumen, Sri Rahayu, mengingatkan ASN netral.",
     "Sri Rahayu", "Inspektorat Kabupaten Kebumen"),
    ("Sekretaris Inspektorat Kota Bekasi Heri Susanto meminta ASN netral.", "Heri Susanto", "Inspektorat Kota Bekasi"),
    ("Kepala Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa Kesbangpol Kabupaten Pemalang, Yuli Astuti, "
     "meminta ASN netral.", "Yuli Astuti", "Badan Kesatuan Bangsa dan Politik Kabupaten Pemalang"),
    ("Kepala Bidang Politik Dalam Negeri Bakesbangpol Provinsi Jawa Barat Ruddy Gandakusumah mengingatkan ASN netral.",
     "Ruddy Gandakusumah", "Badan Kesatuan Bangsa dan Politik Provinsi Jawa Barat"),
    ("Ketua Tim Penanganan Pelanggaran Netralitas ASN Pemkab Demak, Eko Pringgolaksito, meminta ASN netral.",
     "Eko Pringgolaksito", "Pemerintah Kabupaten Demak"),
    # assistants and advisers of the regional head
    ("Asisten Pemerintahan dan Kesra Setda Kabupaten Gresik, Tursilowanto Hariogi, meminta ASN netral.",
     "Tursilowanto Hariogi", "Pemerintah Kabupaten Gresik"),
    ("Asisten Perekonomian dan Pembangunan Setda Kota Bandung Eric Mohamad Attauriq mengingatkan ASN netral.",
     "Eric Mohamad Attauriq", "Pemerintah Kota Bandung"),
    ("Asisten Administrasi Umum Sekretariat Daerah Provinsi Jambi, Ridwan Hasan, meminta ASN netral.",
     "Ridwan Hasan", "Pemerintah Provinsi Jambi"),
    ("Plt Asisten Pemerintahan dan Kesejahteraan Rakyat Setda Kabupaten Batang, Agung Wisnu, meminta ASN netral.",
     "Agung Wisnu", "Pemerintah Kabupaten Batang"),
    ("Pemkab Wonogiri menggelar sosialisasi. Asisten Pemerintahan dan Kesra, Heru Prasetyo, menjelaskan sanksi.",
     "Heru Prasetyo", "Pemerintah Kabupaten Wonogiri"),
    ("Staf Ahli Bupati Bidang Hukum, Politik dan Pemerintahan Kabupaten Kendal, Mohammad Toha, meminta ASN netral.",
     "Mohammad Toha", "Pemerintah Kabupaten Kendal"),
    ("Pemkab Wonogiri menggelar sosialisasi. Staf Ahli Bupati Bidang Hukum dan Politik, Heru Prasetyo, menjelaskan "
     "sanksi.", "Heru Prasetyo", "Pemerintah Kabupaten Wonogiri"),
    # the region after the adviser's field, then the holder with no comma
    ("Staf Ahli Wali Kota Bidang Kemasyarakatan dan SDM Kota Malang Sri Winarni mengingatkan ASN netral.",
     "Sri Winarni", "Pemerintah Kota Malang"),
    ("Staf Ahli Bupati Bidang Ekonomi dan Pembangunan Kabupaten Kendal Mohammad Toha meminta ASN netral.",
     "Mohammad Toha", "Pemerintah Kabupaten Kendal"),
    # an adviser by field alone, the region's government the story names
    ("Pemkab Solok menggelar apel. Hadir Staf Ahli Bidang Pemerintahan, Hukum dan Politik Rahmat Hidayat, S.Sos, "
     "dan para kepala OPD.", "Rahmat Hidayat", "Pemerintah Kabupaten Solok"),
    ("Pemkot Pontianak menggelar sosialisasi. Staf Ahli Bidang Kemasyarakatan dan SDM Yuliana Sari meminta ASN "
     "netral.", "Yuliana Sari", "Pemerintah Kota Pontianak"),
    # acting markers, with and without a stop
    ("Plt. Kepala BKPSDM Kabupaten Karawang, Asep Aang Rahmatullah, meminta ASN netral.", "Asep Aang Rahmatullah",
     BKPSDM.format("Kabupaten Karawang")),
    ("Plh Sekda Kabupaten Sukabumi, Ade Suryaman, meminta ASN netral.", "Ade Suryaman",
     "Pemerintah Kabupaten Sukabumi"),
    ("Plh. Sekda Kota Tasikmalaya Ivan Dicksan meminta ASN netral.", "Ivan Dicksan", "Pemerintah Kota Tasikmalaya"),
    ("Pj. Sekda Kabupaten Bekasi, Dedy Supriyadi, meminta ASN netral.", "Dedy Supriyadi",
     "Pemerintah Kabupaten Bekasi"),
    ("Pj Sekda Provinsi Sulawesi Selatan Abdul Hayat Gani mengingatkan ASN netral.", "Abdul Hayat Gani",
     "Pemerintah Provinsi Sulawesi Selatan"),
    ("Plt Sekretaris Daerah Kabupaten Cianjur, Cecep Alamsyah, meminta ASN netral.", "Cecep Alamsyah",
     "Pemerintah Kabupaten Cianjur"),
    ("Pelaksana Harian Sekda Kota Bogor, Hanafi, meminta ASN netral.", "Hanafi", "Pemerintah Kota Bogor"),
    ("Penjabat Sekda Kabupaten Bandung Barat Asep Sodikin meminta ASN netral.", "Asep Sodikin",
     "Pemerintah Kabupaten Bandung Barat"),
    # election bodies' divisions and secretariats
    ("Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Kabupaten Klaten, Arif Nugroho, "
     "meminta ASN netral.", "Arif Nugroho", "Bawaslu Kabupaten Klaten"),
    ("Kordiv Hukum, Pencegahan, Parmas dan Humas Bawaslu Kota Magelang Dian Lestari mengingatkan ASN netral.",
     "Dian Lestari", "Bawaslu Kota Magelang"),
    ("Anggota Bawaslu Provinsi Jawa Tengah Divisi Penanganan Pelanggaran, Sri Wahyu Ananingsih, meminta ASN netral.",
     "Sri Wahyu Ananingsih", "Bawaslu Provinsi Jawa Tengah"),
    ("Anggota Bawaslu Kabupaten Sleman Divisi Hukum, Humas dan Data Informasi Karim Mustofa mengingatkan ASN netral.",
     "Karim Mustofa", "Bawaslu Kabupaten Sleman"),
    ("Koordinator Divisi Pengawasan, Hubungan Antar Lembaga dan Humas (HAL-Humas) Bawaslu Kabupaten Rembang, Totok "
     "Suparyanto, meminta ASN netral.", "Totok Suparyanto", "Bawaslu Kabupaten Rembang"),
    ("Koordinator Devisi Penanganan Pelanggaran Bawaslu Kabupaten Kudus, Moh Wahibul Minan, meminta ASN netral.",
     "Moh Wahibul Minan", "Bawaslu Kabupaten Kudus"),
    ("Koordinator Sekretariat Bawaslu Kabupaten Boyolali, Joko Santosa, meminta ASN netral.", "Joko Santosa",
     "Bawaslu Kabupaten Boyolali"),
    ("Kepala Sekretariat Bawaslu Provinsi Banten Ahmad Sutarjo mengingatkan ASN netral.", "Ahmad Sutarjo",
     "Bawaslu Provinsi Banten"),
    ("Bawaslu Kabupaten Klaten menggelar rapat. Kordiv Penanganan Pelanggaran, Arif Nugroho, meminta ASN netral.",
     "Arif Nugroho", "Bawaslu Kabupaten Klaten"),
    ("Bawaslu Kabupaten Klaten menggelar rapat. Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa "
     "Arif Nugroho meminta ASN netral.", "Arif Nugroho", "Bawaslu Kabupaten Klaten"),
    ("Bawaslu Kota Semarang menggelar rapat. Anggota Bawaslu Divisi Hukum dan Humas, Naya Amin, meminta ASN netral.",
     "Naya Amin", "Bawaslu Kota Semarang"),
    ('Bawaslu Kota Semarang menggelar rapat. "ASN harus netral," kata Koordinator Divisi Pencegahan dan Parmas Naya '
     'Amin.', "Naya Amin", "Bawaslu Kota Semarang"),
    ("Bawaslu Kabupaten Sorong menggelar rapat. Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa "
     "(P3S), Naheson Parsin, meminta ASN netral.", "Naheson Parsin", "Bawaslu Kabupaten Sorong"),
    ("Kepala Sub Bagian Hukum dan Humas KPU Kabupaten Kudus, Wahyu Saputra, menjelaskan aturan.", "Wahyu Saputra",
     KPU.format("Kabupaten Kudus")),
    ("Kasubbag Teknis dan Hupmas KPU Kota Blitar Siti Aminah menjelaskan aturan.", "Siti Aminah",
     KPU.format("Kota Blitar")),
    ("KPU Kabupaten Kudus menggelar rapat. Kasubbag Teknis dan Hubungan Partisipasi Masyarakat, Wahyu Saputra, "
     "menjelaskan aturan.", "Wahyu Saputra", KPU.format("Kabupaten Kudus")),
    ("Ketua Divisi Hukum dan Pengawasan KPU Kabupaten Lamongan Mahrus Ali menjelaskan aturan.", "Mahrus Ali",
     KPU.format("Kabupaten Lamongan")),
    ("Anggota KPU Kota Surabaya Divisi Teknis Penyelenggaraan, Naafilah Astri, menjelaskan aturan.", "Naafilah Astri",
     KPU.format("Kota Surabaya")),
    # prosecutors' and law offices' units
    ("Kepala Seksi Intelijen Kejaksaan Negeri Kabupaten Pati, Bambang Wijaya, mengingatkan ASN netral.",
     "Bambang Wijaya", "Kejaksaan Negeri Pati"),
    ("Kejari Lampung Tengah diwakili Kasubsi Prapenuntutan Tindak Pidana Umum Devan Duta, S.H. yang meminta ASN "
     "netral.", "Devan Duta", "Kejaksaan Negeri Lampung Tengah"),
    ("Kepala Bidang Intelijen dan Keimigrasian Kanwil Kemenkumham Kalimantan Selatan, Dewanto Raharjo, menegaskan "
     "pegawai harus netral.", "Dewanto Raharjo", "Kantor Wilayah Kementerian Hukum dan HAM Kalimantan Selatan"),
    ("Kepala Divisi Pemasyarakatan Kanwil Kemenkumham Jawa Tengah, Tonny Nainggolan, menegaskan pegawai harus netral.",
     "Tonny Nainggolan", "Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah"),
    # a given name that is also a word of a national body's name opens the holder's name, not more of the unit
    ("Kanwil Kemenkumham Sulawesi Tenggara membentuk tim. Kepala Divisi Keimigrasian Sandi Wijaya menjadi ketua "
     "tim.", "Sandi Wijaya", "Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Tenggara"),
    ("BKPSDM Kabupaten Blora menggelar sosialisasi. Kabid Mutasi Agung Prasetyo meminta ASN netral.",
     "Agung Prasetyo", BKPSDM.format("Kabupaten Blora")),
    ("Inspektorat Kota Banda Aceh menggelar rapat. Kepala Bidang Pengawasan Iskandar Hasan meminta ASN netral.",
     "Iskandar Hasan", "Inspektorat Kota Banda Aceh"),
    # national bodies
    ("Kepala Kantor Regional II BKN Surabaya, Budi Hartono, meminta ASN netral.", "Budi Hartono",
     "Kantor Regional II BKN Surabaya"),
    ("Deputi Bidang Pengawasan dan Pengendalian KASN, Rudi Hermawan, meminta ASN netral.", "Rudi Hermawan", KASN),
    ("Deputi Bidang Pengkajian dan Pengembangan Sistem KASN Septiana Dwiputrianti meminta ASN netral.",
     "Septiana Dwiputrianti", KASN),
    ("Direktur Jenderal Otonomi Daerah Kemendagri, Akmal Malik, meminta ASN netral.", "Akmal Malik", KEMENDAGRI),
    ("Dirjen Otonomi Daerah Kementerian Dalam Negeri Akmal Malik meminta ASN netral.", "Akmal Malik", KEMENDAGRI),
    ("Direktur Jenderal Politik dan Pemerintahan Umum Kementerian Dalam Negeri, Bahtiar, meminta ASN netral.",
     "Bahtiar", KEMENDAGRI),
    # the title after the name, in speech and after "Hal itu disampaikan", "Menurut"
    ("Sutrisno Wibowo, Kabid Pengadaan dan Pemberhentian BKPSDM Kabupaten Blora, meminta ASN netral.",
     "Sutrisno Wibowo", BKPSDM.format("Kabupaten Blora")),
    ("Dedi Supriadi, Kepala Bidang Mutasi dan Promosi BKD Kabupaten Garut, menjelaskan sanksi.", "Dedi Supriadi",
     "Badan Kepegawaian Daerah Kabupaten Garut"),
    ("Arif Nugroho, Koordinator Divisi Penanganan Pelanggaran Bawaslu Kabupaten Klaten, meminta ASN netral.",
     "Arif Nugroho", "Bawaslu Kabupaten Klaten"),
    ('"ASN harus netral," kata Kabid Mutasi dan Promosi BKD Kabupaten Garut, Dedi Supriadi.', "Dedi Supriadi",
     "Badan Kepegawaian Daerah Kabupaten Garut"),
    ('"ASN harus netral," ujar Kordiv Pengawasan dan Humas Bawaslu Kabupaten Pati Sri Sutarti.', "Sri Sutarti",
     "Bawaslu Kabupaten Pati"),
    ("Hal itu disampaikan Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Kabupaten Blora, Sutrisno "
     "Wibowo.", "Sutrisno Wibowo", BKPSDM.format("Kabupaten Blora")),
    ("Menurut Kordiv Penanganan Pelanggaran Bawaslu Kabupaten Klaten Arif Nugroho, ASN dilarang berkampanye.",
     "Arif Nugroho", "Bawaslu Kabupaten Klaten"),
    # not read yet: a line break between a title and its holder ends the sentence (headlines and captions end so
    # too); a unit's title after the name with no institution in it; a secretary or an assistant inspector of an
    # office the story names, with no institution in the title
    pytest.param("Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Kabupaten Blora\nSutrisno Wibowo "
                 "meminta ASN netral.", "Sutrisno Wibowo", BKPSDM.format("Kabupaten Blora"),
                 marks=pytest.mark.xfail(strict=True, reason="a line break ends the sentence")),
    ('Bawaslu Kabupaten Banyumas menggelar sosialisasi. "ASN harus netral," ujar Budi Santoso selaku '
     'Koordinator Divisi Penanganan Pelanggaran dan Data Informasi Banyumas.', "Budi Santoso",
     "Bawaslu Kabupaten Banyumas"),
    pytest.param("Disdik Kota Bogor menggelar rapat. Sekretaris Dinas, Ani Suryani, meminta guru netral.",
                 "Ani Suryani", "Dinas Pendidikan Kota Bogor",
                 marks=pytest.mark.xfail(strict=True, reason="'Sekretaris' heads no unit of the registry alone")),
    pytest.param("Inspektorat Kabupaten Kebumen menggelar rapat. Inspektur Pembantu Wilayah II, Sri Rahayu, "
                 "mengingatkan ASN netral.", "Sri Rahayu", "Inspektorat Kabupaten Kebumen",
                 marks=pytest.mark.xfail(strict=True, reason="no institution in the title")),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "name", "agency"),
                         indexed(FORMS, lambda v: v[0][:40]))
def test_an_official_under_a_long_title_is_read_with_the_parent_body(analysed: list, k: int, text: str, name: str,
                                                                      agency: str) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    assert found.get(name) == agency
