"""Civil servants under functional posts (jabatan fungsional: auditors, analysts, public-relations officers, trainers,
extension workers, regional-government supervisors, school supervisors) and lower structural posts, named with their
unit and body, and heads of regional offices under the short titles "Kadis" and "Kaban" with the office's field
written short or long. The holder serves the body named in the title, as the yardstick's gold has it ("Penyuluh
Hukum Setjen KPU RI" serves the KPU). One sentence per form, so that each stays covered: outlets the yardstick has
not read write titles its read half lacks."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {}"
BPSDM = "Badan Pengembangan Sumber Daya Manusia {}"
KESBANGPOL = "Badan Kesatuan Bangsa dan Politik {}"
KOMINFO = "Dinas Komunikasi dan Informatika {}"
PMD = "Dinas Pemberdayaan Masyarakat dan Desa {}"
DIKBUD = "Dinas Pendidikan dan Kebudayaan {}"

# (sentence, holder, institution; None: the holder is read, the institution not checked)
FORMS = [
    # auditors and analysts of the inspectorate and personnel boards, with their grade or none
    ("Auditor Ahli Madya Inspektorat Kabupaten Sleman, Budi Prasetyo, mengingatkan ASN netral.", "Budi Prasetyo",
     "Inspektorat Kabupaten Sleman"),
    ("Auditor Inspektorat Provinsi Jawa Tengah, Siti Rahmawati, menjelaskan sanksi bagi ASN.", "Siti Rahmawati",
     "Inspektorat Provinsi Jawa Tengah"),
    ("Auditor Ahli Muda Inspektorat Kota Bogor Rudi Hartanto meminta ASN netral.", "Rudi Hartanto",
     "Inspektorat Kota Bogor"),
    ("Rudi Hartanto, Auditor Ahli Pertama Inspektorat Kota Bogor, meminta ASN netral.", "Rudi Hartanto",
     "Inspektorat Kota Bogor"),
    ("Auditor Madya Inspektorat Kabupaten Gunungkidul Sunaryo meminta ASN netral.", "Sunaryo",
     "Inspektorat Kabupaten Gunungkidul"),
    ("Pejabat Fungsional Auditor Inspektorat Kabupaten Karanganyar, Wahyu Nugroho, mengingatkan ASN netral.",
     "Wahyu Nugroho", "Inspektorat Kabupaten Karanganyar"),
    ("Analis SDM Aparatur BKD Provinsi Bali, Made Sudarsana, meminta ASN netral.", "Made Sudarsana",
     "Badan Kepegawaian Daerah Provinsi Bali"),
    ("Analis SDM Aparatur Ahli Muda BKPSDM Kabupaten Brebes Agus Riyanto mengingatkan ASN netral.", "Agus Riyanto",
     BKPSDM.format("Kabupaten Brebes")),
    ("Agus Riyanto, Analis SDM Aparatur pada BKPSDM Kabupaten Brebes, mengingatkan ASN netral.", "Agus Riyanto",
     BKPSDM.format("Kabupaten Brebes")),
    ("Analis Hukum Ahli Muda Biro Hukum Setda Provinsi Bali, I Made Sudana, menjelaskan sanksi.", "I Made Sudana",
     "Pemerintah Provinsi Bali"),
    # public-relations officers, regional-government supervisors, trainers, extension workers, administrators
    ("Pranata Humas Diskominfo Kabupaten Wonosobo, Nur Hidayah, menyampaikan imbauan netralitas ASN.", "Nur Hidayah",
     KOMINFO.format("Kabupaten Wonosobo")),
    ("Pranata Humas Ahli Muda Setda Kabupaten Pati, Ari Wibowo, meminta ASN netral.", "Ari Wibowo",
     "Pemerintah Kabupaten Pati"),
    ("Pengawas Penyelenggaraan Urusan Pemerintahan Daerah (P2UPD) Inspektorat Kabupaten Jepara, Eko Santoso, "
     "mengingatkan ASN netral.", "Eko Santoso", "Inspektorat Kabupaten Jepara"),
    ("P2UPD Inspektorat Kota Semarang, Lina Marlina, mengingatkan ASN netral.", "Lina Marlina",
     "Inspektorat Kota Semarang"),
    ("P2UPD Ahli Madya Inspektorat Provinsi Jambi Hendra Saputra meminta ASN netral.", "Hendra Saputra",
     "Inspektorat Provinsi Jambi"),
    ("Widyaiswara BPSDM Provinsi Jawa Timur, Bambang Sutejo, menjelaskan aturan netralitas ASN.", "Bambang Sutejo",
     BPSDM.format("Provinsi Jawa Timur")),
    ("Widyaiswara Ahli Utama BPSDM Provinsi Sulawesi Selatan Andi Rahman meminta ASN netral.", "Andi Rahman",
     BPSDM.format("Provinsi Sulawesi Selatan")),
    ("Pejabat Fungsional Widyaiswara BPSDM Provinsi Jawa Barat, Dadang Hermawan, memberi materi netralitas ASN.",
     "Dadang Hermawan", BPSDM.format("Provinsi Jawa Barat")),
    ("Penyuluh Agama Islam Kemenag Kabupaten Garut, Ujang Saepudin, mengingatkan ASN netral.", "Ujang Saepudin",
     "Kantor Kementerian Agama Kabupaten Garut"),
    ("Penyuluh Pertanian Dinas Pertanian Kabupaten Klaten, Sri Mulyani, meminta ASN netral.", "Sri Mulyani",
     "Dinas Pertanian Kabupaten Klaten"),
    ("Hadir pula Fungsional Penyuluh Hukum Setjen KPU RI Dedi Siregar dalam sosialisasi netralitas ASN.",
     "Dedi Siregar", "Komisi Pemilihan Umum"),
    ("Pengelola Kepegawaian BKPSDM Kabupaten Blora, Tri Handayani, menjelaskan sanksi.", "Tri Handayani",
     BKPSDM.format("Kabupaten Blora")),
    ("Pengelola Data Bawaslu Kabupaten Demak, Siti Fatimah, menjelaskan aturan netralitas.", "Siti Fatimah",
     "Bawaslu Kabupaten Demak"),
    # school supervisors by the level they supervise
    ("Pengawas Sekolah Dinas Pendidikan Kabupaten Bantul, Heru Susanto, meminta guru netral.", "Heru Susanto",
     "Dinas Pendidikan Kabupaten Bantul"),
    ("Pengawas SMP Dinas Pendidikan Kabupaten Bantul, Heru Susanto, meminta guru netral.", "Heru Susanto",
     "Dinas Pendidikan Kabupaten Bantul"),
    ("Tiga ASN dilaporkan, yakni Budi Hartono (Kabid SMP Disdik Kota Medan), Sri Sutrisno (Pengawas SD Disdik Kota "
     "Medan), dan seorang guru.", "Sri Sutrisno", "Dinas Pendidikan Kota Medan"),
    ("Pengawas Madrasah Kemenag Kabupaten Demak, Ahmad Zaini, meminta guru netral.", "Ahmad Zaini",
     "Kantor Kementerian Agama Kabupaten Demak"),
    # lower structural posts with their unit and body
    ("Kasubid Kode Etik dan Disiplin BKPSDM Kabupaten Boyolali, Suharno, meminta ASN netral.", "Suharno",
     BKPSDM.format("Kabupaten Boyolali")),
    ("Kasubbid Pembinaan Pegawai BKD Provinsi Lampung Rina Wati mengingatkan ASN netral.", "Rina Wati",
     "Badan Kepegawaian Daerah Provinsi Lampung"),
    ("Kasubbag Umum dan Kepegawaian Inspektorat Kabupaten Purworejo, Dwi Astuti, meminta ASN netral.", "Dwi Astuti",
     "Inspektorat Kabupaten Purworejo"),
    ("Kepala Sub Bagian Umum Dinas Kesehatan Kabupaten Pati, Endang Sri, meminta ASN netral.", "Endang Sri",
     "Dinas Kesehatan Kabupaten Pati"),
    ("Kasi Pemerintahan Kecamatan Ngaliyan, Joko Purnomo, meminta ASN netral.", "Joko Purnomo", None),
    ("Kepala Seksi Pemerintahan Kecamatan Cibinong, Dadan Sudrajat, meminta ASN netral.", "Dadan Sudrajat", None),
    ("Kasi Kurikulum Dinas Pendidikan Kota Madiun Sri Wahyuni meminta guru netral.", "Sri Wahyuni",
     "Dinas Pendidikan Kota Madiun"),
    # the city's office beside the regency's of the same name keeps its level, as the gold names such offices
    ("Kasi Pidum Kejari Kota Bandung, Andi Rahman, mengingatkan ASN netral.", "Andi Rahman",
     "Kejaksaan Negeri Kota Bandung"),
    ("Kabid Pengawasan dan Pengendalian BKPSDM Kabupaten Kudus, Ahmad Fauzi, meminta ASN netral.", "Ahmad Fauzi",
     BKPSDM.format("Kabupaten Kudus")),
    ("Kabid Politik Dalam Negeri Kesbangpol Kabupaten Tegal Wahyu Setiawan meminta ASN netral.", "Wahyu Setiawan",
     KESBANGPOL.format("Kabupaten Tegal")),
    ("Kepala Bidang Pendidikan Dasar Dinas Pendidikan Kabupaten Jember, Hadi Prayitno, meminta guru netral.",
     "Hadi Prayitno", "Dinas Pendidikan Kabupaten Jember"),
    ("Kabid SMP Dinas Pendidikan Kota Bekasi, Wirman, meminta guru netral.", "Wirman", "Dinas Pendidikan Kota Bekasi"),
    ("Kabid GTK Disdik Kabupaten Garut, Ade Suherman, meminta guru netral.", "Ade Suherman",
     "Dinas Pendidikan Kabupaten Garut"),
    ("Kepala UPT Pendidikan Kecamatan Wonosari, Sri Handayani, meminta guru netral.", "Sri Handayani", None),
    # heads of regional offices by "Kadis" and "Kaban", the field short or written out
    ("Kadis Pendidikan Kabupaten Sumba Barat, Yohanes Lado, mengingatkan guru netral.", "Yohanes Lado",
     "Dinas Pendidikan Kabupaten Sumba Barat"),
    ("Kadis Kesehatan Kabupaten Maros, Muhammad Yunus, mengingatkan ASN netral.", "Muhammad Yunus",
     "Dinas Kesehatan Kabupaten Maros"),
    ("Kadis Sosial Kota Palu, Romy Sandi, mengingatkan ASN netral.", "Romy Sandi", "Dinas Sosial Kota Palu"),
    ("Kadis Perhubungan Kabupaten Kampar, Afdal Ikhsan, mengingatkan ASN netral.", "Afdal Ikhsan",
     "Dinas Perhubungan Kabupaten Kampar"),
    ("Kadis Pertanian Kabupaten Banyuwangi Arief Setiawan mengingatkan ASN netral.", "Arief Setiawan",
     "Dinas Pertanian Kabupaten Banyuwangi"),
    ("Kadis Kependudukan dan Pencatatan Sipil Kabupaten Gowa, Andi Sura, mengingatkan ASN netral.", "Andi Sura",
     "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Gowa"),
    ("Kadis Komunikasi dan Informatika Kota Kendari, Rahman Ali, mengingatkan ASN netral.", "Rahman Ali",
     KOMINFO.format("Kota Kendari")),
    ("Kadis Pemberdayaan Masyarakat dan Desa Kabupaten Sigi, Aswan, mengingatkan kepala desa netral.", "Aswan",
     PMD.format("Kabupaten Sigi")),
    ("Kadis Pariwisata Kabupaten Toba, Ronald Sitorus, mengingatkan ASN netral.", "Ronald Sitorus",
     "Dinas Pariwisata Kabupaten Toba"),
    ("Kadis Tenaga Kerja Kota Batam, Rudi Sakyakirti, mengingatkan ASN netral.", "Rudi Sakyakirti",
     "Dinas Tenaga Kerja Kota Batam"),
    ("Kadis PUPR Kabupaten Bone, Andi Saharuddin, mengingatkan ASN netral.", "Andi Saharuddin",
     "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bone"),
    ("Kadis Kominfo Sulsel Amson Padolo mengingatkan ASN netral.", "Amson Padolo",
     KOMINFO.format("Provinsi Sulawesi Selatan")),
    ("Kadis Dikbud Kabupaten Lombok Barat, Khairul Ihwan, mengingatkan guru netral.", "Khairul Ihwan",
     DIKBUD.format("Kabupaten Lombok Barat")),
    ("Kadispmd Kabupaten Bekasi, Rahmat Atong, mengingatkan kepala desa netral.", "Rahmat Atong",
     PMD.format("Kabupaten Bekasi")),
    ("Kaban Kesbangpol Provinsi Sulawesi Tengah, Fahrudin Yambas, mengingatkan ASN netral.", "Fahrudin Yambas",
     KESBANGPOL.format("Provinsi Sulawesi Tengah")),
    ("Kaban Kepegawaian Daerah Kabupaten Maros, Andi Davied, mengingatkan ASN netral.", "Andi Davied",
     "Badan Kepegawaian Daerah Kabupaten Maros"),
    ("Kaban Bappeda Kabupaten Sinjai, Andi Jefrianto, mengingatkan ASN netral.", "Andi Jefrianto",
     "Badan Perencanaan Pembangunan Daerah Kabupaten Sinjai"),
    ("Kaban BPBD Kabupaten Luwu, Andi Baso, mengingatkan ASN netral.", "Andi Baso",
     "Badan Penanggulangan Bencana Daerah Kabupaten Luwu"),
    ("Kaban BKPSDM Kota Pontianak Amirullah mengingatkan ASN netral.", "Amirullah", BKPSDM.format("Kota Pontianak")),
    # the title after the name, after "selaku", and in speech
    ("Budi Santoso, Kadis Kominfo Kabupaten Banyumas, mengingatkan ASN netral.", "Budi Santoso",
     KOMINFO.format("Kabupaten Banyumas")),
    ("Muhammad Hasbi selaku Kaban Kesbangpol Kabupaten Lombok Timur mengingatkan ASN netral.", "Muhammad Hasbi",
     KESBANGPOL.format("Kabupaten Lombok Timur")),
    ('"ASN harus netral," kata Kadis PMD Kabupaten Grobogan, Sugiyanto.', "Sugiyanto",
     PMD.format("Kabupaten Grobogan")),
    # the regency written whole after fields joined by "dan", where the bare region's name is also a city's
    ("Kadis Pendidikan dan Kebudayaan Kabupaten Bima, Zunaidin, mengingatkan guru netral.", "Zunaidin",
     DIKBUD.format("Kabupaten Bima")),
    ("Kadis Kesehatan dan Sosial Kabupaten Bima, Zunaidin, mengingatkan ASN netral.", "Zunaidin",
     "Dinas Kesehatan dan Sosial Kabupaten Bima"),
    # the unity board written out after its head's short title
    ("Kaban Kesatuan Bangsa dan Politik Kota Palu, Arfan, mengingatkan ASN netral.", "Arfan",
     KESBANGPOL.format("Kota Palu")),
    ("Kaban Kesatuan Bangsa dan Politik Kabupaten Bima Ahmad Syafii mengingatkan ASN netral.", "Ahmad Syafii",
     KESBANGPOL.format("Kabupaten Bima")),
    # planners, archivists, librarians and job placement officers
    ("Perencana Ahli Muda Bappeda Kabupaten Kudus, Agus Salim, mengingatkan ASN netral.", "Agus Salim",
     "Badan Perencanaan Pembangunan Daerah Kabupaten Kudus"),
    ("Arsiparis Dinas Perpustakaan dan Kearsipan Kota Malang, Rina Sari, mengingatkan ASN netral.", "Rina Sari", None),
    ("Pengantar Kerja Disnaker Kabupaten Bekasi, Dodi Irawan, mengingatkan ASN netral.", "Dodi Irawan",
     "Dinas Tenaga Kerja Kabupaten Bekasi"),
    ("Pranata Komputer Diskominfo Kota Bogor, Ade Rahmat, menjelaskan aturan.", "Ade Rahmat",
     KOMINFO.format("Kota Bogor")),
    ("Analis Kepegawaian Ahli Madya BKN, Rudi Hartono, menjelaskan sanksi.", "Rudi Hartono",
     "Badan Kepegawaian Negara"),
    ("Analis Kebijakan pada Kesbangpol Kabupaten Tegal, Wahyu Setiawan, meminta ASN netral.", "Wahyu Setiawan",
     KESBANGPOL.format("Kabupaten Tegal")),
    # more sections and fields of personnel, information and inspection offices
    ("Kasubbag TU Dinas Pendidikan Kabupaten Bantul, Sri Lestari, mengingatkan ASN netral.", "Sri Lestari",
     "Dinas Pendidikan Kabupaten Bantul"),
    ("Kabid IKP Diskominfo Kota Bogor, Ade Rahmat, mengingatkan ASN netral.", "Ade Rahmat",
     KOMINFO.format("Kota Bogor")),
    ("Irban IV Inspektorat Kabupaten Bogor, Budi Hermawan, mengingatkan ASN netral.", "Budi Hermawan",
     "Inspektorat Kabupaten Bogor"),
    ("Sekcam Ngaliyan Joko Purnomo mengingatkan ASN netral.", "Joko Purnomo", None),
    ("Kepala UPTD Puskesmas Cimanggis, Dewi Anggraini, mengingatkan tenaga kesehatan netral.", "Dewi Anggraini", None),
    # more offices after "Kadis" and "Kaban", acting markers before them
    ("Kadis Koperasi dan UMKM Kota Tegal, Sri Murni, mengingatkan ASN netral.", "Sri Murni",
     "Dinas Koperasi dan UMKM Kota Tegal"),
    ("Kadis Ketahanan Pangan Provinsi Jambi, Ahmad Sutarjo, mengingatkan ASN netral.", "Ahmad Sutarjo",
     "Dinas Ketahanan Pangan Provinsi Jambi"),
    ("Kadis Kesehatan Provinsi NTT, Ruth Laiskodat, mengingatkan ASN netral.", "Ruth Laiskodat",
     "Dinas Kesehatan Provinsi Nusa Tenggara Timur"),
    ("Kaban Keuangan dan Aset Daerah Kota Tegal, Ahmad Zaini, mengingatkan ASN netral.", "Ahmad Zaini",
     "Badan Keuangan dan Aset Daerah Kota Tegal"),
    ("Plt Kaban Kesbangpol Kota Palu, Arfan, mengingatkan ASN netral.", "Arfan", KESBANGPOL.format("Kota Palu")),
    ("Pj Kadis PMD Kabupaten Bima, Tajudin, mengingatkan kepala desa netral.", "Tajudin", PMD.format("Kabupaten Bima")),
    # not read: "Kadin" is the chamber of commerce far more often than a Dinas's head; "Staf" names no post; a
    # one-word name before a title in brackets; a personnel board's name with "SDM" short after "Kaban"
    pytest.param("Kadin Kominfo Kabupaten Mamuju, Rahmat Dwi, mengingatkan ASN netral.", "Rahmat Dwi",
                 KOMINFO.format("Kabupaten Mamuju"),
                 marks=pytest.mark.xfail(strict=True, reason="'Kadin' is the chamber of commerce")),
    pytest.param("Staf Bagian Hukum Setda Kabupaten Sragen, Tri Utami, menjelaskan sanksi.", "Tri Utami",
                 "Pemerintah Kabupaten Sragen", marks=pytest.mark.xfail(strict=True, reason="'Staf' names no post")),
    ("Dua ASN dilaporkan, yakni Sutrisno (Pengawas SD Disdik Kota Medan) dan seorang guru.", "Sutrisno",
     "Dinas Pendidikan Kota Medan"),
    pytest.param("Kaban Kepegawaian dan Pengembangan SDM Kabupaten Sumedang, Asep Tatang, mengingatkan ASN netral.",
                 "Asep Tatang", BKPSDM.format("Kabupaten Sumedang"),
                 marks=pytest.mark.xfail(strict=True, reason="'SDM' is not spelt out in a loose office's name")),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "name", "agency"),
                         indexed(FORMS, lambda v: v[0][:40]))
def test_a_functional_or_lower_post_is_read_with_its_body(analysed: list, k: int, text: str, name: str,
                                                           agency: str | None) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    assert name in found
    if agency is not None:
        assert found[name] == agency
