"""Probe list of districts by name (patterns/districts.yaml): a district of two or three words that no word of
places opens or closes, after the title of its head or a body of it (Camat, Sekcam, Kapolsek, Danramil, Ketua
PPK, Ketua Panwascam or Panwaslu Kecamatan), its holder's name after it with no comma; districts written in
two words where the list joins them ("Bojong Gede", "Tanjung Karang Pusat"); a village with the listed district
it lies in before its holder; the regency after the district, before the holder; bodies named by such a district
with no holder. Across provinces, in our own words. The place must neither take a word of the name nor leave one
of its own to it. All are analysed in one batch."""

from __future__ import annotations

import pytest

OPENING = "Bawaslu mengingatkan ASN netral dalam Pilkada 2024. "

# (sentence, holder, institution or None where any is accepted)
HOLDERS = [
    # Jakarta, Banten, West Java
    ("Camat Pasar Minggu Budi Santoso meminta lurah netral.", "Budi Santoso", "Kecamatan Pasar Minggu"),
    ("Camat Kebayoran Baru Rina Marlina mengingatkan pegawai kecamatan.", "Rina Marlina",
     "Kecamatan Kebayoran Baru"),
    ("Sekcam Mampang Prapatan Dedi Kurniawan hadir dalam apel netralitas.", "Dedi Kurniawan",
     "Kecamatan Mampang Prapatan"),
    ("Camat Cempaka Putih Ahmad Fauzan meminta ASN tidak berkampanye.", "Ahmad Fauzan", "Kecamatan Cempaka Putih"),
    ("Camat Kelapa Gading Hendra Wijaya menegur pegawai yang ikut kampanye.", "Hendra Wijaya",
     "Kecamatan Kelapa Gading"),
    ("Camat Kramat Jati Yusuf Maulana meminta lurah netral.", "Yusuf Maulana", "Kecamatan Kramat Jati"),
    ("Camat Duren Sawit Siti Rahmawati mengumpulkan para lurah.", "Siti Rahmawati", "Kecamatan Duren Sawit"),
    ("Camat Pulo Gadung Agus Salim mengimbau pegawai netral.", "Agus Salim", "Kecamatan Pulo Gadung"),
    ("Camat Pondok Aren Bambang Hermanto meminta ASN netral.", "Bambang Hermanto", "Kecamatan Pondok Aren"),
    ("Camat Pasar Kemis Deden Sumarna mengingatkan kepala desa.", "Deden Sumarna", "Kecamatan Pasar Kemis"),
    ("Camat Cipocok Jaya Rahmat Hidayat meminta perangkat netral.", "Rahmat Hidayat", "Kecamatan Cipocok Jaya"),
    ("Camat Bojong Gede Tedi Kurniawan meminta kepala desa netral.", "Tedi Kurniawan", "Kecamatan Bojong Gede"),
    ("Camat Babakan Madang Asep Saepudin dilaporkan ke Bawaslu.", "Asep Saepudin", "Kecamatan Babakan Madang"),
    ("Camat Parung Panjang Iwan Setiawan hadir di deklarasi calon.", "Iwan Setiawan",
     "Kecamatan Parung Panjang"),
    ("Camat Cikarang Pusat Dani Ramdani meminta kepala desa netral.", "Dani Ramdani", "Kecamatan Cikarang Pusat"),
    ("Camat Pancoran Mas Rina Susanti mengingatkan lurah.", "Rina Susanti", "Kecamatan Pancoran Mas"),
    ("Camat Babakan Ciparay Dadang Suherman meminta lurah netral.", "Dadang Suherman",
     "Kecamatan Babakan Ciparay"),
    ("Camat Sumur Bandung Hendi Rustandi menerima tim Panwascam.", "Hendi Rustandi", "Kecamatan Sumur Bandung"),
    # Central and East Java, Yogyakarta
    ("Camat Pasar Kliwon Ismail Marzuki meminta lurah netral.", "Ismail Marzuki", "Kecamatan Pasar Kliwon"),
    ("Camat Gajah Mungkur Eko Prasetyo mengumpulkan para lurah.", "Eko Prasetyo", "Kecamatan Gajah Mungkur"),
    ("Camat Purwokerto Timur Slamet Riyadi meminta ASN netral.", "Slamet Riyadi", "Kecamatan Purwokerto Timur"),
    ("Camat Pabean Cantian Muhammad Yasin mengingatkan lurah.", "Muhammad Yasin", "Kecamatan Pabean Cantian"),
    ("Camat Asem Rowo Sugeng Santoso meminta pegawai netral.", "Sugeng Santoso", "Kecamatan Asem Rowo"),
    ("Camat Dukuh Pakis Heri Susanto menegaskan ASN netral.", "Heri Susanto", "Kecamatan Dukuh Pakis"),
    ("Camat Gedong Tengen Wahyu Nugroho meminta lurah netral.", "Wahyu Nugroho", "Kecamatan Gedong Tengen"),
    # Sumatra
    ("Camat Medan Johor Zulfikar Siregar meminta lurah netral.", "Zulfikar Siregar", "Kecamatan Medan Johor"),
    ("Camat Percut Sei Tuan Darwin Nasution meminta kepala desa netral.", "Darwin Nasution",
     "Kecamatan Percut Sei Tuan"),
    ("Camat Pancur Batu Robert Ginting mengingatkan kepala desa.", "Robert Ginting", "Kecamatan Pancur Batu"),
    ("Camat Marpoyan Damai Rizky Ananda meminta lurah netral.", "Rizky Ananda", "Kecamatan Marpoyan Damai"),
    ("Camat Tenayan Raya Fajar Ramadhan mengimbau pegawai netral.", "Fajar Ramadhan", "Kecamatan Tenayan Raya"),
    ("Camat Payung Sekaki Hasan Basri meminta ASN netral.", "Hasan Basri", "Kecamatan Payung Sekaki"),
    ("Camat Alam Barajo Mulyadi meminta lurah netral.", "Mulyadi", "Kecamatan Alam Barajo"),
    ("Camat Paal Merah Irwan Saputra mengingatkan pegawai.", "Irwan Saputra", "Kecamatan Paal Merah"),
    ("Camat Ratu Samban Dedy Wahyudi meminta lurah netral.", "Dedy Wahyudi", "Kecamatan Ratu Samban"),
    ("Camat Gading Cempaka Yuliana Sari menegur pegawai kecamatan.", "Yuliana Sari", "Kecamatan Gading Cempaka"),
    ("Camat Nan Sabaris Afrizal meminta wali nagari netral.", "Afrizal", "Kecamatan Nan Sabaris"),
    ("Camat Bungus Teluk Kabung Syafrizal meminta lurah netral.", "Syafrizal", "Kecamatan Bungus Teluk Kabung"),
    ("Camat Kuta Alam Teuku Ridwan meminta keuchik netral.", "Teuku Ridwan", "Kecamatan Kuta Alam"),
    ("Camat Syiah Kuala Muhammad Iqbal mengingatkan pegawai.", "Muhammad Iqbal", "Kecamatan Syiah Kuala"),
    ("Camat Krueng Barona Jaya Zulkarnain meminta keuchik netral.", "Zulkarnain",
     "Kecamatan Krueng Barona Jaya"),
    ("Camat Tanjung Karang Pusat Rudi Hartono meminta lurah netral.", "Rudi Hartono",
     "Kecamatan Tanjung Karang Pusat"),
    ("Camat Way Halim Ahmad Yani meminta lurah netral.", "Ahmad Yani", "Kecamatan Way Halim"),
    ("Camat Bumi Waras Heri Gunawan mengingatkan lurah.", "Heri Gunawan", "Kecamatan Bumi Waras"),
    ("Camat Batam Kota Ramadhan Putra meminta lurah netral.", "Ramadhan Putra", "Kecamatan Batam Kota"),
    ("Camat Belakang Padang Yudi Admaji meminta lurah netral.", "Yudi Admaji", "Kecamatan Belakang Padang"),
    ("Camat Bukit Bestari Surjadi mengingatkan pegawai.", "Surjadi", "Kecamatan Bukit Bestari"),
    ("Camat Pangkal Balam Indra Gunawan meminta lurah netral.", "Indra Gunawan", "Kecamatan Pangkal Balam"),
    # Kalimantan, Sulawesi, Maluku, Nusa Tenggara, Papua
    ("Camat Pontianak Tenggara Mahmud Yunus meminta lurah netral.", "Mahmud Yunus",
     "Kecamatan Pontianak Tenggara"),
    ("Camat Landasan Ulin Rahmat Hidayat meminta lurah netral.", "Rahmat Hidayat", "Kecamatan Landasan Ulin"),
    ("Camat Liang Anggang Budi Santoso mengingatkan lurah.", "Budi Santoso", "Kecamatan Liang Anggang"),
    ("Camat Kertak Hanyar Ahmad Rizani meminta kepala desa netral.", "Ahmad Rizani", "Kecamatan Kertak Hanyar"),
    ("Camat Jekan Raya Yohanes Anton meminta lurah netral.", "Yohanes Anton", "Kecamatan Jekan Raya"),
    ("Camat Mentawa Baru Ketapang Rudi Hartono meminta lurah netral.", "Rudi Hartono",
     "Kecamatan Mentawa Baru Ketapang"),
    ("Camat Samarinda Seberang Aditya Koesprayogi meminta lurah netral.", "Aditya Koesprayogi",
     "Kecamatan Samarinda Seberang"),
    ("Camat Tenggarong Seberang Tommy Hartono mengingatkan kepala desa.", "Tommy Hartono",
     "Kecamatan Tenggarong Seberang"),
    ("Camat Loa Kulu Ardiansyah meminta kepala desa netral.", "Ardiansyah", "Kecamatan Loa Kulu"),
    ("Camat Paal Dua Frangky Tumbuan meminta lurah netral.", "Frangky Tumbuan", "Kecamatan Paal Dua"),
    ("Camat Dumbo Raya Ismail Pakaya meminta lurah netral.", "Ismail Pakaya", "Kecamatan Dumbo Raya"),
    ("Camat Somba Opu Andi Rahmat meminta lurah netral.", "Andi Rahmat", "Kecamatan Somba Opu"),
    ("Camat Leitimur Selatan Johan Latuheru meminta raja negeri netral.", "Johan Latuheru",
     "Kecamatan Leitimur Selatan"),
    ("Camat Kelapa Lima Yosef Manu meminta lurah netral.", "Yosef Manu", "Kecamatan Kelapa Lima"),
    ("Camat Muara Tami Yulianus Wenda meminta kepala kampung netral.", "Yulianus Wenda",
     "Kecamatan Muara Tami"),
    # the district's other offices and bodies, with their holders and no comma
    ("Kapolsek Kebayoran Baru Budi Hartono meminta anggota netral.", "Budi Hartono",
     "Kepolisian Sektor Kebayoran Baru"),
    ("Kapolsek Pasar Kemis Sutrisno meminta anggota netral.", "Sutrisno", "Kepolisian Sektor Pasar Kemis"),
    ("Danramil Bojong Gede Suparman meminta prajurit netral.", "Suparman", "Komando Rayon Militer Bojong Gede"),
    ("Ketua Panwascam Bandar Sribhawono Rudi Hartono meminta ASN netral.", "Rudi Hartono",
     "Panwaslu Kecamatan Bandar Sribhawono"),
    ("Ketua Panwaslu Kecamatan Way Jepara Siti Aminah mengingatkan kepala desa.", "Siti Aminah",
     "Panwaslu Kecamatan Way Jepara"),
    ("Ketua PPK Sekampung Udik Joko Susilo meminta anggota netral.", "Joko Susilo",
     "Panitia Pemilihan Kecamatan Sekampung Udik"),
    ("Anggota Panwascam Batang Kuis Rahmad Hidayat memeriksa kepala desa.", "Rahmad Hidayat",
     "Panwaslu Kecamatan Batang Kuis"),
    # a village or ward with the listed district it lies in, its holder after them with no comma
    ("Lurah Mekarsari Kecamatan Pasar Minggu Budi Santoso meminta warga netral.", "Budi Santoso",
     "Kelurahan Mekarsari"),
    ("Kepala Desa Sukamaju Kecamatan Bandar Sribhawono Rudi Hartono ikut kampanye.", "Rudi Hartono",
     "Desa Sukamaju"),
    ("Kepala Desa Tanjung Baru Kecamatan Percut Sei Tuan Suryani diperiksa Panwascam.", "Suryani",
     "Desa Tanjung Baru"),
    ("Kades Cibodas Kecamatan Babakan Madang Asep Sunandar hadir di posko calon.", "Asep Sunandar",
     "Desa Cibodas"),
    ("Sekdes Karangsari Kec Pasar Kemis Wawan Hermawan dilaporkan ke Bawaslu.", "Wawan Hermawan",
     "Desa Karangsari"),
    # the regency or city the district lies in, written between it and the holder: with its level word, or
    # after a listed district without it; with or without a comma
    ("Camat Cibinong Kabupaten Bogor Ajat Rochmat meminta lurah netral.", "Ajat Rochmat", "Kecamatan Cibinong"),
    ("Camat Percut Sei Tuan Kabupaten Deli Serdang, Tengku Ahmad, meminta kepala desa netral.", "Tengku Ahmad",
     "Kecamatan Percut Sei Tuan"),
    ("Camat Pasar Minggu Jakarta Selatan, Hendra Gunawan, mengingatkan lurah.", "Hendra Gunawan",
     "Kecamatan Pasar Minggu"),
    ("Camat Tenggarong Seberang Kutai Kartanegara Rudi Salam meminta kepala desa netral.", "Rudi Salam",
     "Kecamatan Tenggarong Seberang"),
    ("Kapolsek Sukajadi Kota Bandung Kompol Asep Saepudin meminta anggota netral.", "Asep Saepudin",
     "Kepolisian Sektor Sukajadi"),
    ("Ketua PPK Way Jepara Kabupaten Lampung Timur Agus Wahyudi mengingatkan PPS.", "Agus Wahyudi",
     "Panitia Pemilihan Kecamatan Way Jepara"),
    # a Balinese name's opening after a district numbered I stays the holder's
    ("Camat Banyuasin I Nyoman Sudarsana meminta ASN netral.", "I Nyoman Sudarsana", None),
]

# (sentence, institution named by a district and no holder)
BODIES = [
    ("Panwascam Bandar Sribhawono menerima laporan soal kepala desa.", "Panwaslu Kecamatan Bandar Sribhawono"),
    ("Panwaslu Kecamatan Pasar Kemis memanggil dua ASN.", "Panwaslu Kecamatan Pasar Kemis"),
    ("Pemerintah Kecamatan Bungus Teluk Kabung menggelar apel netralitas ASN.", "Kecamatan Bungus Teluk Kabung"),
    ("Pemerintah Kecamatan Percut Sei Tuan mengumpulkan kepala desa.", "Kecamatan Percut Sei Tuan"),
    ("Panwascam Krueng Barona Jaya menemukan keuchik ikut kampanye.", "Panwaslu Kecamatan Krueng Barona Jaya"),
]


@pytest.fixture(scope="module")
def analyses(analyse_all) -> list:
    """Every probe, officials and bodies, from one batch analysis."""
    texts = [OPENING + text for text, _, _ in HOLDERS] + [OPENING + text for text, _ in BODIES]
    return analyse_all(texts, published="2024-01-10")


@pytest.mark.parametrize("index", range(len(HOLDERS)), ids=[h for _, h, _ in HOLDERS])
def test_a_listed_district_ends_before_the_holder(analyses, index):
    _, holder, institution = HOLDERS[index]
    found = {o.name: o.agency for o in analyses[index].officials}
    assert holder in found, found
    if institution is not None:
        assert found[holder] == institution, found


@pytest.mark.parametrize("index", range(len(BODIES)), ids=[b for _, b in BODIES])
def test_a_body_named_by_a_listed_district(analyses, index):
    _, institution = BODIES[index]
    found = {m.agency for m in analyses[len(HOLDERS) + index].agencies}
    assert institution in found, found
