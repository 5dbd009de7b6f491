"""A district's police or army head written with his rank and no place ("Kapolsek AKP Budi", "Danramil Kapten Inf
Joko") heads the unit of the one district the story names after its level word ("di Kecamatan Sukamaju"). Where
the story names two districts, or none, the office is left unplaced. Stories in our own words."""

from __future__ import annotations


def test_rank_named_heads_take_the_story_district(run):
    result = run("Panwaslu Kecamatan Sukamaju mengadakan sosialisasi netralitas ASN di aula Kecamatan Sukamaju. "
                 "Acara itu dihadiri Kapolsek AKP Budi Santoso dan Danramil Kapten Inf Joko Prasetyo.")
    offices = {(o.name, o.agency) for o in result.officials}
    assert ("Budi Santoso", "Kepolisian Sektor Sukamaju") in offices
    assert ("Joko Prasetyo", "Komando Rayon Militer Sukamaju") in offices


def test_deputy_by_rank_takes_the_story_district(run):
    result = run("Deklarasi netralitas ASN digelar di Kantor Kecamatan Cibodas. Wakapolsek Iptu Rina Marlina "
                 "meminta semua pihak menjaga kondusivitas.")
    assert ("Rina Marlina", "Kepolisian Sektor Cibodas") in {(o.name, o.agency) for o in result.officials}


def test_two_districts_leave_the_rank_named_head_unplaced(run):
    result = run("Sosialisasi netralitas ASN digelar di Kecamatan Sukamaju dan Kecamatan Cibodas. Hadir Kapolsek "
                 "AKP Budi Santoso.")
    assert not [o for o in result.officials if o.name == "Budi Santoso"]


def test_a_district_body_names_the_story_district(run):
    result = run("Polsek Sukamaju menggelar apel netralitas pemilu. Kapolsek AKP Budi Santoso meminta anggotanya "
                 "netral.")
    assert ("Budi Santoso", "Kepolisian Sektor Sukamaju") in {(o.name, o.agency) for o in result.officials}


def test_two_district_bodies_leave_the_rank_named_head_unplaced(run):
    result = run("Polsek Sukamaju dan Polsek Cibodas menggelar apel netralitas pemilu. Kapolsek AKP Budi Santoso "
                 "meminta anggotanya netral.")
    assert not [o for o in result.officials if o.name == "Budi Santoso"]


def test_rank_after_the_title_s_comma(run):
    result = run("Sosialisasi netralitas ASN digelar di Kecamatan Sukamaju. Hadir Danramil, Kapten Inf Joko Prasetyo, "
                 "dan tokoh masyarakat.")
    assert ("Joko Prasetyo", "Komando Rayon Militer Sukamaju") in {(o.name, o.agency) for o in result.officials}


def test_no_rank_after_the_comma_names_no_head(run):
    result = run("Sosialisasi netralitas ASN digelar di Kecamatan Sukamaju. Hadir Danramil, Kapolsek, dan tokoh "
                 "masyarakat.")
    assert not result.officials


def test_holder_set_off_by_commas_before_his_clause(run):
    result = run("Panwascam Sukamaju mengumpulkan para kepala desa. Ketua Panwascam, Dedi Kurniawan, S.Pd, "
                 "mengingatkan mereka agar tidak memihak.")
    assert ("Dedi Kurniawan", "Panwaslu Kecamatan Sukamaju") in {(o.name, o.agency) for o in result.officials}


def test_titles_listed_after_the_comma_name_no_head(run):
    result = run("Panwascam Sukamaju mengumpulkan para kepala desa. Rapat dihadiri Camat, Kapolsek, Ndanramil, "
                 "Ketua PGRI dan perangkat desa.")
    assert not result.officials
