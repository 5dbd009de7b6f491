"""Probe list of the regional and local offices of national bodies and their heads (religious affairs, law and human
rights, tax, statistics, land, immigration, civil service, audit, ombudsman, election bodies' secretariats, police and
army posts, prosecutors' sections, public broadcasters), the title before or after the holder's name: each sentence
(our own words) names one holder, who must be read by name and, where the gold names an institution for the form,
with it. All are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

KEMENAG_JATIM = "Kantor Wilayah Kementerian Agama Provinsi Jawa Timur"
BREBES = "Kantor Kementerian Agama Kabupaten Brebes"
BPS_JAMBI = "Badan Pusat Statistik Provinsi Jambi"
KANREG_VII = "Kantor Regional VII BKN Palembang"
ORI_JATENG = "Ombudsman RI Perwakilan Jawa Tengah"

# (sentence, holder, institution); None where any institution (or none) is accepted: the read half's gold has no
# such holder to tell how it is listed
FORMS = [
    ("Kakanwil Kemenag Jatim, Husnul Maram, mengingatkan ASN agar netral dalam Pemilu.", "Husnul Maram", KEMENAG_JATIM),
    ("Kepala Kantor Wilayah Kementerian Agama Provinsi Riau, Muliardi, meminta ASN tidak berkampanye.", "Muliardi",
     "Kantor Wilayah Kementerian Agama Provinsi Riau"),
    ("Plt Kakanwil Kemenag Sumut Ahmad Qosbi mengimbau ASN netral.", "Ahmad Qosbi",
     "Kantor Wilayah Kementerian Agama Provinsi Sumatera Utara"),
    ("Kakankemenag Kabupaten Brebes, Ahmad Farid, meminta ASN menjaga netralitas.", "Ahmad Farid", BREBES),
    ("Kakan Kemenag Kota Depok, Abdul Rosyad, mengingatkan ASN agar netral.", "Abdul Rosyad",
     "Kantor Kementerian Agama Kota Depok"),
    ("Kepala Kemenag Kabupaten Purworejo Dwi Agus mengimbau ASN netral.", "Dwi Agus",
     "Kantor Kementerian Agama Kabupaten Purworejo"),
    ("Ahmad Farid, Kepala Kantor Kemenag Kabupaten Brebes, meminta ASN netral.", "Ahmad Farid", BREBES),
    ("Kepala Kanwil Kemenag Kalsel Muhammad Tambrin mengimbau ASN netral.", "Muhammad Tambrin",
     "Kantor Wilayah Kementerian Agama Provinsi Kalimantan Selatan"),
    ("Kabag TU Kanwil Kemenag Jateng, Mustain Ahmad, meminta ASN netral.", "Mustain Ahmad",
     "Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah"),
    ("Kakanwil Kemenkumham Jateng, Tejo Harwanto, meminta pegawai netral.", "Tejo Harwanto",
     "Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah"),
    ("Kepala Kanwil Kemenkumham NTB Parlindungan mengimbau pegawai netral.", "Parlindungan",
     "Kantor Wilayah Kementerian Hukum dan HAM Nusa Tenggara Barat"),
    ("Kepala Divisi Pemasyarakatan Kanwil Kemenkumham Aceh, Meurah Budiman, meminta petugas netral.", "Meurah Budiman",
     "Kantor Wilayah Kementerian Hukum dan HAM Aceh"),
    ("Kepala Kanwil DJP Jawa Tengah I, Nurbaeti Munawaroh, mengimbau pegawai pajak netral.", "Nurbaeti Munawaroh",
     "Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I"),
    ("Kepala KPP Pratama Cilacap, Agus Hartono, mengingatkan pegawai agar netral.", "Agus Hartono",
     "Kantor Pelayanan Pajak Pratama Cilacap"),
    ("Kepala Kantor Pelayanan Pajak Pratama Klaten, Dwi Haryanto, meminta pegawai netral.", "Dwi Haryanto",
     "Kantor Pelayanan Pajak Pratama Klaten"),
    ("Kepala BPS Provinsi Jambi, Agus Sudibyo, mengingatkan pegawai agar netral.", "Agus Sudibyo", BPS_JAMBI),
    ("Kepala BPS Kabupaten Banyumas, Sugeng Riyadi, meminta pegawai netral.", "Sugeng Riyadi",
     "Badan Pusat Statistik Kabupaten Banyumas"),
    ("Kepala BPS Kota Malang Umar Sjaifudin mengingatkan pegawai agar netral.", "Umar Sjaifudin",
     "Badan Pusat Statistik Kota Malang"),
    ("Kepala Badan Pusat Statistik Kalbar, Muh Saichudin, mengimbau pegawai netral.", "Muh Saichudin",
     "Badan Pusat Statistik Provinsi Kalimantan Barat"),
    ("Kepala BPS Sulsel Aryanto mengimbau pegawai tetap netral.", "Aryanto",
     "Badan Pusat Statistik Provinsi Sulawesi Selatan"),
    ("Hal itu disampaikan Agus Sudibyo, Kepala BPS Provinsi Jambi, kepada wartawan.", "Agus Sudibyo", BPS_JAMBI),
    ("Kakantah Kota Semarang, Dwi Rudi Hartoyo, mengingatkan pegawai agar netral.", "Dwi Rudi Hartoyo",
     "Kantor Pertanahan Kota Semarang"),
    ("Kepala Kantor Pertanahan Kabupaten Gowa Andi Baso mengimbau pegawai netral.", "Andi Baso",
     "Kantor Pertanahan Kabupaten Gowa"),
    ("Kakanwil BPN Jatim, Lampri, meminta pegawai netral.", "Lampri",
     "Kantor Wilayah Badan Pertanahan Nasional Provinsi Jawa Timur"),
    ("Kepala Kanwil BPN Sulteng Dody Pratama mengimbau pegawai netral.", "Dody Pratama",
     "Kantor Wilayah Badan Pertanahan Nasional Provinsi Sulawesi Tengah"),
    ("Kepala Kantor Imigrasi Kelas I TPI Medan, Andi Sitepu, mengingatkan pegawai agar netral.", "Andi Sitepu",
     "Kantor Imigrasi Kelas I TPI Medan"),
    ("Kakanim Kelas II Non TPI Pati Yosef Ginting meminta pegawai netral.", "Yosef Ginting",
     "Kantor Imigrasi Kelas II Non TPI Pati"),
    ("Kepala Kantor Imigrasi Cilacap, Hadi Suryanto, meminta pegawai netral.", "Hadi Suryanto",
     "Kantor Imigrasi Cilacap"),
    ("Kepala Imigrasi Batam Hajar Aswad mengimbau pegawai tetap netral.", "Hajar Aswad", None),
    ("Kakanreg VII BKN Palembang, Tauhid Nurhidayat, mengimbau ASN netral.", "Tauhid Nurhidayat", KANREG_VII),
    ("Kepala Kantor Regional XII BKN Pekanbaru Hendra Kusuma mengingatkan ASN netral.", "Hendra Kusuma",
     "Kantor Regional XII BKN Pekanbaru"),
    ("Kepala Kanreg X BKN Denpasar, Ida Bagus Adnyana, mengingatkan ASN netral.", "Ida Bagus Adnyana",
     "Kantor Regional X BKN Denpasar"),
    ("Kata Tauhid Nurhidayat selaku Kakanreg VII BKN Palembang kepada wartawan.", "Tauhid Nurhidayat", KANREG_VII),
    ("Kepala Perwakilan BPKP Provinsi NTT, Sofyan Antonius, mengingatkan ASN netral.", "Sofyan Antonius",
     "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Nusa Tenggara Timur"),
    ("Kepala BPKP Perwakilan Kalbar Rudy Harahap mengimbau ASN netral.", "Rudy Harahap",
     "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Kalimantan Barat"),
    ("Kepala Perwakilan Ombudsman RI Jateng, Siti Farida, mengingatkan ASN netral.", "Siti Farida", ORI_JATENG),
    ("Menurut Siti Farida, Kepala Perwakilan Ombudsman Jateng, laporan meningkat.", "Siti Farida", ORI_JATENG),
    ("Asisten Ombudsman RI Perwakilan Aceh, Rudi Ismawan, menerima laporan soal ASN.", "Rudi Ismawan",
     "Ombudsman RI Perwakilan Aceh"),
    ("Sekretaris KPU Kabupaten Garut, Asep Sunarya, mengingatkan staf agar netral.", "Asep Sunarya",
     "Komisi Pemilihan Umum Kabupaten Garut"),
    ("Sekretaris Bawaslu Provinsi Jambi, Ahmad Taufik, meminta ASN netral.", "Ahmad Taufik", "Bawaslu Provinsi Jambi"),
    ("Kasubbag Hukum KPU Kota Medan, Rina Sembiring, menjelaskan aturan netralitas.", "Rina Sembiring",
     "Komisi Pemilihan Umum Kota Medan"),
    ("Kasubag Penanganan Pelanggaran Bawaslu Kabupaten Sleman, Dwi Putra, menerima laporan ASN.", "Dwi Putra",
     "Bawaslu Kabupaten Sleman"),
    ("Kepala Sekretariat Bawaslu Kota Bogor, Hendra Wijaya, meminta staf netral.", "Hendra Wijaya",
     "Bawaslu Kota Bogor"),
    ("Koordinator Sekretariat Bawaslu Kabupaten Pati, Suharno, meminta staf netral.", "Suharno",
     "Bawaslu Kabupaten Pati"),
    ("Sekretaris KPU Provinsi Bengkulu Dedi Kurniawan meminta staf netral.", "Dedi Kurniawan",
     "Komisi Pemilihan Umum Provinsi Bengkulu"),
    ("Kapolsek Cibinong, Kompol Silfi Adi, meminta warga melapor bila ada ASN berkampanye.", "Silfi Adi",
     "Kepolisian Sektor Cibinong"),
    ("Danramil 0618-05 Sukajadi, Kapten Inf Hendra Pratama, mengingatkan prajurit netral.", "Hendra Pratama", None),
    ("AKP Budi Santoso, Kapolsek Tanjungsari, mengingatkan warga tidak terprovokasi.", "Budi Santoso",
     "Kepolisian Sektor Tanjungsari"),
    ("Kasi Intel Kejari Bantul, Bagus Kurnianto, mengingatkan ASN netral.", "Bagus Kurnianto",
     "Kejaksaan Negeri Bantul"),
    ("Kasi Pidsus Kejaksaan Negeri Garut, Hendra Wijaya, menjelaskan soal ASN.", "Hendra Wijaya",
     "Kejaksaan Negeri Garut"),
    ("Kasi Penkum Kejati Jatim, Windhu Sugiarto, menjelaskan larangan bagi ASN.", "Windhu Sugiarto",
     "Kejaksaan Tinggi Jawa Timur"),
    ("Kasi Intelijen Kejari Kota Bekasi Ahmad Firdaus meminta ASN netral.", "Ahmad Firdaus",
     "Kejaksaan Negeri Kota Bekasi"),
    ("Kajari Sleman, Indra Aprio, mengingatkan jaksa agar netral.", "Indra Aprio", "Kejaksaan Negeri Sleman"),
    ("Aspidsus Kejati Sumut, Mochamad Jeffry, meminta jaksa netral.", "Mochamad Jeffry",
     "Kejaksaan Tinggi Sumatera Utara"),
    ("Kepala LPP RRI Tuban, Sri Wahyuni, mengingatkan pegawai netral.", "Sri Wahyuni", None),
    ("Kepala RRI Palu, Andi Mappa, meminta pegawai netral.", "Andi Mappa", None),
    # the Ombudsman's office in a province by the body's name with RI and the province, and the capital's office
    # by the greater region it serves
    ("Kepala Ombudsman RI Sumbar Yefri Heriani menerima laporan soal ASN.", "Yefri Heriani",
     "Ombudsman RI Perwakilan Sumatera Barat"),
    ("Kepala Ombudsman Republik Indonesia Kalbar, Tariyah Hadi, meminta ASN netral.", "Tariyah Hadi",
     "Ombudsman RI Perwakilan Kalimantan Barat"),
    ("Ketua Ombudsman Perwakilan Jakarta Raya, Dominikus Dalu, menerima laporan soal ASN.", "Dominikus Dalu",
     "Ombudsman RI Perwakilan Jakarta Raya"),
    ("Kepala Ombudsman Jakarta Raya Teguh Nugroho meminta ASN netral.", "Teguh Nugroho",
     "Ombudsman RI Perwakilan Jakarta Raya"),
    ("Teguh Nugroho, Kepala Ombudsman RI Jakarta Raya, meminta ASN netral.", "Teguh Nugroho",
     "Ombudsman RI Perwakilan Jakarta Raya"),
    # not read yet: the read half lists its one holder of 'Ombudsman' and a province under another spelling of the
    # office ('... Perwakilan Provinsi Banten'), the others without 'Provinsi'
    pytest.param("Kepala Ombudsman Sulawesi Tenggara, Mastri Susilo, meminta ASN netral.", "Mastri Susilo",
                 "Ombudsman RI Perwakilan Sulawesi Tenggara",
                 marks=pytest.mark.xfail(strict=True, reason="'Ombudsman' and a province stays the national body")),
    # a law and human rights office's division heads by the short title
    ("Kadiv Keimigrasian Kemenkumham Bali, Barron Ichsan, mengingatkan pegawai agar netral.", "Barron Ichsan",
     "Kantor Wilayah Kementerian Hukum dan HAM Bali"),
    ("Kadiv Administrasi Kanwil Kemenkumham Sumsel Ilham Djaya meminta pegawai netral.", "Ilham Djaya",
     "Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan"),
    ("Kadiv Pemasyarakatan Kanwil Kemenkumham Jateng Supriyanto meminta petugas netral.", "Supriyanto",
     "Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah"),
    ("Kadiv Pelayanan Hukum Kanwil Kemenkumham Papua, Anthonius Ayorbaba, meminta pegawai netral.",
     "Anthonius Ayorbaba", "Kantor Wilayah Kementerian Hukum dan HAM Papua"),
    # a tax office's number right before its head's name; 'I' before a Balinese birth-order name opens the name
    ("Kakanwil DJP Sumut I Eddi Wahyudi meminta pegawai pajak netral.", "Eddi Wahyudi",
     "Kantor Wilayah Direktorat Jenderal Pajak Sumatera Utara I"),
    ("Kepala Kanwil DJP Jabar I Erna Sulistyowati mengingatkan pegawai pajak netral.", "Erna Sulistyowati",
     "Kantor Wilayah Direktorat Jenderal Pajak Jawa Barat I"),
    ("Kakanwil DJP Jateng I Nengah Suarta meminta pegawai netral.", "I Nengah Suarta",
     "Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah"),
    ("Kepala Kanwil DJP Bali I Made Sudarma mengingatkan pegawai pajak netral.", "I Made Sudarma",
     "Kantor Wilayah Direktorat Jenderal Pajak Bali"),
    # a station of a national body between the body and its head's name is no name
    ("Kepala BMKG Stasiun Klimatologi Semarang, Iis Widya, meminta pegawai netral.", "Iis Widya", None),
    # the law ministry's regional office (from October 2024) by the ministry's full name with a province
    ("Kepala Kanwil Kementerian Hukum Jawa Tengah Heni Susila Wardoyo meminta pegawai netral.",
     "Heni Susila Wardoyo", "Kantor Wilayah Kementerian Hukum Jawa Tengah"),
    ("Kakanwil Kementerian Hukum Sulsel, Andi Basmal, mengingatkan pegawai agar netral.", "Andi Basmal",
     "Kantor Wilayah Kementerian Hukum Sulawesi Selatan"),
    # a national body's office named by its city, the city closed by a comma before its head's name
    ("Kepala Basarnas Kendari, Muhammad Arafah, meminta pegawai netral.", "Muhammad Arafah", None),
    ("Kepala BMKG Semarang, Iis Widya, mengingatkan pegawai agar netral.", "Iis Widya", None),
    ("Kepala BPOM Kendari, Ahmad Zainal, meminta pegawai netral.", "Ahmad Zainal", None),
    # the public works ministry's river basin and national road offices, by basin or area
    ("Kepala BBWS Pemali Juana, Muhammad Adek, meminta pegawai netral.", "Muhammad Adek",
     "Balai Besar Wilayah Sungai Pemali Juana"),
    ("Kepala BBWS Serayu Opak Dwi Purwantoro meminta pegawai netral.", "Dwi Purwantoro",
     "Balai Besar Wilayah Sungai Serayu Opak"),
    ("Kepala Balai Pelaksanaan Jalan Nasional Sumut, Stanley Tangkere, meminta pegawai netral.", "Stanley Tangkere",
     None),
    ("Kepala BBPJN Jawa Timur-Bali, Achmad Subki, meminta pegawai netral.", "Achmad Subki",
     "Balai Besar Pelaksanaan Jalan Nasional Jawa Timur-Bali"),
]


@pytest.fixture(scope="module")
def officials(analyse_all) -> list[dict[str, str | None]]:
    """Each probe's officials by name, from one batch analysis."""
    results = analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")
    return [{o.name: o.agency for o in a.officials} for a in results]


@pytest.mark.parametrize(("index", "holder", "institution"),
                         indexed(FORMS, lambda v: v[1], first=1))
def test_each_vertical_office_head_is_read_with_the_office(officials, index: int, holder: str,
                                                           institution: str | None) -> None:
    found = officials[index]
    assert holder in found, found
    if institution is not None:
        assert found[holder] == institution
