"""Page furniture that is not the story: what such a line names is no institution or official of the story.

A probe list of the lines regional and national outlets put around a story, each added to the same short story (its
lead above, one more sentence below): links to other stories under every label ('Baca Juga:', 'BACA JUGA :', 'Berita
Terkait', 'Simak juga', 'Read more', 'Rekomendasi:', 'Terpopuler:', 'Pilihan Editor'), photo credits and sources
('Foto: Humas Pemkab X', 'Dok. Bawaslu X', 'Sumber: Humas Polres X'), bylines and desks' sign-offs ('Penulis:',
'Editor:', 'Pewarta:', '(Adv/Diskominfo X)', '(Humas Polres X)'), social and contact lines, hashtags, tag lists,
prompts to comment or share, copyright lines and document numbers. The story analysed with a line must give the same
institutions and officials as the story alone. Then story sentences that merely open with such a word ('Lihat juga
kesiapan TPS ...', 'Sumber anggaran dari Pemkab ...', 'Terkait hal itu, ...'), which stay prose. All in one batch.
"""

from __future__ import annotations

import pytest

LEAD = ("Wali Kota Magelang Rudi Hartono meminta seluruh ASN menjaga netralitas selama tahapan Pilkada 2024 "
        "dalam apel di halaman balai kota.")
TAIL = "Menurut dia, pegawai yang terbukti melanggar akan dilaporkan ke Bawaslu."

# (a line of the page, whether it stands between the lead and the tail or closes the page)
LINES = [
    # links to other stories
    ("Baca Juga: Polda Jateng Ringkus Komplotan Pencuri Kabel", True),
    ("BACA JUGA : Kejati Jateng Periksa Bendahara Dinas Pendidikan", True),
    ("Baca juga Polres Temanggung Gelar Razia Knalpot Brong", True),
    ("Baca juga » Kejari Purworejo Sita Aset Koruptor", True),
    # a link's title of two sentences: the whole line is the link, past the stop inside it
    ("Baca juga: Tiga camat dilantik pekan ini. Bupati Temanggung minta pejabat bekerja sesuai kompetensi", True),
    ("Berita Terkait: KPU Kota Magelang Rekrut Petugas KPPS", True),
    ("Artikel Terkait : Dinas Kesehatan Kota Semarang Buka Posko Mudik", True),
    ("ARTIKEL TERKAIT\nPolda Jateng Bongkar Jaringan Pupuk Palsu", True),
    ("Simak juga: Polres Wonosobo Amankan Penjual Miras", True),
    ("Lihat Juga: BPBD Kabupaten Magelang Siaga Erupsi Merapi", True),
    ("Lihat juga: Polres Wonosobo amankan penjual miras oplosan di terminal.", True),
    ("Baca selengkapnya: Kejari Kota Magelang Tahan Pegawai Pajak", True),
    ("Terkait: Polda DIY Usut Kasus Tambang Pasir Ilegal", True),
    ("Terkait : Polres Temanggung tangkap pencuri ternak di dua desa.", True),
    ("Read more: KPK Geledah Kantor Dinas PUPR Kota Semarang", True),
    ("Read more: KPK geledah kantor dinas di Kota Semarang.", True),
    ("Rekomendasi: Kejagung periksa tiga saksi kasus impor gula.", True),
    ("Populer: Polres Temanggung tangkap pencuri ternak di dua desa.", True),
    ("Terpopuler:\nKejari Kota Magelang Tahan Kades Tersangka Dana Desa\nPolres Purworejo Gelar Operasi Patuh", True),
    ("Terpopuler: Polres Purworejo gelar operasi patuh selama dua pekan.", True),
    ("Berita Lainnya: BNN Kota Semarang Tes Urine Sopir Angkot", True),
    # the page's ticker of its latest stories, one dashed title a line
    ("Breaking News\n- Dorong digitalisasi desa, Polres Wonosobo bersama bank daerah gelar sosialisasi transaksi\n"
     "- DPRD Temanggung setujui rencana pembangunan jangka menengah daerah", False),
    # a widget's label with its time window on its line, its titles in sentence case below it
    ("Terpopuler 24 Jam Terakhir\nPolres Wonosobo tangkap dua pencuri kabel di terminal bus", False),
    ("Pilihan Editor: BMKG prediksi hujan lebat di Jawa Tengah sepekan ke depan.", True),
    ("Berita Pilihan: Polres Wonosobo amankan penjual miras oplosan.", True),
    # credits of photos and sources
    ("Foto: Humas Pemkab Temanggung", True),
    ("Foto : Humas Pemkab Temanggung", True),
    ("Foto/Dok. Diskominfo Kabupaten Purworejo", True),
    ("Ilustrasi. Foto: Dok. Bawaslu Kabupaten Temanggung", True),
    ("Ilustrasi (Dok. KPU Kabupaten Purworejo)", True),
    ("Dok. Bawaslu Kabupaten Temanggung", True),
    ("Para pegawai mengikuti apel di halaman balai kota. (Foto: ANTARA/Anis Efizudin)", True),
    ("Sumber: Prokopim Setda Kabupaten Temanggung", True),
    ("Sumber foto: Humas Polres Wonosobo", True),
    ("Kredit foto: Diskominfo Kabupaten Purworejo", True),
    ("Sumber: Humas Polres Wonosobo", False),
    ("Sumber: Humas Polres Wonosobo.", False),
    ("Sumber : Diskominfo Kabupaten Purworejo", False),
    # bylines and sign-offs
    ("Penulis: Heru Prasetyo\nEditor: Rina Kurniasih", False),
    ("Pewarta: Anis Efizudin\nEditor: Teguh Santosa", False),
    ("Reporter: Dewi Anggraini\nRedaktur: Yusuf Maulana", False),
    ("Penulis : Heru Prasetyo | Editor : Rina Kurniasih", False),
    ("Penulis: Heru Prasetyo, Editor: Rina Kurniasih", False),
    ("Laporan: Heru Prasetyo", False),
    ("Kontributor: Slamet Widodo", False),
    ("Editor: Rina Kurniasih\nSumber: Diskominfo Kabupaten Purworejo", False),
    ("(hen/red)", False),
    ("(ADV)", False),
    ("(Adv/Diskominfo Purworejo)", False),
    ("(Rls/Humas Temanggung)", False),
    ("Para pegawai berbaris rapi. (Humas Diskominfo Purworejo)", False),
    ("Bawaslu akan memantau para pegawai sampai hari pemungutan suara.(Humas Polres Wonosobo)", True),
    ("(Humas Pemkab Temanggung/Red)", False),
    ("Rilis: Diskominfo Kabupaten Purworejo", False),
    # social and contact lines, hashtags, tags
    ("Ikuti Instagram @bawaslu_temanggung untuk kabar pengawasan.", False),
    ("Jangan lupa follow akun Diskominfo Kabupaten Purworejo.", False),
    ("Informasi lebih lanjut: www.bkpsdm.temanggungkab.go.id", False),
    ("Email: humas@bawaslu-temanggung.go.id", False),
    ("#NetralitasASN #BawasluTemanggung #PilkadaDamai", False),
    ("Tags: Bawaslu Temanggung, KPU Temanggung, Pilkada 2024", False),
    ("Tag: Polres Wonosobo, Pemilu", False),
    ("Tags : Polres Wonosobo, netralitas ASN, pilkada.", False),
    ("Topik: Kejari Purworejo", False),
    ("Kata kunci: Kejari Purworejo, netralitas", False),
    # prompts to comment and share, the outlet's channels, copyright
    ("Tulis komentar Anda tentang Polres Wonosobo di kolom berikut.", False),
    ("Bagikan artikel ini kepada rekan di Diskominfo Kabupaten Purworejo.", False),
    ("Dapatkan berita terbaru Humas Polres Wonosobo di kanal WhatsApp kami.", False),
    ("Copyright © 2024 Diskominfo Kabupaten Purworejo. All rights reserved.", False),
    ("© 2024 Humas Pemkab Temanggung", False),
    ("Hak Cipta © 2024 Dinas Kominfo Kabupaten Purworejo", False),
    ("Hak cipta dilindungi undang-undang. Diskominfo Kabupaten Purworejo 2024.", False),
    # document numbers
    ("Surat itu bernomor: 100.3.4.3/4567/SJ dan tertanggal 2 Januari 2024.", True),
    ("Imbauan itu tertuang dalam SE Nomor 800.1.4/123/BKPSDM/2024 tentang netralitas pegawai.", True),
    ("Surat edaran Nomor 000.1.2/345/Kesbangpol/2024 dibagikan ke semua kantor.", True),
]

# (a story sentence opening with a word such a line opens with, the institutions it must still give)
KEPT = [
    ("Lihat juga kesiapan TPS di desa, kata Ketua Bawaslu Kabupaten Temanggung yang meminta ASN netral dalam "
     "Pilkada 2024.", "Bawaslu Kabupaten Temanggung"),
    ("Simak juga pernyataan Ketua Bawaslu Kabupaten Temanggung yang meminta ASN netral pada Pilkada 2024.",
     "Bawaslu Kabupaten Temanggung"),
    ("Sumber anggaran apel dari Pemkab Temanggung, dan ASN diminta netral dalam Pilkada 2024.",
     "Pemerintah Kabupaten Temanggung"),
    ("Terkait hal itu, Polres Wonosobo meminta ASN netral dalam Pilkada 2024.", "Kepolisian Resor Wonosobo"),
    # a link inside a paragraph ends with its sentence: the story goes on after it
    ("Apel digelar pagi ini. Baca juga: Razia Knalpot Digelar. Sekda Temanggung meminta ASN netral dalam Pilkada 2024.",
     "Pemerintah Kabupaten Temanggung"),
    ("Rekomendasi Bawaslu Kabupaten Temanggung diteruskan ke BKN karena ASN tidak netral dalam Pilkada 2024.",
     "Bawaslu Kabupaten Temanggung"),
    ("Populer di kalangan pegawai, Sekda Temanggung meminta ASN netral dalam Pilkada 2024.",
     "Pemerintah Kabupaten Temanggung"),
    ("Breaking news soal ASN berkampanye dibantah Bawaslu Kabupaten Temanggung selama Pilkada 2024.",
     "Bawaslu Kabupaten Temanggung"),
    ("Terpopuler di kalangan ASN, Bawaslu Kabupaten Temanggung membuka posko aduan selama Pilkada 2024\n"
     "ASN diminta netral dalam Pilkada 2024.", "Bawaslu Kabupaten Temanggung"),
    ("Editor video Diskominfo Kabupaten Purworejo dilarang ikut kampanye Pilkada 2024.",
     "Dinas Komunikasi dan Informatika Kabupaten Purworejo"),
    ("Tag nama ASN yang hadir dicatat Bawaslu Kabupaten Temanggung selama Pilkada 2024.",
     "Bawaslu Kabupaten Temanggung"),
    ("ASN dilarang memberikan komentar atau membagikan artikel kampanye, kata Ketua Bawaslu Kabupaten Temanggung "
     "soal Pilkada 2024.", "Bawaslu Kabupaten Temanggung"),
]


def _text(line: str, between: bool) -> str:
    return f"{LEAD}\n{line}\n{TAIL}" if between else f"{LEAD}\n{TAIL}\n{line}"


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """The story alone first, then the story with each line, then the kept sentences: one call."""
    texts = [f"{LEAD}\n{TAIL}"] + [_text(line, between) for line, between in LINES] + [text for text, _ in KEPT]
    return analyse_all(texts, published="2024-10-01")


def _found(result) -> tuple[set[str], set[str]]:
    return {a.agency for a in result.agencies}, {o.name for o in result.officials}


@pytest.mark.parametrize("k", range(len(LINES)), ids=[line[:40] for line, _ in LINES])
def test_a_page_line_adds_no_institution_or_official(analysed: list, k: int) -> None:
    assert _found(analysed[1 + k]) == _found(analysed[0])


def test_the_story_alone_gives_its_own(analysed: list) -> None:
    assert _found(analysed[0]) == ({"Pemerintah Kota Magelang", "Badan Pengawas Pemilihan Umum"}, {"Rudi Hartono"})


@pytest.mark.parametrize("k", range(len(KEPT)), ids=[text[:40] for text, _ in KEPT])
def test_a_sentence_opening_with_such_a_word_stays_prose(analysed: list, k: int) -> None:
    assert KEPT[k][1] in _found(analysed[1 + len(LINES) + k])[0]
