"""Probe list of regional bodies written bare, without a head's title and without their region, in a story about
one regency or city: the region in the dateline ("PURWOREJO - BKPSDM menggelar ..."), the headline, an earlier
sentence or the place of the event. Bodies of a kind with a generic name (BKPSDM, BKD, BKPP, Inspektorat,
Satpol PP, DPMD, BPBD) stay the kind: read as the story's regency's office they lost more on the unread half than
they found (the gold's bare acronym alias scores the kind wherever the gold places them). Kesbangpol alone is placed
(`placeable` in regional_agencies.yaml): the read gold names it with its region in all 77 of its
annotations. After a
government and "melalui" they are that government's. Other regional offices (Dinas X, Polres, Kejari) are placed in
the story's region and kept covered. Stories in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
BKD = "Badan Kepegawaian Daerah"
BKPP = "Badan Kepegawaian, Pendidikan dan Pelatihan"
INSP = "Inspektorat"
KESBANG = "Badan Kesatuan Bangsa dan Politik"
SATPOL = "Satuan Polisi Pamong Praja"
DPMD = "Dinas Pemberdayaan Masyarakat dan Desa"
BPBD = "Badan Penanggulangan Bencana Daerah"

# (story, the institution it must name, the institution it must not name)
FORMS = [
    # the regency or city in the dateline only
    ("PURWOREJO - BKPSDM menggelar sosialisasi netralitas ASN bagi pejabat eselon.",
     BKPSDM, f"{BKPSDM} Kabupaten Purworejo"),
    ("PURWOREJO - Pelanggaran netralitas ASN dipantau. Inspektorat juga menurunkan tim pemeriksa.",
     INSP, "Inspektorat Kabupaten Purworejo"),
    ("KLATEN, Kompas.com - BKD mencatat dua ASN dilaporkan karena mengunggah dukungan kepada calon.",
     BKD, f"{BKD} Kabupaten Klaten"),
    ("Kota Semarang - BKPP mengingatkan pegawai kontrak agar tidak ikut berkampanye.",
     BKPP, f"{BKPP} Kota Semarang"),
    ("Grobogan (ANTARA) - Kesbangpol mengundang camat dan lurah dalam rapat kerawanan pilkada.",
     f"{KESBANG} Kabupaten Grobogan", KESBANG),
    ("BLORA, suarablora.id - Satpol PP menurunkan baliho bergambar calon dari kantor kecamatan.",
     SATPOL, f"{SATPOL} Kabupaten Blora"),
    ("REMBANG - Dinas PMD mengingatkan kepala desa dan perangkatnya agar tidak memihak.",
     DPMD, f"{DPMD} Kabupaten Rembang"),
    ("SRAGEN - BPBD ikut menyiapkan tenda di TPS rawan banjir. Pegawainya diminta netral.",
     BPBD, f"{BPBD} Kabupaten Sragen"),
    ("Wonogiri, Solopos.com - Bakesbangpol menggelar forum koordinasi pengawasan pemilu.",
     f"{KESBANG} Kabupaten Wonogiri", KESBANG),
    ("MADIUN - Inspektorat memeriksa lurah yang diduga mengarahkan warga memilih calon tertentu.",
     INSP, "Inspektorat Kota Madiun"),
    ("BOJONEGORO, beritajatim.com - Badan Kepegawaian Daerah menerbitkan edaran tentang netralitas ASN.",
     BKD, f"{BKD} Kabupaten Bojonegoro"),
    ("TUBAN | Satuan Polisi Pamong Praja menertibkan alat peraga kampanye di depan kantor dinas.",
     SATPOL, f"{SATPOL} Kabupaten Tuban"),
    ("NGANJUK – Badan Kesatuan Bangsa dan Politik membuka posko pengaduan netralitas ASN.",
     f"{KESBANG} Kabupaten Nganjuk", KESBANG),
    ("PONOROGO, Kamis (7/11/2024) - BKPSDM menjatuhkan teguran tertulis kepada seorang guru.",
     BKPSDM, f"{BKPSDM} Kabupaten Ponorogo"),
    ("KENDARI - Inspektorat menindaklanjuti rekomendasi Bawaslu soal kepala sekolah yang berkampanye.",
     INSP, "Inspektorat Kota Kendari"),
    ("SIAK - BKD meminta pejabat eselon tidak memakai fasilitas dinas untuk kampanye.",
     BKD, f"{BKD} Kabupaten Siak"),
    ("LANGKAT - Kesbangpol mencatat tiga laporan dugaan ASN tidak netral.",
     f"{KESBANG} Kabupaten Langkat", KESBANG),
    ("Pontianak - Satpol PP menyisir baliho yang dipasang di kantor pemerintah.",
     SATPOL, f"{SATPOL} Kota Pontianak"),
    ("MANOKWARI - BKPSDM mengumpulkan pakta integritas netralitas dari seluruh OPD.",
     BKPSDM, f"{BKPSDM} Kabupaten Manokwari"),
    ("DEPOK - BKPSDM dan Inspektorat bersama memeriksa ASN yang hadir di acara calon.",
     BKPSDM, f"{BKPSDM} Kota Depok"),
    ("DEPOK - BKPSDM dan Inspektorat bersama memeriksa ASN yang hadir di acara calon.",
     INSP, "Inspektorat Kota Depok"),
    # the region in the headline only
    ("ASN Kabupaten Karanganyar Diminta Netral\n\nBKPSDM menggelar sosialisasi larangan berpolitik praktis.",
     BKPSDM, f"{BKPSDM} Kabupaten Karanganyar"),
    ("Pilkada Kota Tegal Segera Digelar\n\nSatpol PP menurunkan atribut calon dari gedung pemerintah.",
     SATPOL, f"{SATPOL} Kota Tegal"),
    ("Netralitas ASN Kabupaten Kudus Diawasi\n\nInspektorat membentuk tim khusus untuk laporan warga.",
     INSP, "Inspektorat Kabupaten Kudus"),
    # the region in an earlier sentence or the event's place
    ("Apel netralitas ASN digelar di alun-alun Kabupaten Kebumen. BKD mengingatkan sanksi disiplin bagi pelanggar.",
     BKD, f"{BKD} Kabupaten Kebumen"),
    ("Ratusan guru di Kabupaten Magelang mengikuti deklarasi netralitas. Kesbangpol menjadi penyelenggara acara.",
     f"{KESBANG} Kabupaten Magelang", KESBANG),
    ("Pemilu di Kabupaten Batang berjalan damai. Inspektorat menerima satu aduan tentang camat.",
     INSP, "Inspektorat Kabupaten Batang"),
    ("Sosialisasi netralitas ASN diadakan di Kota Surakarta. Narasumbernya berasal dari BKPSDM dan sebuah kampus.",
     BKPSDM, f"{BKPSDM} Kota Surakarta"),
    ("Bawaslu Kabupaten Jepara menerima laporan soal ASN. Laporan itu diteruskan kepada Inspektorat.",
     INSP, "Inspektorat Kabupaten Jepara"),
    ("Bawaslu Kabupaten Jepara menerima laporan soal ASN. Satpol PP membantu menurunkan baliho.",
     SATPOL, f"{SATPOL} Kabupaten Jepara"),
    ("Bupati Boyolali meminta ASN netral. Kesbangpol diminta memantau kegiatan pegawai di media sosial.",
     f"{KESBANG} Kabupaten Boyolali", KESBANG),
    ("Pemkab Banjarnegara menggelar apel. BKD lalu membagikan buku saku netralitas.",
     BKD, f"{BKD} Kabupaten Banjarnegara"),
    ("Pemkot Blitar menyiapkan sanksi bagi ASN yang berkampanye. BKPSDM menjadi pelaksana pemeriksaan.",
     BKPSDM, f"{BKPSDM} Kota Blitar"),
    ("Wali Kota Kendari mengingatkan ASN agar netral. Inspektorat akan memeriksa setiap laporan.",
     INSP, "Inspektorat Kota Kendari"),
    ("Kabupaten Gowa menggelar deklarasi. Badan Kepegawaian Daerah menyiapkan formulir pernyataan netral.",
     BKD, f"{BKD} Kabupaten Gowa"),
    ("Warga Kabupaten Pati melapor ke Bawaslu Kabupaten Pati. Satpol PP lalu mencopot stiker calon dari mobil dinas.",
     SATPOL, f"{SATPOL} Kabupaten Pati"),
    ("Pengawasan pilkada di Kabupaten Demak diperketat. Dinas PMD menyurati seluruh kepala desa.",
     DPMD, f"{DPMD} Kabupaten Demak"),
    ("Di Kabupaten Sleman, BPBD menyiagakan relawan saat pemungutan suara.",
     BPBD, f"{BPBD} Kabupaten Sleman"),
    # offices of the region that were placed already: kept covered
    ("BLORA - Dinas Kesehatan mengingatkan pegawai puskesmas agar netral.", "Dinas Kesehatan Kabupaten Blora", None),
    ("PURWOREJO - Dinas Pendidikan mengumpulkan kepala sekolah untuk sosialisasi netralitas.",
     "Dinas Pendidikan Kabupaten Purworejo", None),
    ("WONOSOBO - Polres mengamankan rapat pleno. Kejari ikut memantau netralitas ASN.",
     "Kepolisian Resor Wonosobo", None),
    ("WONOSOBO - Polres mengamankan rapat pleno. Kejari ikut memantau netralitas ASN.",
     "Kejaksaan Negeri Wonosobo", None),
    ("KUDUS - Bappeda menggelar rapat. Pegawainya diminta netral dalam pilkada.",
     "Badan Perencanaan Pembangunan Daerah Kabupaten Kudus", None),
    # a government and "melalui": that government's office, whatever else the story names
    ("Pemerintah Provinsi Jawa Tengah melalui Kesbangpol menggelar sosialisasi di Kota Semarang.",
     f"{KESBANG} Provinsi Jawa Tengah", f"{KESBANG} Kota Semarang"),
    ("Pemkab Sleman, melalui BKPSDM, mengumpulkan ASN di Kota Yogyakarta.",
     f"{BKPSDM} Kabupaten Sleman", f"{BKPSDM} Kota Yogyakarta"),
    ("Pemerintah Kota Magelang melalui Satpol PP menurunkan baliho di Kabupaten Magelang.",
     f"{SATPOL} Kota Magelang", f"{SATPOL} Kabupaten Magelang"),
    # the kind, not the story's office: listed beside national institutions
    ("KLATEN - Rapat koordinasi dihadiri KPU RI, TNI/Polri, dan Satpol PP.", SATPOL, f"{SATPOL} Kabupaten Klaten"),
    ("PATI - Pengamanan pilkada melibatkan TNI Polri Satpol PP dan Linmas.", SATPOL, f"{SATPOL} Kabupaten Pati"),
    ("KENDAL - Pelanggaran ASN dilaporkan ke Bawaslu dan BKD, kata seorang pengamat.", BKD,
     f"{BKD} Kabupaten Kendal"),
    ("BATANG - Laporan diteruskan kepada Badan Kepegawaian Negara (BKN) dan BKPSDM untuk diproses.", BKPSDM,
     f"{BKPSDM} Kabupaten Batang"),
    ("DEMAK - Sanksi dijatuhkan oleh BKD, Kementerian PANRB, serta KASN.", BKD, f"{BKD} Kabupaten Demak"),
    # the kind, not the story's office: a story about a province
    ("SEMARANG - Pemprov Jawa Tengah mengimbau ASN netral. BKD mencatat pelanggaran di beberapa daerah.", BKD,
     f"{BKD} Provinsi Jawa Tengah"),
    ("Bawaslu Provinsi Jawa Timur menemukan ASN berkampanye. Inspektorat diminta menindaklanjuti.", INSP,
     "Inspektorat Provinsi Jawa Timur"),
    ("Gubernur Sumatera Utara meminta ASN netral. Satpol PP menertibkan baliho di jalan provinsi.", SATPOL,
     f"{SATPOL} Provinsi Sumatera Utara"),
    # the kind in lower case: the kind of office, not one body
    ("PURWOREJO - Laporan ASN yang tidak netral diteruskan ke inspektorat.", INSP, "Inspektorat Kabupaten Purworejo"),
    # an acronym in brackets restating another body's name
    ("PADANG - Kantor Kesatuan Bangsa dan Politik (Kesbangpol) menggelar dialog netralitas.", None,
     f"{KESBANG} Kota Padang"),
    # before a level word: every such body
    ("BLORA - Inspektorat kabupaten/kota diminta aktif memeriksa ASN.", None, "Inspektorat Kabupaten Blora"),
    # two bodies of kinds with generic names, one sentence
    ("SALATIGA - Kesbangpol dan Satpol PP menggelar patroli netralitas ASN menjelang pencoblosan.",
     f"{KESBANG} Kota Salatiga", KESBANG),
    ("SALATIGA - Kesbangpol dan Satpol PP menggelar patroli netralitas ASN menjelang pencoblosan.",
     SATPOL, f"{SATPOL} Kota Salatiga"),
    ("CILACAP - BKD, Inspektorat, dan Kesbangpol membentuk satgas netralitas ASN.",
     BKD, f"{BKD} Kabupaten Cilacap"),
    ("CILACAP - BKD, Inspektorat, dan Kesbangpol membentuk satgas netralitas ASN.",
     INSP, "Inspektorat Kabupaten Cilacap"),
    ("CILACAP - BKD, Inspektorat, dan Kesbangpol membentuk satgas netralitas ASN.",
     f"{KESBANG} Kabupaten Cilacap", KESBANG),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_a_bare_body_names_its_kind_or_its_region(analysed: list, k: int, text: str, named: str | None,
                                                     not_named: str | None) -> None:
    found = {m.agency for m in analysed[k].agencies}
    if named is not None:
        assert named in found
    if not_named is not None:
        assert not_named not in found
