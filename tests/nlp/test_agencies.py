"""Agency mentions resolve to one canonical institution, regional ones with their region."""

from __future__ import annotations

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"


def agencies(run, text, **kw):
    return {a.agency: a for a in run(text, **kw).agencies}


def test_every_spelling_of_the_civil_service_ministry_is_one_agency(run):
    for spelling in ["Kementerian PANRB", "KemenPAN-RB", "Kemenpan RB", "Kementerian PAN dan RB", PANRB]:
        found = agencies(run, f"Surat itu dikirim oleh {spelling} kepada daerah.")
        assert list(found) == [PANRB], spelling
        assert found[PANRB].acronym == "KemenPANRB"


def test_regional_abbreviation_resolves_to_the_provincial_body(run):
    found = agencies(run, "Laporan itu ditangani Bawaslu Sulsel sejak pekan lalu.")
    assert list(found) == ["Bawaslu Provinsi Sulawesi Selatan"]
    assert found["Bawaslu Provinsi Sulawesi Selatan"].acronym == "Bawaslu Sulsel"


def test_full_name_with_bracketed_acronym_and_level_word(run):
    text = "Badan Pengawas Pemilihan Umum (Bawaslu) Provinsi Jawa Tengah menggelar rapat."
    assert list(agencies(run, text)) == ["Bawaslu Provinsi Jawa Tengah"]


def test_kabupaten_and_kota_of_the_same_name_stay_apart(run):
    found = agencies(run, "KPU Kota Malang dan KPU Kabupaten Malang berbagi gudang logistik.")
    assert set(found) == {"Komisi Pemilihan Umum Kota Malang", "Komisi Pemilihan Umum Kabupaten Malang"}


def test_regional_government_with_bracketed_short_form(run):
    assert list(agencies(run, "Pemerintah Kabupaten (Pemkab) Gowa menyiapkan posko.")) == ["Pemerintah Kabupaten Gowa"]


def test_bare_acronym_joins_the_regional_body_already_named(run):
    found = agencies(run, "BKD Jatim menerima laporan. Menurut BKD, laporan itu masih diperiksa.")
    assert list(found) == ["Badan Kepegawaian Daerah Provinsi Jawa Timur"]


def test_bare_acronym_without_region_is_the_generic_body(run):
    assert list(agencies(run, "Laporan diteruskan ke BKD untuk diperiksa.")) == ["Badan Kepegawaian Daerah"]


def test_bare_bawaslu_is_the_national_body(run):
    assert list(agencies(run, "Laporan diteruskan ke Bawaslu untuk dikaji.")) == ["Badan Pengawas Pemilihan Umum"]


def test_a_military_rank_is_not_a_mention_of_the_armed_forces(run):
    found = agencies(run, "Pangdam IV/Diponegoro Mayjen TNI Deddy Suryadi membuka apel.")
    assert "Tentara Nasional Indonesia" not in found
    assert "Komando Daerah Militer IV/Diponegoro" in found


def test_short_acronyms_match_only_as_written(run):
    assert agencies(run, "Ahmad bin Salim dan ma rekan datang.") == {}


def test_generic_words_are_not_agencies(run):
    assert agencies(run, "Program pemerintah daerah dan kantor kementerian berjalan.") == {}


def test_institution_implied_by_an_office_is_mentioned(run):
    found = agencies(run, "Kapolda Jawa Tengah Ahmad Luthfi memimpin apel.")
    assert "Kepolisian Daerah Jawa Tengah" in found


def test_a_party_board_is_not_the_regional_representatives_council(run):
    assert agencies(run, "Ketua DPD Partai Golkar Jatim hadir.") == {}


def test_a_regional_office_named_after_a_ministry_is_not_the_ministry(run):
    assert agencies(run, "Pegawai Dinas PUPR ikut apel.") == {}


def test_a_generic_mention_merges_into_the_one_regional_body_named(run):
    text = "Inspektur Kabupaten Lamongan Wahyu Santoso menambahkan, inspektorat akan memeriksa laporan."
    assert list(agencies(run, text)) == ["Inspektorat Kabupaten Lamongan"]


def test_an_unnamed_office_holder_names_the_institution(run):
    assert "Pemerintah Kabupaten Gowa" in agencies(run, "Bupati Gowa mengingatkan ASN agar netral.")
    assert agencies(run, "Rapat digelar di Kantor Bupati Gowa.") == {}


def test_the_prosecution_service_by_its_short_name(run):
    found = agencies(run, "Berkas dugaan pidana pemilu dilimpahkan ke Kejaksaan pekan ini.")
    assert list(found) == ["Kejaksaan Republik Indonesia"]


def test_a_contest_named_after_an_office_is_no_institution(run):
    text = "Pencoblosan untuk pemilihan Gubernur Jawa Tengah dijadwalkan akhir November."
    assert "Pemerintah Provinsi Jawa Tengah" not in agencies(run, text)
