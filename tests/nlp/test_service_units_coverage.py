"""Probe list of the heads of public service units and sub-units (schools, madrasahs, universities, hospitals,
health centres, religious affairs and land offices, prisons, centres, and the fields, sections and sub-sections of
a regional office): each sentence (our own words) names one head, who must be read by name and, where the gold
names an institution for the form, with it. All are analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, holder, institution); None where any institution (or none) is accepted: a school is a venue
HEADS = [
    ("Kepsek SMKN 1 Pacitan Heru Santoso meminta guru tidak berkampanye.", "Heru Santoso", None),
    ("Kepala SMA Negeri 1 Manggar, Yusuf Effendi, mengimbau guru netral.", "Yusuf Effendi", None),
    ("Kepala Sekolah SMK Negeri 4 Kendari, Laode Ahmad, meminta guru netral.", "Laode Ahmad", None),
    ("Kepala MAN 2 Kota Malang, Samsudin Arif, mengimbau guru netral.", "Samsudin Arif", None),
    ("Kepala Cabang Dinas Pendidikan Wilayah Tulungagung, Sri Wahyuni, meminta guru netral.", "Sri Wahyuni", None),
    ("Kepala KCD Pendidikan Wilayah III, Dedi Supriadi, mengingatkan kepala sekolah agar netral.",
     "Dedi Supriadi", None),
    ("Rektor Universitas Hasanuddin Jamaluddin Jompa mengingatkan dosen ASN netral.",
     "Jamaluddin Jompa", "Universitas Hasanuddin"),
    ("Wakil Rektor Universitas Udayana, Made Sudarma, meminta dosen netral.", "Made Sudarma", "Universitas Udayana"),
    ("Rektor Unhas Jamaluddin Jompa mengingatkan dosen ASN netral.", "Jamaluddin Jompa", "Universitas Hasanuddin"),
    ("Rektor Universitas Negeri Padang, Ganefri, meminta dosen tidak berkampanye.",
     "Ganefri", "Universitas Negeri Padang"),
    ("Direktur Utama RSUD Kota Bekasi, Kusnanto Saidi, meminta pegawai netral.", "Kusnanto Saidi", None),
    ("Direktur RSUD Kabupaten Tangerang, Hendra Tarmizi, meminta pegawai netral.", "Hendra Tarmizi", None),
    ("Dirut RSUD Sidoarjo Atok Irawan mengingatkan ASN netral.", "Atok Irawan", "Rumah Sakit Umum Daerah Sidoarjo"),
    ("Direktur Rumah Sakit Umum Daerah Kraton, Budi Prasetyo, meminta ASN netral.", "Budi Prasetyo",
     "Rumah Sakit Umum Daerah Kraton"),
    ("Kepala Puskesmas Kedungwuni I, Nur Aini, mengingatkan bidan dan perawat agar netral.", "Nur Aini", None),
    ("Kepala UPTD Puskesmas Cibinong, Ratna Dewi, mengimbau tenaga kesehatan netral.",
     "Ratna Dewi", "Puskesmas Cibinong"),
    ("Kepala Puskesmas Sukamaju dr Rina Marlina meminta pegawai netral.", "Rina Marlina", "Puskesmas Sukamaju"),
    ("Kepala UPT Puskesmas Gunung Sari, Lalu Ahmad, meminta tenaga kesehatan netral.", "Lalu Ahmad", None),
    ("Kepala Kantor Kemenag Kabupaten Gresik, Syaifuddin Zuhri, mengimbau ASN netral.",
     "Syaifuddin Zuhri", "Kantor Kementerian Agama Kabupaten Gresik"),
    ("Kakankemenag Kota Padang, Edy Oktafiandi, mengingatkan ASN netral.",
     "Edy Oktafiandi", "Kantor Kementerian Agama Kota Padang"),
    ("Kepala Kemenag Kabupaten Lamongan, Muhammad Muhlis, mengingatkan ASN netral.",
     "Muhammad Muhlis", "Kantor Kementerian Agama Kabupaten Lamongan"),
    ("Kepala Kantor Kementerian Agama Kabupaten Sleman, Ahmad Shidqi, meminta ASN netral.",
     "Ahmad Shidqi", "Kantor Kementerian Agama Kabupaten Sleman"),
    ("Kepala Kantor Pertanahan Kabupaten Bogor, Sepyo Achanto, meminta pegawai netral.",
     "Sepyo Achanto", "Kantor Pertanahan Kabupaten Bogor"),
    ("Kepala Kantor ATR/BPN Kota Medan, Hendra Gunawan, meminta pegawai netral.",
     "Hendra Gunawan", "Kantor Pertanahan Kota Medan"),
    ("Kepala BPN Kabupaten Karawang, Yayat Ahadiat, meminta pegawai netral.",
     "Yayat Ahadiat", "Kantor Pertanahan Kabupaten Karawang"),
    ("Kepala Rutan Kelas IIB Sinjai, Hendra Wijaya, meminta pegawai netral.",
     "Hendra Wijaya", "Rumah Tahanan Negara Kelas IIB Sinjai"),
    ("Karutan Boyolali Tristiantoro Adi meminta pegawai netral.", "Tristiantoro Adi", "Rumah Tahanan Negara Boyolali"),
    ("Kalapas Kelas IIA Kendari, Abdul Samad, meminta pegawai netral.",
     "Abdul Samad", "Lembaga Pemasyarakatan Kelas IIA Kendari"),
    ("Kepala Lapas Kelas IIB Tuban, Siswarno, meminta pegawai netral.",
     "Siswarno", "Lembaga Pemasyarakatan Kelas IIB Tuban"),
    ("Kepala Balai Besar POM di Semarang, Sandra Linthin, mengingatkan ASN netral.",
     "Sandra Linthin", "Balai Besar Pengawas Obat dan Makanan di Semarang"),
    ("Kepala Bidang Pembinaan SMA Dinas Pendidikan Provinsi Banten, Joko Waluyo, meminta guru netral.",
     "Joko Waluyo", "Dinas Pendidikan Provinsi Banten"),
    ("Kabid Pelayanan Kesehatan Dinkes Kabupaten Garut, Asep Surachman, meminta ASN netral.",
     "Asep Surachman", "Dinas Kesehatan Kabupaten Garut"),
    ("Kabid GTK Disdik Kota Bekasi, Wiwi Tarwiyah, mengingatkan guru netral.",
     "Wiwi Tarwiyah", "Dinas Pendidikan Kota Bekasi"),
    ("Kepala Seksi Kurikulum Dinas Pendidikan Kabupaten Bogor, Rahmat Hidayat, meminta guru netral.",
     "Rahmat Hidayat", "Dinas Pendidikan Kabupaten Bogor"),
    ("Kasi PAI Kantor Kemenag Kabupaten Bantul, Muhammad Zaenal, meminta guru netral.",
     "Muhammad Zaenal", "Kantor Kementerian Agama Kabupaten Bantul"),
    ("Kasi Pendidikan Madrasah Kemenag Kabupaten Pati, Ali Mustofa, meminta guru madrasah netral.",
     "Ali Mustofa", "Kantor Kementerian Agama Kabupaten Pati"),
    ("Kepala Sub Bagian Umum BKPSDM Kabupaten Tegal, Dwi Hartono, mengingatkan ASN.",
     "Dwi Hartono", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Tegal"),
    ("Kasubag Umum Dinas Kesehatan Kota Semarang, Sri Rejeki, meminta ASN netral.",
     "Sri Rejeki", "Dinas Kesehatan Kota Semarang"),
    ("Kasubbag TU Kantor Kemenag Kota Bekasi, Ahmad Saiful, meminta ASN netral.",
     "Ahmad Saiful", "Kantor Kementerian Agama Kota Bekasi"),
    ("Sekretaris Dinas Pendidikan Kabupaten Sleman, Sri Adi Marsanto, meminta guru netral.",
     "Sri Adi Marsanto", "Dinas Pendidikan Kabupaten Sleman"),
    ("Sekretaris Disdikbud Kabupaten Kudus, Anggun Nugroho, meminta guru netral.",
     "Anggun Nugroho", "Dinas Pendidikan dan Kebudayaan Kabupaten Kudus"),
    ("Kepala Bagian Pemerintahan Setda Kabupaten Pati, Andik Sulaksono, mengingatkan ASN netral.",
     "Andik Sulaksono", "Pemerintah Kabupaten Pati"),
    ("Kabag Hukum Setda Kota Tegal, Agus Prasetyo, meminta ASN netral.", "Agus Prasetyo", "Pemerintah Kota Tegal"),
    ("Kabag Prokopim Setda Kabupaten Jepara, Hery Yulianto, mengingatkan ASN netral.",
     "Hery Yulianto", "Pemerintah Kabupaten Jepara"),
    ("Kabag Organisasi Pemkab Sragen, Yuniarti Susilowati, mengingatkan ASN netral.",
     "Yuniarti Susilowati", "Pemerintah Kabupaten Sragen"),
    ("Kepala Bagian Umum Sekretariat Daerah Kota Ambon, Jacky Talahatu, meminta ASN netral.",
     "Jacky Talahatu", "Pemerintah Kota Ambon"),
    ("Kepala Bidang Pengadaan dan Pemberhentian BKD Provinsi Lampung, Yuda Hermawan, mengingatkan ASN.",
     "Yuda Hermawan", "Badan Kepegawaian Daerah Provinsi Lampung"),
    ("Kepala Seksi Bimas Islam Kemenag Kota Cirebon, Mukhlis Ahmad, mengingatkan penyuluh.",
     "Mukhlis Ahmad", "Kantor Kementerian Agama Kota Cirebon"),
    ("Kepala Madrasah Aliyah Negeri 1 Sragen, Nur Hidayati, meminta guru netral.", "Nur Hidayati", None),
    ("Kepala SMP Negeri 5 Magelang, Bambang Irianto, mengingatkan guru netral.", "Bambang Irianto", None),
    ("Kepala Kanwil ATR/BPN Provinsi Riau, Nurhadi Putra, meminta ASN netral.",
     "Nurhadi Putra", "Kantor Wilayah Badan Pertanahan Nasional Provinsi Riau"),
    ("Kepala Kantor BPN Kabupaten Cianjur, Dadan Ramdani, mengingatkan pegawai netral.",
     "Dadan Ramdani", "Kantor Pertanahan Kabupaten Cianjur"),
]


@pytest.fixture(scope="module")
def officials(analyse_all) -> list[dict[str, str | None]]:
    """Each probe's officials by name, from one batch analysis."""
    results = analyse_all([text for text, _, _ in HEADS], published="2024-01-10")
    return [{o.name: o.agency for o in a.officials} for a in results]


@pytest.mark.parametrize("index", range(len(HEADS)), ids=[h for _, h, _ in HEADS])
def test_each_unit_head_is_read_with_the_unit(officials, index):
    _, holder, institution = HEADS[index]
    found = officials[index]
    assert holder in found, found
    if institution is not None:
        assert found[holder] == institution
