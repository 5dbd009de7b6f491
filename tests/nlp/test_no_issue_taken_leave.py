"""One who could forbid taking no issue with a conduct ("tidak mempersoalkan") gives leave, as "tidak
mempermasalahkan" does (permission recall).

Its object is whom the leave is for: civil servants ("tidak mempersoalkan PNS yang menonton debat"), or those a
condition after it names ("tak mempersoalkan apabila ada guru berstatus PNS yang ..."); a thing taken no issue with
("tidak mempersoalkan laporan yang belum lengkap") gives no leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKPSDM mengingatkan para pegawai negeri agar netral menjelang pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Panwas tidak mempersoalkan PNS yang menonton debat calon di rumah masing-masing.", True),
    ("Kadis tak mempersoalkan apabila ada guru berstatus PNS yang berfoto dengan calon di acara keluarga.", True),
    # a thing, or the public: no leave to civil servants
    ("Panwas tidak mempersoalkan laporan warga yang belum lengkap itu.", False),
    ("Bawaslu tidak mempersoalkan jika ada warga yang memasang bendera partai di rumahnya.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-05")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_no_issue_taken_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
