"""A regional office head's title without its region ("Kadis Perkim, Ahmad") in a story whose bodies are of two
regions, the regency it is about and its province ("Bawaslu Provinsi ... Bawaslu Kabupaten X ... Bawaslu X"), heads
that office of the region the story is about, as the agencies component places such a head; where the story is about
no one region, the title still names no office. Stories in our own words."""

from __future__ import annotations


def test_the_head_is_of_the_story_region_beside_its_province(run):
    result = run("Bawaslu Provinsi Maluku Utara meminta Bawaslu Kabupaten Halmahera Selatan menindaklanjuti laporan. "
                 "Bawaslu Halsel lalu memanggil Kadis Perkim, Ahmad Hadi, dan Kadis Nakertrans, Budi Santoso.")
    offices = {(o.name, o.agency) for o in result.officials}
    assert ("Ahmad Hadi", "Dinas Perumahan dan Kawasan Permukiman Kabupaten Halmahera Selatan") in offices
    assert ("Budi Santoso", "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Halmahera Selatan") in offices


def test_no_office_where_the_story_is_about_no_one_region(run):
    result = run("Bawaslu Provinsi Jawa Tengah, Bawaslu Kabupaten Kendal dan Bawaslu Kabupaten Batang memanggil "
                 "Kadis Perkim, Ahmad Hadi.")
    assert not any(a.agency.startswith("Dinas Perumahan") for a in result.agencies)
