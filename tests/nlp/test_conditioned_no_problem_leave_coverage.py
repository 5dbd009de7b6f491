""""No problem" said of a conduct a condition names ("Kalau cuma menonton, tidak ada masalah") is leave (permission
recall).

"tidak ada masalah", "tidak jadi masalah", "tidak ada persoalan" grant leave only where a condition in the sentence
names the conduct and the phrase closes its clause; said bare, after a hope or a purpose, or going on to "yang"
it wishes an event well or states a fact. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu kota menerangkan batas netralitas pegawai negeri selama kampanye pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Kalau sekadar menonton dari pinggir lapangan, tidak ada masalah.", True),
    ("Menurut dia tidak jadi masalah bila pegawai membaca program calon di rumah.", True),
    ("Jika cuma duduk dan mendengar, maka tidak ada persoalan.", True),
    # a hope, a purpose, a fact: no leave
    ("Wali kota berharap tidak ada masalah selama tahapan pilkada berlangsung.", False),
    ("Panitia bekerja hati-hati agar tidak menjadi masalah jika hujan turun.", False),
    ("Kalau dihitung ulang, tidak ada masalah yang ditemukan pada rekapitulasi.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_conditioned_no_problem_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
