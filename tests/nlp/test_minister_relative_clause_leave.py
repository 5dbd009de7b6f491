"""A minister's or the president's leave with a relative clause before the cue (permission precision).

"Menteri yang berasal dari partai politik boleh mendukung calon" gives the leave to the ministers, as "menteri juga
boleh berkampanye" does, however often the story asks its civil servants to stay neutral: the relative clause between
the holder and the cue does not hide whose leave it is. Where the holder only speaks ("Menteri yang membidangi
aparatur menyebut boleh hadir ...") or civil servants are named after it ("Menteri yang hadir menyebut pegawai boleh
..."), the leave stays the civil servants'. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Aturan netralitas berlaku bagi ASN, TNI dan Polri dalam Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the politician's own leave: none to civil servants
    (LEAD + "Menteri yang berasal dari partai politik boleh berkampanye pada hari libur.", NO_LEAVE),
    (LEAD + "Juru bicara istana menyebut presiden yang sedang menjabat juga boleh ikut berkampanye.", NO_LEAVE),
    (LEAD + "Para menteri yang berasal dari partai politik juga boleh ikut berkampanye.", NO_LEAVE),
    # the holder speaks, or civil servants are named: leave stays
    (LEAD + "Menteri yang membidangi aparatur menyebut boleh hadir di kampanye asal tetap pasif.", {P}),
    (LEAD + "Menteri yang hadir dalam rapat itu mengatakan pegawai boleh menonton kampanye tanpa atribut.", {P}),
    (LEAD + "Edaran menteri yang terbit pekan lalu menyebut PNS diperbolehkan mendampingi pasangannya.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_a_holders_leave_past_a_relative_clause_is_theirs(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
