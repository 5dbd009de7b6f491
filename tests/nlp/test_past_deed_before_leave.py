"""A past deed of those a leave is for ("PNS yang pernah mencalonkan diri boleh kembali bekerja") does not mark the
leave as once given (permission recall).

"pernah" before a leave cue reads as leave once given only where no verb but a speech verb stands between ("kami
pernah menyatakan pegawai boleh hadir"); a verb of its own after it ("pernah mencalonkan", "pernah menjadi") is what
the civil servants once did, and the leave after it stands. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKD mengingatkan para pegawai negeri agar netral dalam pilkada tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("PNS yang pernah mencalonkan diri boleh kembali bekerja setelah kalah.", True),
    ("Pegawai yang pernah menjabat camat tetap boleh menggunakan hak pilihnya.", True),
    # said once, since withdrawn: no leave in force
    ("Panwas pernah menyatakan pegawai boleh hadir, tetapi surat edaran baru mengubahnya.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-12")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_past_deed_before_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
