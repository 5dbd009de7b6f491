""""An invitation to report a violation ("silakan laporkan", "silahkan dilaporkan"), also after the future word
closing a condition ("Jika ada pegawai yang berpihak, maka silakan laporkan ke Bawaslu"), asks whoever sees it to
report: no penalty threatened on the civil servants it names (sanction precision).

The speaker's own forwarding ("maka akan kami laporkan ke KASN") stays a penalty threatened. The stories are ours;
all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bupati meminta seluruh ASN menjaga netralitas menjelang pilkada. "

# (sentence, whether a sanction is expected)
CASES: list[tuple[str, bool]] = [
    ("Jika ada pegawai yang berpihak, maka silakan laporkan ke Bawaslu.", False),
    ("Kalau warga melihat ASN ikut kampanye, maka silahkan dilaporkan ke Panwaslu.", False),
    ("Apabila ada ASN terlibat politik praktis, silakan dilaporkan kepada kami.", False),
    # the speaker's own forwarding threatens the penalty as before
    ("Jika ada pegawai yang berpihak, maka akan kami laporkan ke KASN.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-25")


@pytest.mark.parametrize(("k", "sentence", "penalised"), indexed(CASES, lambda v: v[0][:72]))
def test_invited_report_no_penalty(analysed: list, k: int, sentence: str, penalised: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("sanction" in got) is penalised, (sentence, got)
