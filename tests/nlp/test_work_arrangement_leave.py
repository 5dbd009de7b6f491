"""Leave about where and when civil servants work (WFH after the holidays, attendance by presensi), in a sentence
naming nothing of the election, is no election leave (permission precision).

The same `other_business` test that keeps such requests out holds for leave in all its voices; leave that names the
contest or the campaign in its sentence stays. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengumpulkan pegawai usai cuti bersama dan mengingatkan netralitas ASN menjelang pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Pegawai yang rumahnya jauh diizinkan WFH selama dua hari.", False),
    ("Staf yang masih di perjalanan boleh mengisi presensi dari ponsel.", False),
    ("Selepas lebaran, kepala dinas dipersilakan mengatur jadwal WFO bergiliran.", False),
    # leave on the election itself stays
    ("Pegawai boleh menghadiri kampanye sebagai pendengar tanpa atribut.", True),
    # attendance and worship are no work arrangement: leave on the contest stays
    ("Kehadiran pegawai di lokasi itu diperbolehkan asal duduk diam.", True),
    ("Pada hari pencoblosan pegawai diizinkan WFH agar bisa mencoblos di kampung.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-04-20")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_work_arrangement_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
