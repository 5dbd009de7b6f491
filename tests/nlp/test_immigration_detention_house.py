"""The immigration service's detention houses, named by their seat and no class ("Rumah Detensi Imigrasi (Rudenim)
Makassar", "Kepala Rudenim Pekanbaru", "Karudenim Jakarta"), are institutions of their own whose heads they name; the
word in lower case with no seat names none. Stories in our own words (regional_agencies.yaml numbered_units rudenim)."""

from __future__ import annotations

import pytest

STORY = "Menjelang Pilkada 2024, unit pelaksana teknis keimigrasian mengingatkan pegawainya agar netral. "

# (story, institutions it must name, institutions it must not name)
FORMS = [
    (STORY + "Rumah Detensi Imigrasi (Rudenim) Makassar menggelar apel pagi bersama seluruh petugas.",
     ["Rumah Detensi Imigrasi Makassar"], []),
    (STORY + "Kepala Rudenim Pekanbaru meminta jajarannya tidak ikut kampanye.", ["Rumah Detensi Imigrasi Pekanbaru"],
     []),
    (STORY + "Karudenim Denpasar membacakan ikrar di halaman kantornya.", ["Rumah Detensi Imigrasi Denpasar"], []),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_an_immigration_detention_house_is_named(run, text: str, named: list[str], not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found


def test_the_word_in_lower_case_with_no_seat_names_no_detention_house(run) -> None:
    found = {a.agency for a in run(STORY + "Para deteni di rudenim tetap dilayani seperti biasa.").agencies}
    assert not any(a.startswith("Rumah Detensi") for a in found), found
