"""A dateline's head naming the press office that posts the story ("DISKOMINFO, MAKALE -", "Kominfo Sinjai -",
"HUMAS PEMKAB X -") credits the publisher, wherever the comma falls: no institution of the story is read from it.
The same office named in the story's prose still counts, and so does a head that is only a place."""

from __future__ import annotations

DISKOMINFO_SINJAI = "Dinas Komunikasi dan Informatika Kabupaten Sinjai"
PEMKAB_BATANG = "Pemerintah Kabupaten Batang"


def names(run, text: str) -> set[str]:
    return {a.agency for a in run(text).agencies}


def test_a_press_office_before_the_datelines_place_is_the_publisher(run):
    text = ("DISKOMINFO, SINJAI – Sekretaris Daerah Sinjai meminta seluruh pegawai tetap netral menjelang Pilkada "
            "serentak tahun 2024 saat memimpin apel pagi, Senin (9/9/2024).")
    assert DISKOMINFO_SINJAI not in names(run, text)


def test_a_press_office_alone_as_the_datelines_head_is_the_publisher(run):
    text = ("Kominfo Sinjai – Sekretaris Daerah Sinjai meminta seluruh pegawai tetap netral menjelang Pilkada "
            "serentak tahun 2024 saat memimpin apel pagi, Senin (9/9/2024).")
    assert DISKOMINFO_SINJAI not in names(run, text)
    text = ("HUMAS PEMKAB BATANG - Para kepala desa diminta tidak memihak calon mana pun selama tahapan Pilkada "
            "serentak tahun 2024 berlangsung di wilayah ini, Rabu (2/10/2024).")
    assert PEMKAB_BATANG not in names(run, text)


def test_the_press_office_named_in_the_prose_still_counts(run):
    text = ("Kominfo Sinjai – Kepala Diskominfo Sinjai meminta seluruh pegawai tetap netral menjelang Pilkada "
            "serentak tahun 2024 saat memimpin apel pagi, Senin (9/9/2024).")
    assert DISKOMINFO_SINJAI in names(run, text)
    text = ("HUMAS PEMKAB BATANG - Bupati Batang meminta para kepala desa tidak memihak calon mana pun selama "
            "tahapan Pilkada serentak tahun 2024, Rabu (2/10/2024).")
    assert PEMKAB_BATANG in names(run, text)


def test_a_body_or_a_place_heading_the_dateline_is_left_alone(run):
    text = ("SINJAI, Diskominfo Sinjai menggelar apel bersama seluruh pegawai untuk menjaga netralitas menjelang "
            "Pilkada serentak tahun 2024, Senin (9/9/2024).")
    assert DISKOMINFO_SINJAI in names(run, text)  # no dash: a sentence, not a dateline
    text = ("SINJAI – Diskominfo Sinjai menggelar apel bersama seluruh pegawai untuk menjaga netralitas menjelang "
            "Pilkada serentak tahun 2024, Senin (9/9/2024).")
    assert DISKOMINFO_SINJAI in names(run, text)
    found = run("BATANG, HUMAS - Para kepala desa diminta tidak memihak calon mana pun selama tahapan Pilkada "
                "serentak tahun 2024 berlangsung di wilayah ini, Rabu (2/10/2024).")
    assert found.province == "Jawa Tengah"  # the place still places the story
