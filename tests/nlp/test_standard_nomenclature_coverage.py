"""Probe list of regional offices by the Home Ministry's standard nomenclature as regions merge it (housing with
land, industry and trade with cooperatives, environment with forestry, agriculture with plantations, food crops,
livestock with animal health, family planning with women and children, finance, Papua's kampung office, transport
with communication, culture, trade with industry, food, public works) and the offices the brief names (DP3AP2KB,
Disnakertrans, BPKPAD, Disperkim, Dispora, Diskominfotik, the DPRD's secretariat), each by its acronym or full
name, in one of five sentence shapes (a head before a name, the office as subject, its secretary, a unit head "pada"
the office, a quote's attribution), with a region drawn by a fixed seed. Each sentence (our own words) must name
the office under the canonical name of its kind and read the named person with it. All are analysed in one batch."""

from __future__ import annotations

import random

import pytest

# (written form, canonical name before the region); the canonical names follow the gold's majority
OFFICES = [
    ("Disperkimtan", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan"),
    ("Dinas Perumahan, Kawasan Permukiman dan Pertanahan", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan"),
    ("Disperindagkop", "Dinas Perindustrian, Perdagangan dan Koperasi"),
    ("Disperindagkop UKM", "Dinas Perindustrian, Perdagangan, Koperasi dan UKM"),
    ("Dinkop UMKM", "Dinas Koperasi dan UMKM"),
    ("Diskop UMKM", "Dinas Koperasi dan UMKM"),
    ("Dinkop UKM", "Dinas Koperasi dan UKM"),
    ("DLHK", "Dinas Lingkungan Hidup dan Kehutanan"),
    ("Dinas Lingkungan Hidup dan Kehutanan", "Dinas Lingkungan Hidup dan Kehutanan"),
    ("Distanbun", "Dinas Pertanian dan Perkebunan"),
    ("DTPH", "Dinas Tanaman Pangan dan Hortikultura"),
    ("Disnakkeswan", "Dinas Peternakan dan Kesehatan Hewan"),
    ("DP2KBP3A", "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("DPPKBP3A", "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("Disdalduk KB", "Dinas Pengendalian Penduduk dan Keluarga Berencana"),
    ("Bakeuda", "Badan Keuangan Daerah"),
    ("DPMK", "Dinas Pemberdayaan Masyarakat dan Kampung"),
    ("Dishubkominfo", "Dinas Perhubungan, Komunikasi, dan Informatika"),
    ("Disbud", "Dinas Kebudayaan"),
    ("Disdagin", "Dinas Perdagangan dan Perindustrian"),
    ("Disperdagin", "Dinas Perdagangan dan Perindustrian"),
    ("Dispenda", "Dinas Pendapatan Daerah"),
    ("Dispangan", "Dinas Pangan"),
    ("Dinas PU", "Dinas Pekerjaan Umum"),
    ("Dinas Perkim", "Dinas Perumahan dan Kawasan Permukiman"),
    ("Dispersip", "Dinas Perpustakaan dan Kearsipan"),
    ("Dinas Satpol PP", "Satuan Polisi Pamong Praja"),
    ("DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"),
    ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
     "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"),
    ("Disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi"),
    ("Dinas Tenaga Kerja dan Transmigrasi", "Dinas Tenaga Kerja dan Transmigrasi"),
    ("BPKPAD", "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah"),
    ("Disperkim", "Dinas Perumahan dan Kawasan Permukiman"),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "Dinas Perumahan Rakyat dan Kawasan Permukiman"),
    ("Dispora", "Dinas Pemuda dan Olahraga"),
    ("Dinas Kepemudaan dan Olahraga", "Dinas Kepemudaan dan Olahraga"),
    ("Diskominfotik", "Dinas Komunikasi, Informatika dan Statistik"),
    ("Dinas Komunikasi, Informatika, Statistik dan Persandian",
     "Dinas Komunikasi, Informatika, Statistik dan Persandian"),
    ("Sekretariat DPRD", "Sekretariat DPRD"),
    ("Setwan", "Sekretariat DPRD"),
    # more merges and the acronyms regions print for them
    ("DPKPP", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan"),
    ("DPRKPP", "Dinas Perumahan Rakyat dan Kawasan Permukiman serta Pertanahan"),
    ("Disketapang", "Dinas Ketahanan Pangan"),
    ("Dispermades", "Dinas Pemberdayaan Masyarakat dan Desa"),
    ("Dispermasdes", "Dinas Pemberdayaan Masyarakat dan Desa"),
    ("Dispendukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("BPKPD", "Badan Pengelolaan Keuangan dan Pendapatan Daerah"),
    ("Disperpusip", "Dinas Perpustakaan dan Kearsipan"),
    ("Dinpora", "Dinas Pemuda dan Olahraga"),
    ("Diskoperindag", "Dinas Koperasi, Perindustrian dan Perdagangan"),
    ("Disparekraf", "Dinas Pariwisata dan Ekonomi Kreatif"),
    ("Dinas Pariwisata dan Ekonomi Kreatif", "Dinas Pariwisata dan Ekonomi Kreatif"),
    ("Diskominfo SP", "Dinas Komunikasi, Informatika, Statistik dan Persandian"),
    ("Dinkominfostasandi", "Dinas Komunikasi, Informatika, Statistik dan Persandian"),
    ("Bapeda", "Badan Perencanaan Pembangunan Daerah"),
    ("Disbudparpora", "Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga"),
    ("Dinsosnakertrans", "Dinas Sosial, Tenaga Kerja dan Transmigrasi"),
    ("Disdikbudpora", "Dinas Pendidikan, Kebudayaan, Pemuda dan Olahraga"),
    ("BP2KBP3A", "Badan Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"),
    # the civil-service office that keeps its "Daerah", its acronym split before the development field
    ("BKD PSDM", "Badan Kepegawaian Daerah dan Pengembangan Sumber Daya Manusia"),
]

# (as written, as canonical): regions over the islands, by level, in full, short or as "Kab."
REGIONS = [
    ("Kabupaten Sintang", "Kabupaten Sintang"), ("Kota Bontang", "Kota Bontang"), ("Provinsi Riau", "Provinsi Riau"),
    ("Kabupaten Wonogiri", "Kabupaten Wonogiri"), ("Kota Kupang", "Kota Kupang"), ("Kab. Sigi", "Kabupaten Sigi"),
    ("Provinsi Maluku Utara", "Provinsi Maluku Utara"), ("Kabupaten Merauke", "Kabupaten Merauke"),
    ("Kota Padang", "Kota Padang"), ("Kabupaten Lombok Timur", "Kabupaten Lombok Timur"),
    ("Provinsi Jawa Tengah", "Provinsi Jawa Tengah"), ("Kabupaten Banjar", "Kabupaten Banjar"),
    ("Kota Tarakan", "Kota Tarakan"), ("Kabupaten Aceh Tengah", "Kabupaten Aceh Tengah"),
    ("Kab. Bone", "Kabupaten Bone"), ("Kota Jambi", "Kota Jambi"),
    ("Kabupaten Minahasa Utara", "Kabupaten Minahasa Utara"),
    ("Provinsi Kalimantan Barat", "Provinsi Kalimantan Barat"),
    ("Kabupaten Pesisir Selatan", "Kabupaten Pesisir Selatan"),
    ("Kota Sukabumi", "Kota Sukabumi"),
]

NAMES = ["Budi Santoso", "Maria Goreti", "Andi Rahmat", "Sri Wulandari", "Yohanes Kaize", "Teuku Hasan",
         "Ni Made Ayu", "La Ode Munir", "Dewi Anggraini", "Hendrikus Seran"]

SHAPES = [
    ("Kepala {office} {region}, {name}, mengatakan seluruh ASN wajib menjaga netralitas.", True),
    ("{office} {region} menggelar apel netralitas ASN menjelang pilkada.", False),
    ("Sekretaris {office} {region}, {name}, meminta pegawai tidak ikut kampanye.", True),
    ("Kabid Umum pada {office} {region}, {name}, mengingatkan ASN tidak berpihak.", True),
    ('"Jangan ada pegawai yang memihak," kata Kepala {office} {region} {name}.', True),
]


def _probes() -> list[tuple[str, str, str | None]]:
    """Each office in three shapes with a region and a name drawn by a fixed seed: (text, canonical, name)."""
    rng = random.Random(2026)
    probes = []
    for office, canonical in OFFICES:
        for shape, named in rng.sample(SHAPES, 3):
            region, region_name = rng.choice(REGIONS)
            name = rng.choice(NAMES)
            probes.append((shape.format(office=office, region=region, name=name), f"{canonical} {region_name}",
                           name if named else None))
    return probes


PROBES = _probes()


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list[tuple[set[str], list[tuple[str, str | None]]]]:
    """Each probe's agencies and its officials (name, agency), from one batch analysis."""
    results = analyse_all([text for text, _, _ in PROBES])
    return [({m.agency for m in a.agencies}, [(o.name, o.agency) for o in a.officials]) for a in results]


@pytest.mark.parametrize("index", range(len(PROBES)), ids=[f"{k}-{p[1][:40]}" for k, p in enumerate(PROBES)])
def test_each_standard_name_is_its_regional_office(analysed, index):
    agencies, held = analysed[index]
    _, expected, name = PROBES[index]
    assert expected in agencies, agencies
    assert all(agency == expected for _, agency in held), held
    if name:
        assert (name, expected) in held, held


# heads of merged offices by their fused short titles
TITLES = [
    ("Kadisnakertrans Kabupaten Karawang, Rosmalia Dewi, meminta ASN netral.",
     "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Karawang"),
    ("Kadisperkim Kota Palu, Arfan Lamasi, mengingatkan pegawai tidak berpolitik.",
     "Dinas Perumahan dan Kawasan Permukiman Kota Palu"),
    ("Kadisperindag Provinsi Sulawesi Selatan, Ahmad Tamrin, meminta ASN netral.",
     "Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Selatan"),
    ("Kadisbudpar Kabupaten Solok, Nasrul Jamal, meminta ASN netral.",
     "Dinas Kebudayaan dan Pariwisata Kabupaten Solok"),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_fused_short_titles_name_their_office(run, text, expected):
    held = [o.agency for o in run(text).officials]
    assert held == [expected]


# the inspectorate keeps the name a story gives it: "Inspektorat Daerah" (PP 72/2019) where written so, as the gold
# names it, and "Inspektorat" elsewhere
INSPECTORATES = [
    ("Kepala Inspektorat Daerah Kabupaten Sikka, Maria Goreti, mengingatkan ASN netral.",
     "Inspektorat Daerah Kabupaten Sikka"),
    ("Surat itu diteken Plt Inspektur Daerah Kalbar Andi Rahmat.", "Inspektorat Daerah Provinsi Kalimantan Barat"),
    ("Irban II Inspektorat Daerah Kota Ambon, La Ode Munir, ikut memeriksa ASN.", "Inspektorat Daerah Kota Ambon"),
    ("Inspektur Kabupaten Sikka, Maria Goreti, mengingatkan ASN netral.", "Inspektorat Kabupaten Sikka"),
    ("Kepala Inspektorat Kota Ambon, La Ode Munir, mengingatkan ASN netral.", "Inspektorat Kota Ambon"),
]


@pytest.mark.parametrize("text,expected", INSPECTORATES)
def test_the_inspectorate_keeps_its_written_name(run, text, expected):
    result = run(text)
    assert expected in {a.agency for a in result.agencies}
    assert [o.agency for o in result.officials] == [expected]
