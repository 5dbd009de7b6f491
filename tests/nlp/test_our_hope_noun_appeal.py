"""The speaker's hope said with his listeners ("harapan kita") asks them what follows "agar"/"supaya" as "harapan kami"
does, only with that link (directives.yaml `subjectless_hopes`); a hope for the contest, for the public or, bare, for
anything the staff do stays no directive."""

from __future__ import annotations

import pytest

LEAD = "Kepala Kanwil Kemenag meminta pegawainya tidak berpolitik praktis pada Pemilu 2024. "


@pytest.mark.parametrize("quote", [
    '"Harapan kita supaya tetap menjaga netralitas sampai hari pencoblosan," katanya.',
    '"Harapan kita agar benar-benar netral selama masa kampanye," tutur dia.',
    '"Harapan kita supaya tidak ikut-ikutan dalam dukung-mendukung," ucapnya.',
])
def test_our_hope_asks_the_listeners(run, quote: str) -> None:
    kinds = [d.kind for d in run(LEAD + quote).directives]
    assert kinds == ["appeal", "appeal"]


@pytest.mark.parametrize("quote", [
    '"Harapan kita agar pemungutan suara berjalan aman dan damai," katanya.',
    '"Harapan kita bersama, semua tahapan berjalan lancar," tutur dia.',
    '"Harapan kita warga datang ke TPS," ucapnya.',
    '"Harapan kita seluruh pegawai mampu melayani warga dengan ikhlas," ucapnya.',
])
def test_our_hope_asks_no_one_unless_its_link_opens_a_conduct(run, quote: str) -> None:
    kinds = [d.kind for d in run(LEAD + quote).directives]
    assert kinds == ["appeal"]
