"""Probe list of the spellings regional outlets give an official's title, each put in two templates ('<TITLE>, Nama,
mengatakan ...' and '"...," kata <TITLE> Nama.'): a body's long name with its acronym in brackets, the region by
'Kabupaten', 'Kab.', 'Kota', 'Prov.' or bare, fused secretaries' titles (Sekdakab, Sekdaprov, Sekkot), interim
prefixes (Pj, Pj., Penjabat, Pjs, Plt, Plh, Penjabat Sementara), lower-case heads, division coordinators with their
division in full, the secretariat's numbered and named assistants, bureau and section heads, the district
supervisors, auditors of an inspectorate, and the heads of regional offices by 'Ka' and the office's acronym
('Kadispar', 'Kadistan', 'Kadisbun': these were no one before offices 2024.213), and the regency's province written
after it with its level word ('Pj Bupati X Provinsi Y, Nama', 'kata Sekda Kabupaten X Provinsi Y Nama'); short forms in
brackets inside a title ('Kepala Biro Pemerintahan dan Otonomi Daerah (Otda) Setda Provinsi X'). Regencies
and districts the read half's gold does not name. Each text must give the holder with the institution the gold
gives; all are analysed in one batch. Forms still missed stay strict xfails."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

MISSED = pytest.mark.xfail(strict=True, reason="form not covered yet")
BJN = "Kabupaten Banjarnegara"
POSO = "Kabupaten Poso"
PEMKAB = f"Pemerintah {BJN}"
PROV = "Pemerintah Provinsi Sulawesi Tengah"
BAWASLU = f"Bawaslu {POSO}"
TULAKAN = "Panwaslu Kecamatan Tulakan"
TEMPLATES = ("{role}, Budi Santoso, mengatakan seluruh ASN wajib netral dalam Pilkada 2024.",
             '"ASN wajib netral," kata {role} Budi Santoso.')
# (title as written, the institution served)
ROLES = [
    # the heads of regional offices by 'Ka' and the office's acronym
    ("Kadispar Banjarnegara", f"Dinas Pariwisata {BJN}"),
    ("Kadis Pariwisata Kabupaten Banjarnegara", f"Dinas Pariwisata {BJN}"),
    ("Kadistan Poso", f"Dinas Pertanian {POSO}"),
    ("Kadispertan Kabupaten Poso", f"Dinas Pertanian {POSO}"),
    ("Kadisbun Poso", f"Dinas Perkebunan {POSO}"),
    ("Kadishut Provinsi Sulawesi Tengah", "Dinas Kehutanan Provinsi Sulawesi Tengah"),
    ("Kadiskan Kab. Poso", f"Dinas Perikanan {POSO}"),
    ("Kadisdag Banjarnegara", f"Dinas Perdagangan {BJN}"),
    ("Kadisperin Banjarnegara", f"Dinas Perindustrian {BJN}"),
    ("Kadispangan Banjarnegara", f"Dinas Pangan {BJN}"),
    ("Kadisbud Banjarnegara", f"Dinas Kebudayaan {BJN}"),
    ("Kadispendik Banjarnegara", f"Dinas Pendidikan {BJN}"),
    ("Kadisdikpora Poso", f"Dinas Pendidikan, Pemuda dan Olahraga {POSO}"),
    ("Kadisparpora Poso", f"Dinas Pariwisata, Pemuda dan Olahraga {POSO}"),
    ("Kadispermades Poso", f"Dinas Pemberdayaan Masyarakat dan Desa {POSO}"),
    ("Kadispendukcapil Poso", f"Dinas Kependudukan dan Pencatatan Sipil {POSO}"),
    ("Kadisdamkar Kota Palu", "Dinas Pemadam Kebakaran Kota Palu"),
    ("Kadis Perindag Banjarnegara", f"Dinas Perindustrian dan Perdagangan {BJN}"),
    ("Kadis Perkim Kabupaten Banjarnegara", f"Dinas Perumahan dan Kawasan Permukiman {BJN}"),
    ("Kadis Damkar Banjarnegara", f"Dinas Pemadam Kebakaran {BJN}"),
    ("Kadis Pemadam Kebakaran Kabupaten Poso", f"Dinas Pemadam Kebakaran {POSO}"),
    # the election supervisors in their spellings
    ("Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Poso", BAWASLU),
    ("Ketua Badan Pengawas Pemilu (Bawaslu) Kab. Poso", BAWASLU),
    ("Ketua Bawaslu Kab. Poso", BAWASLU),
    ("ketua Bawaslu Poso", BAWASLU),
    ("Ketua Badan Pengawas Pemilu Kabupaten Poso", BAWASLU),
    ("Ketua Bawaslu Kabupaten Poso, Sulawesi Tengah", BAWASLU),
    ("Anggota Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Poso", BAWASLU),
    ("anggota Bawaslu Poso", BAWASLU),
    ("Anggota Bawaslu Kabupaten Poso Koordinator Divisi Penanganan Pelanggaran", BAWASLU),
    ("Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Hubungan Masyarakat Bawaslu Poso", BAWASLU),
    ("Kordiv Penanganan Pelanggaran dan Data Informasi Bawaslu Kab. Poso", BAWASLU),
    ("Kepala Sekretariat Bawaslu Kabupaten Poso", BAWASLU),
    ("Kasubag Umum Bawaslu Poso", BAWASLU),
    ("Ketua Panwaslu Kecamatan Tulakan", TULAKAN),
    ("ketua Panwaslu Kecamatan Tulakan", TULAKAN),
    ("Ketua Panwascam Tulakan", TULAKAN),
    ("Anggota Panwascam Tulakan", TULAKAN),
    ("Ketua Panitia Pengawas Pemilu (Panwaslu) Kecamatan Tulakan", TULAKAN),
    ("Ketua Panitia Pengawas Pemilihan Kecamatan (Panwascam) Tulakan", TULAKAN),
    ("Ketua Panwaslu Kec. Tulakan", TULAKAN),
    ("Ketua Panwascam Tulakan Kabupaten Pacitan", TULAKAN),
    ("Ketua KPU Kab. Poso", f"Komisi Pemilihan Umum {POSO}"),
    ("Ketua Komisi Pemilihan Umum (KPU) Kabupaten Poso", f"Komisi Pemilihan Umum {POSO}"),
    # the regional secretary and the secretariat's staff
    ("Sekretaris Daerah (Sekda) Kabupaten Banjarnegara", PEMKAB),
    ("Sekretaris Daerah Kab. Banjarnegara", PEMKAB),
    ("Sekda Kab. Banjarnegara", PEMKAB),
    ("Sekdakab Banjarnegara", PEMKAB),
    ("Sekkab Banjarnegara", PEMKAB),
    ("Plh Sekda Banjarnegara", PEMKAB),
    ("Pelaksana Harian (Plh) Sekda Banjarnegara", PEMKAB),
    ("Plt Sekretaris Daerah Kabupaten Banjarnegara", PEMKAB),
    ("Pj Sekdaprov Sulawesi Tengah", PROV),
    ("Sekda Prov. Sulawesi Tengah", PROV),
    ("Asisten I Setda Banjarnegara", PEMKAB),
    ("Asisten I Bidang Pemerintahan Setda Kabupaten Banjarnegara", PEMKAB),
    ("Asisten Bidang Pemerintahan Setda Kabupaten Banjarnegara", PEMKAB),
    ("Asisten Pemerintahan dan Kesra Setdakab Banjarnegara", PEMKAB),
    ("Asisten Perekonomian dan Pembangunan Setdakab Banjarnegara", PEMKAB),
    ("Asisten Administrasi Umum Sekretariat Daerah Kabupaten Banjarnegara", PEMKAB),
    ("Asisten I Sekdaprov Sulawesi Tengah", PROV),
    ("Kepala Biro Pemerintahan dan Otonomi Daerah Setda Provinsi Sulawesi Tengah", PROV),
    ("Kepala Biro Hukum Setdaprov Sulawesi Tengah", PROV),
    ("Kepala Biro Organisasi Setda Prov. Sulawesi Tengah", PROV),
    ("Karo Hukum Setdaprov Sulawesi Tengah", PROV),
    ("Kabiro Administrasi Pimpinan Setda Provinsi Sulawesi Tengah", PROV),
    ("Kabag Tapem Setdakab Banjarnegara", PEMKAB),
    ("Kepala Bagian Protokol dan Komunikasi Pimpinan Setda Banjarnegara", PEMKAB),
    ("Kepala Sub Bagian Hukum Setda Banjarnegara", PEMKAB),
    ("Staf Ahli Bupati Bidang Pemerintahan Kabupaten Banjarnegara", PEMKAB),
    # the regency's or city's province after it by its level word, before the holder with or without a comma
    ("Pj Bupati Banjarnegara Provinsi Jawa Tengah", PEMKAB),
    ("Sekda Kabupaten Banjarnegara Provinsi Jawa Tengah", PEMKAB),
    ("Bupati Banjarnegara Prov. Jawa Tengah", PEMKAB),
    ("Wali Kota Kotamobagu Provinsi Sulawesi Utara", "Pemerintah Kota Kotamobagu"),
    ("Wakil Bupati Poso Provinsi Sulawesi Tengah", "Pemerintah Kabupaten Poso"),
    ("Ketua Bawaslu Kabupaten Poso Provinsi Sulawesi Tengah", BAWASLU),
    # heads by interim prefixes
    ("Pj. Bupati Banjarnegara", PEMKAB),
    ("Penjabat (Pj) Bupati Banjarnegara", PEMKAB),
    ("Pjs Bupati Banjarnegara", PEMKAB),
    ("Pjs. Bupati Banjarnegara", PEMKAB),
    ("Penjabat Sementara (Pjs) Bupati Banjarnegara", PEMKAB),
    ("Penjabat Sementara Bupati Kabupaten Banjarnegara", PEMKAB),
    ("Pelaksana Tugas (Plt) Bupati Banjarnegara", PEMKAB),
    ("Plh. Bupati Banjarnegara", PEMKAB),
    ("Pj Bupati Kab. Banjarnegara", PEMKAB),
    ("Wakil Bupati Kab. Banjarnegara", PEMKAB),
    ("Penjabat Sementara (Pjs) Gubernur Sulawesi Tengah", PROV),
    # the inspectorate's auditors and inspectors
    ("Auditor Ahli Madya Inspektorat Kabupaten Banjarnegara", f"Inspektorat {BJN}"),
    ("Auditor Ahli Muda Inspektorat Banjarnegara", f"Inspektorat {BJN}"),
    ("Auditor Ahli Madya pada Inspektorat Banjarnegara", f"Inspektorat {BJN}"),
    ("Auditor Ahli Pertama Inspektorat Daerah Kabupaten Banjarnegara", f"Inspektorat Daerah {BJN}"),
    ("Inspektur Pembantu Wilayah II Inspektorat Kabupaten Banjarnegara", f"Inspektorat {BJN}"),
    ("Irban II Inspektorat Banjarnegara", f"Inspektorat {BJN}"),
    ("Kepala Inspektorat Kab. Banjarnegara", f"Inspektorat {BJN}"),
    # section and field heads of offices and districts
    ("Kepala Seksi Pemerintahan Kecamatan Tulakan", "Kecamatan Tulakan"),
    ("Kepala Seksi Kurikulum Dinas Pendidikan Kabupaten Banjarnegara", f"Dinas Pendidikan {BJN}"),
    ("Kasi Kesiswaan Dinas Pendidikan Banjarnegara", f"Dinas Pendidikan {BJN}"),
    ("Kepala Seksi Pendidikan Madrasah Kantor Kemenag Banjarnegara", f"Kantor Kementerian Agama {BJN}"),
    ("Kabid Pengadaan, Pemberhentian dan Informasi BKPSDM Banjarnegara",
     f"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {BJN}"),
    ("Kepala Bidang Mutasi BKD Kab. Banjarnegara", f"Badan Kepegawaian Daerah {BJN}"),
    ("Kadis Kesehatan Kab. Banjarnegara", f"Dinas Kesehatan {BJN}"),
    ("Kadis Pendidikan dan Kebudayaan Banjarnegara", f"Dinas Pendidikan dan Kebudayaan {BJN}"),
    ("Kadis PUPR Banjarnegara", f"Dinas Pekerjaan Umum dan Penataan Ruang {BJN}"),
    ("Kaban Kesbangpol Banjarnegara", f"Badan Kesatuan Bangsa dan Politik {BJN}"),
    ("Kepala Badan Kepegawaian Daerah (BKD) Kabupaten Banjarnegara", f"Badan Kepegawaian Daerah {BJN}"),
    ("Kasatpol PP Banjarnegara", f"Satuan Polisi Pamong Praja {BJN}"),
    ("Ketua Badan Kehormatan DPRD Banjarnegara", f"Dewan Perwakilan Rakyat Daerah {BJN}"),
    ("Anggota Komisi I DPRD Kab. Banjarnegara", f"Dewan Perwakilan Rakyat Daerah {BJN}"),
    # district heads
    ("Camat Tulakan Kabupaten Pacitan", "Kecamatan Tulakan"),
    ("Camat Kec. Tulakan", "Kecamatan Tulakan"),
    ("Penjabat Camat Tulakan", "Kecamatan Tulakan"),
    ("Plt. Camat Tulakan", "Kecamatan Tulakan"),
    ("Sekcam Tulakan", "Kecamatan Tulakan"),
    # a short form in brackets inside the title, after the office, the unit or the interim prefix
    ("Kepala Biro Pemerintahan dan Otonomi Daerah (Otda) Setda Provinsi Sulawesi Tengah", PROV),
    ("Kepala Biro Organisasi Sekretariat Daerah Provinsi (Setdaprov) Sulawesi Tengah", PROV),
    ("Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Banjarnegara",
     f"Badan Kesatuan Bangsa dan Politik {BJN}"),
    ("Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa (P2S) Bawaslu Poso", BAWASLU),
    ("Anggota Bawaslu Poso Koordinator Divisi Pencegahan dan Partisipasi Masyarakat (Parmas)", BAWASLU),
    ("Koordinator Divisi (Kordiv) Penanganan Pelanggaran Bawaslu Poso", BAWASLU),
    ("Kepala Bidang Pengadaan, Pemberhentian dan Informasi (PPI) BKPSDM Banjarnegara",
     f"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia {BJN}"),
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat (Asisten I) Setda Banjarnegara", PEMKAB),
    ("Asisten Administrasi Umum (Asisten III) Setda Kabupaten Banjarnegara", PEMKAB),
    ("Sekretaris Daerah Kota (Sekdakot) Kotamobagu", "Pemerintah Kota Kotamobagu"),
    ("Sekretaris Kabupaten (Sekkab) Banjarnegara", PEMKAB),
    ("Inspektur Pembantu Wilayah (Irbanwil) II Inspektorat Banjarnegara", f"Inspektorat {BJN}"),
    ("Kepala Seksi Pendidikan Agama Islam (PAIS) Kantor Kemenag Banjarnegara", f"Kantor Kementerian Agama {BJN}"),
    ("Kepala Satuan Polisi Pamong Praja (Kasatpol PP) Kabupaten Banjarnegara", f"Satuan Polisi Pamong Praja {BJN}"),
    ("Penjabat Sementara (Pjs.) Bupati Banjarnegara", PEMKAB),
    ("Pejabat Sementara (Pjs) Bupati Banjarnegara", PEMKAB),
    ("Pelaksana Harian (Plh.) Sekda Banjarnegara", PEMKAB),
    ("Ketua Panitia Pengawas Pemilihan Umum Kecamatan (Panwascam) Tulakan", TULAKAN),
    ("Ketua Panwaslu Kecamatan (Panwascam) Tulakan", TULAKAN),
    ("Ketua Badan Pengawas Pemilu Kabupaten (Bawaslu) Poso", BAWASLU),
    ("Ketua Badan Pengawas Pemilihan Umum Kabupaten Poso (Bawaslu Poso)", BAWASLU),
    ("Ketua Komisi Pemilihan Umum Kabupaten Poso (KPU Poso)", f"Komisi Pemilihan Umum {POSO}"),
    ("Anggota Komisi I Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Banjarnegara",
     f"Dewan Perwakilan Rakyat Daerah {BJN}"),
    ("Ketua Badan Kehormatan (BK) DPRD Banjarnegara", f"Dewan Perwakilan Rakyat Daerah {BJN}"),
    # not covered yet: a district head's title in lower case, an adviser to the governor with the province after his
    # field, a district section for order by its short name or written out, a supervisor's division after his body
    pytest.param("camat Tulakan", "Kecamatan Tulakan", marks=MISSED),
    pytest.param("Staf Ahli Gubernur Bidang Hukum dan Politik Provinsi Sulawesi Tengah", PROV, marks=MISSED),
    pytest.param("Kasi Trantib Kecamatan Tulakan", "Kecamatan Tulakan", marks=MISSED),
    pytest.param("Kepala Seksi Ketenteraman dan Ketertiban Umum Kecamatan Tulakan", "Kecamatan Tulakan", marks=MISSED),
    pytest.param("Anggota Panwaslu Kecamatan Tulakan Divisi Pencegahan", TULAKAN, marks=MISSED),
]
FORMS = [pytest.param(template.format(role=values(r)[0]), values(r)[1], marks=getattr(r, "marks", ()))
         for r in ROLES for template in TEMPLATES]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "agency"), indexed(FORMS, lambda v: v[0][:50]))
def test_a_title_in_an_outlets_spelling_names_its_holder(analysed: list, k: int, text: str, agency: str) -> None:
    assert ("Budi Santoso", agency) in [(o.name, o.agency) for o in analysed[k].officials]
