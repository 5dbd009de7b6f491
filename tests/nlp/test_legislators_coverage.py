"""Probe list of legislators and their houses in the forms national and regional news writes them: members
and leaders of the DPR, the DPD, the MPR and the regional parliaments (DPRD of a province, a regency or a city;
Aceh's DPRA and DPRK; Papua's DPRP and DPRPB), with their commission, faction, body (Badan Kehormatan, Pansus,
Banggar) or electoral district written between the house and the name. As in the gold, a sitting legislator is
an official of the house; a candidate for a seat (caleg, bacaleg, calon anggota) holds none. Each sentence is
our own words."""

from __future__ import annotations

import pytest

DPR = "Dewan Perwakilan Rakyat Republik Indonesia"
DPD = "Dewan Perwakilan Daerah Republik Indonesia"
MPR = "Majelis Permusyawaratan Rakyat Republik Indonesia"
DPRPB = "Dewan Perwakilan Rakyat Papua Barat"
ASKS = " meminta ASN tetap netral pada Pemilu 2024."


def prov(region: str) -> str:
    return f"Dewan Perwakilan Rakyat Daerah Provinsi {region}"


def kab(region: str) -> str:
    return f"Dewan Perwakilan Rakyat Daerah Kabupaten {region}"


def kota(region: str) -> str:
    return f"Dewan Perwakilan Rakyat Daerah Kota {region}"


# (sentence, the member named, the house)
MEMBERS = [
    # the national house, its commissions, factions and leaders
    ("Anggota Komisi II DPR RI Fraksi PDI Perjuangan, Teguh Wiranto," + ASKS, "Teguh Wiranto", DPR),
    ("Wakil Ketua Komisi II DPR Hasan Basri" + ASKS, "Hasan Basri", DPR),
    ("Ketua Komisi II DPR RI, Rahmat Kurniawan," + ASKS, "Rahmat Kurniawan", DPR),
    ("Anggota Dewan Perwakilan Rakyat (DPR) RI Yusuf Hamdani" + ASKS, "Yusuf Hamdani", DPR),
    ("Anggota Komisi II DPR, Endro Wicaksono, dari Fraksi Gerindra" + ASKS, "Endro Wicaksono", DPR),
    ("Anggota Komisi II DPR RI dari Fraksi Partai Keadilan Sejahtera (PKS), Fikri Hakim," + ASKS, "Fikri Hakim",
     DPR),
    ("Anggota DPR RI Komisi II, Yusuf Hamdani," + ASKS, "Yusuf Hamdani", DPR),
    ("Ketua DPR RI Ratna Kusumawati" + ASKS, "Ratna Kusumawati", DPR),
    ("Wakil Ketua DPR RI, Bayu Prasetya," + ASKS, "Bayu Prasetya", DPR),
    # the electoral district between the house and the name, up to its comma or its number
    ("Anggota DPR RI dari Dapil Jawa Barat III, Rahmat Saleh," + ASKS, "Rahmat Saleh", DPR),
    ("Anggota DPR RI Dapil Jawa Timur VI, Rahmat Saleh," + ASKS, "Rahmat Saleh", DPR),
    ("Anggota DPR RI dari Dapil Jabar III Rahmat Saleh" + ASKS, "Rahmat Saleh", DPR),
    ("Anggota DPRD Kota Kendari Dapil Mandonga, Laode Harun," + ASKS, "Laode Harun", kota("Kendari")),
    ("Anggota DPRD Kabupaten Bogor dari Dapil 3, Yayat Supriatna," + ASKS, "Yayat Supriatna", kab("Bogor")),
    # the house named after its seat in Jakarta
    ("Legislator Senayan, Yusuf Hamdani," + ASKS, "Yusuf Hamdani", DPR),
    ("Menurut legislator Senayan Yusuf Hamdani, ASN wajib netral pada Pemilu 2024.", "Yusuf Hamdani", DPR),
    # the regional representatives: senators, by the province they were elected in
    ("Senator asal Sumatera Barat, Irwan Syah," + ASKS, "Irwan Syah", DPD),
    ("Anggota DPD RI asal Sulawesi Tengah, Nurhayati Lamba," + ASKS, "Nurhayati Lamba", DPD),
    ("Anggota DPD RI dari Bali, Ketut Darma," + ASKS, "Ketut Darma", DPD),
    ("Anggota DPD RI Dapil Bali, Ketut Darma," + ASKS, "Ketut Darma", DPD),
    ("Ketua DPD RI Bambang Sulistyo" + ASKS, "Bambang Sulistyo", DPD),
    ("Ketua MPR RI Hendra Wijaya" + ASKS, "Hendra Wijaya", MPR),
    ("Wakil Ketua MPR Amir Mahmud" + ASKS, "Amir Mahmud", MPR),
    # a province's parliament
    ("Ketua Komisi A DPRD Jawa Timur Maya Susanti" + ASKS, "Maya Susanti", prov("Jawa Timur")),
    ("Anggota DPRD Provinsi Jawa Barat Asep Wahyudin" + ASKS, "Asep Wahyudin", prov("Jawa Barat")),
    ("Anggota DPRD Jabar, Asep Wahyudin," + ASKS, "Asep Wahyudin", prov("Jawa Barat")),
    ("Wakil Ketua DPRD Sumut, Harun Siregar," + ASKS, "Harun Siregar", prov("Sumatera Utara")),
    ("Anggota Komisi I DPRD Sulawesi Selatan, Andi Rizal," + ASKS, "Andi Rizal", prov("Sulawesi Selatan")),
    ("Ketua Fraksi Golkar DPRD Jawa Tengah, Wahyudi Saputra," + ASKS, "Wahyudi Saputra", prov("Jawa Tengah")),
    ("Wakil Ketua II DPRD Jateng, Sukirno," + ASKS, "Sukirno", prov("Jawa Tengah")),
    ("Anggota Badan Anggaran DPRD Provinsi Riau, Sugeng Pranoto," + ASKS, "Sugeng Pranoto", prov("Riau")),
    ("Ketua Komisi II DPRD Provinsi Jambi, Ivan Wiratama," + ASKS, "Ivan Wiratama", prov("Jambi")),
    ("Ketua DPRD Jatim Kusmanto" + ASKS, "Kusmanto", prov("Jawa Timur")),
    ("Anggota DPRD Provinsi DKI Jakarta, Gani Suwondo," + ASKS, "Gani Suwondo", prov("DKI Jakarta")),
    ("Wakil Ketua Komisi A DPRD DIY, Suharyanto," + ASKS, "Suharyanto", prov("Daerah Istimewa Yogyakarta")),
    ("Anggota Fraksi PDI Perjuangan DPRD Provinsi Bali, Ketut Tama," + ASKS, "Ketut Tama", prov("Bali")),
    # the faction in lower case between the title and the house
    ("Anggota fraksi PDIP DPRD DKI Jakarta, Gani Suwondo," + ASKS, "Gani Suwondo", prov("DKI Jakarta")),
    ("Anggota fraksi Partai Golkar DPRD Jawa Barat, Dedi Hermawan," + ASKS, "Dedi Hermawan", prov("Jawa Barat")),
    # a regency's or a city's parliament, its factions, bodies and committees
    ("Anggota DPRD Kabupaten Sleman dari Fraksi Golkar, Heru Santosa," + ASKS, "Heru Santosa", kab("Sleman")),
    ("Anggota DPRD Kabupaten Sleman dari Fraksi Partai Golkar Heru Santosa" + ASKS, "Heru Santosa", kab("Sleman")),
    ("Ketua Fraksi PKS DPRD Kota Bekasi, Rizki Ramdani," + ASKS, "Rizki Ramdani", kota("Bekasi")),
    ("Ketua Badan Kehormatan DPRD Kota Malang, Hadi Susanto," + ASKS, "Hadi Susanto", kota("Malang")),
    ("Ketua Badan Kehormatan (BK) DPRD Kabupaten Bantul, Yoyok Wibisono," + ASKS, "Yoyok Wibisono", kab("Bantul")),
    ("Ketua Pansus Ranperda DPRD Kabupaten Bogor, Usep Supriatna," + ASKS, "Usep Supriatna", kab("Bogor")),
    ("Ketua Pansus Netralitas ASN DPRD Kabupaten Jember, Edi Cahyono," + ASKS, "Edi Cahyono", kab("Jember")),
    ("Sekretaris Komisi B DPRD Kota Surabaya, Alif Mahmud," + ASKS, "Alif Mahmud", kota("Surabaya")),
    ("Anggota Fraksi Partai Demokrat DPRD Kabupaten Garut, Dadan Hidayat," + ASKS, "Dadan Hidayat", kab("Garut")),
    ("Ketua Bapemperda DPRD Kota Medan, Rudi Pasaribu," + ASKS, "Rudi Pasaribu", kota("Medan")),
    ("Ketua Banggar DPRD Kabupaten Bantul, Yoyok Wibisono," + ASKS, "Yoyok Wibisono", kab("Bantul")),
    ("Wakil Ketua DPRD Kabupaten Tulungagung, Adib Makarim," + ASKS, "Adib Makarim", kab("Tulungagung")),
    ("Ketua DPRD Kabupaten Cianjur Ganjar Ramdani" + ASKS, "Ganjar Ramdani", kab("Cianjur")),
    ("Ketua DPRD Kota Makassar, Rudi Lallo," + ASKS, "Rudi Lallo", kota("Makassar")),
    ("Wakil Ketua I DPRD Kota Bandung, Edwin Sanjaya," + ASKS, "Edwin Sanjaya", kota("Bandung")),
    ("Pimpinan DPRD Kabupaten Pati, Ali Badruddin," + ASKS, "Ali Badruddin", kab("Pati")),
    ("Anggota DPRD Kota Semarang dari Fraksi PDI Perjuangan, Joko Santoso," + ASKS, "Joko Santoso", kota("Semarang")),
    ("Plt Ketua DPRD Kota Medan, Ihwan Ritonga," + ASKS, "Ihwan Ritonga", kota("Medan")),
    # the interim chair of a newly sworn-in parliament, "sementara" before or after the house
    ("Ketua Sementara DPRD Kabupaten Kendal, Mahfud Sodikin," + ASKS, "Mahfud Sodikin", kab("Kendal")),
    ("Ketua DPRD sementara Kabupaten Kendal, Mahfud Sodikin," + ASKS, "Mahfud Sodikin", kab("Kendal")),
    ("Ketua DPRD Sementara Kota Malang Amalia Ratnasari" + ASKS, "Amalia Ratnasari", kota("Malang")),
    # ... in lower case before the house
    ("Ketua sementara DPRD Kabupaten Kendal, Mahfud Sodikin," + ASKS, "Mahfud Sodikin", kab("Kendal")),
    ("Ketua sementara DPRD Batang Rina Wulandari" + ASKS, "Rina Wulandari", kab("Batang")),
    ("Wakil Ketua sementara DPRD Kota Bekasi, Rizki Ramdani," + ASKS, "Rizki Ramdani", kota("Bekasi")),
    # "sementara" as "while" after a holder leaves both offices as written
    ("Ketua DPRD Kota Bekasi Rizki Ramdani hadir, sementara Kepala BKPSDM Kota Bekasi Rina Marlina" + ASKS,
     "Rizki Ramdani", kota("Bekasi")),
    # the secretary of a regional parliament, as the gold reads each form
    ("Sekretaris DPRD Kabupaten Kudus, Sahid Rahmanto," + ASKS, "Sahid Rahmanto", "Sekretariat DPRD Kabupaten Kudus"),
    ("Sekwan DPRD Kota Ambon, Jopie Tahitu," + ASKS, "Jopie Tahitu", kota("Ambon")),
    # Aceh's parliaments
    ("Ketua DPRA Zulkifli Hasan" + ASKS, "Zulkifli Hasan", "Dewan Perwakilan Rakyat Aceh"),
    ("Anggota DPR Aceh, Tarmizi Yusuf," + ASKS, "Tarmizi Yusuf", "Dewan Perwakilan Rakyat Aceh"),
    ("Ketua DPRK Aceh Utara, Arafat Ismail," + ASKS, "Arafat Ismail", "Dewan Perwakilan Rakyat Kabupaten Aceh Utara"),
    ("Anggota DPRK Banda Aceh, Rahmat Fajri," + ASKS, "Rahmat Fajri", "Dewan Perwakilan Rakyat Kota Banda Aceh"),
    # Papua's provincial parliaments, named without "Daerah" (not the national DPR)
    ("Ketua DPR Papua, Yohanis Wenda," + ASKS, "Yohanis Wenda", "Dewan Perwakilan Rakyat Papua"),
    ("Ketua DPRP Yohanis Wenda" + ASKS, "Yohanis Wenda", "Dewan Perwakilan Rakyat Papua"),
    ("Wakil Ketua DPR Papua Barat, Orgenes Mandacan," + ASKS, "Orgenes Mandacan", DPRPB),
    ("Ketua DPRPB Orgenes Mandacan" + ASKS, "Orgenes Mandacan", DPRPB),
    ("Anggota DPR Papua Selatan, Yakob Gebze," + ASKS, "Yakob Gebze", "Dewan Perwakilan Rakyat Papua Selatan"),
    ("Ketua DPRD Kabupaten Jayapura Rudi Rumbiak" + ASKS, "Rudi Rumbiak", kab("Jayapura")),
]

# candidates for a seat: no office held, so no official
CANDIDATES = [
    "Caleg DPRD Kabupaten Sleman dari Partai Golkar, Heru Santosa, dilaporkan karena melibatkan ASN pada Pemilu 2024.",
    "Bacaleg DPRD Kota Bekasi, Rizki Ramdani, mengajak ASN berfoto pada Pemilu 2024.",
    "Calon anggota DPR RI dari Partai Nasdem, Rahmat Saleh, dilaporkan ke Bawaslu karena melibatkan ASN pada Pemilu.",
    "Caleg DPR RI Dapil Jawa Barat III, Rahmat Saleh, dilaporkan karena melibatkan ASN pada Pemilu 2024.",
    "Calon anggota DPD RI asal Bali, Ketut Darma, dilaporkan karena melibatkan ASN pada Pemilu 2024.",
    "Calon anggota DPRD Kota Bekasi, Rina Marlina, dilaporkan karena melibatkan guru ASN pada Pemilu 2024.",
    "Bakal calon anggota DPD RI, Ketut Darma, dilaporkan karena mengumpulkan KTP guru honorer.",
    "Calon Anggota DPR RI Rahmat Saleh dilaporkan karena melibatkan ASN pada Pemilu 2024.",
]


@pytest.mark.parametrize(("text", "name", "house"), MEMBERS)
def test_a_legislator_is_an_official_of_his_house(run, text: str, name: str, house: str) -> None:
    assert {o.name: o.agency for o in run(text).officials}.get(name) == house


@pytest.mark.parametrize("text", CANDIDATES)
def test_a_candidate_for_a_seat_holds_no_office(run, text: str) -> None:
    assert run(text).officials == []
