"""Probe list of the forms in which a story names a regional government: through its staff ("ASN Pemkab X",
"pegawai di lingkup Pemprov X"), as its "Pemda", in lower case, by its province named elsewhere, by the special names
of Aceh, Jakarta and Yogyakarta, by regencies of hyphenated or long names and their short forms, new provinces, the
title of its head or secretary, and its secretariat. Each sentence (our own words) must yield the government under
the canonical name the read half's gold gives it. All are analysed in one batch. A "Pemda" alone, with no place
after it, names no government: the read half's gold lists the story's regency for it in 2 stories and none in 4."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

# (sentence, the government it names)
FORMS = [
    # staff named by their government: "ASN/PNS/pegawai/jajaran/honorer" + "di lingkungan/lingkup" + the body
    ("ASN Pemkab Bantul diminta netral pada Pilkada 2024.", "Pemerintah Kabupaten Bantul"),
    ("ASN di lingkungan Pemkab Klaten dilarang ikut kampanye Pilkada 2024.", "Pemerintah Kabupaten Klaten"),
    ("ASN lingkup Pemprov Sulawesi Tenggara diimbau netral pada Pilkada 2024.",
     "Pemerintah Provinsi Sulawesi Tenggara"),
    ("Pegawai Pemkot Surabaya dilarang berfoto dengan calon pada Pilkada 2024.", "Pemerintah Kota Surabaya"),
    ("Jajaran Pemerintah Provinsi Jambi diminta menjaga netralitas pada Pilkada 2024.", "Pemerintah Provinsi Jambi"),
    ("Seluruh pegawai di lingkup Pemerintah Kabupaten Ogan Komering Ilir wajib netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Ogan Komering Ilir"),
    ("Honorer di lingkungan Pemerintah Kota Tanjungpinang dilarang berkampanye pada Pilkada 2024.",
     "Pemerintah Kota Tanjungpinang"),
    ("PNS Pemprov Kaltim dilarang memakai fasilitas dinas untuk kampanye Pilkada 2024.",
     "Pemerintah Provinsi Kalimantan Timur"),
    ("Sebanyak 12 ASN Pemko Medan dilaporkan ke Bawaslu pada Pilkada 2024.", "Pemerintah Kota Medan"),
    ("ASN dilingkungan Pemkab Lombok Tengah diminta netral pada Pilkada 2024.", "Pemerintah Kabupaten Lombok Tengah"),
    # the government as the region's "Pemerintah Daerah" or "Pemda", with or without its level word
    ("Pemda Sumbawa menggelar apel netralitas ASN jelang Pilkada 2024.", "Pemerintah Kabupaten Sumbawa"),
    ("Pemerintah Daerah (Pemda) Kabupaten Buru meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Buru"),
    ("Pemerintah Daerah Kabupaten Manggarai Barat mengingatkan ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Manggarai Barat"),
    ("ASN di lingkungan Pemda Kabupaten Ende diminta netral pada Pilkada 2024.", "Pemerintah Kabupaten Ende"),
    ("Pemerintah Daerah Provinsi Bengkulu meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Bengkulu"),
    ("Pemda Kota Bima meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Bima"),
    ("Pemda DIY meminta ASN menjaga netralitas pada Pilkada 2024.", "Pemerintah Daerah Daerah Istimewa Yogyakarta"),
    ("Pemda Sikka mengingatkan ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Sikka"),
    # in lower case: the body's name and its short form
    ("Aparatur di lingkungan pemerintah kabupaten Jeneponto diminta netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Jeneponto"),
    ("ASN pemkab Wonogiri dilarang ikut kampanye pada Pilkada 2024.", "Pemerintah Kabupaten Wonogiri"),
    ("ASN pemkot Kupang diminta netral pada Pilkada 2024.", "Pemerintah Kota Kupang"),
    ("Para ASN di lingkungan pemerintah provinsi Sumatera Barat diminta netral pada Pilkada 2024.",
     "Pemerintah Provinsi Sumatera Barat"),
    ("ASN pemprov Lampung dilarang memihak pada Pilkada 2024.", "Pemerintah Provinsi Lampung"),
    # "Pemprov" alone, its province named only in the dateline or another sentence
    ("ASN di lingkungan pemerintah kota Parepare diminta netral pada Pilkada 2024.", "Pemerintah Kota Parepare"),
    ("KENDARI - Pemprov meminta ASN menjaga netralitas pada Pilkada 2024.", "Pemerintah Provinsi Sulawesi Tenggara"),
    ("Gubernur Sulawesi Selatan mengumpulkan pejabat. Pemprov meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Provinsi Sulawesi Selatan"),
    ("Bawaslu Provinsi Jambi menggelar sosialisasi. ASN Pemprov diminta netral pada Pilkada 2024.",
     "Pemerintah Provinsi Jambi"),
    # governments with a name of their own by law, the capital, the capital's cities
    ("PADANG - ASN di lingkungan Pemprov diimbau netral pada Pilkada 2024.", "Pemerintah Provinsi Sumatera Barat"),
    ("Pemerintah Aceh mengingatkan ASN netral pada Pilkada 2024.", "Pemerintah Aceh"),
    ("ASN di lingkungan Pemerintah Aceh dilarang berkampanye pada Pilkada 2024.", "Pemerintah Aceh"),
    ("Pemprov DKI Jakarta meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi DKI Jakarta"),
    ("ASN Pemprov DKI dilarang memihak pada Pilkada 2024.", "Pemerintah Provinsi DKI Jakarta"),
    ("Pemerintah Provinsi DKI Jakarta mengingatkan ASN netral pada Pilkada 2024.", "Pemerintah Provinsi DKI Jakarta"),
    ("Pemerintah Daerah DIY meminta ASN netral pada Pilkada 2024.", "Pemerintah Daerah Daerah Istimewa Yogyakarta"),
    # regencies and cities whose names carry a hyphen or several words, and their short forms
    ("Pemkot Jakarta Utara meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Jakarta Utara"),
    ("ASN Pemkab Tojo Una-Una diminta netral pada Pilkada 2024.", "Pemerintah Kabupaten Tojo Una-Una"),
    ("Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro mengingatkan ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro"),
    ("Pemkab Sitaro meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro"),
    ("Pemerintah Kabupaten Pangkajene dan Kepulauan meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Pangkajene dan Kepulauan"),
    ("Pemkab Pangkep meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pangkajene dan Kepulauan"),
    ("Pemerintah Kabupaten Penukal Abab Lematang Ilir meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Penukal Abab Lematang Ilir"),
    ("Pemkab PALI meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Penukal Abab Lematang Ilir"),
    ("Pemkab Toli-Toli meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tolitoli"),
    ("Pemkab Bolaang Mongondow Utara meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Bolaang Mongondow Utara"),
    ("Pemkab Bolmut meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Bolaang Mongondow Utara"),
    ("Pemkab Kepulauan Aru meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Aru"),
    ("Pemkab Labuhanbatu Utara meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Labuhanbatu Utara"),
    ("Pemkab Labura meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Labuhanbatu Utara"),
    ("Pemkot Baubau meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Baubau"),
    ("Pemkot Bau-Bau meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Baubau"),
    # provinces and regencies formed since 2012
    ("Pemkab Pohuwato meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pohuwato"),
    ("Pemprov Papua Barat Daya meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Papua Barat Daya"),
    ("Pemprov Papua Pegunungan meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Papua Pegunungan"),
    ("Pemprov Papua Selatan meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Papua Selatan"),
    ("ASN Pemprov PBD diminta netral pada Pilkada 2024.", "Pemerintah Provinsi Papua Barat Daya"),
    ("Pemprov Kaltara meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Kalimantan Utara"),
    ("Pemkab Pegunungan Arfak meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pegunungan Arfak"),
    ("Pemkab Mamberamo Tengah meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Mamberamo Tengah"),
    ("Pemkab Pesisir Barat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pesisir Barat"),
    # a regional head's or secretary's title names the government ("Bupati X" -> Pemerintah Kabupaten X)
    ("Pemkab Musi Rawas Utara meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Musi Rawas Utara"),
    ("Pemkab Muratara meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Musi Rawas Utara"),
    ("Bupati Sleman meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Sleman"),
    ("Pj Bupati Banggai Laut meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Banggai Laut"),
    ("Wali Kota Bogor mengingatkan ASN netral pada Pilkada 2024.", "Pemerintah Kota Bogor"),
    ("Walikota Kotamobagu mengingatkan ASN netral pada Pilkada 2024.", "Pemerintah Kota Kotamobagu"),
    ("Gubernur Banten meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Banten"),
    ("Pj Gubernur Papua Tengah meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Papua Tengah"),
    ("Wakil Bupati Pesisir Selatan meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pesisir Selatan"),
    ("Wawali Kota Solok meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Solok"),
    ("Sekda Kabupaten Gowa meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Gowa"),
    ("Sekda Pringsewu meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pringsewu"),
    ("Penjabat Wali Kota Kendari meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Kendari"),
    # the regional secretariat is the government's apparatus
    ("Plt Bupati Kaimana meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kaimana"),
    ("Gubsu meminta ASN netral pada Pemilu 2019.", "Pemerintah Provinsi Sumatera Utara"),
    ("Setda Kabupaten Halmahera Utara menggelar apel netralitas ASN pada Pilkada 2024.",
     "Pemerintah Kabupaten Halmahera Utara"),
    ("Sekretariat Daerah Provinsi Kalimantan Selatan menggelar apel netralitas ASN pada Pilkada 2024.",
     "Pemerintah Provinsi Kalimantan Selatan"),
    ("ASN Setda Kalsel diminta netral pada Pilkada 2024.", "Pemerintah Provinsi Kalimantan Selatan"),
    ("Asisten I Setda Halut meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Halmahera Utara"),
    ("ASN di lingkungan Sekretariat Daerah (Setda) Provinsi Jateng berikrar netral pada Pemilu 2024.",
     "Pemerintah Provinsi Jawa Tengah"),
    ("Setdakab Bireuen menggelar apel netralitas ASN pada Pilkada 2024.", "Pemerintah Kabupaten Bireuen"),
    ("Setdako Bukittinggi menggelar apel netralitas ASN pada Pilkada 2024.", "Pemerintah Kota Bukittinggi"),
    ("Kabag Hukum Setda Kota Tidore Kepulauan meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kota Tidore Kepulauan"),
    # short forms of a region after the government's head
    ("Pemkab KBB meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Bandung Barat"),
    ("Pemkab Halut meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Halmahera Utara"),
    ("Pemkot Tangsel meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Tangerang Selatan"),
    ("Pemkab Pessel meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pesisir Selatan"),
    ("Pemprov Sumut meminta ASN netral pada Pemilu 2024.", "Pemerintah Provinsi Sumatera Utara"),
    ("Pemkab Kukar meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kutai Kartanegara"),
    ("Pemkab Sorsel meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Sorong Selatan"),
    ("Pemkab Konut meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Konawe Utara"),
    ("Pemkab Lamteng meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lampung Tengah"),
    # names written as one word or two, a doubled word with or without its hyphen, and regions' short forms
    ("Pemkot Pagar Alam meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Pagar Alam"),
    ("Pemkot Pagaralam meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Pagar Alam"),
    ("Pemkot Tanjung Pinang meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Tanjungpinang"),
    ("Pemkot Bandarlampung meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Bandar Lampung"),
    ("Pemkot Padang Sidempuan meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Padangsidimpuan"),
    ("Pemkot Padangsidimpuan meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Padangsidimpuan"),
    ("Pemkot Tanjung Balai meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Tanjungbalai"),
    ("Pemkot Pematang Siantar meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Pematangsiantar"),
    ("Pemkot Bukit Tinggi meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Bukittinggi"),
    ("Pemkab Labuhan Batu meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Labuhanbatu"),
    ("Pemkab Muko-Muko meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Mukomuko"),
    ("Pemkab Muko Muko meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Mukomuko"),
    ("Pemkot Tebing Tinggi meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Tebing Tinggi"),
    ("Pemkot Sibolga meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Sibolga"),
    ("Pemkab Pasaman Barat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pasaman Barat"),
    ("Pemkab Sijunjung meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Sijunjung"),
    ("Pemkab Sawah Lunto Sijunjung meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Sijunjung"),
    ("Pemkab Tulang Bawang Barat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tulang Bawang Barat"),
    ("Pemkab Tubaba meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tulang Bawang Barat"),
    ("Pemkab Tanah Bumbu meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tanah Bumbu"),
    ("Pemkab Tanbu meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tanah Bumbu"),
    ("Pemkab Kobar meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kotawaringin Barat"),
    ("Pemkab Toba Samosir meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Toba"),
    ("Pemkab Tobasa meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Toba"),
    ("Pemkab Pulau Morotai meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pulau Morotai"),
    ("Pemkab Kepulauan Selayar meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Selayar"),
    ("Pemkab Selayar meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Selayar"),
    ("Pemkab Maluku Barat Daya meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Maluku Barat Daya"),
    ("Pemkab MBD meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Maluku Barat Daya"),
    ("Pemkab Toba meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Toba"),
    ("Pemkab Kepulauan Meranti meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Meranti"),
    ("Pemkab Buton Tengah meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Buton Tengah"),
    ("Pemkab Bangkep meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Banggai Kepulauan"),
    ("Pemkab Humbahas meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Humbang Hasundutan"),
    ("Pemkot Lubuk Linggau meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Lubuklinggau"),
    ("Pemkot Pangkal Pinang meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Pangkalpinang"),
    ("Pemkot Palangkaraya meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Palangka Raya"),
    ("Pemkab Kotim meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kotawaringin Timur"),
    ("Pemkab HSS meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Hulu Sungai Selatan"),
    ("Pemkab Lima Puluh Kota meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lima Puluh Kota"),
    ("Pemkab Limapuluh Kota meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lima Puluh Kota"),
    ("Pemkab Tanjung Jabung Barat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tanjung Jabung Barat"),
    ("Pemkab Tanjabbar meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tanjung Jabung Barat"),
    ("Pemkab Pakpak Bharat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pakpak Bharat"),
    ("Pemkab Fakfak meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Fakfak"),
    ("Pemkab Fak-Fak meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Fakfak"),
    ("Pemkab Raja Ampat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Raja Ampat"),
    ("Pemkab Ogan Komering Ulu Selatan meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Ogan Komering Ulu Selatan"),
    ("Pemkab OKU Selatan meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Ogan Komering Ulu Selatan"),
    ("Pemkab Mukomuko meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Mukomuko"),
    ("Pemkab Parigi Moutong meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Parigi Moutong"),
    ("Pemkab Parimo meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Parigi Moutong"),
    ("Pemkab Touna meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tojo Una-Una"),
    ("Pemkab Sangihe meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Sangihe"),
    ("Pemkab Bolmong meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Bolaang Mongondow"),
    ("Pemkab Minahasa Tenggara meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Minahasa Tenggara"),
    ("Pemkab Mitra meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Minahasa Tenggara"),
    ("Pemkab Nagan Raya meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Nagan Raya"),
    ("Pemkab Gayo Lues meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Gayo Lues"),
    ("Pemkot Sawahlunto meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Sawahlunto"),
    ("Pemkab Kutai Kartanegara meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Kutai Kartanegara"),
    ("Pemkab PPU meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Penajam Paser Utara"),
    ("Pemkab Mahakam Ulu meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Mahakam Ulu"),
    ("Pemkab Tana Tidung meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Tana Tidung"),
    ("Pemkab KLU meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lombok Utara"),
    ("Pemkab Manggarai Timur meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Manggarai Timur"),
    ("Pemkab Sabu Raijua meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Sabu Raijua"),
    ("Pemkab TTS meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Timor Tengah Selatan"),
    ("Pemkab Pasangkayu meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Pasangkayu"),
    ("Pemkab Mamuju Tengah meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Mamuju Tengah"),
    ("Pemkab Bone Bolango meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Bone Bolango"),
    ("Pemkab Bonebol meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Bone Bolango"),
    ("Pemkab Teluk Bintuni meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Teluk Bintuni"),
    ("Pemprov Kepulauan Bangka Belitung meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Provinsi Kepulauan Bangka Belitung"),
    ("Pemprov Babel meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Kepulauan Bangka Belitung"),
    ("ASN lingkup Pemprov Malut diminta netral pada Pilkada 2024.", "Pemerintah Provinsi Maluku Utara"),
    ("ASN lingkup Pemprov NTT diminta netral pada Pilkada 2024.", "Pemerintah Provinsi Nusa Tenggara Timur"),
    ("ASN lingkup Pemprov Sulbar diminta netral pada Pilkada 2024.", "Pemerintah Provinsi Sulawesi Barat"),
]

# sentences that name no regional government: the government in general, a regulation, the civil servants of a place
NONE = [
    "Pemerintah wajib menjaga netralitas ASN pada Pilkada 2024.",
    "Peraturan Pemerintah Nomor 94 Tahun 2021 mengatur disiplin ASN.",
    "Pegawai Pemerintah dengan Perjanjian Kerja dilarang berkampanye.",
    "Pemerintah pusat meminta ASN netral pada Pilkada 2024.",
    "Pemerintah Indonesia menjamin Pilkada 2024 berjalan jujur.",
    "Bawaslu Provinsi Banten mengingatkan birokrasi di semua level Pemda agar netral pada Pilkada 2024.",
]


@pytest.fixture(scope="module")
def agencies(nlp) -> list[set[str]]:
    """Each probe's institutions, from one batch analysis."""
    arts = [Article(article_id=str(i), url=f"http://example.test/{i}", source_id="test", title=None,
                    published_at=None, published_date=date(2024, 1, 10), author=None, text=text,
                    source_province=None) for i, (text, _) in enumerate(FORMS)]
    return [{a.agency for a in result.agencies} for result in analyse(arts)]


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[t[:48] for t, _ in FORMS])
def test_each_form_names_its_government(agencies, index):
    assert FORMS[index][1] in agencies[index], agencies[index]


@pytest.mark.parametrize("text", NONE)
def test_no_regional_government(run, text):
    found = {a.agency for a in run(text).agencies}
    assert not {a for a in found if a.startswith(("Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota"))}, \
        found
