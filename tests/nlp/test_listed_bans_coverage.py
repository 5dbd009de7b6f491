"""A ban in a relative clause whose items a listing word names (prohibition recall).

"Pose yang dilarang termasuk membentuk jari dua": as a copula after the relative clause ("Salah satu yang dilarang
adalah ..."), a word that lists the items of what is forbidden ("termasuk", "antara lain", "seperti", ...) followed by
a verb names the conduct the ban gives to whom the story addresses. Nouns after it name things of another sort
("jabatan yang dilarang antara lain anggota Polri"), no conduct. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = "prohibition"
LEAD = "Bawaslu mengingatkan ASN agar menjaga netralitas selama Pilkada 2024. "

# (text, whether a prohibition is expected in the second sentence)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Gerakan tangan yang tidak diperbolehkan termasuk mengacungkan dua jari saat difoto.", True),
    (f"{LEAD}Unggahan yang dilarang antara lain membagikan foto calon di grup kantor.", True),
    (f"{LEAD}Kegiatan yang tidak boleh dilakukan seperti, menghadiri deklarasi pasangan calon.", True),
    # nouns after the listing word: no conduct named
    (f"{LEAD}Profesi lain yang dilarang antara lain notaris dan advokat yang menjadi calon.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "banned"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_listed_ban(analysed: list, k: int, text: str, banned: bool) -> None:
    second = text[len(LEAD):]
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == second}
    assert (BAN in got) is banned, (text, got)
