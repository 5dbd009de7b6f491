"""Probe list of officials as government pages and regional outlets print them: names (and whole titles) in
capitals, and region words cut short ('Kab.', 'Kec.', 'Pemkab.', 'Kota Adm.'). Each sentence (our own
words) names its officials by the gold's convention (the name as written, without titles or degrees; compared
in lower case) with the institution they serve, or ``None`` where only the name is checked. Lines in capitals
that name nobody (a rubric, a slogan, a headline, a dateline) give no official."""

from __future__ import annotations

import pytest

SLEMAN = "Pemerintah Kabupaten Sleman"
GARUT = "Pemerintah Kabupaten Garut"
BKPSDM_GARUT = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Garut"

# a name in capitals after a title written as usual, or after a title in capitals too
CAPITALS = [
    ("Bupati Sleman, KUSTINI SRI PURNOMO, meminta ASN netral.", {"KUSTINI SRI PURNOMO": SLEMAN}),
    ("Bupati Bantul ABDUL HALIM MUSLIH meminta ASN netral.", {"ABDUL HALIM MUSLIH": "Pemerintah Kabupaten Bantul"}),
    ("SEKDA KABUPATEN GARUT Drs. H. AHMAD YANI, M.Si meminta ASN netral.", {"AHMAD YANI": GARUT}),
    ("Sekda Kabupaten Garut, Drs. H. AHMAD YANI, M.Si, meminta ASN netral.", {"AHMAD YANI": GARUT}),
    ("Kepala BKPSDM Kabupaten Garut, RINA MARLINA, S.STP, mengingatkan pegawai.", {"RINA MARLINA": BKPSDM_GARUT}),
    ("Kepala BKPSDM Garut RINA MARLINA S.STP mengingatkan pegawai.", {"RINA MARLINA": BKPSDM_GARUT}),
    ("Kepala BKPSDM Garut H. RINA MARLINA SSTP MSi hadir di aula.", {"RINA MARLINA": BKPSDM_GARUT}),
    ("WALI KOTA BANDUNG YANA MULYANA meminta ASN netral.", {"YANA MULYANA": "Pemerintah Kota Bandung"}),
    ("WALIKOTA BANDUNG YANA MULYANA meminta ASN netral.", {"YANA MULYANA": "Pemerintah Kota Bandung"}),
    ("GUBERNUR JAWA TENGAH GANJAR PRANOWO meminta ASN netral.",
     {"GANJAR PRANOWO": "Pemerintah Provinsi Jawa Tengah"}),
    ("GUBERNUR PROVINSI JAWA TENGAH GANJAR PRANOWO meminta ASN netral.",
     {"GANJAR PRANOWO": "Pemerintah Provinsi Jawa Tengah"}),
    ("Pj Gubernur Sulsel, BAHTIAR BAHARUDDIN, meminta ASN netral.",
     {"BAHTIAR BAHARUDDIN": "Pemerintah Provinsi Sulawesi Selatan"}),
    ("Ketua Bawaslu Kabupaten Sleman, ARIES PURWANTINI, mengingatkan ASN.",
     {"ARIES PURWANTINI": "Bawaslu Kabupaten Sleman"}),
    ("Sementara itu Kepala Inspektorat Kab. Bogor, DENI SUDRAJAT, menegaskan sanksi.",
     {"DENI SUDRAJAT": "Inspektorat Kabupaten Bogor"}),
    ("Camat Cibinong, H. BAMBANG WIDODO, S.Sos, meminta ASN netral.", {"BAMBANG WIDODO": None}),
    ("Wakil Bupati Garut HELMI BUDIMAN mengingatkan ASN.", {"HELMI BUDIMAN": GARUT}),
    ("Plt. Kepala BKD Provinsi Jambi, H. AMIN SUGIARTO, SE, MM meminta ASN netral.",
     {"AMIN SUGIARTO": "Badan Kepegawaian Daerah Provinsi Jambi"}),
    ("KEPALA BKPSDM KABUPATEN GARUT RINA MARLINA meminta ASN netral.", {"RINA MARLINA": BKPSDM_GARUT}),
    ("KEPALA DINAS PENDIDIKAN GARUT AGUS SALIM, M.Pd mengingatkan guru.",
     {"AGUS SALIM": "Dinas Pendidikan Kabupaten Garut"}),
    ("BUPATI SLEMAN KUSTINI SRI PURNOMO meminta ASN netral.", {"KUSTINI SRI PURNOMO": SLEMAN}),
    ("Sekretaris Daerah Kota Bekasi, Dr. H. REZA LESMANA, M.Si, mengingatkan pegawai.",
     {"REZA LESMANA": "Pemerintah Kota Bekasi"}),
    ("Demikian disampaikan Kepala Kesbangpol Kab. Garut, WAHYU HIDAYAT.", {"WAHYU HIDAYAT": None}),
    ("Kapolres Garut AKBP ROHMAN YONKY meminta anggota netral.", {"ROHMAN YONKY": "Kepolisian Resor Garut"}),
    ("Kapolres Garut AKBP ROHMAN YONKY, S.I.K meminta anggota netral.", {"ROHMAN YONKY": "Kepolisian Resor Garut"}),
    ("“ASN harus netral,” tegas Bupati Sleman KUSTINI SRI PURNOMO.", {"KUSTINI SRI PURNOMO": SLEMAN}),
    ("Sekda KABUPATEN GARUT Ahmad Yani meminta ASN netral.", {"Ahmad Yani": GARUT}),
    # lines in capitals that name nobody
    ("NETRALITAS ASN\nBupati Sleman Kustini Sri Purnomo meminta ASN netral.", {"Kustini Sri Purnomo": SLEMAN}),
    ("SLEMAN - Bupati Sleman Kustini Sri Purnomo meminta ASN netral.", {"Kustini Sri Purnomo": SLEMAN}),
    ("PEMILU 2024\nKepala BKD Jateng meminta ASN netral.", {}),
    ("BUPATI SLEMAN MINTA ASN NETRAL\nPegawai diminta tidak berpihak.", {}),
    ("WAKIL BUPATI MINTA ASN NETRAL.", {}),
    ("SEKDA GARUT INGATKAN ASN JAGA NETRALITAS\nSekda meminta pegawai tidak berpihak.", {}),
    ("GARUT, PEMKAB - Sekda meminta ASN netral.", {}),
    ("BERITA DAERAH\nKepala BKD meminta ASN netral.", {}),
    ("KABUPATEN BOGOR - Bupati meminta ASN netral dalam PEMILU 2024.", {}),
    ("Bupati Sleman meminta ASN NETRAL DAN PROFESIONAL selama tahapan.", {}),
    ("Kepala BKPSDM Garut mengingatkan: ASN DILARANG BERPOLITIK PRAKTIS.", {}),
    ("Gubernur Jateng menegaskan, NETRALITAS ASN HARGA MATI.", {}),
    ("Ketua Bawaslu Garut, NETRALITAS ASN.", {}),
    ("Kata Sekda Garut, SANKSI TEGAS menanti. Pegawai yang melanggar akan diberi sanksi tegas.", {}),
    ("Sekda Garut menyapa peserta: SALAM SEHAT, salam netral.", {}),
]

# region words cut short, with a full stop or without
ABBREVIATED = [
    ("Bupati Kab. Bogor Iwan Setiawan meminta ASN netral.", {"Iwan Setiawan": "Pemerintah Kabupaten Bogor"}),
    ("Sekda Kab Bogor Burhanudin meminta ASN netral.", {"Burhanudin": "Pemerintah Kabupaten Bogor"}),
    ("Sekda Kab. Bogor, Burhanudin, meminta ASN netral.", {"Burhanudin": "Pemerintah Kabupaten Bogor"}),
    ("Gubernur Prov. Jatim Khofifah Indar Parawansa meminta ASN netral.",
     {"Khofifah Indar Parawansa": "Pemerintah Provinsi Jawa Timur"}),
    ("Sekda Prov. Jatim Adhy Karyono meminta ASN netral.", {"Adhy Karyono": "Pemerintah Provinsi Jawa Timur"}),
    ("Sekda Prov Jateng Sumarno meminta ASN netral.", {"Sumarno": "Pemerintah Provinsi Jawa Tengah"}),
    ("Asisten Pemerintahan Setda Kab. Garut Dedi Kusnadi meminta ASN netral.", {"Dedi Kusnadi": GARUT}),
    ("Bupati Kab. Tuba Winarti meminta ASN netral.", {"Winarti": "Pemerintah Kabupaten Tulang Bawang"}),
    ("Ketua Bawaslu Kab. Garut Ahmad Nurul Syahid mengingatkan ASN.",
     {"Ahmad Nurul Syahid": "Bawaslu Kabupaten Garut"}),
    ("Ketua Bawaslu Prov. Jatim Moh. Amin mengingatkan ASN.", {"Moh. Amin": "Bawaslu Provinsi Jawa Timur"}),
    ("Kepala BKPSDM Kab. Garut Rina Marlina mengingatkan pegawai.", {"Rina Marlina": BKPSDM_GARUT}),
    ("Kepala Dinas Pendidikan Kab. Garut Ade Manadin mengingatkan guru.",
     {"Ade Manadin": "Dinas Pendidikan Kabupaten Garut"}),
    ("Kepala BKD Prov. Sulsel Imran Jausi mengingatkan pegawai.",
     {"Imran Jausi": "Badan Kepegawaian Daerah Provinsi Sulawesi Selatan"}),
    ("Ketua KPU Kab. Garut Dian Hasanudin menetapkan jadwal.",
     {"Dian Hasanudin": "Komisi Pemilihan Umum Kabupaten Garut"}),
    ("Inspektur Kab. Garut Dedi Mulyadi memeriksa pegawai.", {"Dedi Mulyadi": "Inspektorat Kabupaten Garut"}),
    ("Wakil Ketua DPRD Kab. Garut Enan Suherlan hadir.",
     {"Enan Suherlan": "Dewan Perwakilan Rakyat Daerah Kabupaten Garut"}),
    ("Pj Bupati Kab. Bekasi Dani Ramdan meminta ASN netral.", {"Dani Ramdan": "Pemerintah Kabupaten Bekasi"}),
    ("Kadis Kominfo Kab. Garut Muksin mengingatkan pegawai.", {"Muksin": None}),
    ("Sekretaris Daerah Kab. Sleman Harda Kiswaya meminta ASN netral.", {"Harda Kiswaya": SLEMAN}),
    ("Bupati Kab. Sleman, Kustini Sri Purnomo, meminta ASN netral.", {"Kustini Sri Purnomo": SLEMAN}),
    ("Gubernur Prov. Sulawesi Selatan Andi Sudirman Sulaiman meminta ASN netral.",
     {"Andi Sudirman Sulaiman": "Pemerintah Provinsi Sulawesi Selatan"}),
    ("Kepala BKPSDM Kab./Kota se-Jawa Barat diminta mengawasi pegawai. Kepala BKD Jabar Dedi Supandi hadir.",
     {"Dedi Supandi": "Badan Kepegawaian Daerah Provinsi Jawa Barat"}),
    ("Sekda Kab. Garut meminta ASN netral.", {}),
]

# a short form's full stop before the region ("Pemkab. Garut", "Sekdakab. Garut")
GLUED_STOP = [
    ("Sekda Pemkab. Garut Nurdin Yana meminta ASN netral.", {"Nurdin Yana": GARUT}),
    ("Sekda Pemprov. Sulsel Abdul Hayat Gani meminta ASN netral.",
     {"Abdul Hayat Gani": "Pemerintah Provinsi Sulawesi Selatan"}),
    ("Asisten I Pemkot. Bekasi Ahmad Zarkasih meminta ASN netral.", {"Ahmad Zarkasih": "Pemerintah Kota Bekasi"}),
    ("Sekdakab. Garut Nurdin Yana meminta ASN netral.", {"Nurdin Yana": GARUT}),
]

# the level word after an office of a small place, cut short, and Jakarta's administrative cities
LEVELS = [
    ("Camat Kec. Cibinong Ahmad Fauzi meminta ASN netral.", {"Ahmad Fauzi": "Kecamatan Cibinong"}),
    ("Camat Kec Cibinong Ahmad Fauzi meminta ASN netral.", {"Ahmad Fauzi": "Kecamatan Cibinong"}),
    ("Lurah Kel. Pakansari Dedi Rosadi meminta ASN netral.", {"Dedi Rosadi": "Kelurahan Pakansari"}),
    ("Kepala Ds. Sukamaju Asep Saepudin meminta perangkat netral.", {"Asep Saepudin": "Desa Sukamaju"}),
    ("Wali Kota Adm. Jakarta Timur M. Anwar meminta ASN netral.", {"M. Anwar": "Pemerintah Kota Jakarta Timur"}),
    ("Wali Kota Administrasi Jakarta Pusat Iqbal Ramadhan meminta ASN netral.",
     {"Iqbal Ramadhan": "Pemerintah Kota Jakarta Pusat"}),
    ("Wakil Wali Kota Adm. Jakarta Utara Juaini meminta ASN netral.", {"Juaini": "Pemerintah Kota Jakarta Utara"}),
    ("Sekda Kota Adm. Jakarta Timur Budi Santoso meminta ASN netral.",
     {"Budi Santoso": "Pemerintah Kota Jakarta Timur"}),
]


def _check(run, text: str, expected: dict[str, str | None]) -> None:
    found = {o.name.lower(): o.agency for o in run(text).officials}
    assert set(found) == {name.lower() for name in expected}
    for name, agency in expected.items():
        assert agency is None or found[name.lower()] == agency


@pytest.mark.parametrize(("text", "expected"), CAPITALS, ids=[t[:50] for t, _ in CAPITALS])
def test_a_name_in_capitals_is_read_and_a_line_in_capitals_names_nobody(run, text: str, expected: dict) -> None:
    _check(run, text, expected)


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED, ids=[t[:50] for t, _ in ABBREVIATED])
def test_an_abbreviated_region_word_keeps_the_office_and_its_holder(run, text: str, expected: dict) -> None:
    _check(run, text, expected)


@pytest.mark.parametrize(("text", "expected"), GLUED_STOP, ids=[t[:50] for t, _ in GLUED_STOP])
def test_the_full_stop_of_a_short_form_before_its_region(run, text: str, expected: dict) -> None:
    _check(run, text, expected)


@pytest.mark.parametrize(("text", "expected"), LEVELS, ids=[t[:50] for t, _ in LEVELS])
def test_a_level_word_cut_short_after_the_office(run, text: str, expected: dict) -> None:
    _check(run, text, expected)
