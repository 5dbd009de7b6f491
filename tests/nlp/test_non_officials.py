"""Persons named beside civil servants who hold no public office give no official and no institution of their own.

Forms not in test_listed_officials.py or test_office_structures.py: observers and academics ('pengamat politik
Universitas X, Nama', 'Guru Besar ...'), monitors, civil-society groups and research centres ('Direktur LBH Padang',
'Kepala Divisi Korupsi Politik ICW', 'Direktur Riset Setara Institute', 'Kepala Pusat Studi Demokrasi'), party,
campaign and volunteer officers, candidates ('Bacalon Wali Kota', 'Balon Bupati'), lawyers, complainants, witnesses,
residents, civil servants accused without an office ('guru PNS berinisial AB', 'PNS bernama ...'), former and retired
holders ('Purnawirawan TNI Mayjen (Purn)', 'mantan Plt Kadis Pertanian, Nama').
A second list names the same kinds of people when the story gives them a public office. Stories written for this
list; all are analysed in one call. Only the institutions listed may be found: those the sentence names, not one
taken from the person's title.
"""

from __future__ import annotations

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

BAWASLU = "Badan Pengawas Pemilihan Umum"
KPU = "Komisi Pemilihan Umum"

# (text, the only institutions the text may give)
NONE: list[tuple[str, set[str]]] = [
    ('Pengamat politik Universitas Andalas, Asrinaldi, menilai ASN harus netral dalam Pilkada 2024.', set()),
    ('Menurut pengamat politik dari Universitas Hasanuddin Andi Ali Armunanto, PNS mudah ditekan atasan.', set()),
    ('Akademisi Universitas Mulawarman Budiman Chosiah mengatakan netralitas ASN sulit dijaga.', set()),
    ('Dosen Fisip Universitas Lampung Darmawan Purba menyebut birokrasi rawan dipolitisasi.', set()),
    ('Dosen Ilmu Pemerintahan Universitas Riau, Tito Handoko, meminta PNS menjauhi kampanye.', set()),
    ('Guru Besar Ilmu Politik Universitas Airlangga Prof Ramlan Surbakti menilai PNS harus netral.', set()),
    ('Guru Besar Fakultas Hukum Universitas Gadjah Mada, Prof. Zainal Arifin Mochtar, menyoroti ASN yang berkampanye.',
     set()),
    ('Pakar hukum tata negara Refly Harun menilai sanksi bagi ASN terlalu ringan.', set()),
    ('Analis politik Indonesian Political Review Ujang Komarudin menyebut ASN kerap dimobilisasi.', set()),
    ('Direktur Eksekutif Lingkar Madani Ray Rangkuti menilai ASN rawan dimobilisasi pada Pilkada 2024.', set()),
    ('Koordinator KIPP Jawa Timur Novli Thyssen meminta Bawaslu menindak PNS yang berkampanye.', {BAWASLU}),
    ('Ketua LSM Gerak Aceh Askhalani melaporkan dugaan keterlibatan ASN ke Bawaslu.', {BAWASLU}),
    ('Peneliti Perludem Fadli Ramadhanil mengatakan ASN wajib netral dalam Pemilu 2024.', set()),
    ('Direktur Eksekutif Perludem Khoirunnisa Nur Agustyati menyoroti pelanggaran netralitas PNS.', set()),
    ('Koordinator JPPR Nurlia Dian Paramita meminta PNS menjaga netralitas.', set()),
    ('Peneliti Formappi Lucius Karus menilai sanksi bagi ASN belum tegas.', set()),
    ('Ketua DPC PDIP Kabupaten Semarang Bondan Marutohening membantah menggerakkan ASN.', set()),
    ('Sekretaris DPD Golkar Jawa Tengah Bambang Hariyanto mengatakan partainya tidak melibatkan PNS.', set()),
    ('Ketua Tim Pemenangan pasangan Amanah, Suryadi, membantah melibatkan ASN dalam kampanye.', set()),
    ('Juru bicara paslon nomor urut 1, Rahmat Hidayat, menyebut ASN tidak dilibatkan.', set()),
    ('Ketua DPW PKB Jawa Timur Abdul Halim Iskandar menegaskan kadernya tidak memobilisasi ASN.', set()),
    ('Wakil Ketua DPC Partai Gerindra Kota Bogor Sopian Ali mengaku tidak mengenal PNS itu.', set()),
    ('Calon Bupati Sleman Kustini Sri Purnomo diduga didukung sejumlah ASN.', set()),
    ('Bakal calon Wali Kota Medan Rahmat Shah mengatakan tidak akan melibatkan PNS.', set()),
    ('Paslon nomor urut 2 Hendra Gunawan dan Siti Aminah berkampanye bersama sejumlah ASN.', set()),
    ('Caleg Partai Nasdem dapil Sragen 2 Sugiarto diduga melibatkan ASN dalam kampanye.', set()),
    ('Calon Gubernur Jawa Barat Ahmad Syaikhu meminta ASN netral dalam Pilkada 2024.', set()),
    ('Calon Wakil Bupati Banyumas Dimas Prasetyo berfoto bersama sejumlah PNS.', set()),
    ('Kuasa hukum terlapor, Hendra Saputra, menyatakan kliennya tidak berkampanye dan tetap netral sebagai ASN.',
     set()),
    ('Pelapor Rudi Hartanto menyerahkan bukti foto ASN yang hadir dalam kampanye ke Bawaslu.', {BAWASLU}),
    ('Saksi Ahmad Sukri mengaku melihat PNS itu membagikan stiker calon bupati.', set()),
    ('Seorang warga bernama Dedi Mulyadi melaporkan camat yang berkampanye ke Bawaslu.', {BAWASLU}),
    ('Tokoh masyarakat Desa Sukamaju, Haji Ujang Suherman, meminta ASN tidak memihak.', set()),
    ('Tokoh agama KH Maimun Zubair mengajak ASN menjaga netralitas dalam Pilkada 2024.', set()),
    ('Ketua RT 03 Kelurahan Sukajadi Wawan Setiawan mengaku melihat ASN berkampanye.', set()),
    ('Seorang guru PNS berinisial AB dilaporkan ke Bawaslu karena berkampanye di media sosial.', {BAWASLU}),
    ('Oknum ASN Dinas Pendidikan Kabupaten Bone, Andi Rahman, diperiksa Bawaslu.',
     {BAWASLU, 'Dinas Pendidikan Kabupaten Bone'}),
    ('PNS bernama Joko Susilo di Kabupaten Klaten diperiksa Bawaslu karena mengunggah dukungan.', {BAWASLU}),
    ('Seorang PNS bernama Siti Rohmah dilaporkan karena berfoto dengan calon bupati.', set()),
    ('Guru honorer Siti Aminah diperiksa Bawaslu karena berfoto dengan calon bupati.', {BAWASLU}),
    ('Aktivis antikorupsi Ahmad Hidayat melaporkan sejumlah ASN ke Bawaslu.', {BAWASLU}),
    ('Pemerhati pemilu Titi Anggraini mengatakan ASN harus netral dalam Pemilu 2024.', set()),
    ('Anggota Dewan Pembina Perludem Titi Anggraini menilai ASN rentan dipolitisasi.', set()),
    ('Direktur Pusat Studi Konstitusi Universitas Andalas Feri Amsari menyebut ASN wajib netral.', set()),
    ('Ketua Pemuda Pancasila Kabupaten Bekasi Budi Harjo meminta ASN tidak berpihak.', set()),
    ('Ketua Ormas Laskar Merah Putih Kota Medan Hasan Basri melaporkan ASN ke Bawaslu.', {BAWASLU}),
    ('Relawan pendukung paslon, Agus Salim, mengaku mengajak beberapa PNS ke kampanye.', set()),
    ('Ketua relawan Sahabat Rakyat Kota Bandung, Yudi Prasetyo, membantah melibatkan ASN.', set()),
    ('Mantan Sekda Kabupaten Garut Iman Alirahman kini maju sebagai calon bupati dan diduga didukung ASN.', set()),
    ('Koordinator aksi Forum Peduli Demokrasi, Irwan Saputra, meminta Bawaslu menindak ASN.', {BAWASLU}),
    ('Ketua Komite Independen Pemantau Pemilu Kaka Suminta menilai banyak ASN tidak netral.', set()),
    ('Direktur Eksekutif Indikator Politik Indonesia Burhanuddin Muhtadi menyebut ASN rentan dimobilisasi.', set()),
    ('Peneliti BRIN Siti Zuhro mengatakan ASN harus netral dalam Pilkada 2024.', {'Badan Riset dan Inovasi Nasional'}),
    ('Kepala sekolah swasta Yayasan Al Hikmah, Iskandar, meminta guru tidak berpolitik.', set()),
    ('Istri calon bupati, Rina Marlina, yang juga PNS di Dinas Kesehatan, diperiksa Bawaslu.', {BAWASLU}),
    ('Ketua Tim Kampanye Daerah Prabowo-Gibran Jawa Tengah Ahmad Luthfi mengatakan ASN harus netral.', set()),
    ('Pengurus DPD PKS Kota Depok Hafid Nasir membantah melibatkan ASN dalam kampanye.', set()),
    ('Ketua KNPI Kabupaten Sigi Rahmat Usman mengajak ASN menjaga netralitas.', set()),
    ('Menurut Direktur LBH Padang Indira Suryani, ASN yang berkampanye harus disanksi.', set()),
    ('Advokat Budi Santoso selaku kuasa hukum camat itu menyatakan kliennya tidak bersalah.', set()),
    ('Ketua Umum PKB Muhaimin Iskandar meminta ASN tetap netral pada Pemilu 2024.', set()),
    ('Sekjen PDI Perjuangan Hasto Kristiyanto meminta ASN tidak diintimidasi dalam Pemilu 2024.', set()),
    ('Ketua Tim Hukum paslon nomor urut 3, Arief Wibowo, melaporkan sejumlah ASN ke Bawaslu.', {BAWASLU}),
    ('Direktur LBH Padang Indira Suryani menilai ASN yang berkampanye harus disanksi.', set()),
    ('Kepala Divisi Advokasi LBH Surabaya Habibus Shalihin melaporkan ASN ke Bawaslu.', {BAWASLU}),
    ('Direktur Walhi Sumatera Barat Wengki Purwanto mengatakan PNS harus netral.', set()),
    ('Kepala Divisi Korupsi Politik ICW Egi Primayogha menilai ASN rawan dimobilisasi.', set()),
    ('Direktur PT Maju Jaya Budi Hartono membantah mengerahkan karyawan yang berstatus PNS.', set()),
    ('Direktur CV Sumber Rejeki Agus Salim mengaku kenal dengan camat itu.', set()),
    ('Ketua Yayasan Pendidikan Nusantara Ahmad Fauzi meminta guru PNS netral.', set()),
    ('Ketua PGRI Kabupaten Cirebon Abdul Karim mengingatkan guru PNS tetap netral.', set()),
    ('Ketua MUI Kabupaten Garut KH Sirojul Munir mengajak ASN menjaga netralitas.', set()),
    ('Ketua PCNU Kabupaten Jember KH Abdullah Syamsul Arifin meminta ASN netral.', set()),
    ('Ketua PD Muhammadiyah Kota Solo Subari meminta ASN tidak berpihak.', set()),
    ('Ketua Apdesi Kabupaten Bogor Sarifudin mengatakan kepala desa akan netral.', set()),
    ('Ketua PWI Provinsi Riau Zulmansyah Sekedang meminta wartawan ikut mengawasi ASN.', set()),
    ('Ketua Umum PB HMI Raihan Ariatama meminta ASN netral dalam Pemilu 2024.', set()),
    ('Ketua GMNI Cabang Kupang Yohanes Tuka melaporkan camat ke Bawaslu.', {BAWASLU}),
    ('Ketua Bidang Hukum DPP Partai Demokrat Didik Mukrianto meminta ASN netral.', set()),
    ('Ketua Dewan Pengurus Wilayah PPP Jawa Barat Pepep Saeful Hidayat mengaku tidak melibatkan ASN.', set()),
    ('Ketua Badan Pemenangan Pemilu DPD Gerindra Sulsel Idris Manggabarani membantah memobilisasi ASN.', set()),
    ('Koordinator Divisi Advokasi KIPP Sumut Rahmad Hidayat melaporkan lurah ke Bawaslu.', {BAWASLU}),
    ('Sekretaris LSM Gempar Kabupaten Bone Andi Irwan melaporkan Kepala Desa ke Bawaslu.', {BAWASLU}),
    ('Ketua Umum Forum Honorer Indonesia Hasbi meminta honorer tidak dimobilisasi.', set()),
    ('Ketua Forum Kerukunan Umat Beragama Kota Bekasi Abdul Manan mengajak ASN menjaga netralitas.', set()),
    ('Ketua Karang Taruna Desa Sukamaju, Dedi Kurniawan, melaporkan kepala desa ke Bawaslu.', {BAWASLU}),
    ('Ketua BEM Universitas Sriwijaya Rahmat Farizal menyoroti keterlibatan ASN dalam kampanye.', set()),
    ('Dekan Fisip Universitas Jember Hadi Prayitno menilai netralitas ASN penting.', {'Universitas Jember'}),
    ('Ketua Program Studi Ilmu Politik Universitas Andalas, Aidinil Zetra, mengatakan ASN harus netral.', set()),
    ('Kepala Pusat Studi Pemilu Universitas Lampung, Robi Cahyadi, menilai ASN harus netral.', set()),
    ('Ketua Tim Advokasi paslon nomor urut 2, Hendra Wijaya, melaporkan Sekda ke Bawaslu.', {BAWASLU}),
    ('Wakil Ketua Tim Kampanye Nasional Anies-Muhaimin Hermawi Taslim meminta ASN netral.', set()),
    ('Sekretaris Tim Pemenangan Daerah Ahmad-Budi Rudi Setiawan membantah melibatkan ASN.', set()),
    ('Calon anggota DPRD Kabupaten Bantul dari Partai Golkar, Agus Prasetyo, diduga didukung PNS.',
     {'Dewan Perwakilan Rakyat Daerah Kabupaten Bantul'}),
    ('Caleg DPR RI dapil Jateng I Budi Santoso diduga melibatkan ASN.', {'Dewan Perwakilan Rakyat Republik Indonesia'}),
    ('Calon Wali Kota Semarang nomor urut 1, Yoyok Sukawi, berfoto dengan lurah.', set()),
    ('Kandidat Bupati Pati Sudewo berkampanye dihadiri sejumlah kepala desa.', set()),
    ('Bakal calon Bupati Klaten Hamenang Wajar Ismoyo mendaftar ke KPU.', {KPU}),
    ('Tersangka Andi Wijaya, oknum PNS di Kabupaten Maros, ditahan karena politik uang.', set()),
    ('Terlapor Siti Nurjanah, seorang guru PNS, diperiksa Bawaslu.', {BAWASLU}),
    ('Terlapor berinisial HS, seorang ASN di Dinas Kesehatan, diperiksa Bawaslu.', {BAWASLU}),
    ('Pelapor, Ahmad Syarif, warga Desa Sukamaju, melaporkan kepala desa ke Bawaslu.', {BAWASLU}),
    ('Warga Kelurahan Sukajadi, Budi Santoso, mengaku melihat lurah berkampanye.', set()),
    ('Ketua RW 05 Kelurahan Sukajadi Yanto mengaku diminta mendata pemilih oleh lurah.', set()),
    ('Tokoh pemuda Kecamatan Ciawi Rudi Hartono melaporkan camat ke Bawaslu.', {BAWASLU}),
    ('Ustaz Abdul Somad mengajak ASN menjaga netralitas dalam Pilkada 2024.', set()),
    ('Budayawan Sujiwo Tejo menyindir ASN yang tidak netral.', set()),
    ('Mantan Ketua Bawaslu RI Abhan menilai ASN masih banyak tidak netral.', {BAWASLU}),
    ('Mantan Bupati Klaten Sri Mulyani diduga menggerakkan ASN.', set()),
    ('Eks Kepala Dinas Pendidikan Kabupaten Bone Andi Baso diduga berkampanye.', {'Dinas Pendidikan Kabupaten Bone'}),
    ('Mantan Wali Kota Makassar Danny Pomanto yang kini calon gubernur didukung sejumlah ASN.', set()),
    ('Advokat senior Hotman Paris Hutapea menyebut ASN harus netral.', set()),
    ('Ahli hukum pidana Universitas Trisakti Abdul Fickar Hadjar menilai ASN bisa dipidana.', set()),
    ('Peneliti senior LIPI Siti Zuhro mengatakan ASN harus netral.', set()),
    ('Calon Wakil Gubernur Jateng Taj Yasin berfoto dengan sejumlah PNS.', set()),
    ('Wakil Ketua DPD Partai Demokrat Jawa Timur Sri Sajekti Sudjunadi membantah melibatkan ASN.', set()),
    ('Bendahara DPC PKB Kabupaten Jepara Ahmad Sholeh mengaku tak tahu soal ASN itu.', set()),
    ('Direktur Eksekutif Kemitraan Laode M Syarif menyebut ASN rentan dimobilisasi.', set()),
    ('Koordinator Nasional JPPR Alwan Ola Riantoby menilai ASN harus netral.', set()),
    ('Menurut pengamat kebijakan publik Trubus Rahadiansyah, ASN yang tidak netral harus dihukum.', set()),
    ('Sementara itu, pengamat pemerintahan dari Universitas Diponegoro, Teguh Yuwono, menyebut ASN rentan.', set()),
    ('Direktur Eksekutif Parameter Politik Indonesia Adi Prayitno menilai ASN harus netral.', set()),
    ('Direktur Eksekutif Lembaga Survei Indonesia Djayadi Hanan menyebut ASN rentan dipolitisasi.', set()),
    ('Direktur Riset Setara Institute Halili Hasan menilai ASN harus netral.', set()),
    ('Ketua Divisi Hukum LSM Garda Nusantara, Rudi Hartono, melaporkan kepala desa ke Bawaslu.', {BAWASLU}),
    ('Sekretaris Jenderal KIPP Indonesia Kaka Suminta menilai ASN masih tidak netral.', set()),
    ('Koordinator Komite Pemantau Legislatif Lucius Karus menilai ASN harus netral.', set()),
    ('Kepala Divisi Hukum KontraS Andi Muhammad Rezaldy menilai intimidasi terhadap ASN harus dihentikan.', set()),
    ('Direktur Eksekutif Walhi Jawa Timur Wahyu Eka Setyawan menilai PNS tidak boleh dikerahkan.', set()),
    ('Kepala Bidang Advokasi YLBHI Muhammad Isnur menyebut ASN harus dilindungi.', set()),
    ('Ketua Umum Yayasan Lembaga Konsumen Indonesia Tulus Abadi menilai ASN harus netral.', set()),
    ('Direktur Utama PT Sinar Jaya Ahmad Fauzi membantah memobilisasi karyawannya.', set()),
    ('Kepala Cabang PT Bank Maju Rina Wati mengaku tidak terlibat kampanye.', set()),
    ('Ketua DPC Partai Hanura Kabupaten Kendal Budi Santoso menyatakan akan melaporkan ASN.', set()),
    ("Ketua Bappilu DPD Partai Demokrat Sulsel Ni'matullah membantah melibatkan ASN.", set()),
    ('Ketua Tim Pemenangan Daerah paslon Amanah Kabupaten Bone, Andi Rahman, membantah melibatkan ASN.', set()),
    ('Koordinator Relawan Sahabat Ganjar Kota Semarang Hendra Wijaya membantah melibatkan PNS.', set()),
    ('Calon Bupati Kendal nomor urut 2, Dyah Kartika Permanasari, berkampanye di hadapan kepala desa.', set()),
    ('Pasangan calon Bupati dan Wakil Bupati Sleman Harda Kiswaya dan Danang Maharsa berkampanye.', set()),
    ('Pasangan calon nomor urut 1 Andi Harun dan Saefuddin Zuhri mendaftar ke KPU.', {KPU}),
    ('Kuasa hukum camat, Budi Santoso SH, menyatakan kliennya tidak bersalah.', set()),
    ('Penasihat hukum terlapor, Andi Wijaya, menyebut tuduhan itu tidak berdasar.', set()),
    ('Pengacara kepala desa, Hendra Saputra, menyebut kliennya tidak berkampanye.', set()),
    ('Pelapor atas nama Ahmad Syarif melaporkan ASN ke Bawaslu.', {BAWASLU}),
    ('Laporan disampaikan oleh Ahmad Syarif, warga Desa Sukamaju, ke Bawaslu.', {BAWASLU}),
    ('Saksi ahli hukum tata negara Universitas Indonesia Bivitri Susanti menilai ASN harus netral.', set()),
    ('Seorang ibu rumah tangga, Siti Aminah, mengaku diminta camat memilih paslon tertentu.', set()),
    ('Tokoh adat Dayak Kabupaten Sintang Jeffray Edward meminta ASN netral.', set()),
    ('Pemuka agama Katolik Romo Benny Susetyo mengajak ASN menjaga netralitas.', set()),
    ('Ketua RT 02 RW 05 Kelurahan Sukajadi, Wawan, mengaku didatangi lurah.', set()),
    ('Ketua Pokmas Desa Sukamaju Dedi mengaku didatangi kepala desa.', set()),
    ('Guru PNS di SDN 1 Sukamaju berinisial AB diperiksa Bawaslu.', {BAWASLU}),
    ('Oknum ASN berinisial RS yang bertugas di Dinas Kesehatan Kabupaten Bone diperiksa Bawaslu.',
     {BAWASLU, 'Dinas Kesehatan Kabupaten Bone'}),
    ('Seorang PNS Pemkab Bone bernama Andi Rahman dilaporkan karena berkampanye.', {'Pemerintah Kabupaten Bone'}),
    ('ASN bernama Siti Nurjanah yang bekerja di Kantor Kecamatan Ciawi dilaporkan ke Bawaslu.', {BAWASLU}),
    ('PNS Dinas Pertanian Kabupaten Bone, Andi Rahman, diduga berkampanye untuk calon bupati.',
     {'Dinas Pertanian Kabupaten Bone'}),
    ('Staf Dinas Pendidikan Kabupaten Bone, Andi Rahman, diduga berkampanye.', {'Dinas Pendidikan Kabupaten Bone'}),
    ('Pegawai Kantor Camat Ciawi, Rudi Hartono, diperiksa Bawaslu karena berkampanye.', {BAWASLU}),
    ('Honorer Dinas Kesehatan Kabupaten Bone, Andi Rahman, diperiksa Bawaslu.',
     {BAWASLU, 'Dinas Kesehatan Kabupaten Bone'}),
    ('Seorang bidan desa berstatus PNS, Siti Aminah, diperiksa Bawaslu.', {BAWASLU}),
    ('Perangkat Desa Sukamaju berinisial AS diperiksa Bawaslu.', {BAWASLU}),
    ('Kaur Desa Sukamaju, Andi Rahman, diperiksa Bawaslu karena berkampanye.', {BAWASLU}),
    ('Mantan Kepala Desa Sukamaju Andi Rahman kini menjadi tim sukses calon bupati.', set()),
    ('Pensiunan PNS Kabupaten Bone Andi Rahman mengaku diajak berkampanye.', set()),
    ('Ketua TP PKK Kabupaten Sleman Rina Wati mengajak ASN netral.', set()),
    ('Ketua Dharma Wanita Persatuan Kabupaten Bone Andi Rahmawati mengajak ASN netral.', set()),
    ('Ketua Panitia Deklarasi Damai, Budi Santoso, mengundang seluruh ASN.', set()),
    ('Ketua Panitia Pelaksana, Budi Santoso, dalam sambutannya meminta ASN netral.', set()),
    ('Moderator diskusi, Siti Aminah, membuka acara sosialisasi netralitas ASN.', set()),
    ('Pembawa acara Rina Wati membuka sosialisasi netralitas ASN.', set()),
    ('Narasumber dari Universitas Hasanuddin, Prof Andi Rahman, menjelaskan netralitas ASN.', set()),
    ('Wartawan Tribun Andi Rahman melaporkan dari kantor Bawaslu.', {BAWASLU}),
    ('Editor: Budi Santoso', set()),
    ('Penulis: Siti Aminah | Editor: Rina Wati', set()),
    ('Direktur Program Indonesian Legal Roundtable, Budi Santoso, menilai ASN harus netral.', set()),
    ('Kepala Divisi Riset Lembaga Survei Indonesia Rina Wati menyebut ASN rawan dimobilisasi.', set()),
    ('Peneliti Pusat Kajian Politik Universitas Indonesia Aditya Perdana menilai ASN harus netral.', set()),
    ('Kepala Bidang Advokasi LSM Gempar Andi Irwan melaporkan lurah ke Bawaslu.', {BAWASLU}),
    ('Koordinator Divisi Pengawasan LSM Pemantau Pemilu Budi Santoso melapor ke Bawaslu.', {BAWASLU}),
    ('Kepala Humas Yayasan Pendidikan Nusantara Rina Wati membantah guru berkampanye.', set()),
    ('Kepala Divisi Hukum Partai Golkar Jawa Tengah Budi Santoso membantah melibatkan ASN.', set()),
    ('Direktur Hukum Tim Kampanye Nasional Budi Santoso melapor ke Bawaslu.', {BAWASLU}),
    ('Kepala Divisi Advokasi Relawan Ganjar Budi Santoso membantah melibatkan ASN.', set()),
    # a research centre's or study group's head ('Pusat Studi', 'Lembaga Kajian'), not an office
    ('Kepala Pusat Studi Demokrasi Universitas Padjadjaran Caroline Paskarina menilai ASN harus netral.', set()),
    ('Direktur Lembaga Kajian Demokrasi Budi Santoso menilai ASN harus netral.', set()),
    ('Kepala Pusat Kajian Kebijakan Publik Budi Santoso menilai ASN harus netral.', set()),
    ('Direktur Pusat Studi Hukum dan Kebijakan Budi Santoso menilai ASN harus netral.', set()),
    # retired officers hold no office ('Purnawirawan', 'pensiunan' before the title)
    ('Purnawirawan TNI Mayjen (Purn) Soenarko mengajak ASN netral.', {'Tentara Nasional Indonesia'}),
    ('Purnawirawan Polri Irjen Pol (Purn) Anton Charliyan mengajak ASN netral.',
     {'Kepolisian Negara Republik Indonesia'}),
    ('Pensiunan Polri Kombes Pol (Purn) Budi Santoso ikut berkampanye bersama ASN.',
     {'Kepolisian Negara Republik Indonesia'}),
    # a former holder of an office the registry cannot name, or of an interim one written without the head's title
    ('Mantan Plt Kadis Pertanian, Khoiri, disebut mengoordinasi para kepala desa di Banyuwangi.', set()),
    ('Mantan Kepala Seksi Pemerintahan Kecamatan Ciawi, Budi Santoso, diduga menjadi tim sukses.', {'Kecamatan Ciawi'}),
    ('Nama mantan Pelaksana Tugas (PLT) Dinas Pertanian, Khoiri, disebut mengoordinasi kepala desa di Banyuwangi.',
     {'Dinas Pertanian Kabupaten Banyuwangi'}),
    ('Eks Plt Kesbangpol Bungo, Zainadi, diperiksa Bawaslu.',
     {BAWASLU, 'Badan Kesatuan Bangsa dan Politik Kabupaten Bungo'}),
    # 'bakal calon' written short
    ('Bacalon Wali Kota Bekasi Tri Adhianto mendatangi kantor KPU.', {KPU}),
    ('Balon Bupati Bone Andi Rahman mendaftar ke partai.', set()),
]

# (text, name, agency) of a person who does hold an office the text names
HELD: list[tuple[str, str, str]] = [
    ('Calon petahana Bupati Sleman Kustini Sri Purnomo meminta ASN tetap netral.', 'Kustini Sri Purnomo',
     'Pemerintah Kabupaten Sleman'),
    ('Bupati Sleman Kustini Sri Purnomo yang juga calon petahana meminta ASN tetap netral.', 'Kustini Sri Purnomo',
     'Pemerintah Kabupaten Sleman'),
    ('Calon Gubernur Sumatera Utara, Bobby Nasution, yang juga Wali Kota Medan meminta ASN netral.', 'Bobby Nasution',
     'Pemerintah Kota Medan'),
    ('Kades Sukamaju Asep yang menjadi tim sukses caleg Partai Golkar Hendra Wijaya diperiksa Bawaslu.', 'Asep',
     'Desa Sukamaju'),
    ('Ketua Korpri Kabupaten Sleman Harda Kiswaya meminta ASN netral.', 'Harda Kiswaya',
     'Dewan Pengurus Korpri Kabupaten Sleman'),
    ('Pengamat politik Universitas Padjadjaran Firman Manan mengatakan Bupati Bandung Dadang Supriatna harus menjaga '
     'ASN.', 'Dadang Supriatna', 'Pemerintah Kabupaten Bandung'),
    ('Direktur Pengawasan BKN Afriyani Haryanti mengingatkan ASN netral.', 'Afriyani Haryanti',
     'Badan Kepegawaian Negara'),
    ('Kepala Bidang Pengadaan BKPSDM Kabupaten Klaten Sri Wahyuni mengingatkan ASN netral.', 'Sri Wahyuni',
     'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Klaten'),
    ('Direktur RSUD Kota Bekasi Kusnanto Saidi meminta ASN rumah sakit netral.', 'Kusnanto Saidi', 'RSUD Bekasi'),
    ('Rektor Universitas Islam Negeri Jakarta Asep Saepudin Jahar meminta dosen ASN netral.', 'Asep Saepudin Jahar',
     'Universitas Islam Negeri Syarif Hidayatullah Jakarta'),
    ('Kepala Divisi Hukum Bawaslu Kota Bekasi Budi Santoso meminta ASN netral.', 'Budi Santoso',
     'Bawaslu Kota Bekasi'),
    ('Kepala Pusat Penerangan Kemendagri Benni Irwan meminta ASN netral.', 'Benni Irwan',
     'Kementerian Dalam Negeri'),
    ('Plt Dinas Pertanian, Khoiri, mengingatkan ASN netral di Banyuwangi.', 'Khoiri',
     'Dinas Pertanian Kabupaten Banyuwangi'),
    ('Plt Kadis Pertanian, Khoiri, mengingatkan ASN netral di Banyuwangi.', 'Khoiri',
     'Dinas Pertanian Kabupaten Banyuwangi'),
    ('Mayjen TNI (Purn) Hassanudin selaku Pj Gubernur NTB mengingatkan ASN netral.', 'Hassanudin',
     'Pemerintah Provinsi Nusa Tenggara Barat'),
]


def _analyse(texts: list[str]) -> list:
    arts = [Article(article_id=str(k), url=f"https://example.test/{k}", source_id="test", title=None,
                    published_at=None, published_date=None, author=None, text=text, source_province=None)
            for k, text in enumerate(texts)]
    return list(analyse(arts))


@pytest.fixture(scope="module")
def analysed(nlp) -> list:
    return _analyse([t for t, _ in NONE])


@pytest.fixture(scope="module")
def analysed_held(nlp) -> list:
    return _analyse([t for t, _, _ in HELD])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[p[0][:48] for p in NONE])
def test_person_without_office_gives_no_official(analysed: list, k: int) -> None:
    result = analysed[k]
    assert [o.name for o in result.officials] == []
    assert {m.agency for m in result.agencies} <= NONE[k][1]


@pytest.mark.parametrize("k", range(len(HELD)), ids=[p[0][:48] for p in HELD])
def test_person_with_office_is_its_holder(analysed_held: list, k: int) -> None:
    _, name, agency = HELD[k]
    found = {o.name: o.agency for o in analysed_held[k].officials}
    assert found.get(name) == agency, found
