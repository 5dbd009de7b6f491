"""Probe list of where a small place ends and its holder's name begins: districts, wards and villages of two or three
words (a region's name and a compass word, "Kota" for a town's central district, a land word and another word) or of
one word written twice with a hyphen, holders after them with and without a comma, the district a village lies in
written between the village and its holder, and names followed by a capitalised word that is no name (a weekday, a
month, "Selaku", "Saat"). Each sentence (our own words) must give its holder whole, with the institution where one is
given, so that the place neither takes a word of the name nor leaves one of its own words to it. All are analysed in
one batch."""

from __future__ import annotations

import pytest

OPENING = "Bawaslu mengingatkan ASN netral dalam Pilkada 2024. "

# (sentence, holder, institution or None where any is accepted)
FORMS = [
    # a region's name with a compass word: the district of that name
    ("Camat Semarang Barat, Heru Prasetyo, meminta lurah netral.", "Heru Prasetyo", "Kecamatan Semarang Barat"),
    ("Camat Semarang Barat Heru Prasetyo meminta lurah netral.", "Heru Prasetyo", "Kecamatan Semarang Barat"),
    ("Camat Bogor Selatan, Dimas Anggara, diperiksa Bawaslu.", "Dimas Anggara", "Kecamatan Bogor Selatan"),
    ("Camat Bekasi Utara Nurhadi Susanto meminta ASN netral.", "Nurhadi Susanto", "Kecamatan Bekasi Utara"),
    ("Camat Kendari Barat Laode Ahmad menghadiri deklarasi.", "Laode Ahmad", "Kecamatan Kendari Barat"),
    ("Camat Jambi Selatan Mursyid meminta lurah netral.", "Mursyid", "Kecamatan Jambi Selatan"),
    ("Camat Palu Barat, Asrul, meminta ASN netral.", "Asrul", "Kecamatan Palu Barat"),
    ("Camat Pariaman Timur Andri Yusuf menegur lurah yang ikut kampanye.", "Andri Yusuf",
     "Kecamatan Pariaman Timur"),
    ("Camat Jember Timur, Sugeng Riyadi, meminta ASN netral.", "Sugeng Riyadi", "Kecamatan Jember Timur"),
    ("Lurah Serang Timur Wahyu Hidayat dilaporkan ke Bawaslu.", "Wahyu Hidayat", "Kelurahan Serang Timur"),
    ("Kepala Desa Wonorejo Barat Sutikno meminta perangkat desa netral.", "Sutikno", "Desa Wonorejo Barat"),
    ("Kepala Desa Sidomulyo Timur, Parjo, meminta perangkat netral.", "Parjo", "Desa Sidomulyo Timur"),
    ("Kepala Desa Karangrejo Timur Slamet meminta perangkat desa netral.", "Slamet", "Desa Karangrejo Timur"),
    ("Camat Banjarmasin Utara Muhammad Ramadhan Senin mengingatkan lurah.", "Muhammad Ramadhan",
     "Kecamatan Banjarmasin Utara"),
    # a town's central district or ward, named with "Kota" after the town
    ("Camat Tegal Kota Agus Riyadi meminta lurah netral.", "Agus Riyadi", "Kecamatan Tegal Kota"),
    ("Camat Pontianak Kota Rahmat meminta ASN netral.", "Rahmat", "Kecamatan Pontianak Kota"),
    ("Camat Pekanbaru Kota, Rudi Suryadi, meminta ASN netral.", "Rudi Suryadi", "Kecamatan Pekanbaru Kota"),
    ("Lurah Bagan Kota Sutrisno diperiksa Bawaslu.", "Sutrisno", "Kelurahan Bagan Kota"),
    ("Kapolsek Kudus Kota AKP Budi Santoso meminta anggota netral.", "Budi Santoso", None),
    ("Kapolsek Makassar Kota, AKP Muhammad Yusuf, meminta anggota netral.", "Muhammad Yusuf", None),
    ("Kapolsek Semarang Barat Kompol Agus Riyanto mengingatkan anggotanya.", "Agus Riyanto", None),
    ("Kapolsek Medan Baru Kompol Hendra Tarigan meminta anggota netral.", "Hendra Tarigan", None),
    ("Danramil Kota Baru Kapten Inf Sutrisno mengingatkan prajurit.", "Sutrisno", None),
    # places named after a feature of the land, and places of three words
    ("Camat Tanah Abang, Iqbal Hakim, mengimbau ASN netral.", "Iqbal Hakim", "Kecamatan Tanah Abang"),
    ("Camat Tanah Abang Iqbal Hakim mengimbau ASN netral.", "Iqbal Hakim", "Kecamatan Tanah Abang"),
    ("Camat Sungai Raya Hilir Rudi Hermawan meminta ASN netral.", "Rudi Hermawan", "Kecamatan Sungai Raya Hilir"),
    ("Camat Batang Hari Hulu, Anwar, meminta ASN netral.", "Anwar", "Kecamatan Batang Hari Hulu"),
    ("Lurah Taman Indah, Sri Wahyuni, menerima tim Bawaslu.", "Sri Wahyuni", "Kelurahan Taman Indah"),
    ("Lurah Kampung Baru Hendra Gunawan menghadiri kampanye.", "Hendra Gunawan", "Kelurahan Kampung Baru"),
    ("Lurah Pasar Lama Yusuf Hamzah dilaporkan ke Bawaslu.", "Yusuf Hamzah", "Kelurahan Pasar Lama"),
    ("Kepala Desa Mekar Jaya, Ahmad Sopandi, ikut kampanye.", "Ahmad Sopandi", "Desa Mekar Jaya"),
    ("Kepala Desa Pagar Alam Kabupaten Lahat, Zulkifli, dilaporkan.", "Zulkifli", None),
    ("Kepala Puskesmas Tanjung Karang Sri Rahayu mengingatkan bidan.", "Sri Rahayu", None),
    ("Kepala KUA Pulau Laut Barat Hamdani meminta penghulu netral.", "Hamdani", None),
    ("Kepala SMPN 1 Bukit Tinggi Hasan meminta guru netral.", "Hasan", None),
    ("Kepala Cabjari Wahai, Rudi Hartanto, mengingatkan jaksa netral.", "Rudi Hartanto", None),
    # places of three words closed by a last word of places, the holder after them with no comma
    ("Lurah Sido Mulyo Permai Suryadi diperiksa Bawaslu.", "Suryadi", "Kelurahan Sido Mulyo Permai"),
    ("Lurah Pondok Gede Permai Rudi Hartono dilaporkan ke Bawaslu.", "Rudi Hartono",
     "Kelurahan Pondok Gede Permai"),
    ("Kepala Desa Sido Rejo Kidul Parman meminta perangkat netral.", "Parman", "Desa Sido Rejo Kidul"),
    # villages named after a spring, a reef, a swamp, a garden or a row of houses, in two words with no comma
    ("Kepala SDN 2 Sumber Rejo Rina meminta guru netral.", "Rina", None),
    ("Kepala SDN 3 Karang Anyar Dewi Sartika meminta guru netral.", "Dewi Sartika", None),
    ("Lurah Rawa Buaya Sutrisno dilaporkan ke Bawaslu.", "Sutrisno", "Kelurahan Rawa Buaya"),
    ("Kepala KUA Kebon Jeruk Ahmad Fauzan meminta penghulu netral.", "Ahmad Fauzan", None),
    ("Kepala Desa Banjar Sari Hadi Purnomo ikut berkampanye.", "Hadi Purnomo", "Desa Banjar Sari"),
    ("Kepala Desa Karang Tengah Suparman diperiksa Bawaslu.", "Suparman", "Desa Karang Tengah"),
    # a prosecutor's branch office by its place of one word, its holder's name after it with no comma
    ("Kepala Cabjari Wahai Rudi Hartanto mengingatkan jaksa netral.", "Rudi Hartanto",
     "Cabang Kejaksaan Negeri Wahai"),
    ("Kacabjari Tanjung Pandan Budi Santoso meminta jaksa tidak berpolitik.", "Budi Santoso",
     "Cabang Kejaksaan Negeri Tanjung Pandan"),
    # a district military command numbered and named by a district of two words
    ("Danramil 0733-02/Semarang Barat Kapten Inf Sugeng meminta prajurit netral.", "Sugeng",
     "Komando Rayon Militer 0733-02/Semarang Barat"),
    ("Danramil 01/Medan Kota Mayor Arh Joko Susilo mengingatkan prajurit.", "Joko Susilo",
     "Komando Rayon Militer 01/Medan Kota"),
    ("Danramil 0203/Tanjung Pura Kapten Inf Rudi meminta prajurit netral.", "Rudi",
     "Komando Rayon Militer 0203/Tanjung Pura"),
    # the district a village or ward lies in, written between it and the holder's comma
    ("Kepala Desa Tanjung Baru Kecamatan Sukaraja, Dedi Kusnadi, dilaporkan.", "Dedi Kusnadi", "Desa Tanjung Baru"),
    ("Kades Cikole Kecamatan Lembang, Asep Saepul, diperiksa.", "Asep Saepul", "Desa Cikole"),
    ("Lurah Bintaro Kecamatan Pesanggrahan, Ratna Dewi, dilaporkan.", "Ratna Dewi", "Kelurahan Bintaro"),
    ("Sekdes Margomulyo Kecamatan Pace, Eko Prasetyo, hadir dalam deklarasi calon.", "Eko Prasetyo",
     "Desa Margomulyo"),
    ("Pj Kades Sumbersari Kecamatan Tanggul Wetan, Hadi, meminta perangkat netral.", "Hadi", "Desa Sumbersari"),
    # the title's region restated in short after the title's short form in brackets; a region's name that opens
    # the holder's name is his ("Bima")
    ("Kepala Kejaksaan Tinggi Sulawesi Selatan (Kajati) Sulsel Agus Salim meminta jaksa netral.", "Agus Salim",
     "Kejaksaan Tinggi Sulawesi Selatan"),
    ("Kepala Kepolisian Daerah Jawa Tengah (Kapolda) Jateng Irjen Ahmad Luthfi meminta anggota netral.",
     "Ahmad Luthfi", "Kepolisian Daerah Jawa Tengah"),
    ("Kepala BKN (BKN) Bima Haria Wibisana meminta ASN netral.", "Bima Haria Wibisana", None),
    # a place whose name is one word written twice with a hyphen, its second half in lower case or not
    ("Lurah Jua-jua, Abdullah, terancam sanksi karena tidak netral.", "Abdullah", "Kelurahan Jua-jua"),
    ("Lurah Jua-jua Abdullah terancam sanksi karena tidak netral.", "Abdullah", "Kelurahan Jua-jua"),
    ("Kepala Desa Tanjung-Tanjung, Syamsul Bahri, dilaporkan ke Bawaslu.", "Syamsul Bahri",
     "Desa Tanjung-Tanjung"),
    ("Camat Sukamaju-Rudi Hartono meminta ASN netral.", "Rudi Hartono", "Kecamatan Sukamaju"),
    # the holder's name followed by a capitalised word that is no name
    ("Bupati Garut Rudy Gunawan Senin meminta ASN netral.", "Rudy Gunawan", "Pemerintah Kabupaten Garut"),
    ("Bupati Garut Rudy Gunawan, Senin (12/2), meminta ASN netral.", "Rudy Gunawan", "Pemerintah Kabupaten Garut"),
    ("Sekda Garut Nurdin Yana Selasa lalu mengingatkan ASN.", "Nurdin Yana", "Pemerintah Kabupaten Garut"),
    ("Kepala BKPSDM Garut Nurdin Yana Selaku ketua tim meminta ASN netral.", "Nurdin Yana", None),
    ("Kepala BKD Jember Sukowinarno Saat ditemui mengatakan ASN wajib netral.", "Sukowinarno", None),
    ("Kepala BKD Jember Sukowinarno Saat ditemui, mengatakan ASN wajib netral.", "Sukowinarno", None),
    ("Camat Sumberjaya Iwan Kurniawan Maret lalu dilaporkan ke Bawaslu.", "Iwan Kurniawan", "Kecamatan Sumberjaya"),
    ("Ketua Bawaslu Garut Ahmad Nurul Syahid Kamis mengatakan laporan diproses.", "Ahmad Nurul Syahid", None),
    ("Kepala Inspektorat Garut Eko Yulianto Jumat mengatakan ASN diperiksa.", "Eko Yulianto", None),
    ("Wali Kota Bogor Bima Arya Sugiarto Minggu mengimbau ASN netral.", "Bima Arya Sugiarto", None),
    ("Pj Bupati Bekasi Dani Ramdan Rabu mengingatkan ASN.", "Dani Ramdan", None),
    ("Kepala Dinas Pendidikan Kota Bandung Hikmat Ginanjar Januari lalu menegaskan guru netral.", "Hikmat Ginanjar",
     None),
    ("Kepala BKPSDM Tegal Imam Wibowo BKN meminta ASN netral.", "Imam Wibowo", None),
    ("Camat Cilacap Selatan Agus Salim Selaku ketua panitia meminta ASN netral.", "Agus Salim",
     "Kecamatan Cilacap Selatan"),
]


@pytest.fixture(scope="module")
def officials(analyse_all) -> list[dict[str, str | None]]:
    """Each probe's officials by name, from one batch analysis."""
    results = analyse_all([OPENING + text for text, _, _ in FORMS], published="2024-01-10")
    return [{o.name: o.agency for o in a.officials} for a in results]


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[h for _, h, _ in FORMS])
def test_the_place_ends_where_the_name_begins(officials, index):
    _, holder, institution = FORMS[index]
    found = officials[index]
    assert holder in found, found
    if institution is not None:
        assert found[holder] == institution, found
