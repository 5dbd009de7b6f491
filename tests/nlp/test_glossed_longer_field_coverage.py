"""A kind's head that only begins a longer office name glossed by its acronym in brackets, with no region after it
("Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR), Budi"), names the office of that longer field in the
story's region, not the kind its first words name. Stories in our own words."""

from __future__ import annotations


def names(run, text):
    return {a.agency for a in run(text).agencies}


def test_the_longer_glossed_field_names_its_office_in_the_story_s_region(run):
    found = names(run, "SLEMAN - Bupati Sleman mengganti Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR), "
                       "belum lama ini. Jabatan Kepala Dinas PUPR kini diisi pelaksana tugas, dan ASN diminta netral.")
    assert "Dinas Pekerjaan Umum dan Perumahan Rakyat Kabupaten Sleman" in found
    assert not {"Dinas Pekerjaan Umum Kabupaten Sleman", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sleman"} \
        & found


def test_without_a_gloss_the_heads_keep_their_kinds(run):
    found = names(run, "SLEMAN - Kepala Dinas Pendidikan dan Kepala Dinas Kesehatan meminta ASN netral.")
    assert {"Dinas Pendidikan Kabupaten Sleman", "Dinas Kesehatan Kabupaten Sleman"} <= found


def test_without_a_comma_after_the_gloss_the_kind_s_office_stays(run):
    found = names(run, "SLEMAN - Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) meminta ASN netral.")
    assert found
