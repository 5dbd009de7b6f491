"""A conduct said to break no rule ("pegawai yang menonton debat, tidak melanggar aturan") is leave (permission recall).

"tidak melanggar aturan", "tidak menyalahi ketentuan", "tidak bertentangan dengan aturan" closing their clause in a
statement grant what the clause names, with civil servants named. Asked for (after "agar", "untuk", a request), found
in a case ("terbukti"), inside a relative clause ("yang"), asked as a question, or said of someone else's act ("oleh
tim pemenangan") they give no leave. The stories are ours; all are analysed
in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Panwaslu kabupaten menjawab pertanyaan pegawai negeri tentang kampanye pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Menurut Panwaslu, pegawai yang menonton debat calon di balai kota, tidak melanggar aturan.", True),
    ("PNS yang membaca brosur visi misi calon di rumahnya tidak menyalahi ketentuan.", True),
    ("Kata dia, kedatangan ASN ke rapat umum sebagai pendengar tak bertentangan dengan aturan.", True),
    # asked for, found, relative, asked: no leave
    ("Kepala dinas meminta pegawai negeri untuk tidak melanggar aturan.", False),
    ("Setelah diperiksa, guru honorer itu terbukti tidak melanggar aturan.", False),
    ("Pegawai diminta mencari cara yang tidak melanggar ketentuan.", False),
    ("Apakah pegawai yang berfoto dengan calon tidak melanggar aturan?", False),
    ("Ia menyebut pemasangan spanduk oleh relawan calon tidak melanggar aturan.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_harmless_conduct_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
