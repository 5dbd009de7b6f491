"""Probe list of national bodies named through a group of their people, a contest's seat, an occasion, a post or a
rule, in the forms regional news writes them (sentences in our own words), analysed in one batch. What counts
follows the gold's majority on the read half where the form is a body's only mention: the armed forces and the
police in a neutrality list or as their members ('ASN, TNI dan Polri', 'prajurit TNI', 'personel Polri') are
listed (88 items to 10); a house or the presidency as a seat contested or a word of a contest's name is not; a
body's anniversary, emblem or dress ('HUT Korpri', 'lambang Korpri') is not (3 items to 1); the corps named bare
with one of its councils is one body, the corps (4 stories of 4); a regulation by its issuer ('Permenpan RB', 'PKPU',
'Perbawaslu', 'Peraturan KPU') is not (PKPU alone 17 to 5); the signatories of the joint decree are; a ministry
spelt in lower case or in capitals with its hyphen ('kemenpan-rb', 'KEMENPAN-RB') is the ministry, as in mixed case."""

from __future__ import annotations

import pytest

TNI = "Tentara Nasional Indonesia"
POLRI = "Kepolisian Negara Republik Indonesia"
KORPRI = "Korps Pegawai Republik Indonesia"
DPR = "Dewan Perwakilan Rakyat Republik Indonesia"
DPD = "Dewan Perwakilan Daerah Republik Indonesia"
MPR = "Majelis Permusyawaratan Rakyat Republik Indonesia"
PRESIDEN = "Presiden Republik Indonesia"
PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
BKN = "Badan Kepegawaian Negara"
KASN = "Komisi Aparatur Sipil Negara"
KEMENDAGRI = "Kementerian Dalam Negeri"
BAWASLU = "Badan Pengawas Pemilihan Umum"
KPU = "Komisi Pemilihan Umum"
SEATS = (DPR, DPD, MPR, PRESIDEN)

# (story, institutions that must be read, institutions that must not)
FORMS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # the armed forces and the police as groups of people: listed
    ("Menjelang pencoblosan, ASN, TNI dan Polri diingatkan untuk tidak berpihak.", (TNI, POLRI), ()),
    ("Netralitas aparatur sipil negara serta TNI-Polri harus dijaga sampai pelantikan.", (TNI, POLRI), ()),
    ("Ia meminta PNS, anggota TNI, dan anggota Polri tidak ikut berkampanye.", (TNI, POLRI), ()),
    ("Prajurit TNI yang terbukti berpolitik praktis akan diproses.", (TNI,), ()),
    ("Ratusan personel Polri dikerahkan untuk mengamankan rapat pleno.", (POLRI,), ()),
    ("Aparatur negara, termasuk TNI/Polri, tidak boleh memihak salah satu calon.", (TNI, POLRI), ()),
    ("Pegawai negeri, tentara, dan anggota Polri sama-sama dituntut netral.", (POLRI,), ()),
    ("Sejumlah oknum TNI diduga hadir dalam deklarasi relawan.", (TNI,), ()),
    ("Bupati mengingatkan ASN, TNI, Polri dan kepala desa agar menjaga netralitas.", (TNI, POLRI), ()),
    # houses and the presidency as seats contested or words of a contest: not listed
    ("Para calon anggota DPR, DPD dan DPRD mulai memasang alat peraga.", (), SEATS),
    ("Pemilihan Presiden dan Wakil Presiden tahun depan menuntut ASN netral.", (), SEATS),
    ("ASN tidak boleh mendukung calon presiden mana pun di media sosial.", (), SEATS),
    ("Pemilu Presiden kali ini hanya diikuti dua pasangan.", (), SEATS),
    ("Ia mendaftar sebagai calon anggota DPD dari Sulawesi Selatan.", (), SEATS),
    ("Surat suara pemilihan anggota DPRD kabupaten tiba di gudang logistik.", (), SEATS),
    ("Pemilih menerima surat suara presiden, DPR RI, DPD RI dan DPRD.", (), SEATS),
    ("Pilpres dan Pileg digelar serentak pada hari yang sama.", (), SEATS),
    ("Perebutan kursi DPR di dapil itu berlangsung ketat.", (), SEATS),
    ("Pileg untuk memilih anggota DPR RI dan DPRD diikuti 18 partai.", (), SEATS),
    # a body's anniversary, emblem or dress: not listed
    ("Apel peringatan HUT Korpri ke-53 digelar di alun-alun.", (), (KORPRI,)),
    ("Pegawai diwajibkan memakai baju Korpri setiap tanggal 17.", (), (KORPRI,)),
    ("Seragam Korpri dipakai para guru saat upacara.", (), (KORPRI,)),
    ("Di dinding ruangannya masih terpasang lambang Korpri.", (), (KORPRI,)),
    ("Pada Hari Ulang Tahun (HUT) KORPRI, bupati mengingatkan ASN netral.", (), (KORPRI,)),
    ("Lomba voli digelar dalam rangka HUT ke-52 Korpri.", (), (KORPRI,)),
    ("Warga menonton parade HUT Ke 78 TNI di lapangan kota.", (), (TNI,)),
    ("Oknum itu mengenakan atribut TNI saat berkampanye.", (), (TNI,)),
    # ... while the body itself is
    ("Ketua Umum Korpri Zudan Arif Fakrulloh meminta ASN netral.", (KORPRI,), ()),
    ("Korpri mengingatkan anggotanya agar tidak berpihak.", (KORPRI,), ()),
    ("Pengurus Korpri menggelar sosialisasi netralitas.", (KORPRI,), ()),
    # the corps named bare and one of its councils in one story: one body, the corps; a council alone stays
    ("Dalam upacara di alun-alun, Korpri Kabupaten Kendal mengajak seluruh anggota Korps Pegawai Republik Indonesia "
     "(Korpri) menjaga netralitas.", (KORPRI,), (f"{KORPRI} Kabupaten Kendal",)),
    ("Pengurus Korpri Kota Bogor mengingatkan bahwa Korpri harus netral dalam pilkada.", (KORPRI,),
     (f"{KORPRI} Kota Bogor",)),
    ("Korpri Kabupaten Kendal mengingatkan anggotanya agar netral dalam pilkada.", (f"{KORPRI} Kabupaten Kendal",),
     (KORPRI,)),
    # posts people fill: no institution
    ("Petugas PPK dan PPS di kecamatan itu dilantik kemarin.", (), ()),
    ("Ia pernah bertugas sebagai anggota KPPS di desanya.", (), ()),
    ("Pendaftaran petugas KPPS dibuka bagi warga berusia 17 tahun.", (), ()),
    ("Honor ketua PPS naik tahun ini.", (), ()),
    # regulations by their issuer: not the body
    ("Ketentuan itu tercantum dalam Permenpan RB Nomor 6 Tahun 2022.", (), (PANRB,)),
    ("Penilaian kinerja mengacu pada PermenPAN-RB Nomor 6 Tahun 2022.", (), (PANRB,)),
    ("Pengawasan diatur dalam Perbawaslu Nomor 6 Tahun 2018.", (), (BAWASLU,)),
    ("Sesuai PKPU Nomor 15 Tahun 2023, kampanye dimulai akhir November.", (), (KPU,)),
    ("Peraturan KPU Nomor 20 Tahun 2023 melarang ASN menjadi pelaksana kampanye.", (), (KPU,)),
    ("Peraturan Bawaslu itu mengatur pengawasan netralitas pegawai.", (), (BAWASLU,)),
    ("Peraturan BKN Nomor 3 Tahun 2020 menjadi dasar penjatuhan sanksi.", (), (BKN,)),
    ("Inpres dan Perpres itu tidak mengatur hal tersebut.", (), (PRESIDEN,)),
    ("PP Nomor 94 Tahun 2021 mengatur disiplin PNS.", (), ()),
    # the joint decree's signatories and the issuers of circulars named as bodies or heads
    ("SKB itu diteken Menpan RB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu.",
     (PANRB, KEMENDAGRI, BKN, KASN, BAWASLU), ()),
    ("Keputusan bersama KemenPAN-RB, Kemendagri, BKN, KASN dan Bawaslu mengatur sanksi.",
     (PANRB, KEMENDAGRI, BKN, KASN, BAWASLU), ()),
    ("Surat edaran KASN meminta pejabat pembina kepegawaian menindak pegawai.", (KASN,), ()),
    ("Surat Edaran Menpan RB tentang netralitas ASN sudah diteruskan ke daerah.", (PANRB,), ()),
    # lower case, capitals and hyphens of the bodies most quoted
    ("Laporan itu sudah dikirim ke kemenpan-rb bulan lalu.", (PANRB,), ()),
    ("Rekomendasi diteruskan ke KEMENPAN-RB untuk ditindaklanjuti.", (PANRB,), ()),
    ("Tembusan surat dikirim ke Kemenpan-RB dan BKN.", (PANRB, BKN), ()),
    ("Hasil pemeriksaan disampaikan kepada KemenPAN RB.", (PANRB,), ()),
    ("Pihak Kemen PAN-RB akan memberikan sanksi.", (PANRB,), ()),
    ("Kementerian PAN-RB mencatat ratusan laporan.", (PANRB,), ()),
    ("Kementerian PANRB menerbitkan edaran baru.", (PANRB,), ()),
    ("kemendagri sudah menyurati seluruh kepala daerah.", (KEMENDAGRI,), ()),
    ("Kementrian Dalam Negeri meminta kepala daerah mengawasi pegawainya.", (KEMENDAGRI,), ()),
    ("Laporan warga diteruskan ke bawaslu setempat.", (BAWASLU,), ()),
    ("Komisi ASN menerima puluhan aduan.", (KASN,), ()),
    ("Data BKN RI mencatat pelanggaran itu.", (BKN,), ()),
    ("Bawaslu RI memanggil pejabat tersebut.", (BAWASLU,), ()),
    ("KPU RI menetapkan daftar calon tetap.", (KPU,), ()),
    ("BAWASLU meminta ASN tidak mengunggah dukungan.", (BAWASLU,), ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:40] for text, _, _ in FORMS])
def test_a_body_named_through_a_group_seat_occasion_or_rule(analysed: list, k: int) -> None:
    _, listed, not_listed = FORMS[k]
    found = {a.agency for a in analysed[k].agencies}
    assert set(listed) <= found
    assert not found & set(not_listed)
