"""A region keeps one office per field: a story naming a region's office with merged fields ("Dinas Pendidikan dan
Kebudayaan (Disdikbud) X") and then the office by its first field alone ("Dinas Pendidikan", "Disdik X") names one
office, the merged one. Stories in our own words."""

from __future__ import annotations

MERGED = "Dinas Pendidikan dan Kebudayaan Kabupaten Kebumen"
PLAIN = "Dinas Pendidikan Kabupaten Kebumen"


def names(run, text):
    return {a.agency for a in run(text).agencies}


def test_the_first_field_alone_is_the_merged_office_of_the_region(run):
    for later in ["Pegawai Dinas Pendidikan juga diperiksa.", "Kabid SD Disdik Kebumen, Rudi Hartono, ikut dipanggil."]:
        found = names(run, "Bawaslu Kabupaten Kebumen memanggil Kepala Dinas Pendidikan dan Kebudayaan (Disdikbud) "
                           f"Kebumen karena diduga tidak netral. {later}")
        assert MERGED in found, later
        assert PLAIN not in found, later


def test_its_holder_belongs_to_the_merged_office(run):
    result = run("Bawaslu Kabupaten Kebumen memanggil Kepala Dinas Pendidikan dan Kebudayaan (Disdikbud) Kebumen. "
                 "Pengawas SD Disdik Kebumen, Rudi Hartono, juga dimintai keterangan karena ASN harus netral.")
    assert ("Rudi Hartono", MERGED) in {(o.name, o.agency) for o in result.officials}


def test_the_office_of_another_region_or_another_field_stays_its_own(run):
    found = names(run, "Kepala Dinas Pendidikan dan Kebudayaan (Disdikbud) Kebumen hadir bersama Kepala Dinas "
                       "Pendidikan Kabupaten Purworejo dan Kepala Dinas Kesehatan Kabupaten Kebumen.")
    assert {MERGED, "Dinas Pendidikan Kabupaten Purworejo", "Dinas Kesehatan Kabupaten Kebumen"} <= found
    assert PLAIN not in found
    found = names(run, "Kepala Dinas Pendidikan Kabupaten Kebumen dan Kepala Dinas Kesehatan Kabupaten Kebumen hadir.")
    assert {PLAIN, "Dinas Kesehatan Kabupaten Kebumen"} <= found
