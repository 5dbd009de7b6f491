"""The shortest link label, "Baca:" with its colon, opens a link to another story even inside a paragraph: the bodies
its title names are not the story's. The verb 'baca' in prose, with no colon, stays read. Stories in our own words."""

from __future__ import annotations


def test_a_link_labelled_baca_names_no_body(run):
    a = run("Bupati Cirebon Rudi Hartono meminta ASN menjaga netralitas pada Pilkada 2024. Baca: Kemenag Sumenep "
            "Dilaporkan ke Bawaslu Jatim. ASN juga dilarang memasang alat peraga kampanye di kantor.")
    agencies = {m.agency for m in a.agencies}
    assert "Pemerintah Kabupaten Cirebon" in agencies
    assert not any("Sumenep" in x or "Jawa Timur" in x for x in agencies)
    assert any(d.kind == "prohibition" for d in a.directives)


def test_the_verb_in_prose_stays_read(run):
    a = run("Bupati Cirebon meminta ASN netral pada Pilkada 2024. Baca baik-baik edaran Bawaslu Kabupaten Cirebon "
            "sebelum bermedia sosial, katanya.")
    assert "Bawaslu Kabupaten Cirebon" in {m.agency for m in a.agencies}
