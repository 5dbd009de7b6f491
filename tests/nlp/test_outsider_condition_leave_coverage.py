""""Leave right before a condition whose subject is someone outside the civil service ("Sah-sah saja jika warga
berbeda pilihan") is that outsider's leave, none for the story's civil servants (permission precision).

A leave word, past a particle ("saja", "aja"), opening a condition ("jika", "kalau", "apabila") grants leave to whom
the condition names; a civil servant there keeps the leave, and a condition naming no one leaves the reading as it
was. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengingatkan seluruh pegawai negeri agar netral selama pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Sah-sah saja kalau warga mendukung pasangan calon tertentu.", False),
    ("Tidak masalah jika masyarakat berbeda pilihan dengan tetangganya.", False),
    ("Boleh saja apabila masyarakat datang ke lapangan kampanye.", False),
    # a civil servant in the condition, or a condition of conduct naming no one: leave as before
    ("Sah-sah saja jika pegawai datang ke kampanye asal tidak memakai seragam.", True),
    ("Boleh saja apabila pegawai hanya mendengarkan visi misi calon.", True),
    ("Tidak masalah kalau sekadar menonton dari kejauhan.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_outsider_condition_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
