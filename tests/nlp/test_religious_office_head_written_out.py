"""The religion ministry's district office head by the written-out title ("Kepala Kantor Kemenag", "Kepala Kantor
Kementerian Agama", "Kepala Kankemenag") heads that district office, its region written or left to the story, as the
short "Kakan Kemenag" does; the minister's own title stays the ministry's. Stories in our own words."""

from __future__ import annotations


def test_written_out_title_without_region_heads_the_story_region_office(run):
    result = run("Bawaslu Provinsi Maluku Utara meminta Bawaslu Kota Ternate memantau apel. Bawaslu Ternate lalu "
                 "mengundang Kepala Kantor Kemenag, Ahmad Hadi, dan Kepala Dinas Sosial, Budi Santoso.")
    offices = {(o.name, o.agency) for o in result.officials}
    assert ("Ahmad Hadi", "Kantor Kementerian Agama Kota Ternate") in offices
    assert ("Budi Santoso", "Dinas Sosial Kota Ternate") in offices


def test_the_fused_office_acronym_and_the_written_region(run):
    fused = run("Bawaslu Provinsi Jawa Tengah meminta Bawaslu Kabupaten Wonogiri memantau apel. Bawaslu Wonogiri "
                "lalu mengundang Kepala Kankemenag, Rina Sari.")
    assert ("Rina Sari", "Kantor Kementerian Agama Kabupaten Wonogiri") in {(o.name, o.agency) for o in fused.officials}
    written = run("Kepala Kantor Kementerian Agama Kabupaten Klaten, Budi Santoso, meminta pegawainya netral.")
    held = {(o.name, o.agency) for o in written.officials}
    assert ("Budi Santoso", "Kantor Kementerian Agama Kabupaten Klaten") in held


def test_the_minister_stays_the_ministry(run):
    result = run("Menteri Agama, Ahmad Hadi, meminta pegawai Kota Ternate netral dalam pilkada.")
    assert not any(o.agency.startswith("Kantor Kementerian Agama") for o in result.officials)
