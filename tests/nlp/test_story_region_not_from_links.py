"""The region a story is about is read from its prose, not from a link to another story ("Baca juga: ..."):
a bare regional body or a member of a bare election body takes the story's region, never the one a link names."""

from __future__ import annotations

PROVINCE_STORY = ("Penjabat Gubernur Papua Selatan meminta pemerintah kabupaten berkoordinasi dengan Bawaslu "
                  "Kabupaten, Polres dan Kodim agar ASN tetap netral dalam Pilkada 2024, Senin (7/10/2024).\n\n")
LINK = "Baca Juga :  Bupati Merauke Buka Turnamen Sepak Bola Antar Kampung\n\n"
MORE = "Ia juga meminta ASN tidak mengunggah dukungan kepada calon di media sosial."


def agencies(result) -> set[str]:
    return {a.agency for a in result.agencies}


def test_a_regency_named_only_in_a_link_places_no_bare_body(run):
    found = agencies(run(PROVINCE_STORY + LINK + MORE))
    assert "Bawaslu Kabupaten Merauke" not in found
    assert "Kepolisian Resor Merauke" not in found


def test_a_bare_election_body_s_member_is_not_placed_by_a_link(run):
    text = ("Rapat koordinasi netralitas ASN menjelang Pilkada 2024 digelar di Jakarta, Selasa (8/10/2024).\n\n"
            "Baca Juga:\nKomisioner KPU Kota Sorong Diperiksa Soal Logistik\n\n"
            "Hadir Sekda Papua Barat Daya Budi Santoso dan Deputi Bidang Teknis Bawaslu Rudi Hartono.")
    result = run(text)
    assert "Bawaslu Kota Sorong" not in agencies(result)
    assert {o.name: o.agency for o in result.officials}.get("Rudi Hartono") != "Bawaslu Kota Sorong"


def test_a_regency_named_in_the_prose_still_places_the_bare_bodies(run):
    story = PROVINCE_STORY.replace("Penjabat Gubernur Papua Selatan", "Penjabat Bupati Merauke")
    found = agencies(run(story + LINK + MORE))
    assert {"Bawaslu Kabupaten Merauke", "Kepolisian Resor Merauke"} <= found
