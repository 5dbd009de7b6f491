"""A verb granting leave followed by a condition ("KPU tidak mempermasalahkan jika ada PNS yang menonton debat")
grants what the condition names to whom it names (permission recall).

"jika"/"apabila" right after the verb opened a statement of fact for every active verb ("mengingatkan jika ...");
after a verb of leave it is the leave's own condition, and the condition's subject is whom the leave is for: civil
servants give a permission, the public or anyone outside the service none. Reminders keep reading the condition as a
fact. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda kabupaten kembali menegaskan netralitas pegawai pada pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Panwas tidak mempermasalahkan jika ada PNS yang datang ke kampanye tanpa seragam.", True),
    ("KPU tidak mempermasalahkan apabila pegawai honorer menonton debat kandidat di balai desa.", True),
    ("Bupati memperbolehkan jika ASN ingin mendampingi suaminya yang maju sebagai calon.", True),
    ("Inspektorat tidak melarang bila ada PPPK yang menyimak visi misi calon.", True),
    # the condition's subject stands outside the service: their leave, not the civil servants'
    ("Bawaslu tidak mempermasalahkan jika ada warga yang ikut kampanye akbar.", False),
    ("Panwas mempersilakan apabila masyarakat ingin melaporkan pelanggaran.", False),
    # a reminder's condition is a fact stated, no leave
    ("Sekda mengingatkan jika ada ASN yang hadir di kampanye, sanksi menanti.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_condition_after_granting_verb(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
