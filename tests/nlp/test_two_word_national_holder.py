"""A two-word holder of `national_leave_holders` ("kepala negara") right before a leave cue makes it the head of
state's own leave, as the one-word holders do ("presiden boleh berkampanye"): no permission to civil servants. The
office a contest fills ("calon kepala negara") and a holder who only speaks of the servants' leave keep their
reading. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
LEAD = "Para pegawai diminta menjaga netralitas ASN selama Pemilu 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (LEAD + "Kepala negara boleh ikut berkampanye dan berpihak.", False),
    (LEAD + "Ia menilai kepala negara pun diperbolehkan berkampanye asal tidak memakai fasilitas negara.", False),
    (LEAD + "Menurut pakar itu, presiden atau kepala negara boleh memihak salah satu pasangan.", False),
    # the office a contest fills, and the servants' own leave told by the head of state
    (LEAD + "Pilihan calon kepala negara boleh berbeda di antara pegawai.", False),
    (LEAD + "Kepala negara menyebut ASN boleh datang ke kampanye sebagai pendengar.", True),
    (LEAD + "Kepala dinas mengatakan ASN boleh hadir di kampanye tanpa atribut.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-01-25")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(CASES, lambda v: v[0][-70:]))
def test_two_word_holder_leave(analysed: list, k: int, text: str, leave: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (P in got) == leave
