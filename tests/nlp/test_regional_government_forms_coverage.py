"""Probe list of further forms in which a story names a regional government in running prose, beyond those of
test_regional_governments_coverage.py: its staff before it ("jajaran Pemprov X", "seluruh pegawai Pemerintah
Kabupaten (Pemkab) X"), the body acting through an office or with Bawaslu, its name restated in brackets, the region
after a comma-separated province, possessives and prepositions ("milik Pemprov X", "di Pemkab X"), its secretariat in
its short and long forms, its head's, secretary's or assistants' titles, "Kepulauan" written "Kep." and "Pemprop"
for "Pemprov", and the word "Pemerintah"/"Pemerintahan" with the region's name and no level ("Pemerintah Batam",
"pejabat pemerintah Labura"), which the read half's gold lists as that region's government in 6 of 7 stories.
Alone, that word names no government, and an office holding it ("Asisten Pemerintahan dan Kesra") stays an office.
Each sentence (our own words) must yield the government under the canonical name the gold gives it. All are
analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, the government it names)
FORMS = [
    # staff and offices of the government, the body acting through or with another
    ("Jajaran Pemprov Bengkulu diingatkan agar tidak memihak dalam Pilkada 2024.", "Pemerintah Provinsi Bengkulu"),
    ("Seluruh pegawai Pemerintah Kabupaten (Pemkab) Magelang wajib netral dalam Pilkada 2024.",
     "Pemerintah Kabupaten Magelang"),
    ("Pemkab Kebumen melalui BKPSDM menerbitkan surat edaran netralitas jelang Pilkada 2024.",
     "Pemerintah Kabupaten Kebumen"),
    ("Pemkot Semarang bersama Bawaslu menggelar deklarasi netralitas pada Pilkada 2024.", "Pemerintah Kota Semarang"),
    ("Pemerintah Kabupaten Jombang dan Bawaslu meneken pakta netralitas pada Pilkada 2024.",
     "Pemerintah Kabupaten Jombang"),
    ("Pemerintah Kota Palembang melalui Inspektorat mengawasi pegawainya selama Pilkada 2024.",
     "Pemerintah Kota Palembang"),
    ("Kepala BKPSDM Pemkab Rembang meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Rembang"),
    ("Kabag Humas Pemkab Karanganyar menyebut pegawai wajib netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Karanganyar"),
    ("Kepala BKD Pemprov Jatim meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    # the name restated in brackets, the province after a comma
    ("Pemerintah Provinsi Jawa Tengah (Pemprov Jateng) meminta pegawainya netral pada Pilkada 2024.",
     "Pemerintah Provinsi Jawa Tengah"),
    ("Pemerintah Provinsi (Pemprov) Bali meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Bali"),
    ("Pemerintah Kota (Pemkot) Palu meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kota Palu"),
    ("Pemerintah Kabupaten Sragen, Jawa Tengah, meminta pegawai netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Sragen"),
    ("Pemkab Pamekasan, Madura, meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Pamekasan"),
    ("Pemprov Sumatera Utara (Sumut) meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Sumatera Utara"),
    # the level word dropped or abbreviated, with a full stop, in capitals, or written twice
    ("Pemkab. Sleman mengimbau pegawai tidak ikut kampanye Pilkada 2024.", "Pemerintah Kabupaten Sleman"),
    ("Pemda Kabupaten Sleman mengimbau pegawai tidak ikut kampanye Pilkada 2024.", "Pemerintah Kabupaten Sleman"),
    ("Pemerintah Kab. Sragen meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Sragen"),
    ("Pemkab Kab. Tegal meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Tegal"),
    ("Pemprov. Jatim meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    ("PEMKOT MALANG meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kota Malang"),
    ("Pemerintahan Provinsi Jawa Barat meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Barat"),
    ("Pemerintah Prov Jatim meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    # possessives and prepositions
    ("Aturan itu berlaku bagi pegawai di Pemkab Demak selama Pilkada 2024.", "Pemerintah Kabupaten Demak"),
    ("Mobil dinas milik Pemprov Riau tidak boleh dipakai kampanye Pilkada 2024.", "Pemerintah Provinsi Riau"),
    ("Kendaraan milik Pemkot Bekasi dilarang dipakai kampanye pada Pilkada 2024.", "Pemerintah Kota Bekasi"),
    # two governments in one phrase
    ("ASN Pemkab Tulungagung dan Pemkab Trenggalek diminta netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Trenggalek"),
    ("ASN Pemprov Jateng maupun Pemkot Semarang diminta netral pada Pilkada 2024.", "Pemerintah Kota Semarang"),
    # "Kepulauan" written short in a region's name, the province's short form in its old spelling, the government
    # by its governance with "Daerah" before the level
    ("Pemkab Kep. Sula meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Sula"),
    ("Pemprov Kep. Riau meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Kepulauan Riau"),
    ("ASN Pemerintah Kab. Kep. Meranti diminta netral pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Meranti"),
    ("Setda Kab. Kep. Sangihe menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Kabupaten Kepulauan Sangihe"),
    ("Pemprop Jatim meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    ("Pemerintahan Daerah Kabupaten Sikka meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Sikka"),
    # the regional secretariat in its short and long forms: the government's own apparatus
    ("Setda Sukoharjo menggelar apel netralitas jelang Pilkada 2024.", "Pemerintah Kabupaten Sukoharjo"),
    ("Setda Kota Blitar menggelar apel netralitas jelang Pilkada 2024.", "Pemerintah Kota Blitar"),
    ("Setda Kab. Sikka menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Kabupaten Sikka"),
    ("Sekretariat Daerah Kota Malang menggelar ikrar netralitas pada Pilkada 2024.", "Pemerintah Kota Malang"),
    ("Para pegawai Sekretariat Daerah Kabupaten Nganjuk diminta netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Nganjuk"),
    ("Sekretariat Daerah Kapuas Hulu menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Kabupaten Kapuas Hulu"),
    ("Setdaprov Sulsel menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Provinsi Sulawesi Selatan"),
    ("Setkab Lampung Utara menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Kabupaten Lampung Utara"),
    ("Setda Pemprov Jatim menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    ("Sekretariat Pemkab Lumajang menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Kabupaten Lumajang"),
    ("Lingkup Setda Provinsi Bali diimbau netral pada Pilkada 2024.", "Pemerintah Provinsi Bali"),
    ("Setda Aceh menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Aceh"),
    ("Setda Bartim menggelar apel netralitas pada Pilkada 2024.", "Pemerintah Kabupaten Barito Timur"),
    # the government's head, deputy, secretary and assistants
    ("Pj Wali Kota Tegal meminta pegawainya netral pada Pilkada 2024.", "Pemerintah Kota Tegal"),
    ("Bupati Banyumas, Achmad Husein, meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Banyumas"),
    ("Wagub Jatim meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    ("Wabup Sikka meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Sikka"),
    ("Plt Walikota Malang meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kota Malang"),
    ("Pjs Gubernur Jambi meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jambi"),
    ("Bupati Kabupaten Sragen meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Sragen"),
    ("Gubernur Provinsi Jambi meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jambi"),
    ("Menurut Wali Kota Malang, pegawai wajib netral pada Pilkada 2024.", "Pemerintah Kota Malang"),
    ("Sekda Provinsi Jawa Timur meminta pegawainya netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    ("Sekdaprov Sumbar meminta pegawainya netral pada Pilkada 2024.", "Pemerintah Provinsi Sumatera Barat"),
    ("Sekdakab Garut meminta pegawainya netral pada Pilkada 2024.", "Pemerintah Kabupaten Garut"),
    ("Sekkot Bandung meminta pegawainya netral pada Pilkada 2024.", "Pemerintah Kota Bandung"),
    ("Sekprov Jatim meminta pegawai netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Timur"),
    ("Plh Sekda Kabupaten Cirebon meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Cirebon"),
    ("Sekretaris Daerah Provinsi Aceh meminta pegawai netral pada Pilkada 2024.", "Pemerintah Aceh"),
    ("Asisten Pemerintahan Setda Provinsi Banten meminta pegawai netral pada Pilkada 2024.",
     "Pemerintah Provinsi Banten"),
    ("Kabag Hukum Setda Grobogan meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Grobogan"),
    ("Staf Ahli Bupati Sikka meminta pegawai netral pada Pilkada 2024.", "Pemerintah Kabupaten Sikka"),
    # the region's name after "Pemerintah" or "Pemerintahan" with no level word, in any case
    ("Pemerintah Sleman meminta pegawainya netral pada Pilkada 2024.", "Pemerintah Kabupaten Sleman"),
    ("Kerja sama Pemerintah Batam dengan Bawaslu dinilai penting pada Pilkada 2024.", "Pemerintah Kota Batam"),
    ("Bahkan Pemerintah Pidie menyiapkan sanksi bagi ASN yang tidak netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Pidie"),
    ("Rekaman itu diduga memperlihatkan pejabat pemerintah Labura mendukung calon pada Pemilu 2019.",
     "Pemerintah Kabupaten Labuhanbatu Utara"),
    ("Pelanggaran netralitas ditemukan dalam tubuh Pemerintahan KBB pada Pilkada 2018.",
     "Pemerintah Kabupaten Bandung Barat"),
    ("Surat edaran itu berlaku bagi pejabat di lingkup pemerintahan Sulawesi Selatan selama Pilkada 2024.",
     "Pemerintah Provinsi Sulawesi Selatan"),
    ("ASN di lingkup pemerintah Papua Barat Daya diminta netral pada Pilkada 2024.",
     "Pemerintah Provinsi Papua Barat Daya"),
    ("Pemerintah Jawa Tengah meminta pegawainya netral pada Pilkada 2024.", "Pemerintah Provinsi Jawa Tengah"),
    ("Inspektorat Pemerintah Kaltim memeriksa ASN yang berkampanye pada Pilkada 2024.",
     "Pemerintah Provinsi Kalimantan Timur"),
    ("Pegawai pemerintahan Halteng diduga ikut kampanye pada Pilkada 2024.", "Pemerintah Kabupaten Halmahera Tengah"),
]

# sentences where "Pemerintah"/"Pemerintahan" is a plain word: no regional government
NONE = [
    "Pemerintah meminta ASN menjaga netralitas pada Pilkada 2024.",
    "Roda pemerintahan harus tetap berjalan selama Pilkada 2024.",
    "Pemerintah Indonesia menjamin Pilkada 2024 berjalan jujur.",
    "Pemerintah dan Bawaslu sepakat menindak ASN yang berkampanye pada Pilkada 2024.",
    "Asisten Pemerintahan dan Kesejahteraan Rakyat meminta ASN netral pada Pilkada 2024.",
]

# an office whose title holds the word keeps its holder ("Asisten Pemerintahan dan Kesra Budi")
OFFICES = [
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat Gede Wirawan meminta ASN netral pada Pilkada 2024.",
     "Gede Wirawan"),
    ("Asisten Pemerintah Kesejahteraan Rakyat (Aspem Kesra) Kabupaten Bogor Dedi Kurnia meminta ASN netral.",
     "Dedi Kurnia"),
    ("Turut hadir Asisten Bidang Pemerintahan dan Kesra Hendra Saputra dalam apel netralitas Pilkada 2024.",
     "Hendra Saputra"),
]


@pytest.fixture(scope="module")
def agencies(analyse_all) -> list[set[str]]:
    """Each probe's institutions, from one batch analysis."""
    results = analyse_all([text for text, _ in FORMS], published="2024-01-10")
    return [{a.agency for a in result.agencies} for result in results]


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[t[:48] for t, _ in FORMS])
def test_each_form_names_its_government(agencies, index):
    assert FORMS[index][1] in agencies[index], agencies[index]


@pytest.mark.parametrize("text", NONE)
def test_plain_word_names_no_government(run, text):
    found = {a.agency for a in run(text).agencies}
    assert not {a for a in found if a.startswith("Pemerintah ")}, found


@pytest.mark.parametrize(("text", "name"), OFFICES)
def test_office_holding_the_word_keeps_its_holder(run, text, name):
    assert name in {o.name for o in run(text).officials}
