"""A fault denied before a leave ("tidak ada salahnya, boleh saja ...") gives the leave, not a ban (permission).

"tidak ada (ASN) yang boleh ..." denies a leave to everyone and is a ban; but "tidak ada" closing its own clause at a
comma, or opening a leave phrase of its own ("tidak ada salahnya"), denies a fault and the leave after it stands. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu kota menjelaskan aturan netralitas pegawai negeri menjelang pilkada. "

# (sentence, the kind expected of it)
CASES: list[tuple[str, str]] = [
    ("Menurut dia tidak ada salahnya, boleh-boleh saja pegawai itu datang asalkan sedang cuti.", "permission"),
    ("Tidak ada masalah, pegawai negeri boleh menonton debat kandidat dari rumah.", "permission"),
    ("Kami kira tidak ada salahnya pegawai negeri boleh mendengar visi misi calon.", "permission"),
    # the denial reaching the leave in its own clause: a ban
    ("Tidak ada pegawai negeri yang boleh memasang stiker calon di mobil dinas.", "prohibition"),
    ("Tak ada satu pun pegawai boleh menjadi juru kampanye.", "prohibition"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "kind"), indexed(CASES, lambda v: v[0][:72]))
def test_fault_denied_leave(analysed: list, k: int, sentence: str, kind: str) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert got == {kind}, (sentence, got)
