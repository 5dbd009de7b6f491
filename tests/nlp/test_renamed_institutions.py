"""Institutions renamed, split or dissolved: a story names each as it was called at the story's time.

The gold annotations keep the name the text writes ("Kemendikbud" in a 2018 story, "Kementerian Hukum" in
2025), so a written old name must resolve to the institution of that name, with its own canonical name and
acronym, and not be folded into the body that succeeded it; the successor's names resolve to the successor.
"""

from __future__ import annotations

import pytest

DIKBUD = ("Kementerian Pendidikan dan Kebudayaan", "Kemendikbud")
DIKBUDRISTEK = ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "Kemendikbudristek")
RISTEKDIKTI = ("Kementerian Riset, Teknologi, dan Pendidikan Tinggi", "Kemenristekdikti")
RISTEK = ("Kementerian Riset dan Teknologi", "Kemenristek")
DIKNAS = ("Kementerian Pendidikan Nasional", "Kemendiknas")
DIKDASMEN = ("Kementerian Pendidikan Dasar dan Menengah", "Kemendikdasmen")
DIKTISAINTEK = ("Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "Kemendiktisaintek")
KUMHAM = ("Kementerian Hukum dan Hak Asasi Manusia", "Kemenkumham")
KUM = ("Kementerian Hukum", "Kemenkum")
HAM = ("Kementerian Hak Asasi Manusia", "KemenHAM")
IMIPAS = ("Kementerian Imigrasi dan Pemasyarakatan", "Kemenimipas")
KOMINFO = ("Kementerian Komunikasi dan Informatika", "Kominfo")
KOMDIGI = ("Kementerian Komunikasi dan Digital", "Komdigi")
PUPR = ("Kementerian Pekerjaan Umum dan Perumahan Rakyat", "Kementerian PUPR")
PU = ("Kementerian Pekerjaan Umum", "Kementerian PU")
PKP = ("Kementerian Perumahan dan Kawasan Permukiman", "Kementerian PKP")
DESA_PDTT = ("Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "Kemendes PDTT")
DESA_PDT = ("Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kemendes PDT")
TRANS = ("Kementerian Transmigrasi", "Kementrans")
LHK = ("Kementerian Lingkungan Hidup dan Kehutanan", "KLHK")
LH = ("Kementerian Lingkungan Hidup", "KLH")
HUT = ("Kementerian Kehutanan", "Kemenhut")
PAREKRAF = ("Kementerian Pariwisata dan Ekonomi Kreatif", "Kemenparekraf")
PAR = ("Kementerian Pariwisata", "Kemenpar")
EKRAF = ("Kementerian Ekonomi Kreatif", "Kemenekraf")
PMK = ("Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan", "Kemenko PMK")
PM = ("Kementerian Koordinator Bidang Pemberdayaan Masyarakat", "Kemenko PM")
KASN = ("Komisi Aparatur Sipil Negara", "KASN")
BKN = ("Badan Kepegawaian Negara", "BKN")
BP2MI = ("Badan Pelindungan Pekerja Migran Indonesia", "BP2MI")
P2MI = ("Kementerian Pelindungan Pekerja Migran Indonesia", "KP2MI")
KOPUKM = ("Kementerian Koperasi dan Usaha Kecil dan Menengah", "KemenKopUKM")
KOP = ("Kementerian Koperasi", "Kemenkop")
UMKM = ("Kementerian Usaha Mikro, Kecil, dan Menengah", "Kementerian UMKM")

# (publication day, sentence, (canonical name, acronym) of the institution it names)
FORMS = [
    # education and research: Kemendikbud, Kemenristekdikti (2014-2019), Kemenristek (2019-2021),
    # Kemendikbudristek (2021-2024), then Kemendikdasmen and Kemendiktisaintek
    ("2018-03-12", "Kemendikbud meminta guru berstatus ASN menjaga netralitas dalam pilkada.", DIKBUD),
    ("2018-03-12", "Kemdikbud menerbitkan edaran netralitas bagi guru PNS.", DIKBUD),
    ("2018-03-12", "Kementerian Pendidikan dan Kebudayaan mengingatkan guru PNS agar netral.", DIKBUD),
    ("2018-03-12", "Mendikbud Muhadjir Effendy meminta guru tidak berkampanye.", DIKBUD),
    ("2020-11-02", "Menteri Pendidikan dan Kebudayaan meminta dosen ASN tidak berpihak.", DIKBUD),
    ("2023-10-05", "Kemendikbudristek mengingatkan dosen ASN agar netral.", DIKBUDRISTEK),
    ("2023-10-05", "Mendikbudristek Nadiem Makarim meminta guru ASN netral.", DIKBUDRISTEK),
    ("2018-12-01", "Kemenristekdikti meminta rektor menjaga netralitas dosen PNS.", RISTEKDIKTI),
    ("2018-12-01", "Menristekdikti Mohamad Nasir meminta dosen PNS netral.", RISTEKDIKTI),
    ("2020-11-02", "Kemenristek meminta peneliti berstatus ASN netral dalam pilkada.", RISTEK),
    ("2009-03-02", "Kemendiknas mengimbau guru PNS tidak ikut kampanye.", DIKNAS),
    ("2009-03-02", "Departemen Pendidikan Nasional mengimbau guru PNS tidak ikut kampanye.", DIKNAS),
    ("2024-11-05", "Kemendikdasmen meminta guru ASN netral dalam pilkada.", DIKDASMEN),
    ("2024-11-05", "Kemendiktisaintek meminta dosen ASN netral dalam pilkada.", DIKTISAINTEK),
    # law: Kemenkumham until October 2024, then three ministries
    ("2023-06-01", "Kemenkumham meminta pegawainya netral dalam Pemilu 2024.", KUMHAM),
    ("2023-06-01", "Kementerian Hukum dan HAM meminta pegawainya netral.", KUMHAM),
    ("2025-02-10", "Kementerian Hukum meminta pegawainya netral dalam pemungutan suara ulang.", KUM),
    ("2025-02-10", "Kemenkum mengingatkan pegawainya agar netral.", KUM),
    ("2025-02-10", "Kementerian HAM mengingatkan pegawainya agar netral.", HAM),
    ("2025-02-10", "Kementerian Imigrasi dan Pemasyarakatan meminta petugas lapas netral.", IMIPAS),
    # communication
    ("2023-06-01", "Kemenkominfo memantau unggahan ASN di media sosial selama kampanye.", KOMINFO),
    ("2025-02-10", "Komdigi memantau unggahan ASN di media sosial selama kampanye.", KOMDIGI),
    # public works and housing
    ("2023-06-01", "Kementerian PUPR meminta pegawainya netral.", PUPR),
    ("2025-02-10", "Kementerian PU meminta pegawainya netral.", PU),
    ("2025-02-10", "Kementerian Perumahan dan Kawasan Permukiman meminta pegawainya netral.", PKP),
    # villages and transmigration
    ("2023-06-01", "Kemendes PDTT mengingatkan kepala desa agar netral.", DESA_PDTT),
    ("2025-02-10", "Kemendes PDT mengingatkan kepala desa agar netral.", DESA_PDT),
    ("2025-02-10", "Kementerian Desa dan Pembangunan Daerah Tertinggal meminta kepala desa netral.", DESA_PDT),
    ("2025-02-10", "Mendes PDT Yandri Susanto meminta kepala desa netral.", DESA_PDT),
    ("2025-02-10", "Kementerian Transmigrasi meminta pegawainya netral.", TRANS),
    # environment and forestry
    ("2023-06-01", "KLHK meminta pegawainya netral.", LHK),
    ("2025-02-10", "Kementerian Lingkungan Hidup meminta pegawainya netral.", LH),
    ("2025-02-10", "Kementerian Kehutanan meminta pegawainya netral.", HUT),
    # tourism and creative economy
    ("2023-06-01", "Kemenparekraf meminta pegawainya netral.", PAREKRAF),
    ("2025-02-10", "Kemenpar meminta pegawainya netral.", PAR),
    ("2025-02-10", "Kementerian Ekonomi Kreatif meminta pegawainya netral.", EKRAF),
    # coordinating ministries
    ("2023-06-01", "Kemenko PMK meminta pegawainya netral.", PMK),
    ("2025-02-10", "Kemenko PM meminta pegawainya netral.", PM),
    # cooperatives and small business
    ("2023-06-01", "KemenKopUKM meminta pegawainya netral.", KOPUKM),
    ("2025-02-10", "Kemenkop meminta pegawainya netral.", KOP),
    ("2025-02-10", "Kementerian UMKM meminta pegawainya netral.", UMKM),
    # migrant workers: a body until October 2024, then a ministry
    ("2023-06-01", "BP2MI meminta pegawainya netral.", BP2MI),
    ("2023-06-01", "Badan Pelindungan Pekerja Migran Indonesia meminta pegawainya netral.", BP2MI),
    ("2025-02-10", "Kementerian P2MI meminta pegawainya netral.", P2MI),
    # the civil-service commission, dissolved in 2024, its duties moved to BKN
    ("2023-06-01", "KASN menerima laporan pelanggaran netralitas ASN.", KASN),
    ("2025-02-10", "BKN menerima laporan pelanggaran netralitas ASN.", BKN),
]


@pytest.mark.parametrize(("published", "text", "expected"), FORMS)
def test_a_written_name_is_the_institution_of_that_name(run, published, text, expected):
    found = {(m.agency, m.acronym) for m in run(text, published=published).agencies}
    assert expected in found, (text, sorted(found))


@pytest.mark.parametrize(("published", "name", "expected"), [
    ("2018-03-01", "Muhadjir Effendy", DIKBUD[0]),
    ("2016-01-10", "Anies Baswedan", DIKBUD[0]),
    ("2020-11-02", "Nadiem Makarim", DIKBUD[0]),
    ("2023-11-01", "Nadiem Makarim", DIKBUDRISTEK[0]),
])
def test_a_minister_quoted_by_name_is_of_the_ministry_of_the_day(run, published, name, expected):
    text = f"“Aparatur sipil negara tidak boleh berpihak kepada calon mana pun,” kata {name} di Jakarta."
    found = {o.name: o.agency for o in run(text, published=published).officials}
    assert found.get(name) == expected, found
