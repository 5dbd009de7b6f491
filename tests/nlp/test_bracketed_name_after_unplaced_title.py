"""A regional title left to the story's region ("Sekda", "Kapolres") may be followed by its holder's name in
brackets ("Sekda (Ahmad Hadi)"), as a title with its region is ("Sekda Kota Ternate (Ahmad Hadi)"): the bracket is
not read as the title's acronym. A bracketed acronym after the title still gives way to the name after it. Stories
in our own words."""

from __future__ import annotations


def test_name_in_brackets_after_a_title_without_region(run):
    result = run("KENDAL - Bawaslu Kabupaten Kendal memanggil Sekda (Ahmad Hadi) dan Kapolres (AKBP Budi Santoso) "
                 "untuk rapat netralitas.")
    offices = {(o.name, o.agency) for o in result.officials}
    assert ("Ahmad Hadi", "Pemerintah Kabupaten Kendal") in offices
    assert ("Budi Santoso", "Kepolisian Resor Kendal") in offices


def test_acronym_in_brackets_still_gives_the_name_after_it(run):
    result = run("KENDAL - Bawaslu Kabupaten Kendal memanggil Sekretaris Daerah (Sekda), Ahmad Hadi, untuk rapat.")
    assert ("Ahmad Hadi", "Pemerintah Kabupaten Kendal") in {(o.name, o.agency) for o in result.officials}


def test_no_official_from_a_bracket_of_no_name(run):
    result = run("KENDAL - Bawaslu Kabupaten Kendal memanggil Sekda (kiri) untuk rapat netralitas.")
    assert not result.officials
