"""Probe list of the supervisory and ad hoc election bodies below the regency, in forms that
test_adhoc_bodies_coverage.py and test_supervisors_by_era_coverage.py leave out: the level word written again
after a head that has it or stands for it ("Panwascam Kecamatan X", "Panwaslu Kecamatan Kecamatan X"), "Kec"
without its full stop, heads and members through their titles in those forms, and the bodies the gold does not
list (a plural or generic district body: "Panwascam se-Kabupaten X", "seluruh PKD"; the village and
polling-station posts PKD and PTPS; KPU's PPS and KPPS; "PPK" without its name spelled out). Each sentence is our
own; no institution's name may repeat a word ("Panwaslu Kecamatan Kecamatan")."""

from __future__ import annotations

import re

import pytest

# (sentence, publication date, the official named or None, the institution that must be found)
FORMS = [
    # the level word again after the head
    ('Panwascam Kecamatan Trucuk menerima laporan dugaan ASN berkampanye.',
     '2024-10-10', None, 'Panwaslu Kecamatan Trucuk'),
    ('Panwaslu Kecamatan Kecamatan Bayat memanggil seorang kepala desa.',
     '2024-10-10', None, 'Panwaslu Kecamatan Bayat'),
    ('Panwascam Kec. Prambanan menegur seorang guru honorer.', '2024-10-10', None, 'Panwaslu Kecamatan Prambanan'),
    ('Panitia Pengawas Kecamatan (Panwascam) Kecamatan Ngemplak memanggil dua kades.',
     '2024-10-10', None, 'Panwaslu Kecamatan Ngemplak'),
    ('Laporan warga diteruskan ke Panwascam Kecamatan Juwiring untuk dikaji.',
     '2024-10-10', None, 'Panwaslu Kecamatan Juwiring'),
    ('Panwaslih Kecamatan Kecamatan Meuraxa memanggil seorang keuchik.',
     '2024-10-10', None, 'Panitia Pengawas Pemilihan Kecamatan Meuraxa'),
    # "Kec" without its full stop
    ('Panwaslu Kec Gantiwarno menerima laporan soal kepala desa.', '2024-10-10', None, 'Panwaslu Kecamatan Gantiwarno'),
    ('Panwas Kec Karangdowo menegur seorang PNS.', '2015-11-10', None, 'Panwaslu Kecamatan Karangdowo'),
    # heads and members through their titles in those forms
    ('Ketua Panwascam Kecamatan Cawas, Agus Salim, meminta ASN netral.',
     '2024-10-10', 'Agus Salim', 'Panwaslu Kecamatan Cawas'),
    ('Anggota Panwascam Kec. Pedan Lestari Handayani mengingatkan ASN tidak berpihak.',
     '2024-10-10', 'Lestari Handayani', 'Panwaslu Kecamatan Pedan'),
    ('Ketua Panwaslu Kec Ceper, Dwi Haryanto, menegaskan ASN dilarang berkampanye.',
     '2024-10-10', 'Dwi Haryanto', 'Panwaslu Kecamatan Ceper'),
    ('Sutopo Hadi, Ketua Panwascam Kecamatan Polanharjo, mengatakan kades itu sudah diklarifikasi.',
     '2024-10-10', 'Sutopo Hadi', 'Panwaslu Kecamatan Polanharjo'),
    ('Koordinator Divisi Pencegahan Panwascam Kecamatan Wonosari, Rina Astuti, mengimbau ASN netral.',
     '2024-10-10', 'Rina Astuti', 'Panwaslu Kecamatan Wonosari'),
    ('Ketua Panwaslih Kec. Kecamatan Meuraxa, Agus, meminta ASN netral.',
     '2024-10-10', 'Agus', 'Panitia Pengawas Pemilihan Kecamatan Meuraxa'),
    ('Anggota Panwas Kec Godean, Slamet, meminta PNS netral.', '2015-11-10', 'Slamet', 'Panwaslu Kecamatan Godean'),
    # forms already read, kept covered beside them
    ('Panwaslu Kecamatan Ungaran Barat memanggil guru yang diduga berkampanye.',
     '2024-10-10', None, 'Panwaslu Kecamatan Ungaran Barat'),
    ('Panitia Pengawas Pemilihan Umum Kecamatan Pabelan memanggil kepala desa.',
     '2024-10-10', None, 'Panwaslu Kecamatan Pabelan'),
    ('Panitia Pengawas Pemilu Kecamatan (Panwascam) Getasan meminta ASN netral.',
     '2024-10-10', None, 'Panwaslu Kecamatan Getasan'),
    ('Panwascam Colomadu Kabupaten Karanganyar memanggil kepala desa.',
     '2024-10-10', None, 'Panwaslu Kecamatan Colomadu'),
    ('Panwaslu Kecamatan Colomadu, Karanganyar, memanggil kepala desa.',
     '2024-10-10', None, 'Panwaslu Kecamatan Colomadu'),
    ('Pengawas Pemilu Kecamatan Kartasura memanggil kades yang berpihak.',
     '2024-10-10', None, 'Panwaslu Kecamatan Kartasura'),
    ('Panwascam Jebres dan Panwascam Banjarsari menemukan ASN berkampanye.',
     '2024-10-10', None, 'Panwaslu Kecamatan Jebres'),
    ('Panwascam Jebres dan Panwascam Banjarsari menemukan ASN berkampanye.',
     '2024-10-10', None, 'Panwaslu Kecamatan Banjarsari'),
    ('Pengawas Kelurahan/Desa (PKD) Tegalrejo melaporkan lurah ke Panwascam Tegalrejo.',
     '2024-10-10', None, 'Panwaslu Kecamatan Tegalrejo'),
    ('Panwaslu Kabupaten Sukoharjo bersama Panwascam Grogol memanggil ASN.',
     '2017-01-10', None, 'Panwaslu Kecamatan Grogol'),
    ('Panwaslu Kabupaten Sukoharjo bersama Panwascam Grogol memanggil ASN.',
     '2017-01-10', None, 'Panitia Pengawas Pemilu Kabupaten Sukoharjo'),
    ('Ketua Panitia Pengawas Pemilihan Umum Kecamatan Karanganom, Wawan, meminta ASN netral.',
     '2024-10-10', 'Wawan', 'Panwaslu Kecamatan Karanganom'),
    ('Anggota Panwas Kecamatan Wedi, Siti Nurjanah, menegaskan PNS wajib netral.',
     '2015-11-10', 'Siti Nurjanah', 'Panwaslu Kecamatan Wedi'),
    ('Ketua Bawaslu Kecamatan Kartasura, Dodi, meminta ASN netral.',
     '2024-10-10', 'Dodi', 'Panwaslu Kecamatan Kartasura'),
    ('Ketua PPK Kecamatan Laweyan, Mulyadi, mengatakan ASN dilarang berkampanye.',
     '2024-10-10', 'Mulyadi', 'Panitia Pemilihan Kecamatan Laweyan'),
    # the regency's ad hoc supervisors before August 2018 and Aceh's
    ('Panwas Pilkada Sragen menemukan camat berkampanye.',
     '2015-11-01', None, 'Panitia Pengawas Pemilu Kabupaten Sragen'),
    ('Panwaslu Kab Wonogiri meminta PNS netral.', '2014-03-01', None, 'Panitia Pengawas Pemilu Kabupaten Wonogiri'),
    ('Panwas Kabupaten Karanganyar memanggil seorang guru.', '2010-05-10', None,
     'Panitia Pengawas Pemilu Kabupaten Karanganyar'),
    ('Panitia Pengawas Pemilihan Kabupaten Pati memanggil dua guru.', '2017-01-10', None,
     'Panitia Pengawas Pemilihan Kabupaten Pati'),
    ('Panwaslih Kabupaten Gayo Lues meminta ASN netral.', '2024-10-10', None,
     'Panitia Pengawas Pemilihan Kabupaten Gayo Lues'),
    ('Panwaslih Aceh Selatan menerima laporan tentang ASN.', '2024-10-10', None,
     'Panitia Pengawas Pemilihan Kabupaten Aceh Selatan'),
    ('Ketua Panwaslih Bener Meriah, Khairul Akmal, mengingatkan ASN netral.', '2024-10-10', 'Khairul Akmal',
     'Panitia Pengawas Pemilihan Kabupaten Bener Meriah'),
    ('Panitia Pengawas Pemilihan (Panwaslih) Kabupaten Aceh Tenggara menegur ASN.', '2024-10-10', None,
     'Panitia Pengawas Pemilihan Kabupaten Aceh Tenggara'),
    # KPU's district committee spelled out, its acronym explained before the district: that district's, as the gold
    # lists it where a chairman's title names it so
    ('Panitia Pemilihan Kecamatan (PPK) Teras meminta anggotanya netral.', '2024-10-10', None,
     'Panitia Pemilihan Kecamatan Teras'),
]

# the ad hoc supervisors written alone as a name: the kind, as the gold lists it (its alias "Panwaslu")
ALONE = [
    ('Laporan dari KPU dan Panwaslu menjadi dasar sanksi bagi PNS.', '2018-03-02'),
    ('Beberapa laporan sudah masuk ke Panwas tentang camat yang berkampanye.', '2015-11-10'),
    ('Panwaslu akan memeriksa PNS yang diduga berpihak pada salah satu calon.', '2018-05-02'),
    ('Menurut Pjs Wali Kota, Panwaslu dapat merekomendasikan sanksi bagi ASN.', '2018-05-02'),
    ('Panitia Pengawas Pemilu (Panwaslu) akan memanggil PNS yang berkampanye.', '2018-05-02'),
    ('Rekomendasi KASN itu berdasarkan laporan Panwaslu melalui Bawaslu provinsi.', '2018-04-13'),
]

# Aceh's supervisors written alone: their kind (its alias "Panwaslih"), not the national Bawaslu
PANWASLIH_ALONE = [
    ('ASN di Pidie diawasi ketat oleh Panwaslih maupun masyarakat selama Pilkada.', '2024-09-10'),
    ('Panitia Pengawas Pemilihan (Panwaslih) sudah terbentuk di semua kecamatan di Aceh.', '2024-09-10'),
    ('Keuchik yang berkampanye akan dilaporkan ke Panwaslih.', '2024-09-10'),
]

# the long name before its acronym in brackets and a district: the district's body, not Aceh's kind
DISTRICT_AFTER_BRACKETS = ('Panitia Pengawas Pemilihan (Panwaslu) Kecamatan Cilamaya, Kabupaten Karawang, '
                           'menggelar sosialisasi.')

# written as a common noun, before a lower unit's word or a plural: no body of the kind
NOT_ALONE = [
    ('Kita sebagai panwas mengutamakan pencegahan.', '2015-11-10'),
    ('Sosialisasi itu dihadiri camat, mahasiswa, hingga panwaslu.', '2018-03-02'),
    ('Warga dapat melapor melalui Panwascam maupun Panwas Desa.', '2024-10-10'),
    ('Jika ada Panwas TPS yang tidak netral, laporkan ke Bawaslu.', '2024-10-10'),
    ('Hadir unsur Panwaslu se Kabupaten Kendal dan Forkopimda.', '2018-03-02'),
    ('Laporan dapat disampaikan kepada Panwas Kelurahan atau Panwas Distrik.', '2024-10-10'),
    ('Kasus lurah itu sudah diregistrasi Panwas Kemiling.', '2024-10-10'),
    ('Patroli dilakukan jajaran Panwas kecamatan dan Panwas kelurahan.', '2024-10-10'),
    ('Bawaslu merekrut Panwaslu se-Kabupaten Agam.', '2024-10-10'),
    # listed right after the body it serves under: that body's lower units
    ('Ia mengajak KPU, Bawaslu, Panwaslu, dan seluruh jajaran pengawas memantau ASN.', '2024-10-10'),
    ('Jangan sampai ASN berurusan dengan jajaran Bawaslu atau Panwas.', '2024-10-10'),
    ('Seluruh jajaran Bawaslu, mulai dari Panwaslu hingga PKD, diminta mengawasi ASN.', '2024-10-10'),
    # past the bracket that closes it, a district's name
    ('Seorang guru ditemukan pengawas kecamatan (Panwas) Ampana berkampanye.', '2024-10-10'),
]

# a plural or generic district body, a village or polling-station post, KPU's PPS and KPPS, "PPK" alone:
# none of them an institution of the story
UNLISTED = [
    'Panwascam se-Kabupaten Semarang diminta mengawasi netralitas ASN.',
    'Para Panwascam se-Kota Surakarta mengikuti bimbingan teknis pengawasan netralitas ASN.',
    'Bawaslu melantik seluruh Panwascam di Kabupaten Boyolali.',
    'Panwaslu Kecamatan di Klaten menangani dugaan pelanggaran ASN.',
    'Anggota PKD Desa Candirejo menemukan kepala desa berkampanye.',
    'Seluruh PKD di Kecamatan Tengaran diminta mengawasi ASN.',
    'Panwaslu Kelurahan Bandarharjo menemukan ASN ikut kampanye.',
    'Panwaslu Desa Kalikotes menerima laporan warga.',
    'Ketua PKD Desa Kebonarum, Joko Susilo, mengingatkan perangkat desa netral.',
    'Pengawas Kelurahan Desa (PKD) Pajang menemukan lurah berkampanye.',
    'Panwaslu Kelurahan/Desa se-Kecamatan Serengan mengawasi ASN.',
    'Pengawas TPS (PTPS) di Kecamatan Banyudono diminta mencermati keterlibatan ASN.',
    'PTPS menemukan ASN mengarahkan pemilih di TPS 03.',
    'Koordinator Pengawas TPS di Delanggu, Supriyadi, meminta ASN netral.',
    'PPK Kecamatan Mojosongo menggelar rapat pleno rekapitulasi.',
    'Seluruh PPK dan PPS di Kabupaten Sragen diminta menjaga netralitas.',
    'Anggota PPK yang berstatus ASN harus netral.',
    'PPS Desa Sambi mengumumkan daftar pemilih sementara.',
    'KPPS TPS 07 Desa Nogosari mengingatkan ASN netral.',
    'Ketua PPS Kelurahan Kerten, Hartono, meminta ASN netral.',
    'Anggota KPPS yang berstatus PNS wajib netral.',
    'Panitia Pemungutan Suara (PPS) Desa Gumpang merekrut anggota KPPS.',
    'Kelompok Penyelenggara Pemungutan Suara (KPPS) di TPS 01 mengingatkan pemilih.',
]

_BELOW_REGENCY = re.compile(r"Kecamatan|Kelurahan|Desa|Pemungutan|TPS|PPS|KPPS|PKD")
_REPEATED = re.compile(r"\b(\w+) \1\b")


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every form analysed in one call."""
    return analyse_all([f[0] for f in FORMS], published=[f[1] for f in FORMS])


@pytest.fixture(scope="module")
def unlisted(analyse_all) -> list:
    """Every unlisted form analysed in one call."""
    return analyse_all(UNLISTED, published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "published", "name", "agency"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_a_body_below_the_regency_is_read_under_its_name(analysed: list, k: int, text: str, published: str,
                                                        name: str | None, agency: str) -> None:
    found = analysed[k]
    agencies = {m.agency for m in found.agencies}
    assert agency in agencies
    assert not [a for a in agencies if _REPEATED.search(a)]
    if name is not None:
        assert (name, agency) in {(o.name, o.agency) for o in found.officials}


@pytest.mark.parametrize(("k", "text"), [pytest.param(k, t, id=f"{k}-{t[:40]}") for k, t in enumerate(UNLISTED)])
def test_a_plural_body_or_a_post_below_the_district_is_no_institution(unlisted: list, k: int, text: str) -> None:
    assert not [m.agency for m in unlisted[k].agencies if _BELOW_REGENCY.search(m.agency)]


@pytest.fixture(scope="module")
def alone(analyse_all) -> list:
    """Every form written alone, then every form that is not, analysed in one call."""
    forms = ALONE + NOT_ALONE
    return analyse_all([f[0] for f in forms], published=[f[1] for f in forms])


@pytest.mark.parametrize(("k", "text", "published"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(ALONE)])
def test_the_ad_hoc_supervisors_written_alone_are_the_kind(alone: list, k: int, text: str, published: str) -> None:
    assert "Panitia Pengawas Pemilu" in {m.agency for m in alone[k].agencies}


@pytest.mark.parametrize(("k", "text", "published"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(NOT_ALONE, len(ALONE))])
def test_a_common_noun_or_a_lower_unit_is_no_supervisors_body(alone: list, k: int, text: str,
                                                               published: str) -> None:
    assert "Panitia Pengawas Pemilu" not in {m.agency for m in alone[k].agencies}


@pytest.fixture(scope="module")
def panwaslih_alone(analyse_all) -> list:
    """Every form of Aceh's supervisors written alone, analysed in one call."""
    return analyse_all([f[0] for f in PANWASLIH_ALONE], published=[f[1] for f in PANWASLIH_ALONE])


@pytest.mark.parametrize(("k", "text", "published"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(PANWASLIH_ALONE)])
def test_aceh_supervisors_written_alone_are_their_kind(panwaslih_alone: list, k: int, text: str,
                                                      published: str) -> None:
    found = {m.agency for m in panwaslih_alone[k].agencies}
    assert "Panitia Pengawas Pemilihan" in found
    assert "Badan Pengawas Pemilihan Umum" not in found


def test_the_long_name_before_a_bracketed_acronym_and_a_district_is_no_kind(run) -> None:
    found = {m.agency for m in run(DISTRICT_AFTER_BRACKETS, published="2024-10-10").agencies}
    assert not found & {"Panitia Pengawas Pemilihan", "Panitia Pengawas Pemilu"}
