"""Probe list of the officials of bodies beyond the election and civil-service core that neutrality stories name
(courts, prisons, universities, a region's water utility, a port's authority, the Ombudsman's, the audit boards'
and the anti-graft, honour and human-rights commissions' heads, the civil servants' corps, a village council), with
the institution the read half's gold gives for the kind; and the heads of associations and councils the gold does
not count (religious councils, PKK, Dharma Wanita, village heads' and officials' associations, youth and teachers'
bodies), which give no official. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, holder, a part of the institution's name; holder None: no official at all)
FORMS: list[tuple[str, str | None, str | None]] = [
    # courts: district, religious and high courts, by full or short name (6 officials listed in the read half)
    ("Ketua Pengadilan Negeri Kendal, Ahmad Fauzan, meminta pegawai pengadilan yang ASN tetap netral.",
     "Ahmad Fauzan", "Pengadilan Negeri Kendal"),
    ("Wakil Ketua PN Sleman Rina Kartika mengingatkan aparatur pengadilan agar netral dalam Pilkada.",
     "Rina Kartika", "Pengadilan Negeri Sleman"),
    ("Ketua Pengadilan Agama Kabupaten Bantul, Siti Khadijah, mengimbau ASN peradilan menjaga netralitas.",
     "Siti Khadijah", "Pengadilan Agama"),
    ("Ketua PA Natuna Rahmat Hidayat meminta pegawai tidak ikut kampanye.", "Rahmat Hidayat",
     "Pengadilan Agama Natuna"),
    ("Wakil Ketua PA Bantul, Siti Khadijah, mengimbau pegawai menjaga netralitas.", "Siti Khadijah",
     "Pengadilan Agama Bantul"),
    ("Ketua Pengadilan Negeri (PN) Denpasar, I Nyoman Wiguna, meminta pegawai netral.", "I Nyoman Wiguna",
     "Pengadilan Negeri Denpasar"),
    ("Sementara itu, Ahmad Fauzan selaku Ketua Pengadilan Negeri Kendal meminta ASN netral.", "Ahmad Fauzan",
     "Pengadilan Negeri Kendal"),
    ("Ketua Pengadilan Tinggi Jambi, Bonar Sitorus, meminta pegawai netral.", "Bonar Sitorus",
     "Pengadilan Tinggi Jambi"),
    ("Ketua PA Kota Bekasi, Nurhayati, meminta pegawai netral.", "Nurhayati", "Pengadilan Agama Bekasi"),
    # a judge with the court's name and seat; a high court named by its seat, a province's capital
    ("Hakim Pengadilan Tinggi Jambi, Bonar Sitorus, menjadi narasumber sosialisasi netralitas ASN.", "Bonar Sitorus",
     "Pengadilan Tinggi Jambi"),
    ("Materi netralitas disampaikan Hakim Pengadilan Tinggi Makassar, Andi Rahman, di hadapan pegawai.",
     "Andi Rahman", "Pengadilan Tinggi Makassar"),
    ("Hakim Pengadilan Agama Sleman Nur Aini mengingatkan pegawai agar netral.", "Nur Aini",
     "Pengadilan Agama Sleman"),
    ("Hakim PN Klaten, Rudi Hakim, menjadi narasumber sosialisasi netralitas ASN.", "Rudi Hakim",
     "Pengadilan Negeri Klaten"),
    ("Ketua Pengadilan Tinggi Bandung, Herri Swantoro, meminta pegawai netral.", "Herri Swantoro",
     "Pengadilan Tinggi Bandung"),
    # the religious high courts and the administrative courts, seated in cities
    ("Ketua PTA Makassar, Muh Arief, mengingatkan hakim dan pegawai agar netral.", "Muh Arief",
     "Pengadilan Tinggi Agama Makassar"),
    ("Ketua Pengadilan Tinggi Agama Kota Bandung, Rina Marlina, meminta pegawai netral.", "Rina Marlina",
     "Pengadilan Tinggi Agama Bandung"),
    ("Ketua PTUN Palembang, Dedi Saputra, meminta ASN peradilan menjaga netralitas.", "Dedi Saputra",
     "Pengadilan Tata Usaha Negara Palembang"),
    ("Wakil Ketua Pengadilan Tata Usaha Negara Medan Hendra Sitepu mengingatkan pegawai agar netral.",
     "Hendra Sitepu", "Pengadilan Tata Usaha Negara Medan"),
    # prisons and detention centres (7 heads listed)
    ("Kalapas Kelas IIA Pekanbaru, Yuli Pranoto, meminta petugas pemasyarakatan netral dalam Pemilu.",
     "Yuli Pranoto", "Pemasyarakatan"),
    ("Kepala Rutan Kelas I Medan, Nimrot Sihotang, mengingatkan petugas agar netral dalam Pilkada.",
     "Nimrot Sihotang", "Rumah Tahanan"),
    ("Kepala Rutan Kelas IIB Pati, Budi Santoso, mengingatkan petugas netral.", "Budi Santoso",
     "Rumah Tahanan Negara Kelas IIB Pati"),
    ("Karutan Kelas IIB Batang, Tri Saptono, meminta jajarannya netral.", "Tri Saptono", "Rumah Tahanan"),
    ("Kepala LPKA Kelas II Bandung, Agus Wiranto, mengimbau pegawai netral.", "Agus Wiranto", None),
    ("Rina Kartika, Kepala Lapas Kelas IIB Sleman, meminta petugas netral.", "Rina Kartika", "Pemasyarakatan"),
    ("Upacara diikuti Hendra Saputra selaku Kalapas Labuhan Ruku, pejabat struktural dan petugas.",
     "Hendra Saputra", "Lembaga Pemasyarakatan Labuhan Ruku"),
    ("Kepala Bapas Kelas I Surakarta, Budi Santosa, meminta pembimbing kemasyarakatan netral.", "Budi Santosa",
     "Balai Pemasyarakatan Kelas I Surakarta"),
    ("Kepala Balai Pemasyarakatan Kelas II Bogor, Rina Wati, mengingatkan pegawai agar netral.", "Rina Wati",
     "Balai Pemasyarakatan Kelas II Bogor"),
    # universities (7 rectors listed)
    ("Rektor Universitas Tadulako, Amar Akbar Ali, meminta dosen berstatus ASN netral.", "Amar Akbar Ali",
     "Universitas Tadulako"),
    ("Rektor UIN Alauddin Makassar Hamdan Juhannis mengingatkan dosen ASN agar netral.", "Hamdan Juhannis",
     "Universitas Islam Negeri Alauddin"),
    ("Wakil Rektor Universitas Tadulako, Sagaf, meminta dosen netral.", "Sagaf", "Universitas Tadulako"),
    ("Rektor Untad Amar Akbar Ali mengimbau dosen menjaga netralitas.", "Amar Akbar Ali", "Universitas Tadulako"),
    # a regency's or city's water utility (its director listed)
    ("Direktur PDAM Kota Ternate, Ridwan Hasan, mengingatkan karyawan agar netral.", "Ridwan Hasan",
     "Perusahaan Daerah Air Minum Kota Ternate"),
    ("Direktur Umum PDAM Kabupaten Kendal, Sugiono, meminta pegawai netral.", "Sugiono",
     "Perusahaan Daerah Air Minum Kabupaten Kendal"),
    ("Direktur Teknik PDAM Kota Bogor Rino Indira mengingatkan pegawai agar netral.", "Rino Indira",
     "Perusahaan Daerah Air Minum Kota Bogor"),
    ("Direktur PDAM Kabupaten Garut Aja Rowikarim meminta pegawai netral.", "Aja Rowikarim",
     "Perusahaan Daerah Air Minum Kabupaten Garut"),
    # the Ombudsman, national and in a province (5 heads listed)
    ("Kepala Perwakilan Ombudsman RI Provinsi Jambi, Saiful Roswandi, mengingatkan ASN agar netral.",
     "Saiful Roswandi", "Ombudsman RI Perwakilan"),
    ("Kepala Ombudsman Perwakilan Sulawesi Tengah, Sofyan Lembah, meminta ASN netral.", "Sofyan Lembah",
     "Ombudsman RI Perwakilan"),
    ("Anggota Ombudsman RI Robert Na Endi Jaweng meminta ASN menjaga netralitas.", "Robert Na Endi Jaweng",
     "Ombudsman"),
    ("Ketua Ombudsman RI Mokhammad Najih mengingatkan ASN agar tidak berpolitik praktis.", "Mokhammad Najih",
     "Ombudsman"),
    # national commissions and audit boards
    ("Wakil Ketua KPK Nurul Ghufron mengingatkan ASN tidak menerima gratifikasi saat Pilkada.", "Nurul Ghufron",
     "Komisi Pemberantasan Korupsi"),
    ("Wakil Ketua KPK Johanis Tanak meminta ASN netral.", "Johanis Tanak", "Komisi Pemberantasan Korupsi"),
    ("Pimpinan KPK Alexander Marwata meminta ASN netral.", "Alexander Marwata", "Komisi Pemberantasan Korupsi"),
    ("Ketua KPK Firli Bahuri mengingatkan kepala daerah agar tidak menyalahgunakan ASN.", "Firli Bahuri",
     "Komisi Pemberantasan Korupsi"),
    ("Ketua DKPP Heddy Lugito mengingatkan penyelenggara pemilu dan ASN agar netral.", "Heddy Lugito",
     "Dewan Kehormatan Penyelenggara Pemilu"),
    ("Anggota DKPP Ratna Dewi Pettalolo meminta ASN menjaga netralitas.", "Ratna Dewi Pettalolo",
     "Dewan Kehormatan Penyelenggara Pemilu"),
    ("Plt Ketua DKPP Muhammad mengingatkan ASN agar netral.", "Muhammad", "Dewan Kehormatan Penyelenggara Pemilu"),
    ("Ketua Komnas HAM Atnike Nova Sigiro meminta ASN dilindungi dari intimidasi.", "Atnike Nova Sigiro",
     "Komisi Nasional Hak Asasi Manusia"),
    ("Komisioner Komnas HAM Hairansyah menyoroti netralitas ASN dalam Pilkada.", "Hairansyah",
     "Komisi Nasional Hak Asasi Manusia"),
    ("Anggota BPK Achsanul Qosasi mengingatkan ASN agar netral.", "Achsanul Qosasi", "Badan Pemeriksa Keuangan"),
    ("Kepala BPKP Muhammad Yusuf Ateh meminta auditor tetap netral dalam Pemilu.", "Muhammad Yusuf Ateh",
     "Badan Pengawasan Keuangan dan Pembangunan"),
    ("Kepala Perwakilan BPKP Provinsi Bengkulu Dian Anggraeni meminta ASN netral.", "Dian Anggraeni",
     "Badan Pengawasan Keuangan dan Pembangunan Perwakilan"),
    ("Ketua KPID Jawa Tengah, Muhammad Aulia Assyahiddin, meminta lembaga penyiaran mengawasi netralitas ASN.",
     "Muhammad Aulia Assyahiddin", "Komisi Penyiaran Indonesia Daerah"),
    # the civil servants' corps, at every level
    ("Ketua Korpri Kabupaten Lebak Dede Jaelani meminta ASN netral.", "Dede Jaelani",
     "Korps Pegawai Republik Indonesia Kabupaten Lebak"),
    ("Ketua Dewan Pengurus Korpri Provinsi Banten, Moch Tranggono, mengingatkan anggota agar netral.",
     "Moch Tranggono", "Korps Pegawai Republik Indonesia Provinsi Banten"),
    ("Ketua Umum Dewan Pengurus Korpri Nasional Zudan Arif Fakrulloh meminta ASN netral.", "Zudan Arif Fakrulloh",
     "Korps Pegawai Republik Indonesia"),
    ("Ketua DP Korpri Kota Bogor Syarifah Sofiah mengajak ASN menjaga netralitas.", "Syarifah Sofiah",
     "Korps Pegawai Republik Indonesia Kota Bogor"),
    ("Hal itu disampaikan Ketua Korpri Kabupaten Kendal, Sugiono, di Kendal.", "Sugiono",
     "Korps Pegawai Republik Indonesia Kabupaten Kendal"),
    # the corps written without its r, named as the gold names a region's corps
    ("Ketua Kopri Lebak, Dede Jaelani, mengingatkan ASN agar tidak terlibat kampanye.", "Dede Jaelani",
     "Korps Pegawai Republik Indonesia Kabupaten Lebak"),
    ("Sekretaris KOPRI Kabupaten Boyolali Sri Wahyuni meminta anggota netral.", "Sri Wahyuni",
     "Korps Pegawai Republik Indonesia Kabupaten Boyolali"),
    # a village's consultative council
    ("Ketua BPD Sukamaju, Asep Saepudin, mengingatkan perangkat desa agar netral.", "Asep Saepudin",
     "Badan Permusyawaratan Desa"),
    ("Ketua Badan Permusyawaratan Desa (BPD) Koto Baru, Herman, meminta kepala desa netral.", "Herman",
     "Badan Permusyawaratan Desa"),
    # other national offices with regional units
    ("Kepala Kejaksaan Negeri Bone, Andi Irfan, meminta pegawai kejaksaan netral.", "Andi Irfan",
     "Kejaksaan Negeri Bone"),
    ("Kajati Sumatera Barat Asnawi meminta jaksa netral dalam Pilkada.", "Asnawi", "Kejaksaan Tinggi"),
    ("Kepala Kantor Imigrasi Kelas I Batam, Hajar Aswad, meminta pegawai netral.", "Hajar Aswad", None),
    ("Kepala KPP Pratama Tegal, Sri Mulyani, mengingatkan pegawai pajak agar netral.", "Sri Mulyani", None),
    ("Kepala Balai Besar POM di Semarang, Lintang Purba, mengingatkan pegawai agar netral.", "Lintang Purba", None),
    ("Kepala BPS Kabupaten Klaten, Hartono, meminta pegawai statistik netral.", "Hartono", "Badan Pusat Statistik"),
    ("Kepala Kantor Pertanahan Kabupaten Bogor, Budi Satrya, meminta ASN netral.", "Budi Satrya", None),
    # a port's harbour master and authority office, by class and port, its head often a master mariner ('Capt.')
    ("Kepala KSOP Kelas I Tanjung Emas, Budi Santoso, meminta pegawai netral.", "Budi Santoso",
     "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas I Tanjung Emas"),
    ("Hadir pula Kepala KSOP Kelas II Benoa Kolonel Mar Rudi Hartono dan para camat.", "Rudi Hartono",
     "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Benoa"),
    ("Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas III Sampit, Rudi, meminta pegawai netral.", "Rudi",
     "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas III Sampit"),
    ("Kepala KSOP Tanjung Priok Capt. Wisnu Handoko mengingatkan pegawai agar netral.", "Wisnu Handoko",
     "Kantor Kesyahbandaran dan Otoritas Pelabuhan Tanjung Priok"),
    # the regency's zakat board, a state body the gold lists (2 stories of 2 on the read half): its chair with it
    ("Ketua Baznas Kabupaten Garut Rd Aas Kosasih mengajak ASN menjaga netralitas.", "Aas Kosasih",
     "Badan Amil Zakat Nasional Kabupaten Garut"),
    # councils, associations and enterprises whose heads the gold does not list
    ("Ketua MUI Kota Bekasi KH Mir'an Syamsuri meminta ASN netral.", None, None),
    ("Ketua FKUB Kabupaten Sleman Suhadi mengajak ASN menjaga kerukunan dan netralitas.", None, None),
    ("Ketua DWP Kabupaten Bone Andi Rahmawati mengajak istri ASN ikut menjaga netralitas.", None, None),
    ("Ketua Tim Penggerak PKK Kota Sukabumi Ranty Rachmawanty mengajak kader netral.", None, None),
    ("Ketua TP PKK Provinsi Jambi Hesnidar Haris meminta kader PKK tidak berpolitik.", None, None),
    ("Ketua LPM Kelurahan Sukajadi, Dadang Hermawan, mengaku didatangi lurah.", None, None),
    ("Ketua APDESI Kabupaten Garut, Hendra Saputra, menyatakan kepala desa netral.", None, None),
    ("Ketua PPDI Kabupaten Bogor Ujang Rahmat mengingatkan perangkat desa netral.", None, None),
    ("Ketua PGRI Provinsi Sumatera Barat Taufik Syahrial meminta guru ASN netral.", None, None),
    ("Ketua DPD KNPI Provinsi Riau Andi Hardiansyah mengajak pemuda mengawasi ASN.", None, None),
    ("Ketua Karang Taruna Kabupaten Bantul Bambang Irawan mengajak pemuda mengawasi ASN.", None, None),
    ("Ketua Kwarcab Pramuka Kota Depok Imam Budi mengajak ASN netral.", None, None),
    ("Ketua KONI Kabupaten Bekasi Hendra Saputra membantah melibatkan ASN.", None, None),
    ("Ketua PWNU Jawa Tengah KH Abdul Ghaffar Rozin mengajak ASN netral.", None, None),
    ("Direktur Utama Bank NTT Alex Riwu Kaho meminta pegawai netral.", None, None),
    ("Direktur Utama Bank Kalbar Rokidi mengingatkan karyawan tidak berpolitik.", None, None),
]


@pytest.fixture(scope="module")
def officials(analyse_all) -> list[list[tuple[str, str | None]]]:
    return [[(o.name, o.agency) for o in r.officials] for r in analyse_all([t for t, _, _ in FORMS], published=None)]


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[f[0][:48] for f in FORMS])
def test_each_body_gives_its_holder_or_none(officials, k: int) -> None:
    _, name, agency = FORMS[k]
    found = officials[k]
    if name is None:
        assert found == []
    else:
        assert any(n == name and (agency is None or (a and agency in a)) for n, a in found), found


def test_a_car_named_by_its_bodys_plate_is_no_body(run) -> None:
    """'mobil KOPRI' is a car (its plate), not the corps; the regent named beside it stays."""
    text = "Jangan pakai mobil KOPRI Anda, pakai kendaraan pribadi, kata Bupati Lombok Timur dalam apel netralitas ASN."
    assert {a.agency for a in run(text).agencies} == {"Pemerintah Kabupaten Lombok Timur"}
