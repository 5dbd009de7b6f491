"""Probe list of institution forms that outlets write and the read half may lack: each sentence (our own words)
names one institution, which must resolve to its canonical name, regional offices of national bodies with their
province and their heads read with them."""

from __future__ import annotations

import pytest

FORMS = [
    # national bodies' representative offices in a province
    ("Kepala BPKP Perwakilan Provinsi Jawa Tengah, Slamet Riyadi, mengingatkan seluruh ASN agar netral.",
     "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Jawa Tengah"),
    ("Kepala Perwakilan BPKP Sulawesi Selatan Hasan Basri hadir dalam rapat koordinasi.",
     "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Sulawesi Selatan"),
    ("Kepala BPK Perwakilan Provinsi Riau, Andi Saputra, meminta ASN menjaga netralitas.",
     "Badan Pemeriksa Keuangan Perwakilan Provinsi Riau"),
    ("Ketua Komnas HAM Perwakilan Aceh, Sepriady Utama, memantau netralitas ASN selama Pilkada.",
     "Komisi Nasional Hak Asasi Manusia Perwakilan Aceh"),
    ("Kepala Perwakilan Bank Indonesia Provinsi Bali, Made Sudarma, mengimbau ASN tidak berpolitik praktis.",
     "Kantor Perwakilan Bank Indonesia Provinsi Bali"),
    ("Kepala KPw BI Sumatera Utara, Budi Hartono, ikut menandatangani pakta integritas netralitas.",
     "Kantor Perwakilan Bank Indonesia Provinsi Sumatera Utara"),
    ("Kepala OJK Provinsi Jawa Timur, Agus Salim, mengingatkan pegawai agar netral dalam Pemilu.",
     "Kantor Otoritas Jasa Keuangan Provinsi Jawa Timur"),
    # ministries' regional offices
    ("Kepala Kanwil Kemenag Provinsi Gorontalo, Ahmad Rizal, mengingatkan ASN agar netral.",
     "Kantor Wilayah Kementerian Agama Provinsi Gorontalo"),
    ("Kepala Kantor Kemenag Kabupaten Tuban, Umi Kulsum, meminta ASN tidak ikut kampanye.",
     "Kantor Kementerian Agama Kabupaten Tuban"),
    ("Kepala Kanwil BPN Provinsi Jawa Barat, Rudi Rubijaya, mengimbau pegawai menjaga netralitas.",
     "Kantor Wilayah Badan Pertanahan Nasional Provinsi Jawa Barat"),
    ("Kakanwil Kemenkumham Sulteng Hermansyah Siregar meminta jajarannya netral dalam Pilkada.",
     "Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Tengah"),
    ("Kepala Kanwil DJP Jatim II, Agustin Vita, mengimbau pegawai pajak netral.",
     "Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur II"),
    ("Kepala Kanwil DJP Bali I Made Sudarma mengingatkan pegawai pajak.",  # a Balinese name, no division
     "Kantor Wilayah Direktorat Jenderal Pajak Bali"),
    ("Kakanwil DJP Jatim II Agustin Vita mengimbau pegawai pajak netral.",
     "Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur II"),
    ("Kakanwil DJPb Aceh Safuadi mengingatkan ASN agar netral.",
     "Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Aceh"),
    ("Kakanwil Ditjenpas Bali Decky Nurhadi meminta petugas lapas netral.",
     "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Bali"),
    ("Kepala LLDIKTI Wilayah IX Andi Lukman meminta dosen ASN tidak terlibat kampanye.",
     "Lembaga Layanan Pendidikan Tinggi Wilayah IX"),
    ("Kepala Lembaga Layanan Pendidikan Tinggi Wilayah III, Paristiyanti Nurwardani, mengingatkan dosen.",
     "Lembaga Layanan Pendidikan Tinggi Wilayah III"),
    # state universities, institutes and polytechnics through their heads' titles, by full name or short form
    ("Rektor Universitas Indonesia Ari Kuncoro mengingatkan dosen ASN agar tidak berpolitik praktis.",
     "Universitas Indonesia"),
    ("Rektor UGM Ova Emilia meminta dosen menjaga netralitas dalam Pemilu.", "Universitas Gadjah Mada"),
    ("Rektor Unmul Masjaya membantah terlibat tim sukses pasangan calon.", "Universitas Mulawarman"),
    ("Wakil Rektor USK Marwan mengingatkan dosen agar netral.", "Universitas Syiah Kuala"),
    ("Rektor Unsoed Akhmad Sodiq menegur dosen yang ikut kampanye.", "Universitas Jenderal Soedirman"),
    ("Rektor Universitas Negeri Makassar Husain Syam mengingatkan dosen ASN.", "Universitas Negeri Makassar"),
    ("Rektor ITB Reini Wirahadikusumah meminta dosen tidak berkampanye.", "Institut Teknologi Bandung"),
    ("Rektor Institut Agama Islam Negeri (IAIN) Samarinda Muhammad Ilyasin menyatakan netral.",
     "Institut Agama Islam Negeri Samarinda"),
    ("Ketua STAIN Bengkalis Abu Bakar meminta dosen netral.", "Sekolah Tinggi Agama Islam Negeri Bengkalis"),
    ("Direktur Politeknik Negeri Lampung Sarono meminta dosen tidak berkampanye.", "Politeknik Negeri Lampung"),
]


@pytest.mark.parametrize(("text", "agency"), FORMS, ids=[a for _, a in FORMS])
def test_each_form_names_its_institution_and_its_head(run, text, agency):
    result = run(text)
    assert agency in {a.agency for a in result.agencies}
    assert [o.agency for o in result.officials] == [agency]


@pytest.mark.parametrize("text", [
    "Hasil pemeriksaan BPKP dan BPK menunjukkan temuan di kantor itu.",
    "Tim BPK Labura 02 melaporkan dugaan ASN berkampanye ke Bawaslu.",  # a campaign team, no audit office
    "Kepala OJK Wimboh Santoso memaparkan kinerja industri keuangan.",
])
def test_the_body_without_perwakilan_or_region_stays_national(run, text):
    assert not any("Perwakilan" in a.agency or "Provinsi" in a.agency for a in run(text).agencies)


@pytest.mark.parametrize("text", [
    "Pengamat politik Unhas Sukri Tamma menilai ASN rawan dimobilisasi.",  # where a commentator works
    "Rektor Ari Kuncoro hadir di Jakarta.",  # a rector without the university
])
def test_a_university_by_its_short_form_needs_its_rectors_title(run, text):
    assert not any(a.agency.startswith(("Universitas", "Institut")) for a in run(text).agencies)


def test_a_provinces_numbered_tax_office_with_its_acronym_in_brackets(run):
    text = "Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) Jawa Tengah I menggelar apel netralitas pegawai."
    assert {a.agency for a in run(text).agencies} == {"Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I"}


def test_the_state_assets_services_bodies_named_as_kinds(run):
    text = ("Surat itu ditujukan kepada Direktur Utama LMAN (Lembaga Manajemen Aset Negara) dan para Kepala KPKNL "
            "(Kantor Pelayanan Kekayaan Negara dan Lelang), serta pejabat lain.")
    assert {a.agency for a in run(text).agencies} == {"Lembaga Manajemen Aset Negara",
                                                      "Kantor Pelayanan Kekayaan Negara dan Lelang"}


@pytest.mark.parametrize("text", [
    "Rapat itu dihadiri Kasatpol PP, Pimpinan Cabang bjb, dan para camat.",
    "Hadir pula Kepala Cabang Bank Jawa Barat (BJB) dan sejumlah lurah.",
])
def test_west_javas_development_bank_among_the_regions_officials(run, text):
    assert "Bank Jawa Barat" in {a.agency for a in run(text).agencies}
