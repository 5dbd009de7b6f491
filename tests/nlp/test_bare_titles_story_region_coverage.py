"""Probe list of bare titles whose region only the story gives, in regions the read half's gold does not name: a
province's story that names its province only in its headline ("ASN Pemprov Jambi Diminta Netral" over "Sekda Budi
...") or only as the place of its event, where the province's office is the holder's as the full title would make it;
not the national seat, from where national stories are told; and a regency's story naming its regency once (lead,
dateline, headline), 80 regencies. Each story (our own words) names one official, read with the institution the full
title gives ("Sekda Provinsi Jambi Budi ..."); a minister's short title after a staff title is no holder's name. The
probes are analysed in one batch."""

from __future__ import annotations

import pytest

# (story, the name looked up, the institution it is read with; None: no such official)
FORMS = [
    # a province's story naming its province only in the headline (Pemprov X, Provinsi X, its short name)
    ("ASN Pemprov Aceh Diminta Netral\n\nGubernur Andi Saputra menegaskan ASN wajib netral dalam "
     "Pilkada 2024.",
     "Andi Saputra", "Pemerintah Aceh"),
    ("Pemprov NAD Gelar Apel Netralitas ASN\n\nWakil Gubernur Rudi Tanjung meminta pegawai tidak ikut "
     "berkampanye.",
     "Rudi Tanjung", "Pemerintah Aceh"),
    ("Pemprov Sumatera Utara Gelar Apel Netralitas ASN\n\nWagub Yusuf Hidayat mengimbau ASN menjaga "
     "netralitas.",
     "Yusuf Hidayat", "Pemerintah Provinsi Sumatera Utara"),
    ("ASN Provinsi Sumut Dilarang Berkampanye\n\nPj Gubernur Dewi Wijaya menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Dewi Wijaya", "Pemerintah Provinsi Sumatera Utara"),
    ("ASN Provinsi Sumatera Barat Dilarang Berkampanye\n\nSekda Rahmat Rahayu mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Rahmat Rahayu", "Pemerintah Provinsi Sumatera Barat"),
    ("Jelang Pilkada, ASN Pemprov Sumbar Diingatkan Soal Netralitas\n\nSekdaprov Nur Nasution "
     "mengimbau ASN menjaga netralitas.",
     "Nur Nasution", "Pemerintah Provinsi Sumatera Barat"),
    ("Jelang Pilkada, ASN Pemprov Riau Diingatkan Soal Netralitas\n\nSekretaris Daerah Fitri Pratama "
     "meminta pegawai tidak ikut berkampanye.",
     "Fitri Pratama", "Pemerintah Provinsi Riau"),
    ("ASN Pemprov Riau Diminta Netral\n\nPj Sekda Bambang Harahap mengingatkan sanksi bagi ASN yang "
     "tidak netral.",
     "Bambang Harahap", "Pemerintah Provinsi Riau"),
    ("ASN Pemprov Jambi Diminta Netral\n\nKepala BKD Irwan Kurniawan menegaskan ASN wajib netral dalam "
     "Pilkada 2024.",
     "Irwan Kurniawan", "Badan Kepegawaian Daerah Provinsi Jambi"),
    ("Pemprov Jambi Gelar Apel Netralitas ASN\n\nKepala Inspektorat Wahyu Putri meminta pegawai tidak "
     "ikut berkampanye.",
     "Wahyu Putri", "Inspektorat Provinsi Jambi"),
    ("Pemprov Sumatera Selatan Gelar Apel Netralitas ASN\n\nKepala Kesbangpol Fajar Lubis mengimbau "
     "ASN menjaga netralitas.",
     "Fajar Lubis", "Badan Kesatuan Bangsa dan Politik Provinsi Sumatera Selatan"),
    ("ASN Provinsi Sumsel Dilarang Berkampanye\n\nKepala BKPSDM Sri Gunawan menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Sri Gunawan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Sumatera Selatan"),
    ("ASN Provinsi Bengkulu Dilarang Berkampanye\n\nKasatpol PP Maya Siregar mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Maya Siregar", "Satuan Polisi Pamong Praja Provinsi Bengkulu"),
    ("Jelang Pilkada, ASN Pemprov Bengkulu Diingatkan Soal Netralitas\n\nKetua DPRD Joko Susanto "
     "mengimbau ASN menjaga netralitas.",
     "Joko Susanto", "Dewan Perwakilan Rakyat Daerah Provinsi Bengkulu"),
    ("Jelang Pilkada, ASN Pemprov Lampung Diingatkan Soal Netralitas\n\nKepala Dinas Pendidikan Indah "
     "Tanjung meminta pegawai tidak ikut berkampanye.",
     "Indah Tanjung", "Dinas Pendidikan Provinsi Lampung"),
    ("ASN Pemprov Lampung Diminta Netral\n\nKetua Bawaslu Teguh Ramadhan mengingatkan sanksi bagi ASN "
     "yang tidak netral.",
     "Teguh Ramadhan", "Bawaslu Provinsi Lampung"),
    ("ASN Pemprov Kepulauan Bangka Belitung Diminta Netral\n\nGubernur Andi Wijaya menegaskan ASN "
     "wajib netral dalam Pilkada 2024.",
     "Andi Wijaya", "Pemerintah Provinsi Kepulauan Bangka Belitung"),
    ("Pemprov Babel Gelar Apel Netralitas ASN\n\nWakil Gubernur Rudi Setiawan meminta pegawai tidak "
     "ikut berkampanye.",
     "Rudi Setiawan", "Pemerintah Provinsi Kepulauan Bangka Belitung"),
    ("Pemprov Kepulauan Riau Gelar Apel Netralitas ASN\n\nWagub Yusuf Nasution mengimbau ASN menjaga "
     "netralitas.",
     "Yusuf Nasution", "Pemerintah Provinsi Kepulauan Riau"),
    ("ASN Provinsi Kepri Dilarang Berkampanye\n\nPj Gubernur Dewi Wulandari menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Dewi Wulandari", "Pemerintah Provinsi Kepulauan Riau"),
    ("ASN Provinsi Jawa Barat Dilarang Berkampanye\n\nSekda Rahmat Harahap mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Rahmat Harahap", "Pemerintah Provinsi Jawa Barat"),
    ("Jelang Pilkada, ASN Pemprov Jabar Diingatkan Soal Netralitas\n\nSekdaprov Nur Manurung mengimbau "
     "ASN menjaga netralitas.",
     "Nur Manurung", "Pemerintah Provinsi Jawa Barat"),
    ("Jelang Pilkada, ASN Pemprov Jawa Tengah Diingatkan Soal Netralitas\n\nSekretaris Daerah Fitri "
     "Putri meminta pegawai tidak ikut berkampanye.",
     "Fitri Putri", "Pemerintah Provinsi Jawa Tengah"),
    ("ASN Pemprov Jateng Diminta Netral\n\nPj Sekda Bambang Pane mengingatkan sanksi bagi ASN yang "
     "tidak netral.",
     "Bambang Pane", "Pemerintah Provinsi Jawa Tengah"),
    ("ASN Pemprov Daerah Istimewa Yogyakarta Diminta Netral\n\nKepala BKD Irwan Gunawan menegaskan ASN "
     "wajib netral dalam Pilkada 2024.",
     "Irwan Gunawan", "Badan Kepegawaian Daerah Provinsi Daerah Istimewa Yogyakarta"),
    ("Pemprov DIY Gelar Apel Netralitas ASN\n\nKepala Inspektorat Wahyu Daulay meminta pegawai tidak "
     "ikut berkampanye.",
     "Wahyu Daulay", "Inspektorat Provinsi Daerah Istimewa Yogyakarta"),
    ("Pemprov Jawa Timur Gelar Apel Netralitas ASN\n\nKepala Kesbangpol Fajar Susanto mengimbau ASN "
     "menjaga netralitas.",
     "Fajar Susanto", "Badan Kesatuan Bangsa dan Politik Provinsi Jawa Timur"),
    ("ASN Provinsi Jatim Dilarang Berkampanye\n\nKepala BKPSDM Sri Saputra menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Sri Saputra", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Jawa Timur"),
    ("ASN Provinsi Banten Dilarang Berkampanye\n\nKasatpol PP Maya Ramadhan mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Maya Ramadhan", "Satuan Polisi Pamong Praja Provinsi Banten"),
    ("Jelang Pilkada, ASN Pemprov Banten Diingatkan Soal Netralitas\n\nKetua DPRD Joko Hidayat "
     "mengimbau ASN menjaga netralitas.",
     "Joko Hidayat", "Dewan Perwakilan Rakyat Daerah Provinsi Banten"),
    ("Jelang Pilkada, ASN Pemprov Bali Diingatkan Soal Netralitas\n\nKepala Dinas Pendidikan Indah "
     "Setiawan meminta pegawai tidak ikut berkampanye.",
     "Indah Setiawan", "Dinas Pendidikan Provinsi Bali"),
    ("ASN Pemprov Bali Diminta Netral\n\nKetua Bawaslu Teguh Rahayu mengingatkan sanksi bagi ASN yang "
     "tidak netral.",
     "Teguh Rahayu", "Bawaslu Provinsi Bali"),
    ("ASN Pemprov Nusa Tenggara Barat Diminta Netral\n\nGubernur Andi Wulandari menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Andi Wulandari", "Pemerintah Provinsi Nusa Tenggara Barat"),
    ("Pemprov NTB Gelar Apel Netralitas ASN\n\nWakil Gubernur Rudi Pratama meminta pegawai tidak ikut "
     "berkampanye.",
     "Rudi Pratama", "Pemerintah Provinsi Nusa Tenggara Barat"),
    ("Pemprov Nusa Tenggara Timur Gelar Apel Netralitas ASN\n\nWagub Yusuf Manurung mengimbau ASN "
     "menjaga netralitas.",
     "Yusuf Manurung", "Pemerintah Provinsi Nusa Tenggara Timur"),
    ("ASN Provinsi NTT Dilarang Berkampanye\n\nPj Gubernur Dewi Kurniawan menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Dewi Kurniawan", "Pemerintah Provinsi Nusa Tenggara Timur"),
    ("ASN Provinsi Kalimantan Barat Dilarang Berkampanye\n\nSekda Rahmat Pane mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Rahmat Pane", "Pemerintah Provinsi Kalimantan Barat"),
    ("Jelang Pilkada, ASN Pemprov Kalbar Diingatkan Soal Netralitas\n\nSekdaprov Nur Lubis mengimbau "
     "ASN menjaga netralitas.",
     "Nur Lubis", "Pemerintah Provinsi Kalimantan Barat"),
    ("Jelang Pilkada, ASN Pemprov Kalimantan Tengah Diingatkan Soal Netralitas\n\nSekretaris Daerah "
     "Fitri Daulay meminta pegawai tidak ikut berkampanye.",
     "Fitri Daulay", "Pemerintah Provinsi Kalimantan Tengah"),
    ("ASN Pemprov Kalteng Diminta Netral\n\nPj Sekda Bambang Siregar mengingatkan sanksi bagi ASN yang "
     "tidak netral.",
     "Bambang Siregar", "Pemerintah Provinsi Kalimantan Tengah"),
    ("ASN Pemprov Kalimantan Selatan Diminta Netral\n\nKepala BKD Irwan Saputra menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Irwan Saputra", "Badan Kepegawaian Daerah Provinsi Kalimantan Selatan"),
    ("Pemprov Kalsel Gelar Apel Netralitas ASN\n\nKepala Inspektorat Wahyu Tanjung meminta pegawai "
     "tidak ikut berkampanye.",
     "Wahyu Tanjung", "Inspektorat Provinsi Kalimantan Selatan"),
    ("Pemprov Kalimantan Timur Gelar Apel Netralitas ASN\n\nKepala Kesbangpol Fajar Hidayat mengimbau "
     "ASN menjaga netralitas.",
     "Fajar Hidayat", "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur"),
    ("ASN Provinsi Kaltim Dilarang Berkampanye\n\nKepala BKPSDM Sri Wijaya menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Sri Wijaya", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Kalimantan Timur"),
    ("ASN Provinsi Kalimantan Utara Dilarang Berkampanye\n\nKasatpol PP Maya Rahayu mengingatkan "
     "sanksi bagi ASN yang tidak netral.",
     "Maya Rahayu", "Satuan Polisi Pamong Praja Provinsi Kalimantan Utara"),
    ("Jelang Pilkada, ASN Pemprov Kaltara Diingatkan Soal Netralitas\n\nKetua DPRD Joko Nasution "
     "mengimbau ASN menjaga netralitas.",
     "Joko Nasution", "Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Utara"),
    ("Jelang Pilkada, ASN Pemprov Sulawesi Utara Diingatkan Soal Netralitas\n\nKepala Dinas Pendidikan "
     "Indah Pratama meminta pegawai tidak ikut berkampanye.",
     "Indah Pratama", "Dinas Pendidikan Provinsi Sulawesi Utara"),
    ("ASN Pemprov Sulut Diminta Netral\n\nKetua Bawaslu Teguh Harahap mengingatkan sanksi bagi ASN "
     "yang tidak netral.",
     "Teguh Harahap", "Bawaslu Provinsi Sulawesi Utara"),
    ("ASN Pemprov Sulawesi Tengah Diminta Netral\n\nGubernur Andi Kurniawan menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Andi Kurniawan", "Pemerintah Provinsi Sulawesi Tengah"),
    ("Pemprov Sulteng Gelar Apel Netralitas ASN\n\nWakil Gubernur Rudi Putri meminta pegawai tidak "
     "ikut berkampanye.",
     "Rudi Putri", "Pemerintah Provinsi Sulawesi Tengah"),
    ("Pemprov Sulawesi Selatan Gelar Apel Netralitas ASN\n\nWagub Yusuf Lubis mengimbau ASN menjaga "
     "netralitas.",
     "Yusuf Lubis", "Pemerintah Provinsi Sulawesi Selatan"),
    ("ASN Provinsi Sulsel Dilarang Berkampanye\n\nPj Gubernur Dewi Gunawan menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Dewi Gunawan", "Pemerintah Provinsi Sulawesi Selatan"),
    ("ASN Provinsi Sulawesi Tenggara Dilarang Berkampanye\n\nSekda Rahmat Siregar mengingatkan sanksi "
     "bagi ASN yang tidak netral.",
     "Rahmat Siregar", "Pemerintah Provinsi Sulawesi Tenggara"),
    ("Jelang Pilkada, ASN Pemprov Sultra Diingatkan Soal Netralitas\n\nSekdaprov Nur Susanto mengimbau "
     "ASN menjaga netralitas.",
     "Nur Susanto", "Pemerintah Provinsi Sulawesi Tenggara"),
    ("Jelang Pilkada, ASN Pemprov Gorontalo Diingatkan Soal Netralitas\n\nSekretaris Daerah Fitri "
     "Tanjung meminta pegawai tidak ikut berkampanye.",
     "Fitri Tanjung", "Pemerintah Provinsi Gorontalo"),
    ("ASN Pemprov Gorontalo Diminta Netral\n\nPj Sekda Bambang Ramadhan mengingatkan sanksi bagi ASN "
     "yang tidak netral.",
     "Bambang Ramadhan", "Pemerintah Provinsi Gorontalo"),
    ("ASN Pemprov Sulawesi Barat Diminta Netral\n\nKepala BKD Irwan Wijaya menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Irwan Wijaya", "Badan Kepegawaian Daerah Provinsi Sulawesi Barat"),
    ("Pemprov Sulbar Gelar Apel Netralitas ASN\n\nKepala Inspektorat Wahyu Setiawan meminta pegawai "
     "tidak ikut berkampanye.",
     "Wahyu Setiawan", "Inspektorat Provinsi Sulawesi Barat"),
    ("Pemprov Maluku Gelar Apel Netralitas ASN\n\nKepala Kesbangpol Fajar Nasution mengimbau ASN "
     "menjaga netralitas.",
     "Fajar Nasution", "Badan Kesatuan Bangsa dan Politik Provinsi Maluku"),
    ("ASN Provinsi Maluku Dilarang Berkampanye\n\nKepala BKPSDM Sri Wulandari menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Sri Wulandari", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Maluku"),
    ("ASN Provinsi Maluku Utara Dilarang Berkampanye\n\nKasatpol PP Maya Harahap mengingatkan sanksi "
     "bagi ASN yang tidak netral.",
     "Maya Harahap", "Satuan Polisi Pamong Praja Provinsi Maluku Utara"),
    ("Jelang Pilkada, ASN Pemprov Malut Diingatkan Soal Netralitas\n\nKetua DPRD Joko Manurung "
     "mengimbau ASN menjaga netralitas.",
     "Joko Manurung", "Dewan Perwakilan Rakyat Daerah Provinsi Maluku Utara"),
    ("Jelang Pilkada, ASN Pemprov Papua Diingatkan Soal Netralitas\n\nKepala Dinas Pendidikan Indah "
     "Putri meminta pegawai tidak ikut berkampanye.",
     "Indah Putri", "Dinas Pendidikan Provinsi Papua"),
    ("ASN Pemprov Papua Diminta Netral\n\nKetua Bawaslu Teguh Pane mengingatkan sanksi bagi ASN yang "
     "tidak netral.",
     "Teguh Pane", "Bawaslu Provinsi Papua"),
    ("ASN Pemprov Papua Barat Diminta Netral\n\nGubernur Andi Gunawan menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Andi Gunawan", "Pemerintah Provinsi Papua Barat"),
    ("Pemprov Pabar Gelar Apel Netralitas ASN\n\nWakil Gubernur Rudi Daulay meminta pegawai tidak ikut "
     "berkampanye.",
     "Rudi Daulay", "Pemerintah Provinsi Papua Barat"),
    ("Pemprov Papua Selatan Gelar Apel Netralitas ASN\n\nWagub Yusuf Susanto mengimbau ASN menjaga "
     "netralitas.",
     "Yusuf Susanto", "Pemerintah Provinsi Papua Selatan"),
    ("ASN Provinsi Papua Selatan Dilarang Berkampanye\n\nPj Gubernur Dewi Saputra menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Dewi Saputra", "Pemerintah Provinsi Papua Selatan"),
    ("ASN Provinsi Papua Tengah Dilarang Berkampanye\n\nSekda Rahmat Ramadhan mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Rahmat Ramadhan", "Pemerintah Provinsi Papua Tengah"),
    ("Jelang Pilkada, ASN Pemprov Papua Tengah Diingatkan Soal Netralitas\n\nSekdaprov Nur Hidayat "
     "mengimbau ASN menjaga netralitas.",
     "Nur Hidayat", "Pemerintah Provinsi Papua Tengah"),
    ("Jelang Pilkada, ASN Pemprov Papua Pegunungan Diingatkan Soal Netralitas\n\nSekretaris Daerah "
     "Fitri Setiawan meminta pegawai tidak ikut berkampanye.",
     "Fitri Setiawan", "Pemerintah Provinsi Papua Pegunungan"),
    ("ASN Pemprov Papua Pegunungan Diminta Netral\n\nPj Sekda Bambang Rahayu mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Bambang Rahayu", "Pemerintah Provinsi Papua Pegunungan"),
    ("ASN Pemprov Papua Barat Daya Diminta Netral\n\nKepala BKD Irwan Wulandari menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Irwan Wulandari", "Badan Kepegawaian Daerah Provinsi Papua Barat Daya"),
    ("Pemprov PBD Gelar Apel Netralitas ASN\n\nKepala Inspektorat Wahyu Pratama meminta pegawai tidak "
     "ikut berkampanye.",
     "Wahyu Pratama", "Inspektorat Provinsi Papua Barat Daya"),
    # a province's story naming its province only as the place of its event
    ("Apel netralitas ASN digelar di Provinsi Aceh. Sekdaprov Siti Ramadhan mengingatkan sanksi bagi "
     "ASN yang tidak netral.",
     "Siti Ramadhan", "Pemerintah Aceh"),
    ("Apel netralitas ASN digelar di Provinsi Sumatera Utara. Sekretaris Daerah Hendra Setiawan "
     "meminta pegawai tidak ikut berkampanye.",
     "Hendra Setiawan", "Pemerintah Provinsi Sumatera Utara"),
    ("Apel netralitas ASN digelar di Provinsi Sumatera Barat. Pj Sekda Agus Wulandari menegaskan ASN "
     "wajib netral dalam Pilkada 2024.",
     "Agus Wulandari", "Pemerintah Provinsi Sumatera Barat"),
    ("Apel netralitas ASN digelar di Provinsi Riau. Kepala BKD Lestari Manurung mengimbau ASN "
     "menjaga netralitas.",
     "Lestari Manurung", "Badan Kepegawaian Daerah Provinsi Riau"),
    ("Apel netralitas ASN digelar di Provinsi Jambi. Kepala Inspektorat Ratna Pane mengingatkan "
     "sanksi bagi ASN yang tidak netral.",
     "Ratna Pane", "Inspektorat Provinsi Jambi"),
    ("Apel netralitas ASN digelar di Provinsi Sumatera Selatan. Kepala Kesbangpol Eko Daulay meminta "
     "pegawai tidak ikut berkampanye.",
     "Eko Daulay", "Badan Kesatuan Bangsa dan Politik Provinsi Sumatera Selatan"),
    ("Apel netralitas ASN digelar di Provinsi Bengkulu. Kepala BKPSDM Hasan Saputra menegaskan ASN "
     "wajib netral dalam Pilkada 2024.",
     "Hasan Saputra", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Bengkulu"),
    ("Apel netralitas ASN digelar di Provinsi Lampung. Kasatpol PP Yanti Hidayat mengimbau ASN "
     "menjaga netralitas.",
     "Yanti Hidayat", "Satuan Polisi Pamong Praja Provinsi Lampung"),
    ("Apel netralitas ASN digelar di Provinsi Kepulauan Bangka Belitung. Ketua DPRD Siti Rahayu "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Siti Rahayu", "Dewan Perwakilan Rakyat Daerah Provinsi Kepulauan Bangka Belitung"),
    ("Apel netralitas ASN digelar di Provinsi Kepulauan Riau. Kepala Dinas Pendidikan Hendra Pratama "
     "meminta pegawai tidak ikut berkampanye.",
     "Hendra Pratama", "Dinas Pendidikan Provinsi Kepulauan Riau"),
    ("Apel netralitas ASN digelar di Provinsi Jawa Barat. Ketua Bawaslu Agus Kurniawan menegaskan "
     "ASN wajib netral dalam Pilkada 2024.",
     "Agus Kurniawan", "Bawaslu Provinsi Jawa Barat"),
    ("Apel netralitas ASN digelar di Provinsi Jawa Tengah. Gubernur Lestari Lubis mengimbau ASN "
     "menjaga netralitas.",
     "Lestari Lubis", "Pemerintah Provinsi Jawa Tengah"),
    ("Apel netralitas ASN digelar di Provinsi Daerah Istimewa Yogyakarta. Wakil Gubernur Ratna "
     "Siregar mengingatkan sanksi bagi ASN yang tidak netral.",
     "Ratna Siregar", "Pemerintah Daerah Daerah Istimewa Yogyakarta"),
    ("Apel netralitas ASN digelar di Provinsi Jawa Timur. Wagub Eko Tanjung meminta pegawai tidak "
     "ikut berkampanye.",
     "Eko Tanjung", "Pemerintah Provinsi Jawa Timur"),
    ("Apel netralitas ASN digelar di Provinsi Banten. Pj Gubernur Hasan Wijaya menegaskan ASN wajib "
     "netral dalam Pilkada 2024.",
     "Hasan Wijaya", "Pemerintah Provinsi Banten"),
    ("Apel netralitas ASN digelar di Provinsi Bali. Sekda Yanti Nasution mengimbau ASN menjaga "
     "netralitas.",
     "Yanti Nasution", "Pemerintah Provinsi Bali"),
    ("Apel netralitas ASN digelar di Provinsi Nusa Tenggara Barat. Sekdaprov Siti Harahap "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Siti Harahap", "Pemerintah Provinsi Nusa Tenggara Barat"),
    ("Apel netralitas ASN digelar di Provinsi Nusa Tenggara Timur. Sekretaris Daerah Hendra Putri "
     "meminta pegawai tidak ikut berkampanye.",
     "Hendra Putri", "Pemerintah Provinsi Nusa Tenggara Timur"),
    ("Apel netralitas ASN digelar di Provinsi Kalimantan Barat. Pj Sekda Agus Gunawan menegaskan ASN "
     "wajib netral dalam Pilkada 2024.",
     "Agus Gunawan", "Pemerintah Provinsi Kalimantan Barat"),
    ("Apel netralitas ASN digelar di Provinsi Kalimantan Tengah. Kepala BKD Lestari Susanto "
     "mengimbau ASN menjaga netralitas.",
     "Lestari Susanto", "Badan Kepegawaian Daerah Provinsi Kalimantan Tengah"),
    ("Apel netralitas ASN digelar di Provinsi Kalimantan Selatan. Kepala Inspektorat Ratna Ramadhan "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Ratna Ramadhan", "Inspektorat Provinsi Kalimantan Selatan"),
    ("Apel netralitas ASN digelar di Provinsi Kalimantan Timur. Kepala Kesbangpol Eko Setiawan "
     "meminta pegawai tidak ikut berkampanye.",
     "Eko Setiawan", "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur"),
    ("Apel netralitas ASN digelar di Provinsi Kalimantan Utara. Kepala BKPSDM Hasan Wulandari "
     "menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Hasan Wulandari", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Provinsi Kalimantan Utara"),
    ("Apel netralitas ASN digelar di Provinsi Sulawesi Utara. Kasatpol PP Yanti Manurung mengimbau "
     "ASN menjaga netralitas.",
     "Yanti Manurung", "Satuan Polisi Pamong Praja Provinsi Sulawesi Utara"),
    ("Apel netralitas ASN digelar di Provinsi Sulawesi Tengah. Ketua DPRD Siti Pane mengingatkan "
     "sanksi bagi ASN yang tidak netral.",
     "Siti Pane", "Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Tengah"),
    ("Apel netralitas ASN digelar di Provinsi Sulawesi Selatan. Kepala Dinas Pendidikan Hendra "
     "Daulay meminta pegawai tidak ikut berkampanye.",
     "Hendra Daulay", "Dinas Pendidikan Provinsi Sulawesi Selatan"),
    ("Apel netralitas ASN digelar di Provinsi Sulawesi Tenggara. Ketua Bawaslu Agus Saputra "
     "menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Agus Saputra", "Bawaslu Provinsi Sulawesi Tenggara"),
    ("Apel netralitas ASN digelar di Provinsi Gorontalo. Gubernur Lestari Hidayat mengimbau ASN "
     "menjaga netralitas.",
     "Lestari Hidayat", "Pemerintah Provinsi Gorontalo"),
    ("Apel netralitas ASN digelar di Provinsi Sulawesi Barat. Wakil Gubernur Ratna Rahayu "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Ratna Rahayu", "Pemerintah Provinsi Sulawesi Barat"),
    ("Apel netralitas ASN digelar di Provinsi Maluku. Wagub Eko Pratama meminta pegawai tidak ikut "
     "berkampanye.",
     "Eko Pratama", "Pemerintah Provinsi Maluku"),
    ("Apel netralitas ASN digelar di Provinsi Maluku Utara. Pj Gubernur Hasan Kurniawan menegaskan "
     "ASN wajib netral dalam Pilkada 2024.",
     "Hasan Kurniawan", "Pemerintah Provinsi Maluku Utara"),
    ("Apel netralitas ASN digelar di Provinsi Papua. Sekda Yanti Lubis mengimbau ASN menjaga "
     "netralitas.",
     "Yanti Lubis", "Pemerintah Provinsi Papua"),
    ("Apel netralitas ASN digelar di Provinsi Papua Barat. Sekdaprov Siti Siregar mengingatkan "
     "sanksi bagi ASN yang tidak netral.",
     "Siti Siregar", "Pemerintah Provinsi Papua Barat"),
    ("Apel netralitas ASN digelar di Provinsi Papua Selatan. Sekretaris Daerah Hendra Tanjung "
     "meminta pegawai tidak ikut berkampanye.",
     "Hendra Tanjung", "Pemerintah Provinsi Papua Selatan"),
    ("Apel netralitas ASN digelar di Provinsi Papua Tengah. Pj Sekda Agus Wijaya menegaskan ASN "
     "wajib netral dalam Pilkada 2024.",
     "Agus Wijaya", "Pemerintah Provinsi Papua Tengah"),
    ("Apel netralitas ASN digelar di Provinsi Papua Pegunungan. Kepala BKD Lestari Nasution "
     "mengimbau ASN menjaga netralitas.",
     "Lestari Nasution", "Badan Kepegawaian Daerah Provinsi Papua Pegunungan"),
    ("Apel netralitas ASN digelar di Provinsi Papua Barat Daya. Kepala Inspektorat Ratna Harahap "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Ratna Harahap", "Inspektorat Provinsi Papua Barat Daya"),
    # a regency's story naming its regency once, in a lead sentence, a dateline or the headline
    ("Pemerintah Kabupaten Malinau menggelar apel netralitas ASN. Bupati Fajar Manurung mengimbau "
     "ASN menjaga netralitas.",
     "Fajar Manurung", "Pemerintah Kabupaten Malinau"),
    ("WAY KANAN - Wakil Bupati Sri Kurniawan menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Sri Kurniawan", "Pemerintah Kabupaten Way Kanan"),
    ("KONAWE SELATAN, kabarwarta.id - Wabup Eko Putri meminta pegawai tidak ikut berkampanye.",
     "Eko Putri", "Pemerintah Kabupaten Konawe Selatan"),
    ("ASN Dairi Diminta Netral\n\nPj Bupati Maya Pane mengingatkan sanksi bagi ASN yang tidak netral.",
     "Maya Pane", "Pemerintah Kabupaten Dairi"),
    ("Pemkab Labuhanbatu Selatan menggelar sosialisasi netralitas, Senin (7/10/2024). Plt Bupati "
     "Joko Lubis mengimbau ASN menjaga netralitas.",
     "Joko Lubis", "Pemerintah Kabupaten Labuhanbatu Selatan"),
    ("Ratusan ASN di Kabupaten Dharmasraya mengikuti deklarasi netralitas. Sekda Hasan Gunawan "
     "menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Hasan Gunawan", "Pemerintah Kabupaten Dharmasraya"),
    ("Pemerintah Kabupaten Maros menggelar apel netralitas ASN. Pj Sekda Indah Daulay meminta "
     "pegawai tidak ikut berkampanye.",
     "Indah Daulay", "Pemerintah Kabupaten Maros"),
    ("NIAS SELATAN - Asisten I Teguh Siregar mengingatkan sanksi bagi ASN yang tidak netral.",
     "Teguh Siregar", "Pemerintah Kabupaten Nias Selatan"),
    ("TIMOR TENGAH UTARA, kabarwarta.id - Kasatpol PP Yanti Susanto mengimbau ASN menjaga netralitas.",
     "Yanti Susanto", "Satuan Polisi Pamong Praja Kabupaten Timor Tengah Utara"),
    ("ASN Aceh Tamiang Diminta Netral\n\nKepala Diskominfo Andi Saputra menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Andi Saputra", "Dinas Komunikasi dan Informatika Kabupaten Aceh Tamiang"),
    ("Pemkab Tapanuli Utara menggelar sosialisasi netralitas, Senin (7/10/2024). Kepala BKPSDM Rudi "
     "Tanjung meminta pegawai tidak ikut berkampanye.",
     "Rudi Tanjung", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Tapanuli Utara"),
    ("Ratusan ASN di Kabupaten Flores Timur mengikuti deklarasi netralitas. Kepala BKD Siti Ramadhan "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Siti Ramadhan", "Badan Kepegawaian Daerah Kabupaten Flores Timur"),
    ("Pemerintah Kabupaten Lombok Utara menggelar apel netralitas ASN. Kepala Inspektorat Yusuf "
     "Hidayat mengimbau ASN menjaga netralitas.",
     "Yusuf Hidayat", "Inspektorat Kabupaten Lombok Utara"),
    ("NAGAN RAYA - Kaban Kesbangpol Dewi Wijaya menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Dewi Wijaya", "Badan Kesatuan Bangsa dan Politik Kabupaten Nagan Raya"),
    ("LAHAT, kabarwarta.id - Ketua Bawaslu Hendra Setiawan meminta pegawai tidak ikut berkampanye.",
     "Hendra Setiawan", "Bawaslu Kabupaten Lahat"),
    ("ASN Puncak Diminta Netral\n\nAnggota Bawaslu Rahmat Rahayu mengingatkan sanksi bagi ASN yang "
     "tidak netral.",
     "Rahmat Rahayu", "Bawaslu Kabupaten Puncak"),
    ("Pemkab Seruyan menggelar sosialisasi netralitas, Senin (7/10/2024). Ketua KPU Nur Nasution "
     "mengimbau ASN menjaga netralitas.",
     "Nur Nasution", "Komisi Pemilihan Umum Kabupaten Seruyan"),
    ("Ratusan ASN di Kabupaten Deiyai mengikuti deklarasi netralitas. Ketua DPRD Agus Wulandari "
     "menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Agus Wulandari", "Dewan Perwakilan Rakyat Daerah Kabupaten Deiyai"),
    ("Pemerintah Kabupaten Aceh Jaya menggelar apel netralitas ASN. Kapolres Fitri Pratama meminta "
     "pegawai tidak ikut berkampanye.",
     "Fitri Pratama", "Kepolisian Resor Aceh Jaya"),
    ("MAMASA - Kajari Bambang Harahap mengingatkan sanksi bagi ASN yang tidak netral.",
     "Bambang Harahap", "Kejaksaan Negeri Mamasa"),
    ("MURUNG RAYA, kabarwarta.id - Bupati Lestari Manurung mengimbau ASN menjaga netralitas.",
     "Lestari Manurung", "Pemerintah Kabupaten Murung Raya"),
    ("ASN Pakpak Bharat Diminta Netral\n\nWakil Bupati Irwan Kurniawan menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Irwan Kurniawan", "Pemerintah Kabupaten Pakpak Bharat"),
    ("Pemkab Batanghari menggelar sosialisasi netralitas, Senin (7/10/2024). Wabup Wahyu Putri "
     "meminta pegawai tidak ikut berkampanye.",
     "Wahyu Putri", "Pemerintah Kabupaten Batanghari"),
    ("Ratusan ASN di Kabupaten Kutai Barat mengikuti deklarasi netralitas. Pj Bupati Ratna Pane "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Ratna Pane", "Pemerintah Kabupaten Kutai Barat"),
    ("Pemerintah Kabupaten Kepulauan Yapen menggelar apel netralitas ASN. Plt Bupati Fajar Lubis "
     "mengimbau ASN menjaga netralitas.",
     "Fajar Lubis", "Pemerintah Kabupaten Kepulauan Yapen"),
    ("TANAH LAUT - Sekda Sri Gunawan menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Sri Gunawan", "Pemerintah Kabupaten Tanah Laut"),
    ("TELUK WONDAMA, kabarwarta.id - Pj Sekda Eko Daulay meminta pegawai tidak ikut berkampanye.",
     "Eko Daulay", "Pemerintah Kabupaten Teluk Wondama"),
    ("ASN Barito Timur Diminta Netral\n\nAsisten I Maya Siregar mengingatkan sanksi bagi ASN yang "
     "tidak netral.",
     "Maya Siregar", "Pemerintah Kabupaten Barito Timur"),
    ("Pemkab Pulau Morotai menggelar sosialisasi netralitas, Senin (7/10/2024). Kasatpol PP Joko "
     "Susanto mengimbau ASN menjaga netralitas.",
     "Joko Susanto", "Satuan Polisi Pamong Praja Kabupaten Pulau Morotai"),
    ("Ratusan ASN di Kabupaten Gianyar mengikuti deklarasi netralitas. Kepala Diskominfo Hasan "
     "Saputra menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Hasan Saputra", "Dinas Komunikasi dan Informatika Kabupaten Gianyar"),
    ("Pemerintah Kabupaten Aceh Barat Daya menggelar apel netralitas ASN. Kepala BKPSDM Indah "
     "Tanjung meminta pegawai tidak ikut berkampanye.",
     "Indah Tanjung", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Aceh Barat Daya"),
    ("SARMI - Kepala BKD Teguh Ramadhan mengingatkan sanksi bagi ASN yang tidak netral.",
     "Teguh Ramadhan", "Badan Kepegawaian Daerah Kabupaten Sarmi"),
    ("SIMEULUE, kabarwarta.id - Kepala Inspektorat Yanti Hidayat mengimbau ASN menjaga netralitas.",
     "Yanti Hidayat", "Inspektorat Kabupaten Simeulue"),
    ("ASN Gunung Mas Diminta Netral\n\nKaban Kesbangpol Andi Wijaya menegaskan ASN wajib netral dalam "
     "Pilkada 2024.",
     "Andi Wijaya", "Badan Kesatuan Bangsa dan Politik Kabupaten Gunung Mas"),
    ("Pemkab Serdang Bedagai menggelar sosialisasi netralitas, Senin (7/10/2024). Ketua Bawaslu Rudi "
     "Setiawan meminta pegawai tidak ikut berkampanye.",
     "Rudi Setiawan", "Bawaslu Kabupaten Serdang Bedagai"),
    ("Ratusan ASN di Kabupaten Tanggamus mengikuti deklarasi netralitas. Anggota Bawaslu Siti Rahayu "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Siti Rahayu", "Bawaslu Kabupaten Tanggamus"),
    ("Pemerintah Kabupaten Puncak Jaya menggelar apel netralitas ASN. Ketua KPU Yusuf Nasution "
     "mengimbau ASN menjaga netralitas.",
     "Yusuf Nasution", "Komisi Pemilihan Umum Kabupaten Puncak Jaya"),
    ("TOLIKARA - Ketua DPRD Dewi Wulandari menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Dewi Wulandari", "Dewan Perwakilan Rakyat Daerah Kabupaten Tolikara"),
    ("KOTAWARINGIN TIMUR, kabarwarta.id - Kapolres Hendra Pratama meminta pegawai tidak ikut "
     "berkampanye.",
     "Hendra Pratama", "Kepolisian Resor Kotawaringin Timur"),
    ("ASN Waropen Diminta Netral\n\nKajari Rahmat Harahap mengingatkan sanksi bagi ASN yang tidak "
     "netral.",
     "Rahmat Harahap", "Kejaksaan Negeri Waropen"),
    ("Pemkab Seram Bagian Barat menggelar sosialisasi netralitas, Senin (7/10/2024). Bupati Nur "
     "Manurung mengimbau ASN menjaga netralitas.",
     "Nur Manurung", "Pemerintah Kabupaten Seram Bagian Barat"),
    ("Ratusan ASN di Kabupaten Mesuji mengikuti deklarasi netralitas. Wakil Bupati Agus Kurniawan "
     "menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Agus Kurniawan", "Pemerintah Kabupaten Mesuji"),
    ("Pemerintah Kabupaten Konawe Kepulauan menggelar apel netralitas ASN. Wabup Fitri Putri meminta "
     "pegawai tidak ikut berkampanye.",
     "Fitri Putri", "Pemerintah Kabupaten Konawe Kepulauan"),
    ("BANGGAI KEPULAUAN - Pj Bupati Bambang Pane mengingatkan sanksi bagi ASN yang tidak netral.",
     "Bambang Pane", "Pemerintah Kabupaten Banggai Kepulauan"),
    ("LIMA PULUH KOTA, kabarwarta.id - Plt Bupati Lestari Lubis mengimbau ASN menjaga netralitas.",
     "Lestari Lubis", "Pemerintah Kabupaten Lima Puluh Kota"),
    ("ASN Mandailing Natal Diminta Netral\n\nSekda Irwan Gunawan menegaskan ASN wajib netral dalam "
     "Pilkada 2024.",
     "Irwan Gunawan", "Pemerintah Kabupaten Mandailing Natal"),
    ("Pemkab Kepulauan Tanimbar menggelar sosialisasi netralitas, Senin (7/10/2024). Pj Sekda Wahyu "
     "Daulay meminta pegawai tidak ikut berkampanye.",
     "Wahyu Daulay", "Pemerintah Kabupaten Kepulauan Tanimbar"),
    ("Ratusan ASN di Kabupaten Soppeng mengikuti deklarasi netralitas. Asisten I Ratna Siregar "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Ratna Siregar", "Pemerintah Kabupaten Soppeng"),
    ("Pemerintah Kabupaten Mahakam Ulu menggelar apel netralitas ASN. Kasatpol PP Fajar Susanto "
     "mengimbau ASN menjaga netralitas.",
     "Fajar Susanto", "Satuan Polisi Pamong Praja Kabupaten Mahakam Ulu"),
    ("YAHUKIMO - Kepala Diskominfo Sri Saputra menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Sri Saputra", "Dinas Komunikasi dan Informatika Kabupaten Yahukimo"),
    ("PACITAN, kabarwarta.id - Kepala BKPSDM Eko Tanjung meminta pegawai tidak ikut berkampanye.",
     "Eko Tanjung", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Pacitan"),
    ("ASN Mamberamo Tengah Diminta Netral\n\nKepala BKD Maya Ramadhan mengingatkan sanksi bagi ASN "
     "yang tidak netral.",
     "Maya Ramadhan", "Badan Kepegawaian Daerah Kabupaten Mamberamo Tengah"),
    ("Pemkab Boven Digoel menggelar sosialisasi netralitas, Senin (7/10/2024). Kepala Inspektorat "
     "Joko Hidayat mengimbau ASN menjaga netralitas.",
     "Joko Hidayat", "Inspektorat Kabupaten Boven Digoel"),
    ("Ratusan ASN di Kabupaten Nabire mengikuti deklarasi netralitas. Kaban Kesbangpol Hasan Wijaya "
     "menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Hasan Wijaya", "Badan Kesatuan Bangsa dan Politik Kabupaten Nabire"),
    ("Pemerintah Kabupaten Supiori menggelar apel netralitas ASN. Ketua Bawaslu Indah Setiawan "
     "meminta pegawai tidak ikut berkampanye.",
     "Indah Setiawan", "Bawaslu Kabupaten Supiori"),
    ("HALMAHERA SELATAN - Anggota Bawaslu Teguh Rahayu mengingatkan sanksi bagi ASN yang tidak "
     "netral.",
     "Teguh Rahayu", "Bawaslu Kabupaten Halmahera Selatan"),
    ("BALANGAN, kabarwarta.id - Ketua KPU Yanti Nasution mengimbau ASN menjaga netralitas.",
     "Yanti Nasution", "Komisi Pemilihan Umum Kabupaten Balangan"),
    ("ASN Pelalawan Diminta Netral\n\nKetua DPRD Andi Wulandari menegaskan ASN wajib netral dalam "
     "Pilkada 2024.",
     "Andi Wulandari", "Dewan Perwakilan Rakyat Daerah Kabupaten Pelalawan"),
    ("Pemkab Manggarai Timur menggelar sosialisasi netralitas, Senin (7/10/2024). Kapolres Rudi "
     "Pratama meminta pegawai tidak ikut berkampanye.",
     "Rudi Pratama", "Kepolisian Resor Manggarai Timur"),
    ("Ratusan ASN di Kabupaten Kubu Raya mengikuti deklarasi netralitas. Kajari Siti Harahap "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Siti Harahap", "Kejaksaan Negeri Kubu Raya"),
    ("Pemerintah Kabupaten Pegunungan Arfak menggelar apel netralitas ASN. Bupati Yusuf Manurung "
     "mengimbau ASN menjaga netralitas.",
     "Yusuf Manurung", "Pemerintah Kabupaten Pegunungan Arfak"),
    ("BANGKA SELATAN - Wakil Bupati Dewi Kurniawan menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Dewi Kurniawan", "Pemerintah Kabupaten Bangka Selatan"),
    ("ROTE NDAO, kabarwarta.id - Wabup Hendra Putri meminta pegawai tidak ikut berkampanye.",
     "Hendra Putri", "Pemerintah Kabupaten Rote Ndao"),
    ("ASN Lembata Diminta Netral\n\nPj Bupati Rahmat Pane mengingatkan sanksi bagi ASN yang tidak "
     "netral.",
     "Rahmat Pane", "Pemerintah Kabupaten Lembata"),
    ("Pemkab Grobogan menggelar sosialisasi netralitas, Senin (7/10/2024). Plt Bupati Nur Lubis "
     "mengimbau ASN menjaga netralitas.",
     "Nur Lubis", "Pemerintah Kabupaten Grobogan"),
    ("Ratusan ASN di Kabupaten Lanny Jaya mengikuti deklarasi netralitas. Sekda Agus Gunawan "
     "menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Agus Gunawan", "Pemerintah Kabupaten Lanny Jaya"),
    ("Pemerintah Kabupaten Ogan Komering Ulu Selatan menggelar apel netralitas ASN. Pj Sekda Fitri "
     "Daulay meminta pegawai tidak ikut berkampanye.",
     "Fitri Daulay", "Pemerintah Kabupaten Ogan Komering Ulu Selatan"),
    ("SINJAI - Asisten I Bambang Siregar mengingatkan sanksi bagi ASN yang tidak netral.",
     "Bambang Siregar", "Pemerintah Kabupaten Sinjai"),
    ("KEPULAUAN TALAUD, kabarwarta.id - Kasatpol PP Lestari Susanto mengimbau ASN menjaga netralitas.",
     "Lestari Susanto", "Satuan Polisi Pamong Praja Kabupaten Kepulauan Talaud"),
    ("ASN Pidie Jaya Diminta Netral\n\nKepala Diskominfo Irwan Saputra menegaskan ASN wajib netral "
     "dalam Pilkada 2024.",
     "Irwan Saputra", "Dinas Komunikasi dan Informatika Kabupaten Pidie Jaya"),
    ("Pemkab Pangkajene dan Kepulauan menggelar sosialisasi netralitas, Senin (7/10/2024). Kepala "
     "BKPSDM Wahyu Tanjung meminta pegawai tidak ikut berkampanye.",
     "Wahyu Tanjung", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Pangkajene dan Kepulauan"),
    ("Ratusan ASN di Kabupaten Tanah Bumbu mengikuti deklarasi netralitas. Kepala BKD Ratna Ramadhan "
     "mengingatkan sanksi bagi ASN yang tidak netral.",
     "Ratna Ramadhan", "Badan Kepegawaian Daerah Kabupaten Tanah Bumbu"),
    ("Pemerintah Kabupaten Majalengka menggelar apel netralitas ASN. Kepala Inspektorat Fajar "
     "Hidayat mengimbau ASN menjaga netralitas.",
     "Fajar Hidayat", "Inspektorat Kabupaten Majalengka"),
    ("MANGGARAI - Kaban Kesbangpol Sri Wijaya menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Sri Wijaya", "Badan Kesatuan Bangsa dan Politik Kabupaten Manggarai"),
    ("TANA TORAJA, kabarwarta.id - Ketua Bawaslu Eko Setiawan meminta pegawai tidak ikut berkampanye.",
     "Eko Setiawan", "Bawaslu Kabupaten Tana Toraja"),
    ("ASN Sambas Diminta Netral\n\nAnggota Bawaslu Maya Rahayu mengingatkan sanksi bagi ASN yang tidak "
     "netral.",
     "Maya Rahayu", "Bawaslu Kabupaten Sambas"),
    ("Pemkab Aceh Barat menggelar sosialisasi netralitas, Senin (7/10/2024). Ketua KPU Joko Nasution "
     "mengimbau ASN menjaga netralitas.",
     "Joko Nasution", "Komisi Pemilihan Umum Kabupaten Aceh Barat"),
    ("Ratusan ASN di Kabupaten Morowali Utara mengikuti deklarasi netralitas. Ketua DPRD Hasan "
     "Wulandari menegaskan ASN wajib netral dalam Pilkada 2024.",
     "Hasan Wulandari", "Dewan Perwakilan Rakyat Daerah Kabupaten Morowali Utara"),
    ("Pemerintah Kabupaten Musi Rawas Utara menggelar apel netralitas ASN. Kapolres Indah Pratama "
     "meminta pegawai tidak ikut berkampanye.",
     "Indah Pratama", "Kepolisian Resor Musi Rawas Utara"),
    ("PULAU TALIABU - Kajari Teguh Harahap mengingatkan sanksi bagi ASN yang tidak netral.",
     "Teguh Harahap", "Kejaksaan Negeri Pulau Taliabu"),
    # a minister's short title after a staff title is the minister's, no holder's name
    ("Pemprov Gorontalo menggelar apel. Staf Ahli Menaker RI ini kemudian mengajak seluruh ASN netral.", "Menaker",
     None),
    ("Pemkab Bone Bolango menggelar sosialisasi. Staf Ahli Mendagri itu meminta ASN tidak memihak.", "Mendagri",
     None),
    ("Pemprov Maluku Utara menggelar apel. Staf Ahli Menpora kemudian mengingatkan ASN agar netral.", "Menpora",
     None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "name", "agency"),
                         [pytest.param(k, *f, id=f[0][:48]) for k, f in enumerate(FORMS)])
def test_a_bare_title_takes_the_region_of_the_story(analysed: list, k: int, text: str, name: str,
                                                     agency: str | None) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    assert found.get(name) == agency
