"""Probe list of the national and vertical bodies a neutrality story names in running prose: the civil-service
ministry, KASN, Kemendagri, BKN and its regional offices, Polri, a regency's prosecutor's office and the religion
ministry, each under the spellings outlets print ('KemenPAN-RB', 'Kemenpan RB', 'Kementrian PANRB', its full name
with '&' or a hyphen, in capitals), after a preposition ('ke', 'kepada', 'oleh', 'bersama', 'dari'), in a possessive
('aturan KASN', 'data Kemendagri'), in lists joined by commas, 'serta', 'dan' or a slash, in parentheses after the
full name, inside the names of documents ('Surat Edaran Menteri PANRB Nomor ...', 'SKB lima kementerian/lembaga'),
and through their heads ('Ketua KASN', 'Menpan-RB', 'Kapolri', 'Kajari X'). Also the misspellings the gold lists as
the body: the commission's acronym missing its A ('KSN') and its first word misnamed ('Komite'), 'Polisi Republik
Indonesia', 'Badan Kepegawaian RI', and the interior minister's title one letter off ('Medagri'); and a regency's
prosecutor's office or police by a name the province shares ('Kejari Jambi', 'Kapolres Bengkulu'). Each sentence (our
own words) must name the body with its canonical name; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
BKN = "Badan Kepegawaian Negara"
KASN = "Komisi Aparatur Sipil Negara"
KDN = "Kementerian Dalam Negeri"
POLRI = "Kepolisian Negara Republik Indonesia"
KMG = "Kementerian Agama"
KANREG2 = "Kantor Regional II BKN Surabaya"

# (publication day, sentence, canonical name of the body it names)
FORMS = [
    # the civil-service ministry
    ("2023-05-02", "Temuan pelanggaran itu diteruskan ke KemenPAN-RB untuk ditindaklanjuti.", PANRB),
    # the ministry's name with "Aparatur Sipil Negara" for "Aparatur Negara", and the interior ministry's with "dalam"
    # in lower case, in the list of a joint decree's signatories
    ("2024-08-01", "Aturannya ada dalam SKB Menteri Pendayagunaan Aparatur Sipil Negara dan Reformasi Birokrasi, "
                   "Mendagri, dan Kepala BKN.", PANRB),
    ("2024-08-01", "Surat itu ditandatangani Menteri dalam Negeri dan Kepala BKN pada 2022.", KDN),
    ("2024-08-01", "Edaran dari Kementerian dalam Negeri sudah diterima pemkab.", KDN),
    ("2023-05-02", "Berkas rekomendasi dikirim kepada Kemenpan RB pekan lalu.", PANRB),
    ("2023-05-02", "Hukuman disiplin diputuskan oleh KemenPANRB setelah pemeriksaan.", PANRB),
    ("2023-05-02", "Pemkab bersama Kementerian PAN-RB menggelar sosialisasi netralitas.", PANRB),
    ("2023-05-02", "Surat dari Kementerian PANRB diterima bupati kemarin sore.", PANRB),
    ("2023-05-02", "Kementerian Pendayagunaan Aparatur Negara & Reformasi Birokrasi meminta ASN netral.", PANRB),
    ("2023-05-02", "Kementerian Pendayagunaan Aparatur Negara-Reformasi Birokrasi mengimbau pegawai netral.", PANRB),
    ("2023-05-02", "KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI mengingatkan ASN.", PANRB),
    ("2023-05-02", "Kementerian Pendayagunaan Aparatur Negara dan RB mengingatkan pegawai agar netral.", PANRB),
    ("2023-05-02", "Kementerian PAN & RB mengirim edaran ke semua daerah.", PANRB),
    ("2023-05-02", "Kemen PAN-RB mengingatkan pegawai honorer juga netral.", PANRB),
    ("2023-05-02", "Kemen PANRB menyiapkan sanksi bagi pelanggar netralitas.", PANRB),
    ("2023-05-02", "KEMENPAN-RB menerbitkan edaran baru soal netralitas.", PANRB),
    ("2023-05-02", "Kemenpan-RB RI menerima puluhan laporan.", PANRB),
    ("2023-05-02", "Kemenpan/RB meminta pejabat daerah memberi contoh netralitas.", PANRB),
    ("2023-05-02", "Kementrian PAN-RB mengingatkan sanksi bagi ASN yang berkampanye.", PANRB),
    ("2023-05-02", "Kementrian PANRB menyebut ada ratusan laporan pelanggaran.", PANRB),
    ("2023-05-02", "Kemenpan-rb menilai pelanggaran netralitas masih tinggi.", PANRB),
    ("2023-05-02", "KemenpanRB menilai pengawasan di daerah perlu diperkuat.", PANRB),
    ("2023-05-02", "Aturan itu merujuk Surat Edaran Menteri PANRB Nomor 1 Tahun 2023.", PANRB),
    ("2023-05-02", "Surat Edaran MenPAN-RB Nomor B/71/2017 menjadi rujukan sosialisasi.", PANRB),
    ("2023-05-02", "SE Menpan RB melarang ASN mengunggah dukungan di media sosial.", PANRB),
    ("2023-05-02", "Menpan-RB menyebut netralitas bagian dari disiplin pegawai.", PANRB),
    ("2023-05-02", "Menteri PAN dan RB meminta ASN tidak memihak.", PANRB),
    ("2023-05-02", "MENPAN-RB meminta pegawai menjauhi politik praktis.", PANRB),
    ("2023-05-02", "Wamenpan-RB mengingatkan ASN agar tidak berpihak.", PANRB),
    ("2023-05-02", "Deputi SDM Aparatur KemenPAN-RB memaparkan data pelanggaran.", PANRB),
    ("2023-05-02", "Sekretaris Kementerian PANRB membuka rapat koordinasi netralitas.", PANRB),
    ("2023-05-02", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Kemenpan RB) menerima laporan.",
     PANRB),
    # a joint decree of five bodies, listed by acronym or through their heads
    ("2023-05-02", "Pedoman itu tertuang dalam SKB lima kementerian/lembaga: KemenPAN-RB, Kemendagri, BKN, KASN dan "
                   "Bawaslu.", KDN),
    ("2023-05-02", "Pedoman itu tertuang dalam SKB lima kementerian/lembaga: KemenPAN-RB, Kemendagri, BKN, KASN dan "
                   "Bawaslu.", BKN),
    ("2023-05-02", "Keputusan bersama itu diteken Menpan-RB, Mendagri, Kepala BKN, Ketua KASN serta Ketua Bawaslu.",
     KASN),
    ("2023-05-02", "Keputusan bersama itu diteken Menpan-RB, Mendagri, Kepala BKN, Ketua KASN serta Ketua Bawaslu.",
     KDN),
    ("2023-05-02", "Rapat dihadiri perwakilan Kemenpan RB, Kemendagri serta Komisi ASN.", KASN),
    # the commission
    ("2023-05-02", "Kasus guru itu sudah diteruskan ke KASN.", KASN),
    ("2023-05-02", "Menurut aturan KASN, pegawai dilarang memasang atribut partai.", KASN),
    ("2023-05-02", "Data KASN menunjukkan kenaikan laporan menjelang pencoblosan.", KASN),
    ("2023-05-02", "Dalam webinar KASN, peserta diminta menjaga netralitas.", KASN),
    ("2023-05-02", "Rekomendasi dari Komisi ASN sudah turun pekan ini.", KASN),
    ("2023-05-02", "KOMISI APARATUR SIPIL NEGARA menjatuhkan rekomendasi sanksi.", KASN),
    ("2023-05-02", "Kasus kepala dinas itu dilaporkan ke Bawaslu dan KASN.", KASN),
    ("2023-05-02", "Bawaslu/KASN menerima aduan masyarakat soal camat itu.", KASN),
    ("2023-05-02", "Bawaslu bersama KASN menggelar rapat evaluasi.", KASN),
    ("2023-05-02", "Wakil Ketua KASN mengingatkan kepala daerah agar tidak memobilisasi pegawai.", KASN),
    ("2023-05-02", "Surat Edaran Ketua KASN Nomor 5 Tahun 2023 mengatur netralitas.", KASN),
    ("2023-05-02", "Komite Aparatur Sipil Negara menjatuhkan rekomendasi bagi lurah itu.", KASN),
    ("2023-05-02", "Sesuai edaran KSN, pegawai tidak boleh ikut kampanye.", KASN),
    ("2023-05-02", "Sepuluh kasus sudah diajukan ke KSN oleh pengawas pemilu.", KASN),
    # the interior ministry
    ("2023-05-02", "Kemdagri mengingatkan penjabat bupati agar netral.", KDN),
    ("2023-05-02", "Kementrian Dalam Negeri meminta kepala desa tidak berpihak.", KDN),
    ("2023-05-02", "Surat teguran itu dikirim ke Kemendagri pekan lalu.", KDN),
    ("2023-05-02", "Kementerian Dalam Negeri (Kemendagri) mengevaluasi para penjabat.", KDN),
    ("2023-05-02", "Dirjen Otda Kemendagri meminta penjabat netral.", KDN),
    ("2023-05-02", "Inspektorat Jenderal Kemendagri memeriksa penjabat itu.", KDN),
    ("2023-05-02", "Menurut data Kemendagri, puluhan penjabat dilaporkan.", KDN),
    ("2023-05-02", "Rapat digelar bersama Kementerian Dalam Negeri dan KASN.", KDN),
    ("2023-05-02", "Surat Edaran Mendagri Nomor 800/2023 melarang pegawai berpihak.", KDN),
    ("2023-05-02", "Surat Edaran Medagri melarang pegawai berpihak.", KDN),
    # the civil-service agency and its regional offices
    ("2023-05-02", "Laporan itu dikirim ke BKN kemarin.", BKN),
    ("2023-05-02", "Badan Kepegawaian Negara (BKN) mencatat ratusan pelanggaran.", BKN),
    ("2023-05-02", "Plt Kepala BKN meminta pegawai menjaga netralitas.", BKN),
    ("2023-05-02", "Bawaslu menyerahkan ratusan laporan kepada Badan Kepegawaian RI.", BKN),
    # the gold lists a regional office written before the agency's name as the agency itself
    ("2023-05-02", "Rekomendasi diteruskan ke BKN Regional VII Palembang.", BKN),
    ("2023-05-02", "Berkas diverifikasi Badan Kepegawaian Negara (BKN) Kantor Regional 1 Yogyakarta.", BKN),
    ("2023-05-02", "Kantor Regional II BKN Surabaya menggelar sosialisasi netralitas.", KANREG2),
    ("2023-05-02", "Kanreg II BKN Surabaya mencatat pegawai yang dilaporkan.", KANREG2),
    ("2023-05-02", "Kanreg IV BKN Kota Makassar menggelar sosialisasi.", "Kantor Regional IV BKN Makassar"),
    ("2023-05-02", "Kepala Kanreg VIII BKN Banjarmasin meminta ASN netral.", "Kantor Regional VIII BKN Banjarmasin"),
    # the police
    ("2023-05-02", "Polisi Republik Indonesia mengingatkan anggotanya agar netral.", POLRI),
    ("2023-05-02", "Kepolisian Republik Indonesia (POLRI) menerbitkan telegram netralitas.", POLRI),
    ("2023-05-02", "Netralitas ASN, TNI/Polri diawasi selama pilkada.", POLRI),
    ("2023-05-02", "Netralitas TNI-Polri harus dijaga selama pemilu.", POLRI),
    ("2023-05-02", "Netralitas ASN, TNI, dan Polri dipantau selama pilkada.", POLRI),
    ("2023-05-02", "Kapolri Jenderal Listyo Sigit Prabowo meminta anggotanya netral.", POLRI),
    ("2023-05-02", "Divisi Propam Polri memeriksa anggota yang berkampanye.", POLRI),
    ("2023-05-02", "Kadiv Humas Polri menegaskan anggota tidak berpihak.", POLRI),
    # a regency's prosecutor's office
    ("2023-05-02", "Pelanggaran pidananya ditangani Kejaksaan Negeri Bitung.", "Kejaksaan Negeri Bitung"),
    ("2023-05-02", "Kajari Bitung mengingatkan jaksa agar netral.", "Kejaksaan Negeri Bitung"),
    ("2023-05-02", "Kepala Kejaksaan Negeri (Kajari) Bitung meminta jaksa netral.", "Kejaksaan Negeri Bitung"),
    ("2023-05-02", "Kejaksaan Negeri Kota Bitung menangani kasus itu.", "Kejaksaan Negeri Bitung"),
    ("2023-05-02", "Pemkot Bitung, Kejari Bitung serta Polres Bitung menggelar apel netralitas.",
     "Kejaksaan Negeri Bitung"),
    ("2023-05-02", "Bupati menggandeng Kejari Muara Enim untuk mengawasi netralitas.", "Kejaksaan Negeri Muara Enim"),
    ("2023-05-02", "Kejaksaan Negeri Kabupaten Tuban membuka posko pengaduan.", "Kejaksaan Negeri Tuban"),
    # a kind with no provincial body before a name the province shares with its capital or a regency: the city's
    # or regency's body, also through its head's title
    ("2023-05-02", "Kejari Jambi membuka posko pengaduan netralitas pegawai.", "Kejaksaan Negeri Jambi"),
    ("2023-05-02", "Kejaksaan Negeri Bengkulu ikut mengawasi netralitas jaksa.", "Kejaksaan Negeri Bengkulu"),
    ("2023-05-02", "Kejari Gorontalo menandatangani pakta netralitas.", "Kejaksaan Negeri Gorontalo"),
    ("2023-05-02", "Kajari Jambi mengingatkan jaksa agar tidak berpihak.", "Kejaksaan Negeri Jambi"),
    ("2023-05-02", "Kajari Bengkulu Budi Santoso mengingatkan jaksa agar netral.", "Kejaksaan Negeri Bengkulu"),
    ("2023-05-02", "Polres Jambi menyiagakan personel pengamanan pilkada.", "Kepolisian Resor Jambi"),
    ("2023-05-02", "Kapolres Bengkulu AKBP Budi Santoso meminta anggotanya netral.", "Kepolisian Resor Bengkulu"),
    # ... while a kind with one stays the province's
    ("2023-05-02", "Kejati Jambi meminta jaksa di daerah netral.", "Kejaksaan Tinggi Jambi"),
    ("2023-05-02", "Polda Bengkulu meminta anggotanya netral.", "Kepolisian Daerah Bengkulu"),
    # the religion ministry and its regency office
    ("2023-05-02", "Kementerian Agama Republik Indonesia meminta penyuluh netral.", KMG),
    ("2023-05-02", "Kementrian Agama mengingatkan guru madrasah agar netral.", KMG),
    ("2023-05-02", "Kemenag RI meminta penghulu tidak berkampanye.", KMG),
    ("2023-05-02", "Kepala Kantor Kemenag Tuban meminta ASN netral.", "Kantor Kementerian Agama Kabupaten Tuban"),
    ("2023-05-02", "Kemenag Kabupaten Tuban menggelar apel netralitas.", "Kantor Kementerian Agama Kabupaten Tuban"),
    # a prosecutor's office by 'Kejaksaan' and a regency is that regency's district office
    ("2023-05-02", "Jaksa dari Kejaksaan Muara Enim menjadi pembicara sosialisasi.", "Kejaksaan Negeri Muara Enim"),
    # left alone: 'Kasn' in title case is neither gold-attested nor safe for a short acronym
    pytest.param("2023-05-02", "Pelanggaran itu dilaporkan ke Kasn pekan lalu.", KASN,
                 marks=pytest.mark.xfail(strict=True, reason="short acronyms match only as written")),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[1] for form in FORMS], published=[values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "published", "text", "agency"),
                         indexed(FORMS, lambda v: v[1][:40]))
def test_a_national_body_named_in_prose_is_found(analysed: list, k: int, published: str, text: str,
                                                  agency: str) -> None:
    assert agency in {m.agency for m in analysed[k].agencies}
