"""Probe list of institutions named in words, each alone in a plain sentence ("Menurut X, seluruh ASN wajib ...") and,
where the form carries no region, after a sentence that names the story's regency, city or province, so that a unit
written without its region can take the story's. The forms are those the read half's gold gives agencies in:
prosecutors' offices and courts, ministries and offices named "Kantor", regional governments, parliaments and their
secretariats, election supervisors and committees, the offices and agencies of regional governments (among them those
under the standard names every province keeps: ESDM, fisheries, food security, trade, industry, forestry, livestock,
estate crops), police and military units; the institutions and regions are others than the read half's. Each must
yield the body under the canonical name the gold gives such bodies. Forms the read half's gold splits or does not
count close the list as strict xfails with their cause. All are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# a sentence that names the region the story is about, before a form written without one
LEADS = {
    "klaten": "Pemerintah Kabupaten Klaten menggelar apel netralitas.",
    "palu": "Pemerintah Kota Palu menggelar apel netralitas.",
    "sigi": "Pemerintah Kabupaten Sigi menggelar apel netralitas.",
    "sulteng": "Pemerintah Provinsi Sulawesi Tengah menggelar apel netralitas.",
    "pemdaprov": "Pemdaprov Sulteng menggelar apel netralitas.",
}
TEMPLATE = "Menurut {x}, seluruh ASN wajib menjaga netralitas dalam Pilkada 2024."
def _left(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)

# (form, the institution it names, the lead naming the story's region or None)
FORMS = [
    # prosecutors' offices: district and high, full name, short form, acronym in brackets; alone the high office
    # is the kind, as the gold names it
    ("Kejaksaan Negeri Klaten", "Kejaksaan Negeri Klaten", None),
    ("Kejaksaan Negeri (Kejari) Klaten", "Kejaksaan Negeri Klaten", None),
    ("Kejari Sigi", "Kejaksaan Negeri Sigi", None),
    ("Kejari Kota Palu", "Kejaksaan Negeri Palu", None),
    ("Kejaksaan Negeri Kabupaten Klaten", "Kejaksaan Negeri Klaten", None),
    ("Kejari", "Kejaksaan Negeri Klaten", "klaten"),
    ("Kejaksaan Negeri", "Kejaksaan Negeri Palu", "palu"),
    ("Kejaksaan Tinggi (Kejati) Sulawesi Tengah", "Kejaksaan Tinggi Sulawesi Tengah", None),
    ("Kejati Sulteng", "Kejaksaan Tinggi Sulawesi Tengah", None),
    ("Kejaksaan Tinggi Jateng", "Kejaksaan Tinggi Jawa Tengah", None),
    # "Kejaksaan" and a regency or city: its district office; alone or before a province, the service
    ("Kejaksaan Klaten", "Kejaksaan Negeri Klaten", None),
    ("Kejaksaan Kota Palu", "Kejaksaan Negeri Palu", None),
    ("Kejaksaan Sigi", "Kejaksaan Negeri Sigi", None),
    ("Kejaksaan", "Kejaksaan Republik Indonesia", None),
    ("Kejaksaan Sulteng", "Kejaksaan Republik Indonesia", None),
    ("Kejati", "Kejaksaan Tinggi", "sulteng"),
    ("Kejaksaan Tinggi", "Kejaksaan Tinggi", "sulteng"),
    ("Kejari Kabupaten Banggai", "Kejaksaan Negeri Banggai", None),
    ("Kejaksaan Negeri Kota Kendari", "Kejaksaan Negeri Kendari", None),
    ("Kejaksaan Banggai", "Kejaksaan Negeri Banggai", None),
    ("Kejaksaan Kabupaten Pati", "Kejaksaan Negeri Pati", None),
    ("Kejati Gorontalo", "Kejaksaan Tinggi Gorontalo", None),
    # courts by full name or with the acronym in brackets
    ("Pengadilan Negeri Palu", "Pengadilan Negeri Palu", None),
    ("Pengadilan Negeri (PN) Klaten", "Pengadilan Negeri Klaten", None),
    ("Pengadilan Agama Klaten", "Pengadilan Agama Klaten", None),
    ("Pengadilan Agama (PA) Palu", "Pengadilan Agama Palu", None),
    ("Pengadilan Tinggi Riau", "Pengadilan Tinggi Riau", None),
    ("Pengadilan Tata Usaha Negara Palu", "Pengadilan Tata Usaha Negara Palu", None),
    ("Pengadilan Negeri Kendari", "Pengadilan Negeri Kendari", None),
    ("Pengadilan Agama Banggai", "Pengadilan Agama Banggai", None),
    # ministries and their regional offices, offices named 'Kantor'
    ("Kementerian Agama Kabupaten Klaten", "Kantor Kementerian Agama Kabupaten Klaten", None),
    ("Kemenag Kota Palu", "Kantor Kementerian Agama Kota Palu", None),
    ("Kanwil Kemenag Sulteng", "Kantor Wilayah Kementerian Agama Provinsi Sulawesi Tengah", None),
    ("Kantor Wilayah Kementerian Agama Provinsi Sulawesi Tengah",
     "Kantor Wilayah Kementerian Agama Provinsi Sulawesi Tengah", None),
    ("Kantor Kementerian Agama Kota Palu", "Kantor Kementerian Agama Kota Palu", None),
    ("Kantor Kemenag Klaten", "Kantor Kementerian Agama Kabupaten Klaten", None),
    ("Kantor Pertanahan Kabupaten Klaten", "Kantor Pertanahan Kabupaten Klaten", None),
    ("Kantor Kesbangpol Kabupaten Sigi", "Kantor Kesatuan Bangsa dan Politik Kabupaten Sigi", None),
    ("Kantor Imigrasi Palu", "Kantor Imigrasi Palu", None),
    # regional governments and their secretariats, with the region or in a story on one
    ("Pemerintah Daerah Kabupaten Klaten", "Pemerintah Kabupaten Klaten", None),
    ("Pemerintah Provinsi (Pemprov) Sulteng", "Pemerintah Provinsi Sulawesi Tengah", None),
    ("Pemda Sigi", "Pemerintah Kabupaten Sigi", None),
    ("Pemerintah Daerah Kota Palu", "Pemerintah Kota Palu", None),
    ("Setda Kota Palu", "Pemerintah Kota Palu", None),
    # the government's short form fused with its level ("Pemdaprov"), also as the lead placing an office
    ("Pemdaprov Sulteng", "Pemerintah Provinsi Sulawesi Tengah", None),
    ("Pemdakab Sigi", "Pemerintah Kabupaten Sigi", None),
    ("Pemdakot Palu", "Pemerintah Kota Palu", None),
    ("Dinas Kominfo", "Dinas Komunikasi dan Informatika Provinsi Sulawesi Tengah", "pemdaprov"),
    ("Setda Sulteng", "Pemerintah Provinsi Sulawesi Tengah", None),
    ("Pemkab Banggai", "Pemerintah Kabupaten Banggai", None),
    ("Pemerintah Kota Kendari", "Pemerintah Kota Kendari", None),
    # regional parliaments and their secretariats
    ("DPRD Kabupaten Sigi", "Dewan Perwakilan Rakyat Daerah Kabupaten Sigi", None),
    ("Dewan Perwakilan Rakyat Daerah (DPRD) Sulawesi Tengah",
     "Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Tengah", None),
    ("Sekretariat DPRD Kabupaten Klaten", "Sekretariat DPRD Kabupaten Klaten", None),
    ("Sekretariat DPRD", "Sekretariat DPRD Kota Palu", "palu"),
    ("Setwan Sigi", "Sekretariat DPRD Kabupaten Sigi", None),
    # election supervisors, commissions and committees by their district, regency or province
    ("Panwaslu Kecamatan Tembalang", "Panwaslu Kecamatan Tembalang", None),
    ("Panwascam Dolo", "Panwaslu Kecamatan Dolo", None),
    ("Panitia Pengawas Pemilu Kecamatan Dolo", "Panwaslu Kecamatan Dolo", None),
    ("Panitia Pengawas Pemilu Kabupaten Sigi", "Panitia Pengawas Pemilu Kabupaten Sigi", None),
    ("Panwaslu Kota Palu", "Panitia Pengawas Pemilu Kota Palu", None),
    ("Panitia Pemilihan Kecamatan", "Panitia Pemilihan Kecamatan", None),
    ("Bawaslu Kabupaten Sigi", "Bawaslu Kabupaten Sigi", None),
    ("KPU Provinsi Sulawesi Tengah", "Komisi Pemilihan Umum Provinsi Sulawesi Tengah", None),
    ("Sentra Gakkumdu Kota Palu", "Sentra Penegakan Hukum Terpadu Kota Palu", None),
    ("Gakkumdu Sigi", "Sentra Penegakan Hukum Terpadu Kabupaten Sigi", None),
    ("Bawaslu Banggai", "Bawaslu Kabupaten Banggai", None),
    ("KPU Kota Kendari", "Komisi Pemilihan Umum Kota Kendari", None),
    # offices (dinas) and agencies (badan) of regional governments: full name, acronym, with and without region
    ("Disdukcapil Klaten", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Klaten", None),
    ("Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Palu",
     "Dinas Kependudukan dan Pencatatan Sipil Kota Palu", None),
    ("Dukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Klaten", "klaten"),
    ("Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Klaten", "klaten"),
    ("Dinas Perikanan Kabupaten Sigi", "Dinas Perikanan Kabupaten Sigi", None),
    ("Dinas Pekerjaan Umum dan Penataan Ruang Kota Palu", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Palu", None),
    ("Dinas Pendidikan dan Kebudayaan (Disdikbud) Sigi", "Dinas Pendidikan dan Kebudayaan Kabupaten Sigi", None),
    ("Disdikbud", "Dinas Pendidikan dan Kebudayaan Kabupaten Sigi", "sigi"),
    ("Dinas Kominfo Kota Palu", "Dinas Komunikasi dan Informatika Kota Palu", None),
    ("BPBD Klaten", "Badan Penanggulangan Bencana Daerah Kabupaten Klaten", None),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Sigi",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sigi", None),
    ("BKD Sulteng", "Badan Kepegawaian Daerah Provinsi Sulawesi Tengah", None),
    ("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Sigi", "Badan Kesatuan Bangsa dan Politik Kabupaten Sigi", None),
    ("Badan Perencanaan Pembangunan Daerah (Bappeda) Sigi",
     "Badan Perencanaan Pembangunan Daerah Kabupaten Sigi", None),
    ("Badan Pendapatan Daerah Kota Palu", "Badan Pendapatan Daerah Kota Palu", None),
    ("Inspektorat Daerah Kabupaten Klaten", "Inspektorat Daerah Kabupaten Klaten", None),
    ("Inspektorat Sulteng", "Inspektorat Provinsi Sulawesi Tengah", None),
    ("Satuan Polisi Pamong Praja (Satpol PP) Sigi", "Satuan Polisi Pamong Praja Kabupaten Sigi", None),
    ("Korpri Sigi", "Korps Pegawai Republik Indonesia Kabupaten Sigi", None),
    ("BKPSDM Banggai", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banggai", None),
    ("Dinas Pendidikan Kota Kendari", "Dinas Pendidikan Kota Kendari", None),
    ("Kesbangpol Banggai", "Badan Kesatuan Bangsa dan Politik Kabupaten Banggai", None),
    ("Inspektorat Kota Kendari", "Inspektorat Kota Kendari", None),
    # offices under the standard names every province and most regencies keep, with the region or in a story on one
    ("Dinas ESDM Kaltim", "Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur", None),
    ("Dinas Energi dan Sumber Daya Mineral Provinsi Sulawesi Tengah",
     "Dinas Energi dan Sumber Daya Mineral Provinsi Sulawesi Tengah", None),
    ("Dinas ESDM", "Dinas Energi dan Sumber Daya Mineral Provinsi Sulawesi Tengah", "sulteng"),
    ("Dinas Perikanan", "Dinas Perikanan Kabupaten Klaten", "klaten"),
    ("Diskan Sigi", "Dinas Perikanan Kabupaten Sigi", None),
    ("Dinas Kelautan dan Perikanan", "Dinas Kelautan dan Perikanan Provinsi Sulawesi Tengah", "sulteng"),
    ("Dinas Ketahanan Pangan", "Dinas Ketahanan Pangan Kota Palu", "palu"),
    ("Disdag Kota Palu", "Dinas Perdagangan Kota Palu", None),
    ("Dinas Perdagangan", "Dinas Perdagangan Kabupaten Klaten", "klaten"),
    ("Disperin Klaten", "Dinas Perindustrian Kabupaten Klaten", None),
    ("Dinas Perindustrian", "Dinas Perindustrian Provinsi Sulawesi Tengah", "sulteng"),
    ("Dishut Sulteng", "Dinas Kehutanan Provinsi Sulawesi Tengah", None),
    ("Dinas Kehutanan", "Dinas Kehutanan Provinsi Sulawesi Tengah", "sulteng"),
    ("Dinas Peternakan", "Dinas Peternakan Kabupaten Sigi", "sigi"),
    ("Disbun Sulteng", "Dinas Perkebunan Provinsi Sulawesi Tengah", None),
    # a province's bodies fused with its initials, as the North Sumatran press writes them
    ("Kejatisu", "Kejaksaan Tinggi Sumatera Utara", None),
    ("Pemprovsu", "Pemerintah Provinsi Sumatera Utara", None),
    # police, military and corrections units by region or number
    ("Polresta Palu", "Kepolisian Resor Kota Palu", None),
    ("Polda Sulteng", "Kepolisian Daerah Sulawesi Tengah", None),
    ("Kodim 1306/Donggala", "Komando Distrik Militer 1306/Donggala", None),
    ("Korem 132/Tadulako", "Komando Resor Militer 132/Tadulako", None),
    ("Lapas Kelas IIA Palu", "Lembaga Pemasyarakatan Kelas IIA Palu", None),
    ("Polres Banggai", "Kepolisian Resor Banggai", None),
    # left: forms the read half's gold splits or does not count
    pytest.param("Camat Tembalang", "Kecamatan Tembalang", None,
                 marks=_left("a district head without a holder: the gold counts the district in 4 stories, not in 6")),
    pytest.param("Lurah Tlogosari", "Kelurahan Tlogosari", None,
                 marks=_left("a ward head without a holder: the gold splits, and no gazetteer lists wards")),
    pytest.param("Universitas Tadulako", "Universitas Tadulako", None,
                 marks=_left("universities: the gold counts 7 of the 13 it meets")),
    pytest.param("Distrik Sentani", "Distrik Sentani", None, marks=_left("a Papuan district: the gold splits 2 to 2")),
    pytest.param("Satgas Netralitas ASN Kabupaten Klaten", "Satgas Netralitas ASN Kabupaten Klaten", None,
                 marks=_left("task forces: the gold lists one of 21 mentions")),
    pytest.param("Kodim", "Komando Distrik Militer Klaten", "klaten",
                 marks=_left("'Kodim' alone in a regency's story: the gold splits 1 to 1")),
    pytest.param("Kantor Bupati Klaten", "Pemerintah Kabupaten Klaten", None,
                 marks=_left("mostly the building: the gold counts 4 of 46")),
    ("PN Klaten", "Pengadilan Negeri Klaten", None),
    pytest.param("Ombudsman Sulteng", "Ombudsman RI Perwakilan Sulawesi Tengah", None,
                 marks=_left("the province's office costs an official's agency on the read half (gold: 'Perwakilan "
                             "Provinsi')")),
    pytest.param("Kelompok Penyelenggara Pemungutan Suara (KPPS)", "Kelompok Penyelenggara Pemungutan Suara", None,
                 marks=_left("a post someone fills (agencies.yaml): the gold counts 1 of 4")),
    pytest.param("Dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", None,
                 marks=_left("alone it names no office: one story of the read half")),
]


def _text(form: str, lead: str | None) -> str:
    return (LEADS[lead] + " " if lead else "") + TEMPLATE.format(x=form)


@pytest.fixture(scope="module")
def agencies(analyse_all) -> list[set[str]]:
    """Each probe's institutions, from one batch analysis."""
    results = analyse_all([_text(values(p)[0], values(p)[2]) for p in FORMS], published=None)
    return [{a.agency for a in result.agencies} for result in results]


@pytest.mark.parametrize(("index", "body", "lead"), indexed(FORMS, lambda v: f"{v[0]}|{v[2]}", first=1))
def test_each_institution_named_in_words_is_read(agencies, index: int, body: str, lead: str | None) -> None:
    assert body in agencies[index], (lead, agencies[index])
