"""Probe list of national institutions named in ways the gold does or does not list. Listed (the read half's
majority): TNI and Polri in the civil service's triad ('ASN, TNI dan Polri', 'ASN, TNI-Polri'), a parliamentary
commission ('Komisi II DPR RI'), the joint law-enforcement centre ('Sentra Gakkumdu', 'Gakkumdu'), the President named
with a name ('Presiden Jokowi'), the one house a person stands for ('caleg DPR RI'). Not listed: legislatures and the
presidency as the seats a contest fills ('calon anggota DPD', 'calon Presiden/Wakil Presiden', 'pemilihan Presiden
dan Wakil Presiden, DPR, DPD', a candidate pair written with its short names and a dash glued to the bracket,
'(Capres)-Calon Wakil Presiden'), a body's regulation ('Peraturan KPU Nomor ...', 'Permendagri Nomor ...'), a desk's
credit ('(rel/MK)'), a former office ('mantan Kapolri'). A dash glued to a closing bracket no longer hides the word
after it, as in a dateline ('Palembang (AB)-Bawaslu Sumsel'). Each sentence is our own; the probes are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

TNI = "Tentara Nasional Indonesia"
POLRI = "Kepolisian Negara Republik Indonesia"
DPR = "Dewan Perwakilan Rakyat Republik Indonesia"
DPD = "Dewan Perwakilan Daerah Republik Indonesia"
PRES = "Presiden Republik Indonesia"
GAKKUMDU = "Sentra Penegakan Hukum Terpadu"
KPU = "Komisi Pemilihan Umum"
BAWASLU = "Badan Pengawas Pemilihan Umum"
KDN = "Kementerian Dalam Negeri"
PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
MK = "Mahkamah Konstitusi"
KMG = "Kementerian Agama"

# (sentence, canonical name, whether the story lists it)
FORMS = [
    # TNI and Polri beside the civil service: listed
    ("Bawaslu mengingatkan bahwa ASN, TNI dan Polri harus netral selama Pilkada 2024.", TNI, True),
    ("Bawaslu mengingatkan bahwa ASN, TNI dan Polri harus netral selama Pilkada 2024.", POLRI, True),
    ("Sosialisasi netralitas ASN, TNI, dan Polri digelar di aula kantor camat pada Pemilu 2024.", TNI, True),
    ("Pengawasan terhadap PNS, TNI serta Polri diperketat menjelang pemungutan suara Pilkada.", POLRI, True),
    ("Selain pegawai pemerintah, TNI maupun Polri juga dilarang berpihak dalam pemilu.", TNI, True),
    ("Netralitas ASN, TNI-Polri menjadi perhatian utama Bawaslu menjelang pemilu.", TNI, True),
    ("Netralitas ASN, TNI-Polri menjadi perhatian utama Bawaslu menjelang pemilu.", POLRI, True),
    ("TNI dan Polri di kota ini siap mendukung tahapan pilkada, dan ASN harus tetap netral.", TNI, True),
    ("Pilkada serentak 2024 diamankan Polri dan ASN diminta netral oleh Pj Gubernur.", POLRI, True),
    ("Bawaslu bersama kejaksaan dan Polri membentuk tim pengawasan netralitas ASN di pilkada.", POLRI, True),
    ("Anggota TNI aktif dilarang terlibat politik praktis dan wajib netral pada Pilkada 2024, kata Dandim.", TNI, True),
    ("Kapolri Jenderal Listyo Sigit Prabowo meminta personel menjaga netralitas pada Pemilu 2024.", POLRI, True),
    ("Panglima TNI Laksamana Yudo Margono menegaskan prajurit tidak boleh berpolitik praktis.", TNI, True),
    # a former office: not listed
    ("Mantan Kapolri itu kini menjabat menteri dan meminta ASN tetap netral dalam pilkada.", POLRI, False),
    ("Menurut mantan Kapolri tersebut, pegawai negeri dilarang ikut berkampanye.", POLRI, False),
    ("Pilkada 2024 diikuti seorang mantan Kapolda yang kini maju sebagai calon gubernur; ASN diminta netral.", POLRI,
     False),
    # the houses and the presidency as seats a contest fills: not listed
    ("PNS dilarang mendukung calon anggota DPD dengan memberikan fotokopi KTP.", DPD, False),
    ("Larangan berlaku bagi dukungan kepada calon anggota Dewan Perwakilan Daerah maupun calon kepala daerah.", DPD,
     False),
    ("ASN tidak boleh berfoto dengan calon anggota DPR, DPD, atau DPRD selama masa kampanye.", DPR, False),
    ("ASN tidak boleh berfoto dengan calon anggota DPR, DPD, atau DPRD selama masa kampanye.", DPD, False),
    ("Pemilu 2024 memilih presiden, anggota DPR RI, DPD RI, dan DPRD secara serentak.", DPR, False),
    ("Bupati meminta ASN netral dalam pemilihan presiden, pemilihan legislatif, maupun pemilihan DPD RI tahun ini.",
     DPD, False),
    ("Setelah pemungutan suara untuk presiden, anggota DPR, DPD, dan DPRD, ASN tetap wajib netral pada pilkada.", DPR,
     False),
    ("Setelah pemungutan suara untuk presiden, anggota DPR, DPD, dan DPRD, ASN tetap wajib netral pada pilkada.", DPD,
     False),
    ("ASN yang ingin menjadi tim kampanye calon presiden, partai politik atau calon DPD harus mengundurkan diri.", DPD,
     False),
    ("Dukungan kepada bakal calon anggota DPR RI dan DPRD oleh ASN adalah pelanggaran netralitas pemilu.", DPR, False),
    ("Pegawai dilarang menyukai unggahan calon presiden dan wakil presiden di media sosial.", PRES, False),
    ("Larangan itu berlaku bagi dukungan kepada pasangan calon presiden dan wakil presiden pada Pemilu 2024.", PRES,
     False),
    ("PNS dilarang memberikan dukungan kepada calon Presiden/Wakil Presiden maupun calon kepala daerah.", PRES, False),
    ("Sebagai calon wakil presiden, ia meminta ASN tetap netral pada Pemilu 2024.", PRES, False),
    ("Warga diminta tidak golput dalam pemilihan presiden dan ASN wajib netral pada Pemilu 2024.", PRES, False),
    ("Pilpres dan pileg 2024 menuntut ASN netral, termasuk terhadap capres dan cawapres.", PRES, False),
    ("Netral dalam Pemilihan Calon Presiden dan Wakil Presiden, Kepala Daerah dan DPRD menjadi kewajiban pegawai.",
     PRES, False),
    # ... through the vice-presidency named after the presidency in a list of seats
    ("Surat suara itu dipakai untuk pemilihan Presiden dan Wakil Presiden, DPR, DPD, DPRD Provinsi, dan DPRD Kota.",
     DPR, False),
    ("ASN dilarang ikut grup pemenangan, baik itu bakal calon presiden, wakil presiden, DPR, DPD, DPRD, gubernur "
     "maupun bupati.", DPR, False),
    ("ASN dilarang ikut grup pemenangan, baik itu bakal calon presiden, wakil presiden, DPR, DPD, DPRD, gubernur "
     "maupun bupati.", DPD, False),
    ("Wakil Ketua DPR RI meminta ASN tetap netral selama masa kampanye Pemilu 2024.", DPR, True),
    # ... and with a dash glued to the bracket of the short name: no holder named "Cawapres"
    ("ASN tidak boleh memberi tanda suka pada akun Calon Presiden (Capres)-Calon Wakil Presiden (Cawapres) di media "
     "sosial.", PRES, False),
    ("Pegawai negeri dilarang mengikuti akun Calon Presiden (Capres)\u2013Calon Wakil Presiden (Cawapres) pada Pemilu "
     "2024.", PRES, False),
    # ... but the one house a person stands for: listed
    ("Seorang kepala dinas diduga mengarahkan guru honorer untuk mendukung caleg DPR RI dari partai tertentu.", DPR,
     True),
    ("Ketua Bawaslu menyoroti ASN yang menjadi tim sukses calon legislatif DPR RI pada Pemilu 2024.", DPR, True),
    # the house itself, its commissions and members: listed
    ("DPR RI meminta Bawaslu memperketat pengawasan netralitas ASN menjelang Pemilu 2024.", DPR, True),
    ("Anggota Komisi II DPR RI meminta pemerintah menindak ASN yang tidak netral.", DPR, True),
    ("Menteri PANRB memaparkan data pelanggaran dalam rapat kerja dengan Komisi II DPR di Senayan.", DPR, True),
    ("Wakil Ketua Komisi II DPR RI menilai sanksi bagi ASN yang berpihak masih terlalu ringan.", DPR, True),
    ("Anggota DPD RI asal Jawa Tengah meminta ASN tidak terlibat kampanye pada pemilu.", DPD, True),
    # the joint law-enforcement centre: listed
    ("Laporan dugaan politik uang oleh kepala desa itu sudah dibahas di Sentra Gakkumdu.", GAKKUMDU, True),
    ("Kasus itu diteruskan ke Sentra Penegakan Hukum Terpadu (Gakkumdu) untuk diproses pidana.", GAKKUMDU, True),
    ("Jika ada unsur pidana, Bawaslu akan membawa perkara itu ke Gakkumdu.", GAKKUMDU, True),
    ("Tim Gakkumdu yang terdiri dari Bawaslu, kepolisian dan kejaksaan mulai memeriksa saksi.", GAKKUMDU, True),
    # the President named as a person: listed
    ("Presiden Joko Widodo kembali meminta ASN, TNI, dan Polri menjaga netralitas pada Pemilu 2024.", PRES, True),
    ("Presiden Jokowi mengingatkan aparatur negara agar tidak memihak dalam pemilu.", PRES, True),
    ("Presiden Prabowo Subianto meminta pegawai pemerintah bersikap netral dalam pilkada serentak.", PRES, True),
    # a body's regulation: not listed
    ("Sesuai Peraturan KPU Nomor 15 Tahun 2023, kampanye di kantor pemerintah dilarang bagi ASN.", KPU, False),
    ("Aturan itu tertuang dalam Peraturan Komisi Pemilihan Umum Nomor 23 Tahun 2018 tentang kampanye.", KPU, False),
    ("Pengawasan netralitas ASN mengacu pada Peraturan Bawaslu Nomor 6 Tahun 2018.", BAWASLU, False),
    ("Penyusunan anggaran pilkada mengikuti Permendagri Nomor 54 Tahun 2019 kata Sekda dalam rapat netralitas ASN.",
     KDN, False),
    ("Pemkab merujuk Permendagri Nomor 41 Tahun 2020 saat membahas netralitas ASN menjelang pilkada.", KDN, False),
    ("Disiplin ASN diatur juga dalam PermenPAN-RB Nomor 6 Tahun 2022 tentang kode etik pegawai, kata Kepala BKD.",
     PANRB, False),
    ("KPU RI menetapkan jadwal kampanye, dan ASN dilarang ikut serta dalam kegiatan itu.", KPU, True),
    # a desk's or a photographer's credit: not listed
    ("Pj Bupati meminta ASN netral dalam pilkada. (Foto: Humas Polri)", POLRI, False),
    ("Bupati meminta ASN netral di pilkada serentak. (rel/MK)", MK, False),
    # a ministry's regional office and its staff: the office's staff, no ministry (3 stories of 4 on the read half of
    # 1723; test_staff_of_regional_offices_coverage.py)
    ("Kepala Kantor Kementerian Agama Kabupaten Sleman meminta ASN Kementerian Agama menjaga netralitas dalam pemilu.",
     KMG, False),
    # a dateline's outlet in brackets glued by a dash to the first word: the body after it is read
    ("Palembang (AB)-Bawaslu Sumsel mengingatkan ASN agar netral menjelang Pilkada 2024.",
     "Bawaslu Provinsi Sumatera Selatan", True),
    ("Medan (Warta.id)-Gubernur Sumatera Utara meminta ASN menjaga netralitas pada pemilu.",
     "Pemerintah Provinsi Sumatera Utara", True),
    # left alone: forms the read half's gold splits or shows in one outlet only
    pytest.param("Seorang purnawirawan TNI mendaftar sebagai calon bupati pada Pilkada 2024.", TNI, False,
                 marks=pytest.mark.xfail(strict=True, reason="former posts: the gold lists the body about as often")),
    pytest.param("Seorang pensiunan anggota Polri dilaporkan ke Bawaslu karena mengajak ASN mendukung calon kepala "
                 "daerah.", POLRI, False,
                 marks=pytest.mark.xfail(strict=True, reason="former posts: the gold lists the body about as often")),
    pytest.param("Jadwal kampanye diatur dalam Peraturan Komisi Pemilihan Umum (KPU) Nomor 13 Tahun 2024 dan ASN "
                 "dilarang hadir.", KPU, False,
                 marks=pytest.mark.xfail(strict=True, reason="the full name with its acronym: gold split 2:2")),
    pytest.param("Pernyataan itu disampaikan Mendagri Tito Karnavian di Gedung DPR, Jakarta, usai rapat soal "
                 "netralitas ASN pada pilkada.", DPR, False,
                 marks=pytest.mark.xfail(strict=True, reason="a body's building as a venue: gold split")),
    pytest.param("Aturan yang dirujuk antara lain Surat Edaran Nomor 16 Tahun 2022 tentang Netralitas Pegawai "
                 "Kementerian Keuangan dan UU ASN.", "Kementerian Keuangan", False,
                 marks=pytest.mark.xfail(strict=True, reason="a body inside a document's subject: one outlet")),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency", "listed"),
                         indexed(FORMS, lambda v: v[0][:40]))
def test_an_institution_is_listed_as_the_gold_lists_it(analysed: list, k: int, text: str, agency: str,
                                                        listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
