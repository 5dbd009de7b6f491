"""After a holder's title, a court or a prosecutor's office written with a town no list holds, then a comma and a
name of two words or more, is that town's office ("Kepala Kejaksaan Negeri Rantau Prapat, Budi Santoso," in a story
on Labuhanbatu), as the officials reader already takes the holder after the comma; not the story's regency's. Where
no such name follows the comma (another title, a rank, one word), the words may be the holder's own, and the office
stays the story's. Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,body,name", [
    ("Kepala Kejaksaan Negeri Rantau Prapat, Budi Santoso, meminta jaksa di Kabupaten Labuhanbatu netral pada "
     "Pilkada 2024.", "Kejaksaan Negeri Rantau Prapat", "Budi Santoso"),
    ("Ketua Pengadilan Agama Watampone, Rina Marlina, mengingatkan pegawai di Kabupaten Bone agar netral pada "
     "Pilkada 2024.", "Pengadilan Agama Watampone", "Rina Marlina"),
])
def test_the_seat_before_the_holders_comma_is_the_offices(run, text, body, name):
    a = run(text)
    assert body in {m.agency for m in a.agencies}
    assert any(o.name == name and o.agency == body for o in a.officials)


@pytest.mark.parametrize("text,stray", [
    ("Rapat di Kabupaten Bone dihadiri Kepala Kejaksaan Negeri Hendra, Ketua Bawaslu Rina Marlina, jelang Pilkada "
     "2024.", "Hendra"),
    ("Rapat di Kabupaten Bone dihadiri Kepala Kejaksaan Negeri Hendra Wijaya, Kapolres AKBP Rudi, jelang Pilkada "
     "2024.", "Hendra"),
])
def test_a_holders_name_before_another_title_is_no_seat(run, text, stray):
    assert not any(stray in m.agency for m in run(text).agencies)
