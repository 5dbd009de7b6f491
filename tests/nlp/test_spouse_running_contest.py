"""A contest after a verb of running in it ("maju", "berlaga", "bertarung") is what is run in, as an event after
"menghadiri" is what is attended: not the subject of the rule that follows, which binds the civil servants the
relative clause describes (permission recall).

"... ketentuan bagi PNS yang istrinya maju pilkada bisa mengajukan cuti ..." read "pilkada" as the clause's subject,
an event, and gave no leave. A contest heading its own clause ("Pilkada harus berjalan damai") stays no one's, as
does a contest before the verb. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKD mengingatkan para PNS agar menjaga netralitas dalam pilkada tahun ini. "

# (sentence, kind expected, whether it is expected)
CASES: list[tuple[str, str, bool]] = [
    ("Menurut dia, sesuai dengan ketentuan bagi pegawai yang suaminya maju pilkada bisa mengajukan cuti di luar "
     "tanggungan negara.", "permission", True),
    ("Mengacu pada aturan bagi PNS yang istrinya berlaga di pilkada dapat mengajukan cuti di luar tanggungan "
     "negara.", "permission", True),
    ("Sesuai edaran bagi ASN yang pasangannya bertarung pilkada boleh mendampingi tanpa atribut dinas.",
     "permission", True),
    ("Pegawai yang suaminya maju pilkada dilarang memakai seragam dinas saat mendampingi.", "prohibition", True),
    # the contest heads its own clause, or comes before the verb: no one's rule
    ("Pilkada harus berjalan damai tanpa politik uang.", "obligation", False),
    ("Pilkada yang maju sepekan dari jadwal harus berjalan tertib.", "obligation", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _, _ in CASES], published="2024-10-10")


@pytest.mark.parametrize(("k", "sentence", "kind", "expected"), indexed(CASES, lambda v: v[0][:72]))
def test_spouse_running_contest(analysed: list, k: int, sentence: str, kind: str, expected: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert (kind in got) is expected, (sentence, got)
