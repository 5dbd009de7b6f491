"""Probe list of regional bodies in the spellings and places regional outlets give them: the acronym before the region
written as "Kabupaten", "Kab.", "Kab", bare or by its local short name ("Kukar", "Batola"), the long name with its
acronym in brackets before or after the region, the government as "Pemkab"/"Pemkot"/"Pemda"/"Pemerintah Kab.", in
lower case, and each set in the places prose puts a body (subject, "ASN X", "jajaran X", "di lingkungan X", "bersama
X dan ...", a list closed by "serta"). Regions and bodies are others than the read half's. Each sentence (our own
words) must name the body under the canonical name the gold gives its kind; all are analysed in one batch.

A common noun "dinas"/"badan" before a government ("salah satu dinas Pemkot X") names one of that government's
offices, no office called "Dinas Pemkot": the government stays read and no office is made of it."""

from __future__ import annotations

import pytest

# acronym or short name -> the head of its canonical name
_KINDS = {
    "Disdik": "Dinas Pendidikan",
    "Dinkes": "Dinas Kesehatan",
    "Dinsos": "Dinas Sosial",
    "Dishub": "Dinas Perhubungan",
    "Diskominfo": "Dinas Komunikasi dan Informatika",
    "Disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "DPMD": "Dinas Pemberdayaan Masyarakat dan Desa",
    "Bappeda": "Badan Perencanaan Pembangunan Daerah",
    "BPBD": "Badan Penanggulangan Bencana Daerah",
    "BPKAD": "Badan Pengelolaan Keuangan dan Aset Daerah",
    "BKPSDM": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Kesbangpol": "Badan Kesatuan Bangsa dan Politik",
    "Satpol PP": "Satuan Polisi Pamong Praja",
    "Inspektorat": "Inspektorat",
}
# how a region is written after the acronym -> its canonical level and name
_REGIONS = {
    "Kabupaten Sumedang": "Kabupaten Sumedang",
    "Kab. Lahat": "Kabupaten Lahat",
    "Kab Tanah Laut": "Kabupaten Tanah Laut",
    "Kota Pariaman": "Kota Pariaman",
    "Tanah Laut": "Kabupaten Tanah Laut",
}
# the places of a body in a sentence
_CONTEXTS = [
    "{x} meminta seluruh ASN menjaga netralitas menjelang Pilkada 2024.",
    "Sebanyak 12 ASN {x} dilaporkan ikut kampanye pada Pilkada 2024.",
    "Seluruh jajaran {x} diminta netral pada Pilkada 2024.",
    "ASN di lingkungan {x} dilarang berpolitik praktis pada Pilkada 2024.",
    "Apel netralitas digelar bersama {x} dan Kejaksaan Negeri setempat menjelang Pilkada 2024.",
    "Rapat netralitas ASN dihadiri Kejaksaan Negeri, {x}, serta Kodim setempat menjelang Pilkada 2024.",
]


def _generated() -> list[tuple[str, str]]:
    """Each kind by its acronym before each spelling of a region, in one context picked by turn."""
    cases = []
    for k, (acronym, head) in enumerate(_KINDS.items()):
        for j, (written, region) in enumerate(_REGIONS.items()):
            context = _CONTEXTS[(k + j) % len(_CONTEXTS)]
            cases.append((context.format(x=f"{acronym} {written}"), f"{head} {region}"))
    return cases


# regencies by the short names their own outlets print, after an acronym
_SHORT = [("Disdik Kukar", "Dinas Pendidikan Kabupaten Kutai Kartanegara"),
          ("BKPSDM Kotim", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Kotawaringin Timur"),
          ("Bawaslu Inhil", "Bawaslu Kabupaten Indragiri Hilir"),
          ("Dinkes Rohil", "Dinas Kesehatan Kabupaten Rokan Hilir"),
          ("Kesbangpol Tapteng", "Badan Kesatuan Bangsa dan Politik Kabupaten Tapanuli Tengah"),
          ("Pemkab Halut", "Pemerintah Kabupaten Halmahera Utara"),
          ("Inspektorat Lamteng", "Inspektorat Kabupaten Lampung Tengah"),
          ("Dishub Muba", "Dinas Perhubungan Kabupaten Musi Banyuasin"),
          ("BKD Lotim", "Badan Kepegawaian Daerah Kabupaten Lombok Timur"),
          ("KPU HSS", "Komisi Pemilihan Umum Kabupaten Hulu Sungai Selatan"),
          ("Bappeda Batola", "Badan Perencanaan Pembangunan Daerah Kabupaten Barito Kuala"),
          ("Disdik PALI", "Dinas Pendidikan Kabupaten Penukal Abab Lematang Ilir")]

FORMS = _generated() + [(_CONTEXTS[k % len(_CONTEXTS)].format(x=x), body) for k, (x, body) in enumerate(_SHORT)] + [
    # the long name with its acronym in brackets, before or after the region
    ("Dinas Pendidikan (Disdik) Kabupaten Sumedang meminta guru ASN netral pada Pilkada 2024.",
     "Dinas Pendidikan Kabupaten Sumedang"),
    ("Dinas Pendidikan Kabupaten Sumedang (Disdik) meminta guru ASN netral pada Pilkada 2024.",
     "Dinas Pendidikan Kabupaten Sumedang"),
    ("Dinas Kesehatan (Dinkes) Kab. Lahat mengingatkan ASN netral pada Pilkada 2024.",
     "Dinas Kesehatan Kabupaten Lahat"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Sumedang mengingatkan ASN netral pada "
     "Pilkada 2024.", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sumedang"),
    ("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Lahat menggelar sosialisasi netralitas ASN.",
     "Badan Kesatuan Bangsa dan Politik Kabupaten Lahat"),
    ("Satuan Polisi Pamong Praja (Satpol PP) Kota Pariaman mengawasi alat peraga kampanye Pilkada 2024.",
     "Satuan Polisi Pamong Praja Kota Pariaman"),
    ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lahat meminta ASN netral pada Pilkada 2024.",
     "Badan Penanggulangan Bencana Daerah Kabupaten Lahat"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Lahat mengingatkan ASN netral.",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lahat"),
    ("Inspektorat Daerah (Itda) Kabupaten Sumedang memeriksa ASN yang ikut kampanye Pilkada 2024.",
     "Inspektorat Daerah Kabupaten Sumedang"),
    ("Badan Kepegawaian Daerah (BKD) Provinsi Sumatera Selatan mengingatkan ASN netral pada Pilkada 2024.",
     "Badan Kepegawaian Daerah Provinsi Sumatera Selatan"),
    # the government, its acronyms and the level written short
    ("Pemerintah Kabupaten (Pemkab) Sumedang meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Sumedang"),
    ("Pemerintah Kota (Pemkot) Pariaman meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Pariaman"),
    ("Pemerintah Daerah (Pemda) Kabupaten Sumedang meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Sumedang"),
    ("Pemerintah Kab. Lahat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lahat"),
    ("Pemerintah Kab Lahat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lahat"),
    ("Pemkab. Lahat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lahat"),
    ("Pemkot. Pariaman meminta ASN netral pada Pilkada 2024.", "Pemerintah Kota Pariaman"),
    ("Pemda Sumedang meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Sumedang"),
    ("Pemkab Lahat, Sumatera Selatan, meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lahat"),
    ("Sekretariat Daerah (Setda) Kabupaten Sumedang meminta ASN netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Sumedang"),
    ("ASN di lingkungan Setda Kabupaten Sumedang diminta netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Sumedang"),
    ("Pemprov Sumsel meminta ASN netral pada Pilkada 2024.", "Pemerintah Provinsi Sumatera Selatan"),
    ("Disdikbud Sumsel meminta guru ASN netral pada Pilkada 2024.",
     "Dinas Pendidikan dan Kebudayaan Provinsi Sumatera Selatan"),
    ("Kesbangpol Prov. Sumsel menggelar sosialisasi netralitas ASN.",
     "Badan Kesatuan Bangsa dan Politik Provinsi Sumatera Selatan"),
    # lower case, as some outlets write the whole name
    ("pemkab Lahat meminta ASN netral pada Pilkada 2024.", "Pemerintah Kabupaten Lahat"),
    ("dinas pendidikan kabupaten Sumedang meminta guru ASN netral pada Pilkada 2024.",
     "Dinas Pendidikan Kabupaten Sumedang"),
    ("badan kepegawaian daerah kabupaten Lahat mengingatkan ASN netral pada Pilkada 2024.",
     "Badan Kepegawaian Daerah Kabupaten Lahat"),
    ("Dinas lingkungan hidup kabupaten Lahat mengingatkan ASN netral pada Pilkada 2024.",
     "Dinas Lingkungan Hidup Kabupaten Lahat"),
    ("satpol pp kota Pariaman mengawasi alat peraga kampanye Pilkada 2024.",
     "Satuan Polisi Pamong Praja Kota Pariaman"),
    # ministries' and election bodies' regional offices, named together
    ("Pegawai Kantor Kemenag Kabupaten Sumedang diminta netral pada Pilkada 2024.",
     "Kantor Kementerian Agama Kabupaten Sumedang"),
    ("Kemenag Sumedang mengingatkan ASN netral pada Pilkada 2024.", "Kantor Kementerian Agama Kabupaten Sumedang"),
    ("Apel digelar bersama Bawaslu Kabupaten Tanah Laut dan KPU Kabupaten Tanah Laut.",
     "Bawaslu Kabupaten Tanah Laut"),
    ("Apel digelar bersama Bawaslu Kabupaten Tanah Laut dan KPU Kabupaten Tanah Laut.",
     "Komisi Pemilihan Umum Kabupaten Tanah Laut"),
    ("Kejaksaan Negeri (Kejari) Sumedang menerima laporan ASN yang berkampanye pada Pilkada 2024.",
     "Kejaksaan Negeri Sumedang"),
    ("Sekretariat Dewan Kabupaten Lahat mengingatkan ASN netral pada Pilkada 2024.",
     "Sekretariat DPRD Kabupaten Lahat"),
    # a common noun "dinas"/"badan" before a government: the government's own offices
    ("Seorang kepala bidang di salah satu dinas Pemkot Pariaman ikut kampanye Pilkada 2024.",
     "Pemerintah Kota Pariaman"),
    ("Staf kantor gabungan dinas Pemerintah Kabupaten Lahat diminta netral pada Pilkada 2024.",
     "Pemerintah Kabupaten Lahat"),
    ("Sejumlah badan Pemprov Sumsel diminta menjaga netralitas ASN pada Pilkada 2024.",
     "Pemerintah Provinsi Sumatera Selatan"),
    ("Pejabat dinas Pemkab Sumedang dilaporkan menghadiri kampanye Pilkada 2024.", "Pemerintah Kabupaten Sumedang"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list[set[str]]:
    """Each probe's agencies, from one batch analysis."""
    return [{m.agency for m in a.agencies} for a in analyse_all([text for text, _ in FORMS])]


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[f"{k}-{a}" for k, (_, a) in enumerate(FORMS)])
def test_each_variant_names_its_body(analysed, index):
    assert FORMS[index][1] in analysed[index], analysed[index]


@pytest.mark.parametrize("index", [k for k, (text, _) in enumerate(FORMS) if " dinas Pem" in text
                                   or " badan Pem" in text])
def test_a_common_noun_before_a_government_makes_no_office(analysed, index):
    assert not any(a.split()[0] in ("Dinas", "dinas", "Badan", "badan") for a in analysed[index]), analysed[index]


# an office's field listed before other officials: a title after a comma opens the next official, so the field ends
# at the comma and the office takes the story's region, not the place of the last official named
LISTED = [
    ("Pemkab Lahat meminta ASN netral pada Pilkada 2024. Warga menyoroti Kepala Dinas Pariwisata, Inspektur, dan "
     "Camat Merapi Barat yang hadir dalam kampanye.", "Dinas Pariwisata Kabupaten Lahat", "Merapi"),
    ("Pemkot Pariaman meminta ASN netral pada Pilkada 2024. Kepala Dinas Perhubungan, Sekda, dan Camat Pariaman "
     "Tengah diminta memberi contoh.", "Dinas Perhubungan Kota Pariaman", "Tengah"),
    ("Pemkab Sumedang meminta ASN netral pada Pilkada 2024. Kepala Dinas Kesehatan, Camat, dan Lurah Situ hadir "
     "dalam apel itu.", "Dinas Kesehatan Kabupaten Sumedang", "Situ"),
    ("Pemkab Tanah Laut meminta ASN netral pada Pilkada 2024. Kepala Badan Kepegawaian, Kepala Desa, dan Camat "
     "Pelaihari dipanggil Bawaslu.", "Badan Kepegawaian Kabupaten Tanah Laut", "Pelaihari"),
]


@pytest.fixture(scope="module")
def listed(analyse_all) -> list[set[str]]:
    """Each listed probe's agencies, from one batch analysis."""
    return [{m.agency for m in a.agencies} for a in analyse_all([text for text, _, _ in LISTED])]


@pytest.mark.parametrize("index", range(len(LISTED)), ids=[a for _, a, _ in LISTED])
def test_a_field_ends_before_the_next_officials_title(listed, index):
    _, office, later = LISTED[index]
    assert office in listed[index], listed[index]
    assert not any(a.startswith(("Dinas", "Badan")) and later in a for a in listed[index]), listed[index]


# East Java's education office as its province and some regencies shorten it, "Dindik", its head "Kadindik"
DINDIK = [
    ("Kepala Dindik Jatim, Suryo Hadi, meminta guru ASN netral pada Pilkada 2024.",
     "Dinas Pendidikan Provinsi Jawa Timur"),
    ("Kadindik Jatim Suryo Hadi meminta guru ASN netral pada Pilkada 2024.", "Dinas Pendidikan Provinsi Jawa Timur"),
    ("Dindik Kabupaten Ngawi mengingatkan guru ASN netral pada Pilkada 2024.", "Dinas Pendidikan Kabupaten Ngawi"),
    ("Guru ASN di lingkungan Dindik Kab. Magetan dilarang ikut kampanye Pilkada 2024.",
     "Dinas Pendidikan Kabupaten Magetan"),
]


@pytest.mark.parametrize(("text", "office"), DINDIK)
def test_east_javas_education_office_by_its_acronym(run, text, office):
    result = run(text)
    assert office in {a.agency for a in result.agencies}
    assert all(o.agency == office for o in result.officials)


# bodies listed without a region before one that carries it share that region: "KPU dan Bawaslu Kabupaten X" are
# both the regency's, as the gold reads such lists
SHARED = [
    ("Rapat netralitas ASN dihadiri KPU dan Bawaslu Kabupaten Sumedang menjelang Pilkada 2024.",
     {"Komisi Pemilihan Umum Kabupaten Sumedang", "Bawaslu Kabupaten Sumedang"}),
    ("Bawaslu dan KPU Kota Pariaman mengingatkan ASN netral pada Pilkada 2024.",
     {"Bawaslu Kota Pariaman", "Komisi Pemilihan Umum Kota Pariaman"}),
    ("Sosialisasi digelar Bawaslu, KPU, dan Pemkab Lahat menjelang Pilkada 2024.",
     {"Bawaslu Kabupaten Lahat", "Komisi Pemilihan Umum Kabupaten Lahat", "Pemerintah Kabupaten Lahat"}),
    ("BKPSDM dan Inspektorat Kabupaten Tanah Laut memeriksa ASN yang ikut kampanye Pilkada 2024.",
     {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Tanah Laut",
      "Inspektorat Kabupaten Tanah Laut"}),
    ("KPU serta Bawaslu Provinsi Sumatera Selatan menggelar rapat netralitas ASN pada Pilkada 2024.",
     {"Komisi Pemilihan Umum Provinsi Sumatera Selatan", "Bawaslu Provinsi Sumatera Selatan"}),
]


@pytest.mark.parametrize(("text", "bodies"), SHARED)
def test_a_list_shares_the_region_it_closes_with(run, text, bodies):
    agencies = {a.agency for a in run(text).agencies}
    assert bodies <= agencies, agencies
    assert "Komisi Pemilihan Umum" not in agencies and "Badan Pengawas Pemilihan Umum" not in agencies


@pytest.mark.parametrize("text", [
    "Menteri Dalam Negeri, BKN dan Bawaslu Provinsi Jambi mengingatkan ASN netral pada Pilkada 2024.",
    "KASN dan Bawaslu Kabupaten Lahat mengingatkan ASN netral pada Pilkada 2024.",
])
def test_a_national_body_in_the_list_stays_national(run, text):
    agencies = {a.agency for a in run(text).agencies}
    assert not any("Kepegawaian" in a and "Jambi" in a or "Aparatur" in a and "Lahat" in a for a in agencies)
