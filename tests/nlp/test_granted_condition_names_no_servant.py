"""A verb of leave followed by a condition that names no civil servant ("Bupati mengizinkan jika lapangan kantor dipakai
untuk debat") grants nothing to the story's civil servants (permission precision).

Leave granted on a condition is read only where the condition's subject is a civil servant ("tidak mempermasalahkan
jika ada PNS yang hadir"); a thing, an activity or anyone unnamed there leaves the verb's condition read as before,
with no leave taken from the context. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda kembali mengingatkan seluruh pegawai negeri agar netral dalam pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Bupati mengizinkan jika aula kantor dipakai untuk debat kandidat.", False),
    ("Kepala dinas memperbolehkan apabila kegiatan itu tidak mengganggu pelayanan.", False),
    ("Panwas mempersilakan jika ada yang ingin melapor ke posko pengaduan.", False),
    # the condition names civil servants: their leave
    ("Panwas tidak mempermasalahkan jika ada PNS yang menonton debat di rumah.", True),
    ("Bupati membolehkan bila pegawai honorer ingin mendengarkan visi misi calon.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_granted_condition_names_no_servant(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
