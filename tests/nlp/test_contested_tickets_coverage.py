"""Probe list of regional heads' offices named as the seats a contest fills, in the forms regional news writes a
ticket: two contests joined past the first ticket's region ('pemilihan Bupati dan Wakil Bupati Dompu serta Gubernur
dan Wakil Gubernur NTB'), a candidate's short title opening the pair ('Cagub dan Wagub Riau', 'Cabup/Wabup'), the
pair joined by 'ataupun', a repeat vote of the contest ('PSU Gubernur dan Wakil Gubernur'), the contest's short form
in brackets before the seat ('pasangan calon (paslon) Bupati', 'calon legislatif (caleg) DPRD'). The read half's gold
lists no government for such seats in the six stories that name one only so; a region's government named otherwise
stays listed, and so does the holder named right after a contest word and a comma ('Menyikapi tahapan pilkada,
Gubernur X Budi ...', 'sebagai bacabup, Bupati X Budi ...') or after a ticket's region and a comma alone ('...
Kalimantan Barat (Kalbar), Pj Wali Kota Pontianak, Budi'). Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, canonical name of a regional government, whether the story lists it)
FORMS = [
    # two tickets joined past the first one's region: neither government
    ("Pemungutan suara pemilihan Bupati dan Wakil Bupati Klaten serta Gubernur dan Wakil Gubernur Jawa Tengah "
     "digelar pada November 2024, dan ASN diminta tidak memihak.", "Pemerintah Provinsi Jawa Tengah", False),
    ("Pemungutan suara pemilihan Bupati dan Wakil Bupati Klaten serta Gubernur dan Wakil Gubernur Jawa Tengah "
     "digelar pada November 2024, dan ASN diminta tidak memihak.", "Pemerintah Kabupaten Klaten", False),
    ("ASN dilarang menjadi tim sukses bakal pasangan calon Bupati dan Wakil Bupati Kabupaten Sumbawa maupun "
     "Gubernur dan Wakil Gubernur NTB pada Pilkada 2024.", "Pemerintah Provinsi Nusa Tenggara Barat", False),
    ("Pilkada serentak mencakup pemilihan Wali Kota dan Wakil Wali Kota Padang serta Gubernur dan Wakil Gubernur "
     "Sumatera Barat; seluruh pegawai wajib netral.", "Pemerintah Provinsi Sumatera Barat", False),
    ("Pilkada serentak mencakup pemilihan Wali Kota dan Wakil Wali Kota Padang serta Gubernur dan Wakil Gubernur "
     "Sumatera Barat; seluruh pegawai wajib netral.", "Pemerintah Kota Padang", False),
    # a candidate's short title opens the pair
    ("Pegawai negeri tidak boleh hadir dalam kampanye Cagub dan Wagub Jambi, kata Kepala BKD.",
     "Pemerintah Provinsi Jambi", False),
    ("Guru honorer itu terekam ikut deklarasi Cabup/Wabup Lebak menjelang Pilkada 2024; ASN diminta netral.",
     "Pemerintah Kabupaten Lebak", False),
    ("Foto pegawai bersama Cawalkot dan Wawali Kendari beredar di media sosial; Bawaslu memeriksa ASN itu.",
     "Pemerintah Kota Kendari", False),
    # the pair joined by 'ataupun'
    ("Sejumlah bakal calon Bupati ataupun Wakil Bupati Muara Enim diketahui beristri PNS; ASN diminta netral.",
     "Pemerintah Kabupaten Muara Enim", False),
    # a repeat vote of the contest
    ("Agar PSU Gubernur dan Wakil Gubernur Maluku Utara berjalan damai, ASN diminta menjaga netralitas.",
     "Pemerintah Provinsi Maluku Utara", False),
    # the contest's short form in brackets between the contest word and the seat
    ("Beberapa PNS terlihat di posko pasangan calon (paslon) Bupati dan Wakil Bupati Bantul menjelang pilkada.",
     "Pemerintah Kabupaten Bantul", False),
    ("Seorang guru membagikan foto calon legislatif (caleg) Dewan Perwakilan Rakyat Daerah (DPRD) di grup sekolah, "
     "lalu Bawaslu Kabupaten Kendal memeriksanya.", "Dewan Perwakilan Rakyat Daerah Kabupaten Kendal", False),
    # look-alikes that stay listed: a bracket after another word before the office or the house, the holder
    # after a contest word and a comma, after a ticket's region and a comma alone, the pair of holders, a
    # government named as such
    ("Tahapan Pemilihan Gubernur dan Wakil Gubernur Bengkulu sudah dimulai. Menyikapi tahapan pilkada, Gubernur "
     "Bengkulu Rohidin Mersyah meminta ASN tetap netral.", "Pemerintah Provinsi Bengkulu", True),
    ("Meski sudah mendaftar sebagai bacabup, Bupati Lumajang Thoriqul Haq meminta ASN tidak memihak.",
     "Pemerintah Kabupaten Lumajang", True),
    ("Menjelang pemilihan Wali Kota dan Wakil Wali Kota Palu, serta Gubernur dan Wakil Gubernur Sulawesi Tengah "
     "(Sulteng), Pj Wali Kota Palu, Hadianto Rasyid, meminta ASN netral.", "Pemerintah Kota Palu", True),
    ("Bupati Jember dan Wakil Bupati Jember meminta ASN menjaga netralitas pada pilkada.",
     "Pemerintah Kabupaten Jember", True),
    ("Pemilihan Bupati Tegal digelar November, sementara Gubernur Jawa Tengah meminta ASN netral.",
     "Pemerintah Provinsi Jawa Tengah", True),
    ("Pemprov Riau menggelar apel netralitas menjelang kampanye Cagub dan Wagub Riau.", "Pemerintah Provinsi Riau",
     True),
    ("Dalam apel pagi (Senin) Bupati Bantul meminta seluruh ASN menjaga netralitas.", "Pemerintah Kabupaten Bantul",
     True),
    ("Rapat dengar pendapat (RDP) DPRD Kabupaten Kendal membahas netralitas ASN menjelang pilkada.",
     "Dewan Perwakilan Rakyat Daerah Kabupaten Kendal", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_contested_seat_names_no_government(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed
