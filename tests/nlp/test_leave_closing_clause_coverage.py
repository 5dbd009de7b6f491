"""Leave to take leave closing its clause: "PNS itu bisa mengajukan cuti." is a permission (permission recall).

"bisa cuti" with its purpose ("untuk", "di luar tanggungan negara") was already leave; said bare, ending the clause,
it answers whether a civil servant may step away for the contest. With a kind of leave after it ("cuti melahirkan",
"cuti tahunan") it is staff business, no leave in the election. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Panwaslu kabupaten membahas pegawai negeri yang suaminya menjadi bakal calon bupati. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Menurut ketua Panwaslu, pegawai negeri itu bisa mengajukan cuti.", True),
    (f"{LEAD}Ya, mereka dapat cuti, namun tunjangannya dihentikan sementara.", True),
    (f"{LEAD}Guru yang suaminya mencalonkan diri bisa mengambil cuti.", True),
    # a kind of leave named: no leave in the election
    (f"{LEAD}Pegawai perempuan bisa mengajukan cuti melahirkan selama tiga bulan.", False),
    (f"{LEAD}Pegawai juga dapat mengambil cuti tahunan pada akhir tahun.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_leave_closing_clause(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "cuti" in d.sentence}
    assert ("permission" in got) is allowed, (text, got)
