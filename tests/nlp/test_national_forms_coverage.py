"""Probe list of national bodies under the names stories use across 2009-2025: the civil-service ministry without
its 'RB' and under its state-ministry names ('MenPAN', 'Meneg PAN', 'Kementerian Negara PAN'), departments before
2009 ('Departemen Dalam Negeri', 'Depkumham', 'Departemen Agama'), informal names ('Mabes Polri', 'Korps
Bhayangkara'), bodies with 'RI' or 'Pusat', a ministry by its minister's bare title after a document ('surat
Mendagri', 'edaran menpan'), and bodies in capitals or lower case. Each sentence (our own words) must name the body
with its canonical name. The probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
BKN = "Badan Kepegawaian Negara"
KASN = "Komisi Aparatur Sipil Negara"
KDN = "Kementerian Dalam Negeri"
BAW = "Badan Pengawas Pemilihan Umum"
KPU = "Komisi Pemilihan Umum"
POLRI = "Kepolisian Negara Republik Indonesia"
KJG = "Kejaksaan Agung Republik Indonesia"
KMG = "Kementerian Agama"
DIKNAS = "Kementerian Pendidikan Nasional"
KUMHAM = "Kementerian Hukum dan Hak Asasi Manusia"
PRES = "Presiden Republik Indonesia"
DPR = "Dewan Perwakilan Rakyat Republik Indonesia"
TNI = "Tentara Nasional Indonesia"
DKPP = "Dewan Kehormatan Penyelenggara Pemilu"

# (publication day, sentence, canonical name of the body it names)
FORMS = [
    ("2012-05-02", "MenPAN mengingatkan PNS agar netral dalam pilkada.", PANRB),
    ("2012-05-02", "Edaran MenPAN soal netralitas PNS dibacakan di apel pagi.", PANRB),
    ("2008-05-02", "Meneg PAN meminta PNS tidak ikut kampanye.", PANRB),
    ("2008-05-02", "Menneg PAN menerbitkan surat edaran netralitas pegawai negeri.", PANRB),
    ("2008-05-02", "Menteri Negara PAN meminta pegawai negeri tidak berpihak.", PANRB),
    ("2008-05-02", "Menteri Negara Pendayagunaan Aparatur Negara menerbitkan edaran netralitas PNS.", PANRB),
    ("2008-05-02", "Kementerian Negara PAN mengirim surat ke seluruh daerah.", PANRB),
    ("2012-05-02", "Kementerian Aparatur Negara mengingatkan PNS agar tidak berkampanye.", PANRB),
    ("2012-05-02", "Kementerian Pendayagunaan Aparatur Negara meminta PNS netral.", PANRB),
    ("2012-05-02", "Menteri Pendayagunaan Aparatur Negara meminta PNS menjaga netralitas.", PANRB),
    ("2012-05-02", "Menteri PAN meminta PNS menjaga netralitas dalam pemilukada.", PANRB),
    ("2012-05-02", "Surat Kemenpan itu sudah diterima pemerintah daerah.", PANRB),
    ("2012-05-02", "Kementerian PAN menerima laporan pelanggaran netralitas.", PANRB),
    ("2012-05-02", "Kantor Kementerian PAN menerima laporan pelanggaran PNS.", PANRB),
    ("2012-05-02", "MENPAN meminta seluruh PNS bersikap netral.", PANRB),
    ("2012-05-02", "Surat edaran menpan itu sudah disebarkan ke semua dinas.", PANRB),
    ("2023-05-02", "Surat edaran Menpan RI melarang PNS terlibat politik praktis.", PANRB),
    ("2012-05-02", "Wamenpan meminta PNS tidak berpolitik praktis.", PANRB),
    ("2008-05-02", "Depdagri meminta PNS daerah tetap netral pada pilkada.", KDN),
    ("2008-05-02", "Departemen Dalam Negeri mengirim surat edaran netralitas PNS.", KDN),
    ("2008-05-02", "Surat Departemen Dalam Negeri diteruskan ke semua kabupaten.", KDN),
    ("2008-05-02", "Mendagri mengingatkan PNS agar tidak terlibat kampanye.", KDN),
    ("2008-05-02", "Menteri Dalam Negeri meminta PNS daerah netral.", KDN),
    ("2023-05-02", "Surat Mendagri soal netralitas ASN sudah diterima bupati.", KDN),
    ("2023-05-02", "Instruksi Mendagri itu meminta kepala daerah menjaga netralitas ASN.", KDN),
    ("2023-05-02", "KEMENDAGRI mengingatkan ASN agar netral.", KDN),
    ("2023-05-02", "kemendagri mengingatkan penjabat kepala daerah agar netral.", KDN),
    ("2023-05-02", "Kemendagri Pusat meminta ASN menjaga netralitas.", KDN),
    ("2008-05-02", "Depag mengingatkan pegawainya agar netral dalam pemilu.", KMG),
    ("2008-05-02", "Departemen Agama meminta penghulu PNS tidak berkampanye.", KMG),
    ("2008-05-02", "Depdiknas meminta guru PNS tidak berkampanye.", DIKNAS),
    ("2008-05-02", "Departemen Pendidikan Nasional mengingatkan guru PNS agar netral.", DIKNAS),
    ("2008-05-02", "Depkumham meminta pegawainya menjaga netralitas.", KUMHAM),
    ("2008-05-02", "Departemen Hukum dan HAM meminta pegawainya netral.", KUMHAM),
    ("2023-05-02", "Mabes Polri meminta anggotanya dan ASN Polri menjaga netralitas.", POLRI),
    ("2023-05-02", "Korps Bhayangkara menegaskan netralitas anggota dan ASN-nya.", POLRI),
    ("2023-05-02", "Instruksi Kapolri meminta anggota dan PNS Polri bersikap netral.", POLRI),
    ("2023-05-02", "POLRI meminta seluruh pegawainya netral.", POLRI),
    ("2023-05-02", "Markas Besar Polri menerbitkan telegram netralitas.", POLRI),
    ("2023-05-02", "KEJAKSAAN AGUNG meminta jaksa netral.", KJG),
    ("2023-05-02", "Bawaslu Pusat menerima laporan pelanggaran netralitas ASN.", BAW),
    ("2023-05-02", "KPU Pusat menetapkan jadwal kampanye pemilu.", KPU),
    ("2023-05-02", "BKN Pusat mencatat ratusan ASN melanggar netralitas.", BKN),
    ("2023-05-02", "Kantor BKN Pusat menerima laporan netralitas ASN.", BKN),
    ("2023-05-02", "KASN Pusat merekomendasikan sanksi bagi ASN itu.", KASN),
    ("2023-05-02", "Komisi ASN RI menerima laporan netralitas.", KASN),
    ("2023-05-02", "BAWASLU RI menerima laporan pelanggaran ASN.", BAW),
    ("2023-05-02", "bawaslu RI menerima laporan pelanggaran ASN.", BAW),
    ("2023-05-02", "Edaran Kepala BKN meminta ASN menjaga netralitas.", BKN),
    ("2023-05-02", "Surat Ketua KASN diteruskan ke semua instansi.", KASN),
    ("2023-05-02", "Rekomendasi Ketua Bawaslu RI meminta ASN itu diberi sanksi.", BAW),
    ("2023-05-02", "Komisi II DPR meminta ASN menjaga netralitas.", DPR),
    ("2023-05-02", "Komisi II DPR RI mengingatkan ASN netral.", DPR),
    ("2023-05-02", "Mabes TNI meminta prajurit dan PNS TNI netral.", TNI),
    ("2023-05-02", "Markas Besar TNI meminta prajuritnya netral.", TNI),
    ("2023-05-02", "Kemenag Pusat mengingatkan ASN agar netral.", KMG),
    ("2023-05-02", "Surat Menag meminta ASN Kemenag netral.", KMG),
    ("2023-05-02", "DKPP RI memberhentikan anggota KPU itu.", DKPP),
    ("2023-05-02", "Komisi Aparatur Sipil Negara (KASN) RI mengirim rekomendasi.", KASN),
    ("2023-05-02", "Kementerian PAN-RB RI meminta ASN netral.", PANRB),
    ("2023-05-02", "Kementerian PANRB RI meminta ASN netral.", PANRB),
    ("2023-05-02", "Kementerian Dalam Negeri RI meminta ASN netral.", KDN),
    ("2023-05-02", "Kementerian Dalam Negeri Republik Indonesia meminta ASN netral.", KDN),
    ("2023-05-02", "KEMENTERIAN PANRB meminta ASN netral.", PANRB),
    ("2023-05-02", "kementerian panrb meminta ASN netral.", PANRB),
    ("2023-05-02", "Kemen PAN meminta ASN netral.", PANRB),
    ("2023-05-02", "Kementerian Pendayagunaan Aparatur Negara Reformasi Birokrasi meminta ASN netral.", PANRB),
    ("2023-05-02", "Surat edaran Kementerian PAN dan Reformasi Birokrasi sudah diterima.", PANRB),
    ("2023-05-02", "Badan Kepegawaian Negara (BKN) Pusat mencatat laporan.", BKN),
    ("2023-05-02", "Kepolisian Negara RI meminta anggota netral.", POLRI),
    ("2023-05-02", "Kejaksaan Agung Republik Indonesia meminta jaksa netral.", KJG),
    ("2023-05-02", "Kejagung RI meminta jaksa netral.", KJG),
    ("2023-05-02", "Polri RI meminta anggota netral.", POLRI),
    ("2023-05-02", "KPU RI Pusat menetapkan jadwal.", KPU),
    ("2023-05-02", "Telegram Kapolri meminta anggota netral.", POLRI),
    ("2023-05-02", "Edaran Jaksa Agung meminta jaksa netral.", KJG),
    # left alone: the gold splits 'Istana' (the palace as a place or as the presidency: 2 of 4 on the read half)
    # and 'Korps Adhyaksa' (the service or the Attorney General's office); a short acronym in lower case is matched
    # only as written, as it is also an ordinary word or initials
    pytest.param("2023-05-02", "Pihak Istana meminta ASN tidak berpihak dalam pemilu.", PRES,
                 marks=pytest.mark.xfail(strict=True, reason="'Istana' is split in the gold")),
    pytest.param("2023-05-02", "Korps Adhyaksa meminta jaksa dan pegawainya menjaga netralitas.", KJG,
                 marks=pytest.mark.xfail(strict=True, reason="'Korps Adhyaksa' names the service or its head office")),
    pytest.param("2023-05-02", "kasn merekomendasikan sanksi bagi ASN itu.", KASN,
                 marks=pytest.mark.xfail(strict=True, reason="short acronyms match only as written")),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[1] for form in FORMS], published=[values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "published", "text", "agency"),
                         indexed(FORMS, lambda v: v[1][:40]))
def test_a_national_body_is_named_under_its_older_or_informal_name(analysed: list, k: int, published: str,
                                                                     text: str, agency: str) -> None:
    assert agency in {m.agency for m in analysed[k].agencies}
