"""A national body's acronym in brackets after capitalised words that spell it but are mostly not the body's own words
("Kawal Pemilu Kita (KPK)") names the story's group of that name, and so does the acronym written bare anywhere in the
story ("Koordinator KPK"), as a campaign's board does; the body's own name, even misspelt, keeps it the body. Stories
in our own words."""

from __future__ import annotations

KPK = "Komisi Pemberantasan Korupsi"


def test_the_acronym_of_a_group_spelt_out_is_the_group(run):
    a = run("Relawan yang menamakan diri Kawal Pemilu Kita (KPK) Jawa Tengah melaporkan ASN tidak netral pada "
            "Pemilu 2024. Ketua KPK, Budi Santoso, menyerahkan bukti ke Bawaslu Kabupaten Wonogiri.")
    agencies = {m.agency for m in a.agencies}
    assert KPK not in agencies
    assert "Bawaslu Kabupaten Wonogiri" in agencies


def test_the_body_named_in_full_stays_beside_the_group(run):
    a = run("Komite Pemantau Kampanye (KPK) melaporkan ASN tidak netral pada Pilkada 2024. Komisi Pemberantasan "
            "Korupsi juga diminta memantau dana kampanye.")
    assert KPK in {m.agency for m in a.agencies}


def test_the_body_glossed_by_its_own_words_misspelt_stays(run):
    a = run("Komisi Pemberantas Korupsi (KPK) mengingatkan ASN agar netral pada Pilkada 2024. Ketua KPK hadir.")
    assert KPK in {m.agency for m in a.agencies}
