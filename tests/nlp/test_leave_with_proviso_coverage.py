"""A modal of ability whose clause goes on to a proviso is leave with its condition (directives.yaml `provisos`).

"bisa/dapat <conduct> ..., asalkan/asal/selama/sepanjang <condition>" grants the conduct whatever it is; the
same modal in a guess, a passive, a becoming, the speaker's own step, or before a span of time ("selama masa
kampanye") or an origin ("instansi asal") gives no leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKD mengumpulkan para pegawai menjelang Pilkada 2024. "

# (text, whether the second sentence gives a leave)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Pegawai bisa ikut pertemuan partai, asalkan tidak di jam kantor.", True),
    (f"{LEAD}ASN dapat menonton debat kandidat sepanjang tetap bersikap pasif.", True),
    (f"{LEAD}Guru honorer bisa datang ke rapat akbar asal tanpa seragam dinas.", True),
    (f"{LEAD}ASN bisa melihat baliho calon selama tidak mengunggahnya.", True),
    (f"{LEAD}Bisa masuk ke acara partai, asalkan jangan pada hari kerja.", True),
    # no proviso: a span of time, an origin
    (f"{LEAD}Keputusan itu bisa menguntungkan peserta pemilu selama masa kampanye.", False),
    (f"{LEAD}Pegawai dapat kembali ke instansi asal setelah tugas selesai.", False),
    # a passive, a guess, a becoming, the speaker's step, a negated modal
    (f"{LEAD}ASN yang melanggar dapat dikenai sanksi selama terbukti bersalah.", False),
    (f"{LEAD}Pelanggaran itu bisa saja terjadi asalkan ada kesempatan.", False),
    (f"{LEAD}Hal itu bisa menjadi pelanggaran asal terbukti.", False),
    (f"{LEAD}Kami bisa menindaklanjuti laporan itu asalkan ada bukti.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_leave_with_proviso(analysed: list, k: int, text: str, leave: bool) -> None:
    got = {d.kind for d in analysed[k].directives if not d.sentence.startswith("Kepala BKD")}
    assert ("permission" in got) is leave, (text, got)
