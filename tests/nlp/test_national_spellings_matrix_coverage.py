"""Probe list of national bodies in the spellings and places a regional story gives them: listed among other national
bodies with a comma before the last link ("BKN, KASN, dan Bawaslu", the joint decree's issuers) or through their heads
("Kepala BKN, Ketua KASN, dan Ketua Bawaslu"), their names with "Republik Indonesia" written out, words of their names
misspelt as reporters do, their heads' titles glued or in mixed case, and the police in lower case beside the armed
forces ("TNI, kepolisian"). Every sentence (our own words) follows one on a regency's election bodies, so that a body
which also has regional branches must be read as the national one. The probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
KDN = "Kementerian Dalam Negeri"
BKN = "Badan Kepegawaian Negara"
KASN = "Komisi Aparatur Sipil Negara"
BAW = "Badan Pengawas Pemilihan Umum"
KPU = "Komisi Pemilihan Umum"
POLRI = "Kepolisian Negara Republik Indonesia"
REGION = "Bawaslu Kabupaten Lahat dan KPU Kabupaten Lahat mengawasi netralitas ASN pada Pilkada 2024. "

# (sentence after REGION, canonical name of the national body it names)
FORMS = [
    # the last of a list of national bodies after a comma and a link word: national, not the regency's
    ("Pedoman itu diterbitkan Kemendagri, BKN, KASN, dan Bawaslu pada 2022.", BAW),
    ("Pedoman itu diterbitkan Kemendagri, BKN, KASN, serta Bawaslu pada 2022.", BAW),
    ("Aturan itu dibuat Badan Kepegawaian Negara (BKN), Komisi ASN (KASN), dan Bawaslu.", BAW),
    ("Rapat itu dihadiri Bawaslu, dan KASN dari Jakarta.", BAW),
    # ... and through its head's title among the heads who signed a joint decree
    ("Pedoman itu diteken Menteri PANRB, Mendagri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu.", BAW),
    ("Keputusan bersama itu ditandatangani Kepala BKN, Ketua KASN dan Ketua KPU pada 2022.", KPU),
    ("Keputusan bersama Mendagri, Kepala BKN, Ketua Komisi ASN, serta Ketua Bawaslu menjadi pedoman.", BAW),
    # the election bodies with "Republik Indonesia" written out or "Pusat" after them: the national body, not the
    # regency's named before
    ("Indeks kerawanan itu dirilis Bawaslu Republik Indonesia pekan lalu.", BAW),
    ("Menurut Bawaslu Pusat, ASN dilarang hadir dalam kampanye.", BAW),
    ("Kata Ketua Bawaslu Republik Indonesia, ASN wajib netral.", BAW),
    ("Putusan Badan Pengawas Pemilu Republik Indonesia sudah dibacakan.", BAW),
    ("Jadwal kampanye ditetapkan KPU Pusat, bukan KPU Kabupaten Lahat.", KPU),
    ("Peraturan itu diumumkan KPU Republik Indonesia kemarin.", KPU),
    # "Negeri" as it is spoken, "Negri", in a ministry's name and its minister's title
    ("Edaran Kementerian Dalam Negri melarang ASN ikut kampanye.", KDN),
    ("Menteri Dalam Negri mengingatkan ASN agar netral.", KDN),
    ("Laporan itu dikirim ke Kementrian Dalam Negri pekan lalu.", KDN),
    # the police in lower case, listed right beside the armed forces
    ("Pengamanan kampanye menjadi tugas TNI, kepolisian, dan satpol PP.", POLRI),
    ("Panitia diminta berkoordinasi dengan kepolisian dan TNI setempat.", POLRI),
    ("Tim sukses tidak boleh melibatkan kepolisian, TNI, ataupun ASN.", POLRI),
    # titles and names run together
    ("Edaran MenpanRB melarang ASN ikut kampanye.", PANRB),
    ("Surat teguran itu dikirim KemendagriRI kepada bupati.", KDN),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list[set[str]]:
    """Each probe's agencies, from one batch analysis."""
    return [{m.agency for m in a.agencies} for a in analyse_all([REGION + values(f)[0] for f in FORMS])]


@pytest.mark.parametrize(("k", "text", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_national_body_is_read_under_its_spelling(analysed: list[set[str]], k: int, text: str, agency: str) -> None:
    assert agency in analysed[k], analysed[k]


# a story on a regency whose one passage on national bodies names a joint decree by its issuers: background on a
# national instrument, which places no story, as the signatories of a document do not
JOINT_DECREE = (
    "MAROS, Warta Sulsel – Panitia Pengawas Pemilu Kecamatan (Panwascam) Turikale menggelar sosialisasi pengawasan "
    "partisipatif di Kecamatan Turikale.\n"
    "Rina meminta ASN dan aparat desa tetap netral pada Pilkada 2024.\n"
    "Pembinaan netralitas ASN diatur pemerintah melalui Kementerian PAN-RB, Kementerian Dalam Negeri, BKN, KASN dan "
    "Bawaslu lewat Surat Keputusan Bersama (SKB) Menpan, Mendagri, BKN, KASN, dan Bawaslu Nomor 2 Tahun 2022.\n"
    "Beberapa kepala desa sudah dilaporkan ke Bawaslu Maros."
)


def test_a_joint_decrees_issuers_place_no_story(run) -> None:
    result = run(JOINT_DECREE, published="2024-09-04")
    assert result.province == "Sulawesi Selatan"
    assert BAW in {a.agency for a in result.agencies}


@pytest.mark.parametrize("text", [
    "Kasus penganiayaan itu dilimpahkan ke kepolisian setempat.",
    "Gakkumdu terdiri dari kepolisian, kejaksaan, dan pengawas pemilu.",
])
def test_the_police_in_lower_case_alone_stay_a_common_noun(run, text: str) -> None:
    assert POLRI not in {a.agency for a in run(text).agencies}
