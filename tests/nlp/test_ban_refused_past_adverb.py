"""A ban refused with a word between the negator and the ban ("tidak akan melarang", "tak pula dilarang") grants
leave as "tidak melarang" does (directives.yaml `refused_leave` `bans`); the ban itself, or refused leave, stays a
prohibition, and a ban of people outside the service gives nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Wali kota memastikan pihaknya tidak akan melarang PNS datang ke kampanye Pilkada 2024 sebagai pendengar.",
    "Kata Ketua Bawaslu, pegawai tak pula dilarang menonton debat calon pada Pilkada 2024.",
    "Pemkab tidak juga melarang ASN mendengarkan visi misi pasangan calon Pilkada 2024.",
])
def test_a_ban_refused_past_an_adverb_is_leave(run, text: str) -> None:
    assert [d.kind for d in run(text).directives] == ["permission"]


@pytest.mark.parametrize("text", [
    "Wali kota akan melarang PNS datang ke kampanye Pilkada 2024.",
    "Kata Ketua Bawaslu, pegawai tidak akan diizinkan menjadi tim sukses pada Pilkada 2024.",
])
def test_the_ban_and_refused_leave_stay_prohibitions(run, text: str) -> None:
    assert [d.kind for d in run(text).directives] == ["prohibition"]


def test_a_ban_of_others_refused_gives_nothing(run) -> None:
    assert run("Panitia tidak akan melarang penonton membawa bendera saat kampanye Pilkada 2024.").directives == []
