"""A page's tags printed on one line without their label (layout.yaml `tag_line_items`): the bodies and names they
list belong to the page, not to the story; a story's own list on one line keeps what it names."""

from __future__ import annotations

STORY = ("Penjabat Bupati Katingan meminta seluruh ASN menjaga netralitas dalam Pilkada 2024, Selasa (8/10/2024). "
         "Bawaslu Kabupaten Katingan akan menindak ASN yang terbukti melanggar.\n\n")


def agencies(result) -> set[str]:
    return {a.agency for a in result.agencies}


def test_a_line_of_tags_names_no_body_and_no_official(run):
    tags = ("Polres Katingan, Kapolres Katingan, AKBP Joko Susilo, Kabupaten Katingan, Pemkab Katingan, Katingan, "
            "Kepolisian Resor Katingan, Polisi Katingan, Joko Susilo")
    result = run(STORY + "Sumber: contoh.id\n\n" + tags)
    assert "Kepolisian Resor Katingan" not in agencies(result)
    assert "Joko Susilo" not in {o.name for o in result.officials}
    assert {"Pemerintah Kabupaten Katingan", "Bawaslu Kabupaten Katingan"} <= agencies(result)


def test_tags_with_a_rank_and_a_four_word_name_are_still_tags(run):
    tags = ("Polda Kalteng, Kapolda Kalteng, Irjen Pol Rudi Hari Santoso, Kota Palangka Raya, Pemkot Palangka Raya, "
            "Kalteng, Kepolisian Daerah Kalteng, Rudi Hari Santoso")
    result = run(STORY + tags)
    assert "Kepolisian Daerah Kalimantan Tengah" not in agencies(result)
    assert "Pemerintah Kota Palangka Raya" not in agencies(result)


def test_the_story_s_own_list_joined_by_dan_keeps_its_bodies(run):
    listed = ("Rapat dihadiri Polres Katingan, Kodim 1015/Sampit, Kejari Katingan, Inspektorat Katingan, "
              "BKPSDM Katingan, Kesbangpol Katingan dan DPRD Katingan.")
    found = agencies(run(STORY + listed))
    assert {"Kepolisian Resor Katingan", "Dewan Perwakilan Rakyat Daerah Kabupaten Katingan"} <= found


def test_a_line_of_those_present_after_its_label_keeps_them(run):
    present = ("Turut hadir: Kapolres Katingan, Dandim 1015/Sampit, Kajari Katingan, Ketua DPRD Katingan, "
               "Kepala BKPSDM Katingan, Inspektur Katingan, para camat")
    found = agencies(run(STORY + present))
    assert {"Kepolisian Resor Katingan", "Dewan Perwakilan Rakyat Daerah Kabupaten Katingan"} <= found


def test_a_line_of_items_in_lower_case_or_with_a_stop_is_prose(run):
    found = agencies(run(STORY + "Hadir Polres Katingan, Kejari Katingan, camat, lurah, kepala desa, guru, "
                                 "tokoh agama, tokoh pemuda."))
    assert "Kepolisian Resor Katingan" in found
