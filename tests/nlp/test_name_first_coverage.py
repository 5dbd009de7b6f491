"""Probe list of officials named before their title, in the five ways reporters set the title after the name
('Nama, <title>, ...', 'Nama selaku <title>', 'Nama (<title>)', '"...," kata Nama, <title>.', 'Nama yang menjabat
<title>'), for titles whose holder was read only when the title came first: interim titles written 'Pejabat'
('Pejabat (Pj) Gubernur X', 'Pelaksana Jabatan Sementara (Pjs)') or with the abbreviation's stop ('Pj. Bupati X',
'Plh. Sekda X', 'Penjabat (Pj.) Bupati X': strict xfails, the reading was taken back on the held-out half), offices
the registry cannot name written without a region ('Kepala Dinas Perikanan', 'Asisten II Bidang Perekonomian',
'Koordinator Divisi Pencegahan'), and a head written before the title's
own head ('Ketua Divisi Hukum KPU X', 'Anggota Komisioner Bawaslu X', 'Sekretaris Camat X'), and a one-word name
opening a numbered list's item ('3. Nama – Kepala Dinas X'). Each text (our own words, other regions than the
pages these forms were seen on) must give the holder, with the institution served (``None``: the name alone is
checked, the story giving no region). Officials of no public office, or none named, stay unread. All are analysed in
one batch; a form still missed is marked so."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "mengingatkan seluruh ASN tidak memihak dalam Pilkada 2024."
PKS = "Pemerintah Kabupaten Sintang"
PKM = "Pemerintah Kabupaten Madiun"
PKT = "Pemerintah Kabupaten Tanah Laut"
PKB = "Pemerintah Kota Bontang"
PPS = "Pemerintah Kota Padang Panjang"
PMB = "Pemerintah Kabupaten Manggarai Barat"
PPG = "Pemerintah Provinsi Gorontalo"

# interim titles with the abbreviation's stop, or written 'Pejabat'
INTERIM = [
    (f"Yohanes Kurniawan, Pj. Bupati Sintang, {S}", "Yohanes Kurniawan", PKS),
    (f"Yohanes Kurniawan selaku Pj. Bupati Sintang {S}", "Yohanes Kurniawan", PKS),
    (f"Yohanes Kurniawan (Pj. Bupati Sintang) {S}", "Yohanes Kurniawan", PKS),
    ('"Kami awasi ketat," ujar Yohanes Kurniawan, Pj. Bupati Sintang.', "Yohanes Kurniawan", PKS),
    (f"Yohanes Kurniawan yang menjabat Pj. Bupati Sintang {S}", "Yohanes Kurniawan", PKS),
    (f"Heru Wibisono, PJ. Wali Kota Bontang, {S}", "Heru Wibisono", PKB),
    (f"Heru Wibisono selaku PJ. Walikota Bontang {S}", "Heru Wibisono", PKB),
    (f"Siti Rohmah, Plh. Sekda Kabupaten Madiun, {S}", "Siti Rohmah", PKM),
    ("Apel dipimpin Siti Rohmah selaku Plh. Sekda Madiun.", "Siti Rohmah", PKM),
    (f"Rahmat Hidayat, Pjs. Bupati Tanah Laut, {S}", "Rahmat Hidayat", PKT),
    (f"Rahmat Hidayat, Penjabat (Pj.) Bupati Tanah Laut, {S}", "Rahmat Hidayat", PKT),
    (f"Rahmat Hidayat selaku Penjabat (Pj.) Bupati Tanah Laut {S}", "Rahmat Hidayat", PKT),
    (f"Fransiskus Tapung, Pejabat Bupati Manggarai Barat, {S}", "Fransiskus Tapung", PMB),
    (f"Fransiskus Tapung selaku Pejabat (Pj) Bupati Manggarai Barat {S}", "Fransiskus Tapung", PMB),
    ('"Sanksi menanti," kata Fransiskus Tapung, Pejabat Bupati Manggarai Barat.', "Fransiskus Tapung", PMB),
    (f"Ismail Pakaya, Pejabat (Pj) Gubernur Gorontalo, {S}", "Ismail Pakaya", PPG),
    (f"Ismail Pakaya, Pejabat Sekretaris Daerah (Sekda) Gorontalo, {S}", "Ismail Pakaya", PPG),
    (f"Ismail Pakaya, Pelaksana Jabatan Sementara (Pjs) Gubernur Gorontalo, {S}", "Ismail Pakaya", PPG),
    (f"Sonny Hendra, Pj. Wali Kota Padang Panjang, {S}", "Sonny Hendra", PPS),
    (f"Sonny Hendra (PJ. Walikota Padang Panjang) {S}", "Sonny Hendra", PPS),
    (f"Pj. Bupati Sintang, Yohanes Kurniawan, {S}", "Yohanes Kurniawan", PKS),
    (f"Plh. Sekda Madiun Siti Rohmah {S}", "Siti Rohmah", PKM),
    (f"Drs. Yohanes Kurniawan, M.Si., Pj. Bupati Sintang, {S}", "Yohanes Kurniawan", PKS),
    (f"Yohanes Kurniawan sebagai Pj. Bupati Sintang {S}", "Yohanes Kurniawan", PKS),
    (f"Siti Rohmah, Plh. Kepala BKPSDM Kabupaten Madiun, {S}", "Siti Rohmah",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Madiun"),
]

# offices the registry cannot name, with no region written, the holder before them
LOOSE = [
    (f"Dedi Kusnadi, Kepala Dinas Perikanan, {S}", "Dedi Kusnadi", None),
    (f"Dedi Kusnadi selaku Kepala Dinas Perikanan {S}", "Dedi Kusnadi", None),
    (f"Dedi Kusnadi (Kepala Dinas Perikanan) {S}", "Dedi Kusnadi", None),
    ('"ASN jangan ikut kampanye," kata Dedi Kusnadi, Kepala Dinas Perikanan.', "Dedi Kusnadi", None),
    (f"Dedi Kusnadi yang menjabat Kepala Dinas Perikanan {S}", "Dedi Kusnadi", None),
    (f"Wayan Sudarma, Asisten II Bidang Perekonomian dan Pembangunan, {S}", "Wayan Sudarma", None),
    (f"Wayan Sudarma selaku Asisten Perekonomian dan Pembangunan {S}", "Wayan Sudarma", None),
    (f"Wayan Sudarma (Asisten III) {S}", "Wayan Sudarma", None),
    ('"Netralitas harga mati," ucap Wayan Sudarma, Asisten Administrasi Umum.', "Wayan Sudarma", None),
    (f"Lilis Suryani, Kepala Bagian Hukum, {S}", "Lilis Suryani", None),
    (f"Lilis Suryani selaku Kabag Organisasi {S}", "Lilis Suryani", None),
    (f"Lilis Suryani, Kabid Mutasi dan Promosi, {S}", "Lilis Suryani", None),
    (f"Lilis Suryani yang menjabat Kepala Bidang Pengadaan dan Pemberhentian {S}", "Lilis Suryani", None),
    (f"Agus Salim, Kadis Perhubungan, {S}", "Agus Salim", None),
    (f"Agus Salim selaku Kaban Kesatuan Bangsa dan Politik {S}", "Agus Salim", None),
    (f"Agus Salim, Kepala Dinas Kepemudaan, Olahraga, dan Pariwisata, {S}", "Agus Salim", None),
    (f"Rudi Hartanto, Kepala Divisi Pemasyarakatan, {S}", "Rudi Hartanto", None),
    (f"Rudi Hartanto selaku Kepala Divisi Keimigrasian {S}", "Rudi Hartanto", None),
    (f"Rudi Hartanto, Koordinator Divisi Pencegahan dan Hubungan Masyarakat, {S}", "Rudi Hartanto", None),
    (f"Rudi Hartanto selaku Koordinator Divisi Penanganan Pelanggaran {S}", "Rudi Hartanto", None),
    (f"Rudi Hartanto (Kordiv Hukum dan Penyelesaian Sengketa) {S}", "Rudi Hartanto", None),
    (f"Nurhayati, S.Pd., Kepala Dinas Pendidikan dan Kebudayaan, {S}", "Nurhayati", None),
    (f"Yusuf Effendi, Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu, {S}", "Yusuf Effendi", None),
    (f"Yusuf Effendi selaku Kepala Badan Penanggulangan Bencana {S}", "Yusuf Effendi", None),
    (f"Yusuf Effendi, Direktur Fasilitasi Pengaduan, {S}", "Yusuf Effendi", None),
    (f"Dalam rapat itu, Yusuf Effendi selaku Kasubbag Kepegawaian {S}", "Yusuf Effendi", None),
    (f"Marlina Sari, Kepala Bidang Ideologi dan Kewaspadaan, {S}", "Marlina Sari", None),
    (f"Marlina Sari, Plt. Kepala Dinas Ketahanan Pangan, {S}", "Marlina Sari", None),
    (f"Marlina Sari, Pj. Kepala Bagian Protokol, {S}", "Marlina Sari", None),
    (f"Dedi Kusnadi sebagai Kepala Dinas Perikanan {S}", "Dedi Kusnadi", None),
    (f"Dedi Kusnadi, Kasi Pemerintahan, {S}", "Dedi Kusnadi", None),
]

# a head written before the title's own head ('Ketua Divisi', 'Anggota Komisioner', 'Sekretaris Camat')
OUTER = [
    (f"Andreas Sitanggang, Ketua Divisi Hukum dan Pengawasan KPU Kabupaten Sintang, {S}",
     "Andreas Sitanggang", "Komisi Pemilihan Umum Kabupaten Sintang"),
    (f"Andreas Sitanggang selaku Ketua Divisi Teknis Penyelenggaraan KPU Sintang {S}",
     "Andreas Sitanggang", "Komisi Pemilihan Umum Kabupaten Sintang"),
    ('"Kami tindak tegas," kata Andreas Sitanggang, Ketua Divisi Penanganan Pelanggaran Bawaslu Sintang.',
     "Andreas Sitanggang", "Bawaslu Kabupaten Sintang"),
    (f"Andreas Sitanggang (Ketua Divisi Pencegahan Bawaslu Kabupaten Sintang) {S}",
     "Andreas Sitanggang", "Bawaslu Kabupaten Sintang"),
    (f"Andreas Sitanggang yang menjabat Ketua Divisi Data dan Informasi KPU Sintang {S}",
     "Andreas Sitanggang", "Komisi Pemilihan Umum Kabupaten Sintang"),
    (f"Mega Lestari, Anggota Komisioner Bawaslu Kota Bontang, {S}", "Mega Lestari", "Bawaslu Kota Bontang"),
    (f"Mega Lestari selaku Anggota Komisioner KPU Bontang {S}", "Mega Lestari", "Komisi Pemilihan Umum Kota Bontang"),
    (f"Mega Lestari, Komisioner Divisi Hukum Bawaslu Bontang, {S}", "Mega Lestari", "Bawaslu Kota Bontang"),
    (f"Mega Lestari selaku Komisioner Divisi Sosialisasi KPU Kota Bontang {S}", "Mega Lestari",
     "Komisi Pemilihan Umum Kota Bontang"),
    (f"Mega Lestari (Anggota Divisi Penanganan Pelanggaran Bawaslu Bontang) {S}", "Mega Lestari",
     "Bawaslu Kota Bontang"),
    (f"Teguh Prasetyo, Ketua Komisioner Bawaslu Kabupaten Madiun, {S}", "Teguh Prasetyo", "Bawaslu Kabupaten Madiun"),
    (f"Teguh Prasetyo, Wakil Ketua Divisi Hukum KPU Kabupaten Madiun, {S}", "Teguh Prasetyo",
     "Komisi Pemilihan Umum Kabupaten Madiun"),
    (f"Hendra Gunawan, Sekretaris Camat Sepauk, {S}", "Hendra Gunawan", "Kecamatan Sepauk"),
    (f"Hendra Gunawan selaku Sekretaris Camat Dolopo {S}", "Hendra Gunawan", "Kecamatan Dolopo"),
    ('"Tidak boleh ada ASN berkampanye," ujar Hendra Gunawan, Sekretaris Camat Pelaihari.', "Hendra Gunawan",
     "Kecamatan Pelaihari"),
    (f"Hendra Gunawan (Sekretaris Camat Bontang Utara) {S}", "Hendra Gunawan", "Kecamatan Bontang Utara"),
    (f"Hendra Gunawan yang menjabat Sekretaris Camat Komodo {S}", "Hendra Gunawan", "Kecamatan Komodo"),
    (f"Hendra Gunawan, Sekretaris Lurah Talawi, {S}", "Hendra Gunawan", None),
    (f"Andreas Sitanggang, Anggota Divisi Hukum KPU Sintang, {S}", "Andreas Sitanggang",
     "Komisi Pemilihan Umum Kabupaten Sintang"),
]

# the same offices title first, which already read (kept so that they stay read)
TITLE_FIRST = [
    (f"Ketua Divisi Hukum dan Pengawasan KPU Kabupaten Sintang, Andreas Sitanggang, {S}",
     "Andreas Sitanggang", "Komisi Pemilihan Umum Kabupaten Sintang"),
    (f"Sekretaris Camat Sepauk, Hendra Gunawan, {S}", "Hendra Gunawan", None),
    (f"Kepala Dinas Perikanan, Dedi Kusnadi, {S}", "Dedi Kusnadi", None),
    (f"Pj. Bupati Tanah Laut Rahmat Hidayat {S}", "Rahmat Hidayat", PKT),
    (f"Pejabat (Pj) Bupati Manggarai Barat, Fransiskus Tapung, {S}", "Fransiskus Tapung", PMB),
    (f"Asisten II Bidang Perekonomian dan Pembangunan, Wayan Sudarma, {S}", "Wayan Sudarma", None),
]
# a one-word name opening a numbered list's item, the title set off after it
NUMBERED = [
    ("Bupati Sintang melantik pejabat baru:\n1. Sulastri – Kepala Dinas Perikanan (Diskan)\n"
     "2. Markus – Kepala Dinas Sosial (Dinsos)", "Sulastri", "Dinas Perikanan Kabupaten Sintang"),
    ("Bupati Sintang melantik pejabat baru:\n1. Sulastri – Kepala Dinas Perikanan (Diskan)\n"
     "2. Markus – Kepala Dinas Sosial (Dinsos)", "Markus", "Dinas Sosial Kabupaten Sintang"),
    ("Hadir dalam rapat:\n1. Suwarni, Kepala BKPSDM Kabupaten Madiun\n2. Darto, Camat Dolopo\n3. Sumini, Camat Geger",
     "Suwarni", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Madiun"),
    ("Hadir dalam rapat:\n1. Suwarni, Kepala BKPSDM Kabupaten Madiun\n2. Darto, Camat Dolopo\n3. Sumini, Camat Geger",
     "Darto", "Kecamatan Dolopo"),
    pytest.param("Hadir dalam rapat:\n1. Suwarni, Kepala BKPSDM Kabupaten Madiun\n2. Darto, Camat Dolopo\n"
                 "3. Sumini, Camat Geger", "Sumini", "Kecamatan Geger",
                 marks=pytest.mark.xfail(strict=True, reason="a small place's office closing the text unpunctuated")),
    ("Peserta rapat koordinasi:\n3) Yakobus (Bendahara Panwascam Sepauk)\n4) Paulinus (Ketua Bawaslu Sintang)",
     "Yakobus", "Panwaslu Kecamatan Sepauk"),
    ("Peserta rapat koordinasi:\n3) Yakobus (Bendahara Panwascam Sepauk)\n4) Paulinus (Ketua Bawaslu Sintang)",
     "Paulinus", "Bawaslu Kabupaten Sintang"),
]
# an interim title's abbreviation with its stop split off after the name ("Nama, Pj. Bupati X"): reading it cost
# directives and an official on the held-out half, so it was taken back (form not covered yet)
_STOP_SPLIT = ("Pj. ", "PJ. ", "Plh. ", "(Pj.)")
FORMS = [pytest.param(*p, marks=pytest.mark.xfail(strict=True, reason="form not covered yet: an interim title's "
                                                                     "abbreviation with its stop split off"))
         if not hasattr(p, "values") and any(p[0].find(m) > 0 for m in _STOP_SPLIT) else p
         for p in INTERIM + LOOSE + OUTER + TITLE_FIRST + NUMBERED]
# no official: a school's kind with no school, a speaker of a group's unit, a party's or a campaign's
# division, officials in the plural, a former interim head
NOT_OFFICIALS = [
    "Susunan tim pemenangan:\n1. Sukardi – Ketua Tim Pemenangan\n2. Marni – Bendahara Tim Pemenangan",
    "Pelapor adalah Darto Wiyono (Kepala SD), Sutini (Kepala SMP) dan seorang guru.",
    '"ASN harus netral," kata Joko Purnomo Kabid Advokasi LSM Pantau Sintang.',
    "Yanto Prabowo, Ketua Divisi Hukum Partai Demokrat Sintang, membantah melibatkan ASN.",
    "Rina Ayu, Kepala Divisi Kampanye Tim Pemenangan pasangan nomor urut 1, membantah.",
    "Seluruh pejabat Bupati dan Wali Kota diminta menjaga netralitas ASN.",
    "Mantan Pj. Bupati Sintang itu kini maju sebagai calon.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NOT_OFFICIALS, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_holder_named_before_the_title_is_read(analysed: list, k: int, text: str, name: str,
                                                 agency: str | None) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found if agency else name in [n for n, _ in found]


@pytest.mark.parametrize("k", range(len(NOT_OFFICIALS)), ids=[t[:40] for t in NOT_OFFICIALS])
def test_no_public_office_named_is_no_official(analysed: list, k: int) -> None:
    assert analysed[len(FORMS) + k].officials == []
