"""A ban told as the past ("dulu", "sebelumnya" before it in its clause) set against leave given now later in the same
sentence ("..., kini diperbolehkan", "..., sekarang boleh") is a ban no longer in force: only the leave is given.

The story's earlier news ("Sebelumnya, Bupati melarang ...", "Sebelumnya Sekda menegaskan ASN dilarang ..."), a ban
that has always held ("sejak dulu"), a past ban with no leave set against it, and a ban with leave but no past word keep
the ban. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKD provinsi meminta seluruh aparatur sipil negara menjaga netralitas menjelang Pilkada 2024. "

# (sentence, whether a prohibition is expected, whether a permission is expected)
CASES: list[tuple[str, bool, bool]] = [
    ("Jika sebelumnya pegawai tak boleh mengantar pasangannya mendaftar ke KPU, kini hal itu diperbolehkan.",
     False, True),
    ("Kalau dulu PNS dilarang datang ke kampanye, sekarang mereka boleh datang asal tidak memakai atribut.",
     False, True),
    ("Dahulu ASN tidak diperbolehkan berfoto dengan calon, kini sudah dibolehkan tanpa pose jari.", False, True),
    # the earlier news, a ban always held, a past ban alone, a ban beside leave with no past word: the ban stays
    ("Sebelumnya, Sekda melarang ASN menghadiri deklarasi, kini ASN boleh hadir di kampanye sebagai pendengar.",
     True, True),
    ("Sebelumnya Sekda menegaskan ASN dilarang memasang baliho, sekarang ia menyebut ASN boleh hadir di kampanye.",
     True, True),
    ("Sejak dulu ASN dilarang menjadi pengurus partai, sekarang pun hanya boleh memilih di bilik suara.", True, True),
    ("Dulu PNS dilarang keras hadir di kampanye mana pun.", True, False),
    ("ASN dilarang berkampanye, tetapi sekarang boleh hadir sebagai pendengar.", True, True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "banned", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_past_ban_superseded_by_leave(analysed: list, k: int, sentence: str, banned: bool, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("prohibition" in got, "permission" in got) == (banned, allowed), (sentence, got)
