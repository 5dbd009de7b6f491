"""Event dates: the ways Indonesian news writes a day, kept covered by a probe list in stories of our own.

Each probe is (sentence, publication date or None, the event dates expected). Forms: a weekday with a bracketed
or comma-joined numeric date, dashes and dots, month names short, long, misspelt and in capitals, the formal
'tanggal 12 bulan Februari tahun 2024', the English order 'February 12, 2024', ranges (counted by their first
day), days moved by 'lalu'/'mendatang'/'kemarin', and forms that date no event: a law's year, document
numbers, 'Baca juga' links, the page's date line, times, counts and amounts.
"""

from __future__ import annotations

import pytest

EVENT_FORMS = [
    ('Bupati Sleman meminta seluruh ASN netral saat apel pagi, Senin (12/2/2024).', None, ['2024-02-12']),
    ('Apel netralitas digelar di halaman kantor wali kota, Senin, 12/2/2024.', None, ['2024-02-12']),
    ('Deklarasi netralitas ASN dilaksanakan di aula kecamatan (12/02/2024) pagi.', None, ['2024-02-12']),
    ('Surat edaran bupati tentang netralitas ASN diterbitkan 12-2-2024 dan langsung berlaku.', None, ['2024-02-12']),
    ('Surat edaran itu ditandatangani sekda pada 12.02.2024 di kantornya.', None, ['2024-02-12']),
    ('Rapat koordinasi netralitas ASN berlangsung 12 Feb 2024 di kantor BKPSDM.', None, ['2024-02-12']),
    ('Pakta integritas ditandatangani 12 Februari 2024 lalu oleh para kepala dinas.', None, ['2024-02-12']),
    ('Kegiatan itu digelar pada tanggal 12 bulan Februari tahun 2024 di pendopo kabupaten.', None, ['2024-02-12']),
    ('Pelantikan pejabat akan dilaksanakan pada 12 Februari mendatang, kata Sekda.', '2024-02-01', ['2024-02-12']),
    ('Bawaslu menerima laporan itu Kamis (15/2) kemarin dan memeriksa camat.', '2024-02-16', ['2024-02-15']),
    ('Hal itu disampaikan Bupati Kendal saat apel, Kamis (15/2).', '2024-02-16', ['2024-02-15']),
    ('Sosialisasi netralitas ASN digelar 12-14 Februari 2024 di tiga kecamatan.', None, ['2024-02-12']),
    ('Bimbingan teknis pengawasan berlangsung 12 s.d. 14 Februari 2024 di Semarang.', None, ['2024-02-12']),
    ('Bimtek pengawas berlangsung 12 s/d 14 Februari 2024 di hotel.', None, ['2024-02-12']),
    ('Masa tenang berlangsung 12 hingga 14 Februari, kata komisioner Bawaslu.', '2024-02-05', ['2024-02-12']),
    ('Kampanye berlangsung 28 November 2023 sampai 10 Februari 2024 dan ASN dilarang ikut.', None, ['2023-11-28']),
    ('Kampanye berlangsung 28 November 2023 sampai dengan 10 Februari 2024, ASN dilarang ikut.', None, ['2023-11-28']),
    ('Kampanye berlangsung dari 28 November 2023 s.d. 10 Februari 2024 dan ASN dilarang ikut.', None, ['2023-11-28']),
    ('Wamen bertemu pegawai on February 12, 2024 in Jakarta, dan ASN diminta netral.', None, ['2024-02-12']),
    ('Rapat netralitas ASN digelar Monday, February 12, 2024 di Jakarta.', None, ['2024-02-12']),
    ('Surat edaran bupati terbit 12 Pebruari 2024 dan meminta ASN netral.', None, ['2024-02-12']),
    ('Pilkada serentak digelar 27 Nopember 2024, ASN diminta tidak berpihak.', None, ['2024-11-27']),
    ('Apel netralitas digelar 17 Agustus 2024 bersamaan upacara kemerdekaan.', None, ['2024-08-17']),
    ('Rapat koordinasi digelar tgl 12 Februari 2024 di aula Bawaslu.', None, ['2024-02-12']),
    ('Rapat koordinasi digelar tgl. 12 Februari 2024 di aula Bawaslu.', None, ['2024-02-12']),
    ('Rapat koordinasi digelar tgl 12/2/2024 di aula Bawaslu.', None, ['2024-02-12']),
    ('Rapat koordinasi digelar tanggal 12/02/2024 di aula Bawaslu.', None, ['2024-02-12']),
    ('Pemungutan suara dilaksanakan pada hari Rabu tanggal 14 Februari 2024.', None, ['2024-02-14']),
    ('Pemungutan suara dilaksanakan pada hari Rabu, tanggal 14 Februari 2024.', None, ['2024-02-14']),
    ('Pemungutan suara digelar Rabu 14 Februari 2024 serentak di seluruh Indonesia.', None, ['2024-02-14']),
    ('Pemungutan suara digelar Rabu, 14/2/2024, serentak.', None, ['2024-02-14']),
    ('Pemungutan suara digelar Rabu (14/02/24) serentak di Banyumas.', None, ['2024-02-14']),
    ('Pemungutan suara digelar Rabu (14-2-2024) serentak di Banyumas.', None, ['2024-02-14']),
    ('Pemungutan suara digelar Rabu (14/2/2024) pukul 07.00 WIB di TPS 05.', None, ['2024-02-14']),
    ('Bupati menyampaikan hal itu di Kudus, Jumat (9/2/2024) sore.', None, ['2024-02-09']),
    ("Bupati menyampaikan hal itu di Kudus, Jum'at (9/2/2024).", None, ['2024-02-09']),
    ('Bupati menyampaikan hal itu di Kudus, Jumat(9/2/2024).', None, ['2024-02-09']),
    ('Bupati menyampaikan hal itu di Kudus, Jumat ( 9/2/2024 ).', None, ['2024-02-09']),
    ('Bupati menyampaikan hal itu di Kudus pada Jumat 9 Februari 2024.', None, ['2024-02-09']),
    ('Rapat pleno digelar pada Minggu (11/2/2024) malam.', None, ['2024-02-11']),
    ('Rapat pleno digelar pada Ahad (11/2/2024) malam.', None, ['2024-02-11']),
    ('Kegiatan itu berlangsung 1 Desember 2023 di Gedung Serbaguna.', None, ['2023-12-01']),
    ('Kegiatan itu berlangsung 01 Desember 2023 di Gedung Serbaguna.', None, ['2023-12-01']),
    ('Kegiatan itu berlangsung 1 Des 2023 di Gedung Serbaguna.', None, ['2023-12-01']),
    ('Kegiatan itu berlangsung 1 Des. 2023 di Gedung Serbaguna.', None, ['2023-12-01']),
    ('Kegiatan itu berlangsung 1 DESEMBER 2023 di Gedung Serbaguna.', None, ['2023-12-01']),
    ('Kegiatan itu berlangsung 1 Desember, 2023 di Gedung Serbaguna.', None, ['2023-12-01']),
    ('Ikrar netralitas diucapkan 5 dan 6 Oktober 2024 di dua tempat.', None, ['2024-10-05', '2024-10-06']),
    ('Pendaftaran calon dibuka 27–29 Agustus 2024.', None, ['2024-08-27']),
    ('Pendaftaran calon dibuka 27 - 29 Agustus 2024.', None, ['2024-08-27']),
    ('Pendaftaran calon dibuka tanggal 27 sampai 29 Agustus 2024.', None, ['2024-08-27']),
    ('Pendaftaran calon dibuka mulai 27 Agustus hingga 29 Agustus 2024.', None, ['2024-08-27']),
    ('Pendaftaran calon dibuka sejak 27 Agustus 2024 hingga 29 Agustus 2024.', None, ['2024-08-27']),
    ('Tahapan kampanye dimulai 25 September 2024 dan berakhir 23 November 2024.', None, ['2024-09-25', '2024-11-23']),
    ('Hal itu ia sampaikan kemarin usai apel pagi.', '2024-02-13', ['2024-02-12']),
    ('Bupati akan memimpin apel netralitas besok pagi.', '2024-02-13', ['2024-02-14']),
    ('Apel netralitas ASN digelar hari ini di halaman kantor bupati.', '2024-02-13', ['2024-02-13']),
    ('Apel netralitas digelar Senin lalu di alun-alun.', '2024-02-15', ['2024-02-12']),
    ('Apel netralitas akan digelar Senin depan di alun-alun.', '2024-02-15', ['2024-02-19']),
    ('Hal itu diungkapkan Kepala BKD pada Senin (12/2).', '2024-02-13', ['2024-02-12']),
    ('Hal itu diungkapkan Kepala BKD pada Senin (12/02).', '2024-02-13', ['2024-02-12']),
    ('Hal itu diungkapkan Kepala BKD pada Senin, 12 Februari.', '2024-02-13', ['2024-02-12']),
    ('Rapat digelar pada 30/12/2023 dan ASN diminta netral.', None, ['2023-12-30']),
    ('Temuan itu terjadi pada tanggal 5 Maret tahun 2024 sekitar pukul 10.00 pagi.', None, ['2024-03-05']),
    ('Pemungutan suara jatuh pada 27 November tahun 2024, ASN diminta netral.', None, ['2024-11-27']),
    ('Rapat digelar 14 Februari, 2.500 ASN hadir.', '2024-02-20', ['2024-02-14']),
    ('Rapat evaluasi digelar Minggu lalu di aula kantor bupati.', '2024-02-15', ['2024-02-11']),
    ('Camat itu dipanggil Bawaslu Rabu kemarin untuk diklarifikasi.', '2024-02-15', ['2024-02-14']),
    ('Kepala desa itu akan diperiksa Jumat mendatang di kantor Bawaslu.', '2024-02-15', ['2024-02-16']),
]

NO_EVENT_FORMS = [
    ('Sesuai UU Nomor 5 Tahun 2014 tentang ASN, pegawai wajib netral.', None, []),
    ('Hal itu diatur dalam PP Nomor 94 Tahun 2021 tentang Disiplin PNS.', None, []),
    ('Surat Edaran Nomor 800.1.12.4/1234/2024 meminta ASN netral.', None, []),
    ('Surat bernomor B/123/M.SM.00.00/2023 itu ditujukan kepada seluruh PPK.', None, []),
    ('Baca juga: Bupati Minta ASN Netral, Senin (12/2/2024)\nKepala BKD menegaskan larangan bagi ASN.', None, []),
    ('Apel dimulai pukul 07.30 WIB dan selesai pukul 09.00 WIB.', None, []),
    ('Selasa, 13 Februari 2024 | 10:15 WIB\nBupati meminta ASN netral.', None, []),
    ('Kamis, 15 Februari 2024 - 08:30 WIB\nBupati meminta ASN netral.', None, []),
    ('Diterbitkan: 15/02/2024 08:30\nBupati meminta ASN netral.', None, []),
    ('Pelanggaran tercatat sebanyak 12.02 persen dari total laporan.', None, []),
    ('Sebanyak 2.024 ASN mengikuti apel netralitas itu.', None, []),
    ('Nomor telepon pengaduan 0812-2024-1414 dapat dihubungi warga.', None, []),
    ('Keputusan Bersama Nomor 2 Tahun 2022 mengatur netralitas ASN.', None, []),
    ('Laporan itu tercatat dalam register 12/LP/PL/2024 di Bawaslu.', None, []),
    ('Kantor pelayanan buka Senin sampai Jumat pukul 08.00 hingga 16.00.', '2024-02-13', []),
    ('Pada tahun 2024 ada 2 kali pemilihan, pemilu dan pilkada.', None, []),
    ('Pada akhir Februari 2024 laporan itu akan diputuskan.', None, []),
    ('Paslon nomor urut 2 Agus dan Rina berkampanye di pasar, ASN diminta menjauh.', '2024-10-10', []),
    ('Cuti bersama selama 12 bulan terakhir tercatat dalam laporan BKD.', None, []),
    ('Minggu lalu Bawaslu memeriksa seorang camat yang diduga tidak netral.', '2024-02-15', []),
    ('Pelayanan dibuka dari Senin sampai Jumat, kata kepala dinas.', '2024-02-15', []),
]

MISSPELT_MONTHS = [
    ('Apel netralitas digelar 19 Agst 2024 di lapangan kantor bupati.', None, ['2024-08-19']),
    ('Surat edaran bupati terbit 12 Febuari 2024 dan meminta ASN netral.', None, ['2024-02-12']),
    ('Apel netralitas digelar 9 Septermber 2024 di halaman pendopo.', None, ['2024-09-09']),
    ('Pencoblosan digelar 27 Novenber 2024 dan ASN diminta netral.', None, ['2024-11-27']),
]


@pytest.mark.parametrize(("text", "published", "expected"), EVENT_FORMS + NO_EVENT_FORMS + MISSPELT_MONTHS)
def test_date_forms(run, text: str, published: str | None, expected: list[str]) -> None:
    assert sorted(str(d) for d in run(text, published=published).event_dates) == sorted(expected)
