"""Officials named in the lists regional news prints of those at a ceremony, an apel, a rakor or a declaration:
"dihadiri oleh", "Hadir pula", "Turut hadir", "Tampak hadir", "antara lain", "di antaranya", "yakni", "masing-masing",
semicolons, numbered and bulleted lines, titles in brackets or after the name ("selaku", a comma), offices of small
places (Camat, Lurah, Kepala Desa) one after another, the last item joined by "dan", "serta" or "beserta". Every
official listed is found, named as the gold names people (as written minus titles, ranks and honorifics);
candidates, community and religious figures, academics and reporters listed with them are not officials. One text
per form, in our own words, so that a form once covered stays covered."""

from __future__ import annotations

import pytest

OPENING = "Apel netralitas ASN jelang Pilkada 2024 digelar di halaman kantor bupati, Senin (7/10/2024). "

# (the list as a story prints it, the officials it names, people listed with them who hold no office)
LISTS = [
    (OPENING + 'Apel dihadiri oleh Wakil Bupati Sleman, Danang Maharsa, Sekda Sleman, Harda Kiswaya, Kapolres '
     'Sleman AKBP Yuswanto Ardi dan Dandim 0732/Sleman Letkol Inf Mahmud Yunus.',
     ['Danang Maharsa', 'Harda Kiswaya', 'Yuswanto Ardi', 'Mahmud Yunus'], []),
    (OPENING + 'Hadir pula Ketua DPRD Kabupaten Klaten Hamenang Wajar Ismoyo, Kapolres Klaten AKBP Warsono, '
     'serta Kajari Klaten Rudy Kurniawan.',
     ['Hamenang Wajar Ismoyo', 'Warsono', 'Rudy Kurniawan'], []),
    (OPENING + 'Turut hadir Ketua Bawaslu Kabupaten Bantul Didik Joko Nugroho, Ketua KPU Bantul Joko Santosa dan '
     'Kepala BKPSDM Bantul Istirul Widilastuti.',
     ['Didik Joko Nugroho', 'Joko Santosa', 'Istirul Widilastuti'], []),
    (OPENING + 'Tampak hadir Sekda Kota Magelang Hamzah Setiawan, Kepala Inspektorat Kota Magelang Larsita, dan '
     'Kapolres Magelang Kota AKBP Yolanda Evalyn Sebayang.',
     ['Hamzah Setiawan', 'Larsita', 'Yolanda Evalyn Sebayang'], []),
    (OPENING + 'Rakor tersebut dihadiri sejumlah pejabat, antara lain Kepala Kesbangpol Kabupaten Purworejo Budi '
     'Wibowo, Kepala BKPSDM Purworejo Sri Widodo dan Inspektur Kabupaten Purworejo Agus Ari Setiyadi.',
     ['Budi Wibowo', 'Sri Widodo', 'Agus Ari Setiyadi'], []),
    (OPENING + 'Deklarasi diikuti para pimpinan OPD, di antaranya Kepala Dinas Pendidikan Kabupaten Kendal Wahyu '
     'Yusuf Akhmadi, Kepala Dinas Kesehatan Kendal Ferinando Rad Bonay dan Camat Weleri Joko Susanto.',
     ['Wahyu Yusuf Akhmadi', 'Ferinando Rad Bonay', 'Joko Susanto'], []),
    (OPENING + 'Kegiatan dihadiri unsur Forkopimda, yakni Bupati Banyumas Achmad Husein, Kapolresta Banyumas '
     'Kombes Pol Edy Suranta Sitepu dan Dandim 0701/Banyumas Letkol Inf Pujiono.',
     ['Achmad Husein', 'Edy Suranta Sitepu', 'Pujiono'], []),
    (OPENING + 'Hadir dalam kegiatan itu Ketua Bawaslu Kota Semarang, Arief Rahman; Ketua KPU Kota Semarang, '
     'Henry Casandra Gultom; serta Sekda Kota Semarang, Iswar Aminuddin.',
     ['Arief Rahman', 'Henry Casandra Gultom', 'Iswar Aminuddin'], []),
    (OPENING + 'Narasumber kegiatan tersebut masing-masing Ketua Bawaslu Provinsi Jawa Tengah Muhammad Amin dan '
     'Kepala BKD Provinsi Jawa Tengah Ahmad Luthfi.',
     ['Muhammad Amin', 'Ahmad Luthfi'], []),
    (OPENING + 'Acara dihadiri Suyanto Hadi (Camat Gamping), Sri Lestari (Lurah Ambarketawang) dan Bambang '
     'Wiyono (Kapolsek Gamping).',
     ['Suyanto Hadi', 'Sri Lestari', 'Bambang Wiyono'], []),
    (OPENING + 'Turut hadir Agus Santoso, Kepala Dinas Sosial Kabupaten Tegal, dan Ratna Dewi, Kepala Bappeda '
     'Kabupaten Tegal.',
     ['Agus Santoso', 'Ratna Dewi'], []),
    (OPENING + 'Hadir pula Sekda Kabupaten Garut Nurdin Yana, tokoh masyarakat Garut Ahmad Dahlan, serta Ketua '
     'Bawaslu Garut Ahmad Nurul Syahid.',
     ['Nurdin Yana', 'Ahmad Nurul Syahid'], ['Ahmad Dahlan']),
    (OPENING + 'Apel dihadiri Wakil Wali Kota Bogor Dedie A Rachim, Kapolresta Bogor Kota Kombes Pol Bismo Teguh '
     'Prakoso, Dandim 0606/Kota Bogor Kolonel Inf Ali Akhwan, Ketua DPRD Kota Bogor Atang Trisnanto '
     'serta Ketua KPU Kota Bogor Samsudin.',
     ['Dedie A Rachim', 'Bismo Teguh Prakoso', 'Ali Akhwan', 'Atang Trisnanto', 'Samsudin'], []),
    (OPENING + 'Hadir juga Pj Bupati Batang Lani Dwi Rejeki, Sekda Batang Achmad Taufiq dan Ketua Bawaslu Batang '
     'Bambang Budi Purwono.',
     ['Lani Dwi Rejeki', 'Achmad Taufiq', 'Bambang Budi Purwono'], []),
    (OPENING + 'Turut hadir dalam apel tersebut Kajari Pati Dwi Sasongko, Ketua Pengadilan Negeri Pati Dwi '
     'Hananta, dan Kepala Kantor Kemenag Pati Ahmad Syaiku.',
     ['Dwi Sasongko', 'Dwi Hananta', 'Ahmad Syaiku'], []),
    (OPENING + 'Pembicara dalam sosialisasi itu antara lain Kepala BKPSDM Kabupaten Sragen Dwi Sigit Kartanto '
     'dan Ketua Bawaslu Sragen Dwi Budhi Prasetya.',
     ['Dwi Sigit Kartanto', 'Dwi Budhi Prasetya'], []),
    (OPENING + 'Deklarasi ditandatangani oleh Pj Wali Kota Tegal Dadang Somantri, Sekda Kota Tegal Agus Dwi '
     'Sulistyantono dan Ketua DPRD Kota Tegal Kusnendro.',
     ['Dadang Somantri', 'Agus Dwi Sulistyantono', 'Kusnendro'], []),
    (OPENING + 'Hadir pula Kepala Dinas Pendidikan Provinsi Banten Tabrani; Kepala BKD Provinsi Banten Nana '
     'Supiana; dan Inspektur Provinsi Banten Muhtarom.',
     ['Tabrani', 'Nana Supiana', 'Muhtarom'], []),
    (OPENING + 'Sosialisasi dihadiri para camat dan lurah, di antaranya Camat Ngaliyan Ade Bhakti dan Lurah '
     'Tambakaji Suharno.',
     ['Ade Bhakti', 'Suharno'], []),
    (OPENING + 'Turut hadir Kapolres Wonogiri AKBP Jarot Sungkowo, Dandim 0728/Wonogiri Letkol Inf Edi Rinawan, '
     'dan wartawan Suara Wonogiri Joko Pramono.',
     ['Jarot Sungkowo', 'Edi Rinawan'], ['Joko Pramono']),
    (OPENING + 'Hadir dalam deklarasi itu calon bupati Heru Santoso, calon wakil bupati Dimas Aditya, dan Ketua '
     'KPU Kabupaten Rembang Ahmad Fauzan.',
     ['Ahmad Fauzan'], ['Heru Santoso', 'Dimas Aditya']),
    (OPENING + 'Apel juga dihadiri Asisten I Setda Kabupaten Boyolali Insan Adi Asmono, Kepala Satpol PP '
     'Boyolali Tri Joko Mulyono dan Kepala Dinas Kominfo Boyolali Ardhana Ilman.',
     ['Insan Adi Asmono', 'Tri Joko Mulyono', 'Ardhana Ilman'], []),
    (OPENING + 'Rakor dihadiri oleh Gubernur Sulawesi Selatan, Andi Sudirman Sulaiman, Kapolda Sulsel Irjen Pol '
     'Yudhiawan Wibisono, serta Pangdam XIV/Hasanuddin Mayjen TNI Bobby Rinal Makmun.',
     ['Andi Sudirman Sulaiman', 'Yudhiawan Wibisono', 'Bobby Rinal Makmun'], []),
    (OPENING + 'Turut hadir Wakil Ketua DPRD Kabupaten Gowa Muh Faisal dan Kepala Kesbangpol Gowa Andi Sura '
     'Suallang.',
     ['Muh Faisal', 'Andi Sura Suallang'], []),
    (OPENING + 'Hadir Kapolres Maros AKBP Douglas Mahendrajaya, Dandim 1422/Maros Letkol Inf Budi Karyanto, '
     'Kajari Maros Zulkarnaen, Ketua PN Maros Andi Ansyar serta Ketua Bawaslu Maros Sufirman.',
     ['Douglas Mahendrajaya', 'Budi Karyanto', 'Zulkarnaen', 'Andi Ansyar', 'Sufirman'], []),
    (OPENING + 'Pejabat yang hadir yakni Sekda Kabupaten Jember Hadi Sasmito, Kepala BKPSDM Jember Sukowinarno, '
     'dan Kepala Inspektorat Jember Ratno Cahyadi Sembodo.',
     ['Hadi Sasmito', 'Sukowinarno', 'Ratno Cahyadi Sembodo'], []),
    (OPENING + 'Deklarasi diikuti oleh Kepala Desa Sukamaju Dadang Suherman, Kepala Desa Cibodas Ujang Rahmat '
     'serta Ketua BPD Sukamaju Asep Saepudin.',
     ['Dadang Suherman', 'Ujang Rahmat'], []),
    (OPENING + 'Turut hadir Bupati Lumajang Thoriqul Haq dan Wakil Bupati Lumajang Indah Amperawati.',
     ['Thoriqul Haq', 'Indah Amperawati'], []),
    (OPENING + 'Hadir pula Wakil Bupati Sumedang Erwan Setiawan beserta Sekda Sumedang Herman Suryatman.',
     ['Erwan Setiawan', 'Herman Suryatman'], []),
    (OPENING + 'Tampak hadir Kapolres Cianjur AKBP Aszhari Kurniawan, S.I.K., M.H., Dandim 0608/Cianjur Letkol '
     'Arm Dani Samsul, S.E., dan Sekda Cianjur Cecep S Alamsyah, S.Sos.',
     ['Aszhari Kurniawan', 'Dani Samsul', 'Cecep S Alamsyah'], []),
    (OPENING + 'Hadir pada kesempatan itu Kepala Dinas Kesehatan Kota Kediri Fauzan Adima dan Kepala Dinas '
     'Pendidikan Kota Kediri Anang Kurniawan.',
     ['Fauzan Adima', 'Anang Kurniawan'], []),
    (OPENING + 'Kegiatan ini dihadiri oleh Pj Sekda Kabupaten Bekasi Dedy Supriyadi serta Asisten Pemerintahan '
     'Setda Bekasi Ani Gustini.',
     ['Dedy Supriyadi', 'Ani Gustini'], []),
    (OPENING + 'Turut hadir Ketua Bawaslu Kabupaten Kudus, Moh Wahibul Minan, Ketua KPU Kudus, Ahmad Rasyid '
     'Hidayat, dan Kepala BKPP Kudus, Dwi Yusi Sasmito.',
     ['Moh Wahibul Minan', 'Ahmad Rasyid Hidayat', 'Dwi Yusi Sasmito'], []),
    (OPENING + 'Sosialisasi menghadirkan tiga narasumber, yaitu Ketua Bawaslu Kota Depok Luli Barlini, Kepala '
     'BKPSDM Kota Depok Supian Suri, dan akademisi Universitas Indonesia Aditya Perdana.',
     ['Luli Barlini', 'Supian Suri'], ['Aditya Perdana']),
    (OPENING + 'Hadir pula Kapolsek Bantul Kompol Suharno, Danramil Bantul Kapten Inf Sugiyono, dan Camat Bantul '
     'Anton Yulianto.',
     ['Suharno', 'Sugiyono', 'Anton Yulianto'], []),
    (OPENING + 'Ikrar dibacakan oleh Kepala Dinas Perhubungan Kabupaten Pemalang Sugiyanto dan diikuti seluruh '
     'ASN. Hadir juga Sekda Pemalang Heriyanto.',
     ['Sugiyanto', 'Heriyanto'], []),
    (OPENING + 'Turut hadir Ketua DPRD Kabupaten Karanganyar Bagus Selo, Kajari Karanganyar Dedy Irwan '
     'Virantama, Ketua PN Karanganyar Heri Sutanto, serta tokoh agama KH Abdul Karim.',
     ['Bagus Selo', 'Dedy Irwan Virantama', 'Heri Sutanto'], ['Abdul Karim']),
    (OPENING + 'Dalam apel itu hadir Bupati Kebumen Arif Sugiyanto, Wakil Bupati Kebumen Ristawati Purwaningsih, '
     'dan Sekda Kebumen Edi Rianto.',
     ['Arif Sugiyanto', 'Ristawati Purwaningsih', 'Edi Rianto'], []),
    (OPENING + 'Kegiatan ini dihadiri Forkopimda Kabupaten Blora di antaranya Bupati Blora Arief Rohman, '
     'Kapolres Blora AKBP Wawan Andi Susanto dan Dandim 0721/Blora Letkol Czi Jarot Suprihanto.',
     ['Arief Rohman', 'Wawan Andi Susanto', 'Jarot Suprihanto'], []),
    (OPENING + 'Hadir Kepala Dinas Sosial Provinsi Lampung Aswarodi, Kepala Dinas Kominfo Lampung Ganjar '
     'Jationo, dan Karo Pemerintahan Setda Provinsi Lampung Bayana.',
     ['Aswarodi', 'Ganjar Jationo', 'Bayana'], []),
    (OPENING + 'Turut hadir Wali Kota Batu Dewanti Rumpoko serta Wakil Wali Kota Batu Punjul Santoso.',
     ['Dewanti Rumpoko', 'Punjul Santoso'], []),
    (OPENING + 'Hadir dalam rakor tersebut Kepala Kanwil Kemenag Jawa Tengah Mustain Ahmad dan Kepala Kantor '
     'Kemenag Kota Surakarta Hidayat Maskur.',
     ['Mustain Ahmad', 'Hidayat Maskur'], []),
    (OPENING + 'Peserta rakor adalah Kepala Dinas Pendidikan Kabupaten Sukoharjo Warsini, Kepala Dinas Kesehatan '
     'Sukoharjo Tri Tuti Rahayu, dan seluruh camat.',
     ['Warsini', 'Tri Tuti Rahayu'], []),
    (OPENING + 'Hadir pula para Kepala OPD, antara lain Kadisdik Kota Bandung Hikmat Ginanjar, Kadinkes Kota '
     'Bandung Anhar Hadian dan Kasatpol PP Kota Bandung Rasdian Setiadi.',
     ['Hikmat Ginanjar', 'Anhar Hadian', 'Rasdian Setiadi'], []),
    (OPENING + 'Turut hadir dalam acara tersebut, Kepala Kesbangpol Kabupaten Sidoarjo, Mochamad Arifin, dan '
     'Kepala BKD Sidoarjo, Budi Basuki.',
     ['Mochamad Arifin', 'Budi Basuki'], []),
    (OPENING + 'Hadir juga anggota DPRD Kabupaten Tuban Tri Astuti dan Wakil Ketua DPRD Tuban Karsono.',
     ['Tri Astuti', 'Karsono'], []),
    (OPENING + 'Pengucapan ikrar dipimpin Sekda Kabupaten Jepara Edy Sujatmiko dan disaksikan Ketua Bawaslu '
     'Jepara Sujiantoko serta Ketua KPU Jepara Muhammadun.',
     ['Edy Sujatmiko', 'Sujiantoko', 'Muhammadun'], []),
    (OPENING + 'Turut hadir Komisioner Bawaslu Kabupaten Grobogan Agus Purnomo dan Anggota KPU Grobogan Siti '
     'Maesaroh.',
     ['Agus Purnomo', 'Siti Maesaroh'], []),
    (OPENING + 'Kegiatan dihadiri Plt Kepala Dinas Pendidikan Kabupaten Brebes Caridah, Plh Sekda Brebes Tahroni '
     'dan Plt Camat Bumiayu Wahyudi.',
     ['Caridah', 'Tahroni', 'Wahyudi'], []),
    (OPENING + 'Tampak hadir Kapolres Demak AKBP Harjimin, Dandim 0716/Demak Letkol Inf Ali Maskur, Kajari Demak '
     'Suhartono, dan Ketua Pengadilan Agama Demak Sunarto.',
     ['Harjimin', 'Ali Maskur', 'Suhartono', 'Sunarto'], []),
    (OPENING + 'Hadir dalam kesempatan itu, Ketua Bawaslu Provinsi Sumatera Barat Alni, Ketua KPU Sumbar Surya '
     'Efitrimen, dan Kepala Kesbangpol Sumbar Jefrinal Arifin.',
     ['Alni', 'Surya Efitrimen', 'Jefrinal Arifin'], []),
    (OPENING + 'Turut hadir Kepala Inspektorat Kabupaten Agam Yuhardi, Kepala BKPSDM Agam Rahmad Lasmono dan '
     'Camat Lubuk Basung Elfi Syahrial.',
     ['Yuhardi', 'Rahmad Lasmono', 'Elfi Syahrial'], []),
    (OPENING + 'Hadir pula Danramil 01/Kota Kapten Inf Suparman dan Kapolsek Kota Kompol Andi Rahman.',
     ['Suparman', 'Andi Rahman'], []),
    (OPENING + 'Deklarasi dihadiri Bupati Sidrap Dollah Mando, Ketua DPRD Sidrap Takyuddin Masse, Kapolres '
     'Sidrap AKBP Erwin Syah, Dandim 1420/Sidrap Letkol Inf Ahmad Sahir dan Kajari Sidrap Sulfikar.',
     ['Dollah Mando', 'Takyuddin Masse', 'Erwin Syah', 'Ahmad Sahir', 'Sulfikar'], []),
    (OPENING + 'Kegiatan dihadiri Sekretaris Daerah Kabupaten Banyuwangi Mujiono dan Kepala Badan Kepegawaian '
     'Daerah Banyuwangi Nanin Oktaviantie.',
     ['Mujiono', 'Nanin Oktaviantie'], []),
    (OPENING + 'Turut hadir pula Kepala Bagian Pemerintahan Setda Kabupaten Ngawi Sumarsono dan Kabag Hukum '
     'Setda Ngawi Teguh Wibowo.',
     ['Sumarsono', 'Teguh Wibowo'], []),
    (OPENING + 'Hadir juga Wakapolres Boyolali Kompol Ikhwan Fahrurrozi dan Kasdim 0724/Boyolali Mayor Inf '
     'Bambang Suseno.',
     ['Ikhwan Fahrurrozi', 'Bambang Suseno'], []),
    (OPENING + 'Hadir sebagai pemateri, Kepala Kesbangpol Kota Cimahi Dadan Darmawan, dan Ketua Bawaslu Kota '
     'Cimahi Eka Salam.',
     ['Dadan Darmawan', 'Eka Salam'], []),
    (OPENING + 'Turut hadir Ketua DPRD Kota Pekalongan Muhammad Azmi Basyir, Kapolres Pekalongan Kota AKBP Doni '
     'Prakoso dan pengamat politik Rudi Hartono.',
     ['Muhammad Azmi Basyir', 'Doni Prakoso'], ['Rudi Hartono']),
    (OPENING + 'Hadir pula Sekda Wonosobo One Andang Wardoyo, Asisten I Setda Wonosobo Sumaedi, serta sejumlah '
     'kepala desa.',
     ['One Andang Wardoyo', 'Sumaedi'], []),
    (OPENING + 'Turut hadir Ketua Bawaslu Kabupaten Cilacap Hamid Supriyanto, Ketua KPU Cilacap Hamimah, dan '
     'perwakilan partai politik.',
     ['Hamid Supriyanto', 'Hamimah'], []),
    (OPENING + 'Kegiatan itu dihadiri antara lain oleh Pj Bupati Jepara Edy Supriyanta dan Kapolres Jepara AKBP '
     'Wahyu Nugroho Setyawan.',
     ['Edy Supriyanta', 'Wahyu Nugroho Setyawan'], []),
    (OPENING + 'Hadir dalam apel tersebut, di antaranya, Kepala Dinas PUPR Kabupaten Purbalingga Priyo Satmoko '
     'dan Kepala Bapelitbangda Purbalingga Sarjono.',
     ['Priyo Satmoko', 'Sarjono'], []),
    (OPENING + 'Tampak hadir Ketua DPRD Kabupaten Lebak, Muhamad Agil Zulfikar, serta Wakil Ketua DPRD Lebak, '
     'Junaedi Ibnu Jarta.',
     ['Muhamad Agil Zulfikar', 'Junaedi Ibnu Jarta'], []),
    (OPENING + 'Hadir Rina Marlina (Camat Gamping) dan Budi Santoso (Lurah Sidoarum).',
     ['Rina Marlina', 'Budi Santoso'], ['Hadir Rina Marlina']),
    (OPENING + 'Tampak Rina Marlina, Kepala Dinas Sosial Kabupaten Sleman, dan Agus Salim, Kepala Bappeda '
     'Sleman.',
     ['Rina Marlina', 'Agus Salim'], ['Tampak Rina Marlina']),
    (OPENING + 'Deklarasi diikuti oleh Lurah Sukamaju Dadang Suherman, Lurah Cibodas Ujang Rahmat dan Camat '
     'Cileunyi Asep Sudrajat.',
     ['Dadang Suherman', 'Ujang Rahmat', 'Asep Sudrajat'], []),
    (OPENING + 'Hadir Camat Bulukumpa Andi Mappasessu, Camat Gantarang Muh Syafruddin dan Kapolsek Gantarang '
     'Iptu Jufri.',
     ['Andi Mappasessu', 'Muh Syafruddin', 'Jufri'], []),
    (OPENING + 'Pemateri sosialisasi:\n1. Ketua Bawaslu Kabupaten Wonogiri, Ali Mustofa\n2. Kepala BKD Wonogiri, '
     'Eko Sunarto\n3. Inspektur Kabupaten Wonogiri, Haryono',
     ['Ali Mustofa', 'Eko Sunarto', 'Haryono'], []),
    (OPENING + 'Yang hadir:\n- Sekda Kabupaten Sukoharjo Widodo;\n- Kepala Kesbangpol Sukoharjo Hery Mulyadi;\n- '
     'Ketua Bawaslu Sukoharjo Hadi Santosa.',
     ['Widodo', 'Hery Mulyadi', 'Hadi Santosa'], []),
    (OPENING + 'Turut hadir Ahmad Yani selaku Kepala Dinas Pendidikan Kabupaten Jombang dan Siti Rohmah selaku '
     'Camat Diwek.',
     ['Ahmad Yani', 'Siti Rohmah'], []),
    (OPENING + 'Hadir pula Bambang Irawan (Kepala BKPSDM Kabupaten Magetan), Sri Hartini (Kepala Inspektorat '
     'Magetan) dan Joko Purnomo (Ketua Bawaslu Magetan).',
     ['Bambang Irawan', 'Sri Hartini', 'Joko Purnomo'], []),
    (OPENING + 'Apel dipimpin Sekda Kabupaten Klaten Jajang Prihono dan dihadiri Kepala Dinas Kesehatan Klaten '
     'Cahyono Widodo serta Kepala Disdik Klaten Yunanta.',
     ['Jajang Prihono', 'Cahyono Widodo', 'Yunanta'], []),
    (OPENING + 'Camat dan lurah yang hadir masing-masing Camat Pedurungan Hakim Faozan dan Lurah Tlogosari Kulon '
     'Rustam Efendi.',
     ['Hakim Faozan', 'Rustam Efendi'], []),
    (OPENING + 'Hadir pula Ketua DPRD Kota Palu Rico Djanggola, Ketua KPU Kota Palu Agussalim, tokoh pemuda Palu '
     'Rahmat Hidayat serta jurnalis lokal Andi Irwan.',
     ['Rico Djanggola', 'Agussalim'], ['Rahmat Hidayat', 'Andi Irwan']),
    (OPENING + 'Turut hadir Kepala Desa Sidomulyo Sutrisno Hadi, Kepala Desa Sidoagung Mulyadi Saputra, Kepala '
     'Desa Margorejo Hartono Wibowo.',
     ['Sutrisno Hadi', 'Mulyadi Saputra', 'Hartono Wibowo'], []),
    (OPENING + 'Peserta rapat koordinasi tersebut:\nKepala Badan Kesbangpol Kabupaten Kulon Progo Budi '
     'Hartono;\nKepala Inspektorat Kabupaten Kulon Progo Sri Utami Ningsih;\nKetua Bawaslu Kabupaten '
     'Kulon Progo Marwanto Hadi.',
     ['Budi Hartono', 'Sri Utami Ningsih', 'Marwanto Hadi'], []),
    (OPENING + 'Hadir pula Budi Santoso, Kepala Dinas Sosial Kabupaten Pati; Rina Wati, Kepala Bappeda Pati; dan '
     'Agus Salim, Camat Juwana.',
     ['Budi Santoso', 'Rina Wati', 'Agus Salim'], []),
    (OPENING + 'Turut hadir Bapak Hendro Wibowo selaku Sekda Kabupaten Rembang, Ibu Sri Mulyani selaku Kepala '
     'BKPSDM Rembang, dan Bapak Joko Winarno selaku Camat Lasem.',
     ['Hendro Wibowo', 'Sri Mulyani', 'Joko Winarno'], []),
    (OPENING + 'Hadir dalam deklarasi itu, Ketua Tim Pemenangan paslon nomor urut 1 Agus Hermawan, Ketua DPC '
     'Partai Demokrat Slamet Riyadi, dan Ketua Bawaslu Kabupaten Semarang Syahrul Munir.',
     ['Syahrul Munir'], ['Agus Hermawan']),
    (OPENING + 'Turut hadir Kapolres Kendal AKBP Hendry Susanto Sianipar, S.H., S.I.K., M.H., Dandim 0715/Kendal '
     'Letkol Inf Iman Widhiarto, S.Sos., M.I.Pol., serta Kajari Kendal Sri Heru Sutanto, S.H., M.H.',
     ['Hendry Susanto Sianipar', 'Iman Widhiarto', 'Sri Heru Sutanto'], []),
    (OPENING + 'Ikut hadir Sekretaris Bawaslu Kabupaten Kendal Sugeng Riyadi dan Koordinator Divisi Pencegahan '
     'Bawaslu Kendal Mohammad Arifin.',
     ['Sugeng Riyadi', 'Mohammad Arifin'], []),
    (OPENING + 'Hadir juga anggota Komisi A DPRD Provinsi Jawa Tengah Bambang Eko Purnomo dan Kepala Biro '
     'Pemerintahan Setda Provinsi Jawa Tengah Muhammad Masrofi.',
     ['Bambang Eko Purnomo', 'Muhammad Masrofi'], []),
    (OPENING + 'Kegiatan itu dihadiri oleh Wakil Ketua I DPRD Kabupaten Sragen Muslim, Wakil Ketua II DPRD '
     'Sragen Hariyanto, serta Sekwan Sragen Muh Yulianto.',
     ['Hariyanto', 'Muh Yulianto'], []),
    (OPENING + 'Hadir pula Kepala Satpol PP Kota Solo Arif Darmawan, Kepala Dinas Kominfo SP Solo Agus Santoso, '
     'dan Lurah Kemlayan Endang Sri Rahayu.',
     ['Arif Darmawan', 'Agus Santoso', 'Endang Sri Rahayu'], []),
    (OPENING + 'Apel diikuti para kepala OPD, camat, dan lurah. Tampak di antaranya Kadis Perdagangan Kota Tegal '
     'Sri Primawati, Camat Tegal Barat Suci Astuti, dan Lurah Pekauman Sunarno.',
     ['Sri Primawati', 'Suci Astuti', 'Sunarno'], []),
    (OPENING + 'Hadir para pejabat eselon II, yakni Kepala Bappeda Kabupaten Kudus Catur Sulistiyanto, Kepala '
     'Disdikpora Kudus Harjuna Widada, dan Kepala BPBD Kudus Mundir.',
     ['Catur Sulistiyanto', 'Harjuna Widada', 'Mundir'], []),
    (OPENING + 'Turut hadir Ketua PWI Kabupaten Blitar Irfan Anshori, Ketua KNPI Blitar Ahmad Rifai dan Kepala '
     'Bakesbangpol Kabupaten Blitar Bambang Dwi Purwanto.',
     ['Bambang Dwi Purwanto'], ['Irfan Anshori', 'Ahmad Rifai']),
    (OPENING + 'Hadir pula Kepala Seksi Intelijen Kejari Salatiga Ardi Pratama dan Kasat Reskrim Polres Salatiga '
     'AKP Henri Widyoriani.',
     ['Ardi Pratama', 'Henri Widyoriani'], []),
    (OPENING + 'Tampak hadir dalam rapat itu Ketua Komisi I DPRD Kota Pekanbaru Robin Eduar, Kepala Kesbangpol '
     'Pekanbaru Zulfahmi Adrian, dan Ketua Bawaslu Kota Pekanbaru Yasir.',
     ['Robin Eduar', 'Zulfahmi Adrian', 'Yasir'], []),
    (OPENING + 'Pelantikan disaksikan Gubernur Jambi Al Haris, Wakil Gubernur Jambi Abdullah Sani, dan Ketua '
     'DPRD Provinsi Jambi Edi Purwanto.',
     ['Al Haris', 'Abdullah Sani', 'Edi Purwanto'], []),
    (OPENING + 'Narasumber kegiatan masing-masing Dr. Wahyu Hidayat, M.Si (Kepala BKPSDM Kabupaten Malang) dan '
     'Drs. Rahmat Hidayat (Inspektur Kabupaten Malang).',
     ['Wahyu Hidayat', 'Rahmat Hidayat'], []),
    (OPENING + 'Hadir pula pimpinan Forkopimda Kabupaten Pasuruan: Bupati Pasuruan Irsyad Yusuf, Kapolres '
     'Pasuruan AKBP Bayu Pratama Gubunagi, dan Dandim 0819/Pasuruan Letkol Inf Ahmad Iswahyudi.',
     ['Irsyad Yusuf', 'Bayu Pratama Gubunagi', 'Ahmad Iswahyudi'], []),
    (OPENING + 'Kegiatan dihadiri Kepala Kantor Kesbangpol Kabupaten Seruyan Hartono, Kepala Dinas PMD Seruyan '
     'Joni Swanto, serta Kepala Desa Sembuluh I Ahmad Sahani.',
     ['Hartono', 'Joni Swanto', 'Ahmad Sahani'], []),
    (OPENING + 'Hadir Wakil Wali Kota Padang Ekos Albar dan istri, Sekda Kota Padang Andree Algamar, serta Ketua '
     'DPRD Kota Padang Syahrial Kani.',
     ['Ekos Albar', 'Andree Algamar', 'Syahrial Kani'], []),
    (OPENING + 'Turut hadir Kapolsek Pedan AKP Sutopo, Danramil Pedan Kapten Inf Suyadi, Camat Pedan Bambang '
     'Sigit Sinugroho, serta perwakilan kepala desa se-Kecamatan Pedan.',
     ['Sutopo', 'Suyadi', 'Bambang Sigit Sinugroho'], []),
    (OPENING + 'Deklarasi dihadiri Pj Bupati Aceh Besar Muhammad Iswanto, Kapolresta Banda Aceh Kombes Pol Fahmi '
     'Irwan Ramli, dan Keuchik Gampong Lambaro Saiful Bahri.',
     ['Muhammad Iswanto', 'Fahmi Irwan Ramli', 'Saiful Bahri'], []),
    (OPENING + 'Hadir dalam kegiatan, Plt. Kepala BKPSDM Kabupaten Ciamis, Dedi Suryadi, Plh. Sekda Ciamis, '
     'Yayan Nugraha, dan Camat Cijeungjing, Asep Kurnia.',
     ['Dedi Suryadi', 'Yayan Nugraha', 'Asep Kurnia'], []),
    (OPENING + 'Turut hadir Wali Nagari Koto Baru Syafrizal, Kepala Jorong Koto Tuo Jasman, dan Camat Kubung '
     'Dedi Febrian.',
     ['Dedi Febrian'], []),
    (OPENING + 'Penandatanganan pakta integritas dilakukan Kepala Dinas Pendidikan Kota Medan Andi Yudistira, '
     'Kepala Dinas Kesehatan Kota Medan Taufik Ririansyah, Kepala BKPSDM Medan Subhan Fajri Harahap '
     'dan Inspektur Kota Medan Sulaiman Harahap.',
     ['Andi Yudistira', 'Taufik Ririansyah', 'Subhan Fajri Harahap', 'Sulaiman Harahap'], []),
    (OPENING + 'Hadir pula Lurah Kelurahan Sidoarum Budi Prasetyo, Lurah Kelurahan Ambarketawang Sri Wahyuni, '
     'dan Camat Gamping Eko Susanto.',
     ['Budi Prasetyo', 'Sri Wahyuni', 'Eko Susanto'], []),
    (OPENING + 'Turut hadir Keuchik Desa Lambaro Muhammad Daud, Geuchik Gampong Lamreung Teuku Ridwan, serta '
     'Camat Krueng Barona Jaya Ahmad Yani.',
     ['Muhammad Daud', 'Teuku Ridwan'], []),
    (OPENING + 'Hadir pula Sudirman, SH (Sekda Kota Jambi), Ratna Sari, S.Sos., M.Si. (Kepala BKPSDM Kota Jambi) '
     'dan Hendra Gunawan, ST (Camat Telanaipura).',
     ['Sudirman', 'Ratna Sari', 'Hendra Gunawan'], []),
    (OPENING + 'Pemateri:\n1. Ketua Bawaslu Kabupaten Temanggung, Ahmad Saifudin;\n2. Kepala BKPSDM Temanggung, '
     'Sri Haryanti;\n3. Inspektur Kabupaten Temanggung, Bambang Hermanto.',
     ['Ahmad Saifudin', 'Sri Haryanti', 'Bambang Hermanto'], []),
    (OPENING + 'Hadir pula a. Sekda Kota Salatiga Wuri Pujiastuti, b. Asisten Pemerintahan Setda Salatiga Yayuk '
     'Sudarmi, dan c. Kepala Kesbangpol Salatiga Riyadi.',
     ['Wuri Pujiastuti', 'Yayuk Sudarmi', 'Riyadi'], []),
    (OPENING + 'Acara itu dihadiri Bupati Jombang Mundjidah Wahab beserta jajaran, Kapolres Jombang AKBP Agung '
     'Setyo Nugroho, dan Ketua Tim Penggerak PKK Jombang Ratnawati.',
     ['Mundjidah Wahab', 'Agung Setyo Nugroho'], ['Ratnawati']),
    (OPENING + 'Tampak hadir pula Sdr. Dedi Kurniawan, Kepala Dinas Kesehatan Kota Bekasi, dan Sdri. Nur Aini, '
     'Camat Bekasi Timur.',
     ['Dedi Kurniawan', 'Nur Aini'], []),
    (OPENING + 'Hadir juga Kepala Bidang Pengadaan dan Mutasi BKPSDM Kabupaten Klaten Sri Wahyuni dan Kepala '
     'Bidang Disiplin BKD Klaten Heru Santosa.',
     ['Sri Wahyuni', 'Heru Santosa'], []),
    (OPENING + 'Turut hadir Ketua RT 05 Sidorejo Sukirno, Ketua RW 02 Sidorejo Paiman dan Lurah Sidorejo Hadi '
     'Sutrisno.',
     ['Hadi Sutrisno'], ['Sukirno', 'Paiman']),
    (OPENING + 'Turut mendampingi Bupati, Sekda Kabupaten Purbalingga Herni Sulasti, Asisten Administrasi Umum '
     'Setda Purbalingga Imam Hadi dan Kabag Protokol Setda Purbalingga Agus Sutrisno.',
     ['Herni Sulasti', 'Imam Hadi', 'Agus Sutrisno'], []),
    (OPENING + 'Hadir pula jajaran Forkopimda Kota Probolinggo, antara lain Kapolres Probolinggo Kota AKBP Wadi '
     "Sa'bani, Dandim 0820/Probolinggo Letkol Inf Imam Wibowo, dan Kajari Kota Probolinggo Hartono.",
     ["Wadi Sa'bani", 'Imam Wibowo', 'Hartono'], []),
    (OPENING + 'Ikrar netralitas dibacakan bersama oleh Sekda Kabupaten Ngawi Mokh Sodiq Triwidiyanto, Kepala '
     'BKPSDM Ngawi Yusuf Rosyadi, Kepala Dinas Pendidikan Ngawi Sumarsono, dan 19 camat se-Kabupaten '
     'Ngawi.',
     ['Mokh Sodiq Triwidiyanto', 'Yusuf Rosyadi', 'Sumarsono'], []),
    (OPENING + 'Hadir dalam acara itu, Wakil Bupati Bandung Barat Hengki Kurniawan; Sekda Bandung Barat Asep '
     'Sodikin; Kapolres Cimahi AKBP Aldi Subartono; dan Dandim 0609/Cimahi Letkol Arh Dede Setiawan.',
     ['Hengki Kurniawan', 'Asep Sodikin', 'Aldi Subartono', 'Dede Setiawan'], []),
    (OPENING + 'Turut hadir Pj Wali Kota Bekasi R Gani Muhamad, Pj Sekda Kota Bekasi Junaedi serta Ketua DPRD '
     'Kota Bekasi Saifuddaulah.',
     ['R Gani Muhamad', 'Junaedi', 'Saifuddaulah'], []),
    (OPENING + 'Sosialisasi menghadirkan Kasubbag Hukum Bawaslu Kabupaten Gresik Nur Hidayah dan Koordinator '
     'Divisi Penanganan Pelanggaran Bawaslu Gresik Achmad Affandi.',
     ['Nur Hidayah', 'Achmad Affandi'], []),
    (OPENING + 'Kegiatan dibuka Wakil Wali Kota Mojokerto Rachman Sidharta Arisandi didampingi Kepala BKPSDM '
     'Kota Mojokerto Gaguk Tri Prasetyo dan Kepala Inspektorat Kota Mojokerto Agung Moeljono.',
     ['Rachman Sidharta Arisandi', 'Gaguk Tri Prasetyo', 'Agung Moeljono'], []),
    (OPENING + 'Hadir pula Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Lombok Tengah Lalu Idham Khalid, '
     'Kepala Dinas Kesehatan Lombok Tengah Lalu Arif Rahman Hakim, serta Camat Praya Lalu Anggria '
     'Hardi.',
     ['Lalu Idham Khalid', 'Lalu Arif Rahman Hakim', 'Lalu Anggria Hardi'], []),
    (OPENING + 'Turut hadir Kepala Kantor Kesbangpol Kabupaten Gianyar I Made Watha, Camat Ubud I Made Ardika, '
     'dan Perbekel Desa Petulu I Wayan Darma.',
     ['I Made Watha', 'I Made Ardika', 'I Wayan Darma'], []),
    (OPENING + 'Rapat dihadiri oleh Kapolres Sinjai AKBP Harry Azhar, Dandim 1424/Sinjai Letkol Inf Rudy Tarigan '
     'serta Andi Kartini, Kepala Dinas Sosial Sinjai.',
     ['Harry Azhar', 'Rudy Tarigan', 'Andi Kartini'], []),
    (OPENING + 'Deklarasi disaksikan langsung oleh Ketua Bawaslu Kabupaten Toba, Robert Sihombing, dan Ketua KPU '
     'Toba, Oktavianus Sitorus, serta seluruh kepala OPD.',
     ['Robert Sihombing', 'Oktavianus Sitorus'], []),
    (OPENING + 'Hadir pula Kepala Dinas PMD Kabupaten Tulungagung Santoso Adi, Camat Kedungwaru Sutrisno, Kades '
     'Plosokandang Mohamad Nurhadi dan Kades Bangoan Siti Maryam.',
     ['Santoso Adi', 'Mohamad Nurhadi', 'Siti Maryam'], []),
    (OPENING + 'Hadir Ketua Bawaslu Kota Banjarmasin Aries Mardiono, anggota Bawaslu Kota Banjarmasin '
     'Rahmatullah Amin dan Muhammad Ikhsan.',
     ['Aries Mardiono', 'Rahmatullah Amin'], []),
    (OPENING + 'Kegiatan dihadiri Kepala Dinas Kesehatan Kabupaten Gorontalo, dr. Roni Sampir, M.Kes, Kepala '
     'Dinas Pendidikan Kabupaten Gorontalo, Drs. Kasim Mahmud, M.Pd, dan Camat Limboto, Abdul Rahman '
     'Daud, S.Sos.',
     ['Roni Sampir', 'Kasim Mahmud', 'Abdul Rahman Daud'], []),
    (OPENING + 'Deklarasi diikuti Kades Desa Sukamaju Budi Santoso, Sekdes Desa Sukamaju Ujang Rahmat dan para '
     'perangkat desa.',
     ['Budi Santoso', 'Ujang Rahmat'], []),
    (OPENING + 'Apel dihadiri Bupati dan Wakil Bupati Pati, Hendra Kusuma dan Rina Wati, serta Sekda Pati Jan '
     'Prasetyo.',
     ['Hendra Kusuma', 'Rina Wati', 'Jan Prasetyo'], []),
    (OPENING + 'Hadir pula Wali Kota dan Wakil Wali Kota Salatiga, Robby Hernawan dan Nina Agustin, beserta '
     'Ketua DPRD Salatiga Dance Ishak Palit.',
     ['Robby Hernawan', 'Nina Agustin', 'Dance Ishak Palit'], []),
]


@pytest.mark.parametrize(("text", "names", "others"), LISTS,
                         ids=[f"{i:03d}-{n[0][:24]}" for i, (_, n, _o) in enumerate(LISTS)])
def test_listed_officials_are_found(run, text: str, names: list[str], others: list[str]) -> None:
    found = {o.name for o in run(text).officials}
    missing = [n for n in names if n not in found]
    assert not missing, f"{missing} not found: {sorted(found)}"
    wrong = [n for n in others if n in found]
    assert not wrong, f"{wrong} read as officials"



def test_a_place_with_its_short_form_in_brackets_keeps_its_office_in_a_list(run) -> None:
    # the bracketed short form is no part of the next holder's name: the district's office stays
    text = ("Hadir dalam kegiatan itu Camat Lembah Hijau (Lemjau), Kepala Desa Sukamaju Dadang Suherman, "
            "dan Lurah Mekarsari Budi Santoso. Bupati meminta ASN netral.")
    result = run(text)
    assert {"Dadang Suherman", "Budi Santoso"} <= {o.name for o in result.officials}
    assert "Kecamatan Lembah Hijau" in {a.agency for a in result.agencies}
