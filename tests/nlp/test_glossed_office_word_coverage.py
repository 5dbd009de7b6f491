"""A regional office named in full with its acronym in brackets and its region, then again by the office word and
that acronym ("Dinas PUPR", "Badan BKPP"), is the one office the story glossed, not the kind's standard office the
acronym names elsewhere. Stories in our own words."""

from __future__ import annotations

GLOSSED = "Dinas Pekerjaan Umum dan Perumahan Rakyat Kabupaten Sleman"
STANDARD = "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sleman"


def names(run, text):
    return {a.agency for a in run(text).agencies}


def test_the_office_word_and_the_glossed_acronym_name_the_glossed_office(run):
    found = names(run, "Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) Kabupaten Sleman mendaftar sebagai "
                       "calon bupati. Sebelumnya, Kepala Dinas PUPR, Hendra Wijaya, sudah mundur dari ASN.")
    assert GLOSSED in found
    assert STANDARD not in found


def test_without_a_gloss_the_acronym_names_the_standard_office(run):
    found = names(run, "Bawaslu Kabupaten Sleman memeriksa Kepala Dinas PUPR, Hendra Wijaya, karena tidak netral.")
    assert STANDARD in found
    assert GLOSSED not in found


def test_the_acronym_of_another_region_stays_that_region_s_office(run):
    found = names(run, "Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) Kabupaten Sleman hadir. Dinas PUPR "
                       "Kabupaten Bantul juga mengirim wakilnya.")
    assert GLOSSED in found
    assert "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bantul" in found


def test_the_office_word_the_acronym_and_a_two_word_region_name_the_glossed_office(run):
    found = names(run, "Kepala Dinas Kependudukan dan Catatan Sipil (Dukcapil) Kabupaten Lombok Tengah meminta stafnya "
                       "netral. Pegawai Dinas Dukcapil Lombok Tengah juga diminta tidak berkampanye.")
    assert "Dinas Kependudukan dan Catatan Sipil Kabupaten Lombok Tengah" in found
    assert "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lombok Tengah" not in found
